#include "cliniclink/ui/shell/lockscreen.h"

#include "cliniclink/ui/shell/appicon.h"
#include "messagestyle.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cliniclink::ui::shell {

LockScreen::LockScreen(const QString &userDisplayName, QWidget *window)
    : QWidget(window), m_userDisplayName(userDisplayName), m_title(new QLabel), m_prompt(new QLabel),
      m_passwordLabel(new QLabel), m_password(new QLineEdit), m_error(new QLabel), m_unlock(new QPushButton),
      m_signOut(new QPushButton)
{
    setObjectName(QStringLiteral("lockScreen"));
    m_password->setObjectName(QStringLiteral("lockPasswordEdit"));
    m_error->setObjectName(QStringLiteral("lockErrorLabel"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_signOut->setObjectName(QStringLiteral("lockSignOutButton"));
    setAutoFillBackground(true);
    setAttribute(Qt::WA_StyledBackground);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(260);
    m_prompt->setWordWrap(true);
    m_error->setWordWrap(true);
    m_title->setAlignment(Qt::AlignCenter);
    m_prompt->setAlignment(Qt::AlignCenter);
    m_error->setAlignment(Qt::AlignCenter);
    m_unlock->setDefault(true);
    clearMessage(m_error);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto *icon = new QLabel;
    icon->setPixmap(applicationIcon().pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    icon->setMinimumHeight(72);

    auto *panel = new QFrame;
    panel->setObjectName(QStringLiteral("lockPanel"));
    panel->setFrameShape(QFrame::StyledPanel);
    // A fixed width keeps the wrapped prompt's height stable, so nothing in the panel is squeezed.
    panel->setFixedWidth(480);
    auto *row = new QHBoxLayout;
    row->addWidget(m_passwordLabel);
    row->addWidget(m_password, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signOut);
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(24, 24, 24, 24);
    panelLayout->setSpacing(12);
    panelLayout->addWidget(icon);
    panelLayout->addWidget(m_title);
    panelLayout->addWidget(m_prompt);
    panelLayout->addLayout(row);
    panelLayout->addWidget(m_error);
    panelLayout->addLayout(buttons);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1); // a little above the middle, where the eye looks first
    outer->addWidget(panel, 0, Qt::AlignHCenter);
    outer->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);

    window->installEventFilter(this);
    setGeometry(window->rect());
    retranslateUi();
}

void LockScreen::showError(const QString &text)
{
    setMessage(m_error, MessageKind::Error, text);
    focusPassword();
}

void LockScreen::focusPassword()
{
    m_password->setFocus(Qt::OtherFocusReason);
}

void LockScreen::submit()
{
    const QString password = m_password->text();
    m_password->clear();
    if (!password.isEmpty())
        emit unlockRequested(password);
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    // Stay exactly over the window and on top of anything it adds later.
    if (watched == parent() && (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded)) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

void LockScreen::keyPressEvent(QKeyEvent *event)
{
    // Escape would otherwise reach a covered dialog and close it, discarding its content.
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LockScreen::retranslateUi()
{
    m_title->setText(tr("ClinicLink is locked"));
    m_prompt->setText(tr("Locked for %1. Your work is kept. Enter your password to continue.").arg(m_userDisplayName));
    m_passwordLabel->setText(tr("&Password:"));
    m_passwordLabel->setBuddy(m_password);
    m_unlock->setText(tr("&Unlock"));
    m_signOut->setText(tr("Sign out…"));
}

} // namespace cliniclink::ui::shell
