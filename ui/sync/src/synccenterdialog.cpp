#include "cliniclink/ui/sync/synccenterdialog.h"

#include "cliniclink/sync/syncscheduler.h"
#include "cliniclink/ui/sync/conflictsview.h"
#include "cliniclink/ui/sync/rejectedview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cliniclink::ui::sync {

SyncCenterDialog::SyncCenterDialog(store::Store &store, cliniclink::sync::SyncScheduler *scheduler, QWidget *parent)
    : QDialog(parent), m_scheduler(scheduler)
{
    setObjectName(QStringLiteral("syncCenterDialog"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_conflicts = new ConflictsView(store, m_tabs);
    m_rejected = new RejectedView(store, m_tabs);
    m_tabs->addTab(m_conflicts, QString());
    m_tabs->addTab(m_rejected, QString());
    layout->addWidget(m_tabs, 1);
    auto *buttons = new QHBoxLayout;
    m_syncNow = new QPushButton(this);
    m_close = new QPushButton(this);
    buttons->addStretch(1);
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    m_syncNow->setEnabled(m_scheduler);
    if (m_scheduler) {
        connect(m_syncNow, &QPushButton::clicked, m_scheduler, &cliniclink::sync::SyncScheduler::syncNow);
        connect(m_scheduler, &cliniclink::sync::SyncScheduler::syncFinished, this, &SyncCenterDialog::reload);
    }
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    // A decision is a save: the scheduler sends it soon.
    connect(m_conflicts, &ConflictsView::resolved, this, [this] {
        if (m_scheduler)
            m_scheduler->noteLocalSave();
        retranslateUi();
    });
    connect(m_rejected, &RejectedView::changed, this, [this] {
        if (m_scheduler)
            m_scheduler->noteLocalSave();
        retranslateUi();
    });
    resize(980, 560);
    retranslateUi();
    if (m_conflicts->conflictCount() == 0 && m_rejected->rejectedCount() > 0)
        m_tabs->setCurrentWidget(m_rejected);
}

void SyncCenterDialog::reload()
{
    m_conflicts->reload();
    m_rejected->reload();
    retranslateUi();
}

void SyncCenterDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SyncCenterDialog::retranslateUi()
{
    setWindowTitle(tr("Synchronisation"));
    m_tabs->setTabText(0, tr("Conflicts (%1)").arg(m_conflicts->conflictCount()));
    m_tabs->setTabText(1, tr("Rejected (%1)").arg(m_rejected->rejectedCount()));
    m_syncNow->setText(tr("Sync now"));
    m_close->setText(tr("Close"));
}

} // namespace cliniclink::ui::sync
