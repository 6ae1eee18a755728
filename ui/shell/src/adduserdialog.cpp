#include "cliniclink/ui/shell/adduserdialog.h"

#include "cliniclink/identity/passwordpolicy.h"
#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/errortext.h"
#include "cliniclink/ui/shell/passwordfeedback.h"
#include "messagestyle.h"
#include "waitcursor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cliniclink::ui::shell {

AddUserDialog::AddUserDialog(identity::Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_userLabel(new QLabel(this)), m_nameLabel(new QLabel(this)),
      m_roleLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)), m_repeatLabel(new QLabel(this)),
      m_user(new QLineEdit(this)), m_name(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_feedbackLabel(new QLabel(this)),
      m_message(new QLabel(this)), m_ok(nullptr), m_feedback(new PasswordFeedback(m_password, m_repeat, m_feedbackLabel, this))
{
    setObjectName(QStringLiteral("addUserDialog"));
    m_user->setObjectName(QStringLiteral("newUserNameEdit"));
    m_name->setObjectName(QStringLiteral("newDisplayNameEdit"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_message->setObjectName(QStringLiteral("addUserMessage"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_user->setMaxLength(32);
    m_name->setMaxLength(64);
    m_message->setWordWrap(true);
    clearMessage(m_message);
    for (identity::Role r : identity::allRoles())
        m_role->addItem(QString(), int(r));

    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_roleLabel, m_role);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_feedbackLabel);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = box->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(box);
    setMinimumWidth(480);

    connect(box, &QDialogButtonBox::accepted, this, &AddUserDialog::submit);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &AddUserDialog::updateButtons);
    connect(m_feedback, &PasswordFeedback::acceptableChanged, this, &AddUserDialog::updateButtons);
    retranslateUi();
    updateButtons();
}

QString AddUserDialog::message() const { return m_message->text(); }

void AddUserDialog::updateButtons()
{
    const auto name = identity::checkUserName(m_user->text());
    if (!m_user->text().isEmpty() && !name)
        setMessage(m_message, MessageKind::Error, errorText(name.error()));
    else
        clearMessage(m_message);
    m_ok->setEnabled(bool(name) && m_feedback->isAcceptable());
}

void AddUserDialog::submit()
{
    identity::NewUser nu;
    nu.username = m_user->text();
    nu.displayName = m_name->text().trimmed();
    nu.role = identity::Role(m_role->currentData().toInt());
    nu.password = m_feedback->password();
    Result<identity::User> added;
    {
        const WaitCursor wait;
        added = m_session.addUser(nu);
    }
    if (!added) {
        setMessage(m_message, MessageKind::Error, errorText(added.error()));
        return;
    }
    m_added = *added;
    m_feedback->clear();
    accept();
}

void AddUserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AddUserDialog::retranslateUi()
{
    setWindowTitle(tr("Add user"));
    m_userLabel->setText(tr("&User name:"));
    m_nameLabel->setText(tr("&Full name:"));
    m_roleLabel->setText(tr("&Role:"));
    m_passwordLabel->setText(tr("&Temporary password:"));
    m_repeatLabel->setText(tr("&Repeat:"));
    m_userLabel->setBuddy(m_user);
    m_nameLabel->setBuddy(m_name);
    m_roleLabel->setBuddy(m_role);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);
    m_user->setPlaceholderText(tr("e.g. wang.li"));
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, roleName(identity::Role(m_role->itemData(i).toInt())));
    m_ok->setText(tr("Add user"));
}

} // namespace cliniclink::ui::shell
