#include "cliniclink/ui/registry/idnumberfield.h"

#include "cliniclink/registry/idnumber.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace cliniclink::ui::registry {

IdNumberField::IdNumberField(QWidget *parent) : QWidget(parent)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("idNumberEdit"));
    m_edit->setMaxLength(18);
    m_edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,17}[0-9xX]?")), m_edit));
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("000000000000000000")) + 16);
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("idNumberFeedback"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit);
    row->addWidget(m_feedback, 1);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &IdNumberField::check);
}

QString IdNumberField::text() const { return m_edit->text().trimmed().toUpper(); }
void IdNumberField::setText(const QString &text) { m_edit->setText(text); }
QString IdNumberField::feedback() const { return m_feedback->text(); }

void IdNumberField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        check();
    QWidget::changeEvent(event);
}

void IdNumberField::check()
{
    const QString t = text();
    m_valid = false;
    QString message;
    bool good = false;
    if (t.isEmpty()) {
        message.clear();
    } else if (t.size() < 15 || (t.size() > 15 && t.size() < 18)) {
        message = tr("%1 of 18 digits").arg(t.size());
    } else {
        auto parsed = ::cliniclink::registry::parseIdNumber(t);
        if (parsed) {
            m_valid = true;
            good = true;
            const QString sex = parsed->sexCode == QLatin1String("1") ? tr("male") : tr("female");
            message = tr("✓ Valid · born %1 · %2").arg(parsed->birthDate.toString(QStringLiteral("yyyy-MM-dd")), sex);
            if (t.size() == 15)
                message += QLatin1Char(' ') + tr("(becomes %1)").arg(parsed->value);
            emit validNumber(parsed->birthDate, parsed->sexCode);
        } else if (parsed.error().detail == QLatin1String("date")) {
            message = tr("✗ The birth date in this number is impossible");
        } else if (parsed.error().detail == QLatin1String("check")) {
            message = tr("✗ Check digit wrong — a digit is mistyped");
        } else {
            message = tr("✗ Not a valid ID number");
        }
    }
    m_feedback->setText(message);
    m_feedback->setStyleSheet(message.isEmpty() ? QString()
                              : good            ? QStringLiteral("color: #1b7a2e;")
                              : t.size() < 18 && !message.startsWith(QChar(0x2717))
                                  ? QStringLiteral("color: #666;")
                                  : QStringLiteral("color: #c62828;"));
}

} // namespace cliniclink::ui::registry
