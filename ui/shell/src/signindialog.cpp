#include "cliniclink/ui/shell/signindialog.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/appicon.h"
#include "cliniclink/ui/shell/changepassworddialog.h"
#include "cliniclink/ui/shell/errortext.h"
#include "cliniclink/ui/shell/recoverydialog.h"
#include "messagestyle.h"
#include "shelllogging.h"
#include "waitcursor.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cliniclink::ui::shell {

SignInDialog::SignInDialog(QString storeDirectory, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_storeDirectory(std::move(storeDirectory)), m_clock(clock), m_title(new QLabel(this)),
      m_subtitle(new QLabel(this)), m_userLabel(new QLabel(this)), m_passwordLabel(new QLabel(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this)), m_message(new QLabel(this)),
      m_signIn(new QPushButton(this)), m_forgot(new QPushButton(this)), m_quit(new QPushButton(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    m_user->setObjectName(QStringLiteral("userNameEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_forgot->setObjectName(QStringLiteral("forgotPasswordButton"));
    m_password->setEchoMode(QLineEdit::Password);
    m_user->setMaxLength(32);
    m_message->setWordWrap(true);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_forgot->setFlat(true);
    m_forgot->setCursor(Qt::PointingHandCursor);
    m_signIn->setDefault(true);
    clearMessage(m_message);

    auto *logo = new QLabel(this);
    logo->setPixmap(applicationIcon().pixmap(64, 64));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto *header = new QHBoxLayout;
    header->addWidget(logo);
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);

    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_forgot);
    buttons->addStretch();
    buttons->addWidget(m_quit);
    buttons->addWidget(m_signIn);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addSpacing(16);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addLayout(buttons);
    setMinimumWidth(480);

    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::attemptSignIn);
    connect(m_forgot, &QPushButton::clicked, this, &SignInDialog::startRecovery);
    connect(m_quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    retranslateUi();
    updateButtons();
}

SignInDialog::~SignInDialog() = default;

std::unique_ptr<identity::Session> SignInDialog::takeSession() { return std::move(m_session); }

void SignInDialog::setUserName(const QString &username)
{
    m_user->setText(username);
    m_password->setFocus();
}

QString SignInDialog::message() const { return m_message->text(); }

void SignInDialog::updateButtons() { m_signIn->setEnabled(!m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty()); }

void SignInDialog::attemptSignIn()
{
    const QString username = m_user->text().trimmed();
    const QString password = m_password->text();
    m_password->clear();
    std::unique_ptr<identity::Session> session;
    {
        const WaitCursor wait;
        auto result = identity::Session::signIn(m_storeDirectory, username, password, m_clock);
        if (!result) {
            qCInfo(lcShell) << "sign-in refused:" << result.error().name();
            setMessage(m_message, MessageKind::Error, signInErrorText(result.error(), m_storeDirectory, username, m_clock));
            m_password->setFocus();
            return;
        }
        session = std::move(*result);
    }
    if (session->user().mustChangePassword) {
        ChangePasswordDialog change(*session, ChangePasswordDialog::Mode::Required, password, this);
        if (change.exec() != QDialog::Accepted) {
            session->signOut();
            setMessage(m_message, MessageKind::Error, tr("You must choose a new password before you can continue."));
            return;
        }
    }
    clearMessage(m_message);
    m_session = std::move(session);
    accept();
}

void SignInDialog::startRecovery()
{
    RecoveryDialog recovery(m_storeDirectory, m_clock, this);
    if (recovery.exec() != QDialog::Accepted)
        return;
    setUserName(recovery.resetUserName());
    setMessage(m_message, MessageKind::Success,
               tr("The password was reset. Sign in with the new temporary password; you will then choose your own."));
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in — ClinicLink"));
    m_title->setText(tr("ClinicLink village clinic workstation"));
    m_subtitle->setText(tr("Sign in with your own user name and password."));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_signIn->setText(tr("&Sign in"));
    m_forgot->setText(tr("Forgot the administrator password?"));
    m_quit->setText(tr("&Quit"));
}

} // namespace cliniclink::ui::shell
