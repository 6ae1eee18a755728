#include "cliniclink/ui/shell/homepage.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace cliniclink::ui::shell {

HomePage::HomePage(identity::Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_welcome(new QLabel(this)), m_clinicLabel(new QLabel(this)),
      m_codeLabel(new QLabel(this)), m_userLabel(new QLabel(this)), m_roleLabel(new QLabel(this)),
      m_outboxLabel(new QLabel(this)), m_clinic(new QLabel(this)), m_code(new QLabel(this)), m_user(new QLabel(this)),
      m_role(new QLabel(this)), m_outbox(new QLabel(this)),
      m_areasHint(new QLabel(this)), m_lockHint(new QLabel(this))
{
    setObjectName(QStringLiteral("homePage"));
    m_outbox->setObjectName(QStringLiteral("unsentRecordsLabel"));
    QFont big = m_welcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_welcome->setFont(big);
    m_welcome->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(10);
    form->addRow(m_clinicLabel, m_clinic);
    form->addRow(m_codeLabel, m_code);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_roleLabel, m_role);
    form->addRow(m_outboxLabel, m_outbox);
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("homeCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setLayout(form);
    form->setContentsMargins(20, 16, 20, 16);
    for (QLabel *hint : {m_areasHint, m_lockHint})
        hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(16);
    layout->addWidget(m_welcome);
    layout->addWidget(card);
    layout->addWidget(m_areasHint);
    layout->addWidget(m_lockHint);
    layout->addStretch();
    refresh();
}

void HomePage::refresh()
{
    const auto stats = m_session.store().outboxStats();
    m_pending = stats ? stats->pending : -1;
    retranslateUi();
}

void HomePage::setIdleMinutes(int minutes)
{
    m_idleMinutes = minutes;
    retranslateUi();
}

void HomePage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void HomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HomePage::retranslateUi()
{
    const identity::User &u = m_session.user();
    setWindowTitle(tr("Home"));
    m_welcome->setText(tr("Welcome, %1").arg(u.displayName));
    m_clinicLabel->setText(tr("Clinic:"));
    m_codeLabel->setText(tr("Clinic code:"));
    m_userLabel->setText(tr("Signed in as:"));
    m_roleLabel->setText(tr("Role:"));
    m_outboxLabel->setText(tr("Changes not yet sent:"));
    m_clinic->setText(m_session.store().clinicName());
    m_code->setText(m_session.store().clinicCode());
    m_user->setText(tr("%1 (%2)").arg(u.displayName, u.username));
    m_role->setText(roleName(u.role));
    m_areasHint->setText(tr("Choose a task in the list on the left."));
    m_lockHint->setText(tr("Leaving the computer? Press Ctrl+L to lock it; your work stays open. "
                           "ClinicLink also locks itself after %n minute(s) without use.",
                           nullptr, m_idleMinutes));
    m_outbox->setText(m_pending < 0 ? tr("unknown")
                                    : tr("%n record(s) waiting to be sent to the township hospital", nullptr, int(m_pending)));
}

} // namespace cliniclink::ui::shell
