#include "cliniclink/ui/shell/recoverydialog.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/errortext.h"
#include "cliniclink/ui/shell/passwordfeedback.h"
#include "messagestyle.h"
#include "shelllogging.h"
#include "waitcursor.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cliniclink::ui::shell {

RecoveryDialog::RecoveryDialog(QString storeDirectory, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_storeDirectory(std::move(storeDirectory)), m_clock(clock), m_pages(new QStackedWidget(this)),
      m_keyIntro(new QLabel), m_key(new QLineEdit), m_open(new QPushButton), m_resetIntro(new QLabel),
      m_adminLabel(new QLabel), m_passwordLabel(new QLabel), m_repeatLabel(new QLabel), m_admin(new QComboBox),
      m_password(new QLineEdit), m_repeat(new QLineEdit), m_feedbackLabel(new QLabel), m_reset(new QPushButton),
      m_cancel(new QPushButton), m_message(new QLabel),
      m_feedback(new PasswordFeedback(m_password, m_repeat, m_feedbackLabel, this))
{
    setObjectName(QStringLiteral("recoveryDialog"));
    m_key->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_open->setObjectName(QStringLiteral("openWithKeyButton"));
    m_admin->setObjectName(QStringLiteral("administratorCombo"));
    m_password->setObjectName(QStringLiteral("temporaryPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatTemporaryPasswordEdit"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_message->setObjectName(QStringLiteral("recoveryMessage"));
    m_keyIntro->setWordWrap(true);
    m_resetIntro->setWordWrap(true);
    m_message->setWordWrap(true);
    clearMessage(m_message);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.2);
    m_key->setFont(mono);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);

    auto *keyPage = new QWidget;
    auto *keyLayout = new QVBoxLayout(keyPage);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_keyIntro);
    keyLayout->addWidget(m_key);
    keyLayout->addStretch();

    auto *resetPage = new QWidget;
    auto *form = new QFormLayout;
    form->addRow(m_adminLabel, m_admin);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_feedbackLabel);
    auto *resetLayout = new QVBoxLayout(resetPage);
    resetLayout->setContentsMargins(0, 0, 0, 0);
    resetLayout->addWidget(m_resetIntro);
    resetLayout->addLayout(form);
    resetLayout->addStretch();
    m_pages->addWidget(keyPage);
    m_pages->addWidget(resetPage);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_open);
    buttons->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    setMinimumWidth(560);

    connect(m_open, &QPushButton::clicked, this, &RecoveryDialog::openWithKey);
    connect(m_reset, &QPushButton::clicked, this, &RecoveryDialog::resetPassword);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_key, &QLineEdit::textChanged, this, &RecoveryDialog::updateButtons);
    connect(m_feedback, &PasswordFeedback::acceptableChanged, this, &RecoveryDialog::updateButtons);
    connect(m_admin, &QComboBox::currentIndexChanged, this, &RecoveryDialog::updateButtons);
    retranslateUi();
    updateButtons();
}

RecoveryDialog::~RecoveryDialog() = default;

QString RecoveryDialog::message() const { return m_message->text(); }

void RecoveryDialog::updateButtons()
{
    const bool onKeyPage = m_pages->currentIndex() == 0;
    m_open->setVisible(onKeyPage);
    m_reset->setVisible(!onKeyPage);
    m_open->setEnabled(!m_key->text().trimmed().isEmpty());
    m_reset->setEnabled(m_feedback->isAcceptable() && m_admin->currentIndex() >= 0);
    (onKeyPage ? m_open : m_reset)->setDefault(true);
}

void RecoveryDialog::openWithKey()
{
    // The printed key may be typed with spaces or line breaks between groups.
    QString key = m_key->text();
    key.remove(QRegularExpression(QStringLiteral("\\s")));
    auto session = [&] {
        const WaitCursor wait;
        return identity::Session::signInWithRecoveryKey(m_storeDirectory, key, m_clock);
    }();
    if (!session) {
        qCInfo(lcShell) << "recovery refused:" << session.error().name();
        setMessage(m_message, MessageKind::Error, signInErrorText(session.error(), m_storeDirectory,
                                                                  QStringLiteral("recovery"), m_clock));
        return;
    }
    auto users = (*session)->users();
    if (!users) {
        setMessage(m_message, MessageKind::Error, errorText(users.error()));
        return;
    }
    m_admin->clear();
    for (const identity::User &u : *users) {
        if (u.role != identity::Role::Administrator)
            continue;
        const QString label = u.disabled ? tr("%1 (%2, disabled)").arg(u.displayName, u.username)
                                         : tr("%1 (%2)").arg(u.displayName, u.username);
        m_admin->addItem(label, u.username);
        m_admin->setItemData(m_admin->count() - 1, u.disabled, Qt::UserRole + 1);
    }
    m_session = std::move(*session);
    m_key->clear();
    clearMessage(m_message);
    m_pages->setCurrentIndex(1);
    m_password->setFocus();
    updateButtons();
}

void RecoveryDialog::resetPassword()
{
    if (!m_session)
        return;
    const QString username = m_admin->currentData().toString();
    const bool disabled = m_admin->currentData(Qt::UserRole + 1).toBool();
    Result<void> result;
    {
        const WaitCursor wait;
        result = disabled ? m_session->enableUser(username, m_feedback->password())
                          : m_session->resetPassword(username, m_feedback->password());
    }
    if (!result) {
        setMessage(m_message, MessageKind::Error, errorText(result.error()));
        return;
    }
    m_feedback->clear();
    m_resetUser = username;
    accept();
}

void RecoveryDialog::done(int result)
{
    // The recovery session must not outlive this dialog.
    if (m_session) {
        m_session->signOut();
        m_session.reset();
    }
    QDialog::done(result);
}

void RecoveryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RecoveryDialog::retranslateUi()
{
    setWindowTitle(tr("Reset the administrator password"));
    m_keyIntro->setText(tr("Enter the recovery key from the sheet printed when the clinic was set up. "
                           "Upper or lower case and spaces do not matter."));
    m_key->setPlaceholderText(tr("XXXX-XXXX-XXXX-…"));
    m_resetIntro->setText(tr("The recovery key is correct. Choose the administrator and give a temporary password; "
                             "a new password must be chosen at the next sign-in."));
    m_adminLabel->setText(tr("&Administrator:"));
    m_passwordLabel->setText(tr("&Temporary password:"));
    m_repeatLabel->setText(tr("&Repeat:"));
    m_adminLabel->setBuddy(m_admin);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);
    m_open->setText(tr("&Continue"));
    m_reset->setText(tr("&Reset password"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace cliniclink::ui::shell
