#include "cliniclink/ui/shell/changepassworddialog.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/errortext.h"
#include "cliniclink/ui/shell/passwordfeedback.h"
#include "messagestyle.h"
#include "waitcursor.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cliniclink::ui::shell {

ChangePasswordDialog::ChangePasswordDialog(identity::Session &session, Mode mode, const QString &currentPassword,
                                           QWidget *parent)
    : QDialog(parent), m_session(session), m_mode(mode), m_intro(new QLabel(this)), m_oldLabel(new QLabel(this)),
      m_newLabel(new QLabel(this)), m_repeatLabel(new QLabel(this)), m_old(new QLineEdit(this)),
      m_new(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_feedbackLabel(new QLabel(this)),
      m_message(new QLabel(this)), m_ok(nullptr), m_cancel(nullptr),
      m_feedback(new PasswordFeedback(m_new, m_repeat, m_feedbackLabel, this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_old->setObjectName(QStringLiteral("oldPasswordEdit"));
    m_new->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_message->setObjectName(QStringLiteral("changePasswordMessage"));
    for (QLineEdit *e : {m_old, m_new, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    clearMessage(m_message);
    m_old->setText(currentPassword);
    const bool askOld = mode == Mode::Voluntary || currentPassword.isEmpty();
    m_oldLabel->setVisible(askOld);
    m_old->setVisible(askOld);
    m_oldLabel->setBuddy(m_old);
    m_newLabel->setBuddy(m_new);
    m_repeatLabel->setBuddy(m_repeat);

    auto *form = new QFormLayout;
    form->addRow(m_oldLabel, m_old);
    form->addRow(m_newLabel, m_new);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_feedbackLabel);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = box->button(QDialogButtonBox::Ok);
    m_cancel = box->button(QDialogButtonBox::Cancel);
    m_ok->setObjectName(QStringLiteral("okButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(box);
    setMinimumWidth(480);

    connect(box, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_feedback, &PasswordFeedback::acceptableChanged, this, &ChangePasswordDialog::updateButtons);
    connect(m_old, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateButtons);
    (askOld ? m_old : m_new)->setFocus();
    retranslateUi();
    updateButtons();
}

QString ChangePasswordDialog::message() const { return m_message->text(); }

void ChangePasswordDialog::updateButtons() { m_ok->setEnabled(m_feedback->isAcceptable() && !m_old->text().isEmpty()); }

void ChangePasswordDialog::submit()
{
    Result<void> result;
    {
        const WaitCursor wait;
        result = m_session.changePassword(m_old->text(), m_feedback->password());
    }
    if (!result) {
        setMessage(m_message, MessageKind::Error,
                   result.error().code == ErrorCode::AuthenticationFailed ? tr("The current password is wrong.")
                                                                           : errorText(result.error()));
        return;
    }
    m_old->clear();
    m_feedback->clear();
    accept();
}

void ChangePasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChangePasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Change password"));
    m_intro->setText(m_mode == Mode::Required
                         ? tr("You signed in with a temporary password. Choose your own password now; "
                              "only you should know it.")
                         : tr("Choose a new password. Your current password stops working immediately."));
    m_oldLabel->setText(tr("&Current password:"));
    m_newLabel->setText(tr("&New password:"));
    m_repeatLabel->setText(tr("&Repeat new password:"));
    m_ok->setText(tr("Change password"));
}

} // namespace cliniclink::ui::shell
