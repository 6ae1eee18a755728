#include "messagestyle.h"

#include <QLabel>
#include <QVariant>

namespace cliniclink::ui::shell {

void setMessage(QLabel *label, MessageKind kind, const QString &text)
{
    // Colours are chosen for contrast on the default light palette; the "kind" property lets
    // the application style sheet restyle them.
    static const char *const kinds[] = {"hint", "error", "success"};
    static const char *const colours[] = {"#555555", "#b00020", "#1b6e20"};
    label->setProperty("messageKind", QString::fromLatin1(kinds[int(kind)]));
    label->setStyleSheet(QStringLiteral("color: %1;").arg(QString::fromLatin1(colours[int(kind)])));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void clearMessage(QLabel *label)
{
    label->clear();
    label->setVisible(false);
}

} // namespace cliniclink::ui::shell
