#include "administratorpage.h"

#include "cliniclink/identity/passwordpolicy.h"
#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/errortext.h"
#include "cliniclink/ui/shell/passwordfeedback.h"
#include "cliniclink/ui/shell/setupwizard.h"
#include "messagestyle.h"
#include "shelllogging.h"
#include "waitcursor.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cliniclink::ui::shell {

AdministratorPage::AdministratorPage(SetupWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_intro(new QLabel(this)), m_userLabel(new QLabel(this)),
      m_displayLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)), m_repeatLabel(new QLabel(this)),
      m_user(new QLineEdit(this)), m_display(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_userFeedback(new QLabel(this)), m_passwordFeedback(new QLabel(this)),
      m_error(new QLabel(this)), m_feedback(new PasswordFeedback(m_password, m_repeat, m_passwordFeedback, this))
{
    m_user->setObjectName(QStringLiteral("adminUserNameEdit"));
    m_display->setObjectName(QStringLiteral("adminDisplayNameEdit"));
    m_password->setObjectName(QStringLiteral("adminPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("adminRepeatEdit"));
    m_passwordFeedback->setObjectName(QStringLiteral("adminPasswordFeedback"));
    m_error->setObjectName(QStringLiteral("setupErrorLabel"));
    m_intro->setWordWrap(true);
    m_userFeedback->setWordWrap(true);
    m_error->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_user->setMaxLength(32);
    m_display->setMaxLength(64);
    m_userLabel->setBuddy(m_user);
    m_displayLabel->setBuddy(m_display);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);
    clearMessage(m_error);

    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(QString(), m_userFeedback);
    form->addRow(m_displayLabel, m_display);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_passwordFeedback);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();

    registerField(QStringLiteral("adminUserName*"), m_user);
    registerField(QStringLiteral("adminDisplayName"), m_display);
    connect(m_user, &QLineEdit::textChanged, this, &AdministratorPage::updateUserNameFeedback);
    connect(m_feedback, &PasswordFeedback::acceptableChanged, this, &AdministratorPage::completeChanged);
    setCommitPage(true);
    retranslateUi();
}

bool AdministratorPage::isComplete() const
{
    return bool(identity::checkUserName(m_user->text())) && m_feedback->isAcceptable();
}

bool AdministratorPage::validatePage()
{
    identity::ClinicSetup setup;
    setup.clinicName = field(QStringLiteral("clinicName")).toString().trimmed();
    setup.clinicCode = field(QStringLiteral("clinicCode")).toString();
    setup.adminUsername = m_user->text();
    setup.adminDisplayName = m_display->text().trimmed();
    setup.adminPassword = m_feedback->password();
    const WaitCursor wait;
    auto result = identity::setUpClinic(m_wizard->storeDirectory(), setup, m_wizard->clock());
    if (!result) {
        qCWarning(lcShell) << "clinic set-up failed:" << result.error().toString();
        setMessage(m_error, MessageKind::Error, errorText(result.error()));
        return false;
    }
    clearMessage(m_error);
    // Kept open for the optional platform step (enrolment writes the credential into the store).
    if (auto session = identity::Session::signIn(m_wizard->storeDirectory(), setup.adminUsername, setup.adminPassword,
                                                 m_wizard->clock()))
        m_wizard->setSetupSession(std::move(*session));
    else
        qCWarning(lcShell) << "sign-in after set-up failed:" << session.error().toString();
    m_feedback->clear(); // the password is not needed any more; do not keep it in widgets
    m_wizard->setRecoveryKey(result->recoveryKey);
    return true;
}

void AdministratorPage::updateUserNameFeedback()
{
    const auto ok = identity::checkUserName(m_user->text());
    if (m_user->text().isEmpty())
        setMessage(m_userFeedback, MessageKind::Hint, tr("Used to sign in, e.g. \"admin\" or \"wang.li\"."));
    else if (!ok)
        setMessage(m_userFeedback, MessageKind::Error, errorText(ok.error()));
    else
        clearMessage(m_userFeedback);
    emit completeChanged();
}

void AdministratorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void AdministratorPage::retranslateUi()
{
    setTitle(tr("Administrator account"));
    setSubTitle(tr("Step 2 of 3"));
    m_intro->setText(tr("The administrator adds the doctors' accounts and can reset their passwords. "
                        "The administrator account does not see patient records."));
    m_userLabel->setText(tr("&User name:"));
    m_displayLabel->setText(tr("&Full name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_repeatLabel->setText(tr("&Repeat password:"));
    updateUserNameFeedback();
    m_feedback->update();
}

} // namespace cliniclink::ui::shell
