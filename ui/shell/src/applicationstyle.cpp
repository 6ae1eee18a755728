#include "cliniclink/ui/shell/applicationstyle.h"

#include <QApplication>
#include <QFile>
#include <QFont>

namespace cliniclink::ui::shell {

void applyApplicationStyle()
{
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0 && font.pointSizeF() < 10.5)
        font.setPointSizeF(10.5);
    QApplication::setFont(font);
    QFile qss(QStringLiteral(":/cliniclink/styles/cliniclink.qss"));
    if (qss.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(qss.readAll()));
}

} // namespace cliniclink::ui::shell
