#include "cliniclink/ui/shell/passwordfeedback.h"

#include "cliniclink/identity/passwordpolicy.h"
#include "cliniclink/ui/shell/errortext.h"
#include "messagestyle.h"

#include <QLabel>
#include <QLineEdit>

namespace cliniclink::ui::shell {

PasswordFeedback::PasswordFeedback(QLineEdit *password, QLineEdit *repeat, QLabel *feedback, QObject *parent)
    : QObject(parent), m_password(password), m_repeat(repeat), m_feedback(feedback)
{
    m_feedback->setWordWrap(true);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordFeedback::update);
    connect(m_repeat, &QLineEdit::textChanged, this, &PasswordFeedback::update);
    update();
}

bool PasswordFeedback::isAcceptable() const { return m_acceptable; }

QString PasswordFeedback::password() const { return m_password->text(); }

void PasswordFeedback::clear()
{
    m_password->clear();
    m_repeat->clear();
}

void PasswordFeedback::update()
{
    const QString pw = m_password->text();
    const auto policy = identity::checkPasswordPolicy(pw);
    bool acceptable = false;
    if (pw.isEmpty()) {
        setMessage(m_feedback, MessageKind::Hint,
                   tr("At least 8 characters, with 3 of: lower-case letters, upper-case letters, digits, symbols."));
    } else if (!policy) {
        setMessage(m_feedback, MessageKind::Error, errorText(policy.error()));
    } else if (m_repeat->text().isEmpty()) {
        setMessage(m_feedback, MessageKind::Hint, tr("The password meets the rules. Enter it a second time."));
    } else if (m_repeat->text() != pw) {
        setMessage(m_feedback, MessageKind::Error, tr("The two passwords do not match."));
    } else {
        setMessage(m_feedback, MessageKind::Success, tr("The password meets the rules."));
        acceptable = true;
    }
    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        emit acceptableChanged(acceptable);
    }
}

} // namespace cliniclink::ui::shell
