#include "syncwiring.h"

#include "cliniclink/emr/remoteindexing.h"
#include "cliniclink/his/remoteindexing.h"
#include "cliniclink/identity/session.h"
#include "cliniclink/publichealth/remoteindexing.h"
#include "cliniclink/registry/remoteindexing.h"
#include "cliniclink/sync/syncengine.h"
#include "cliniclink/sync/syncscheduler.h"
#include "cliniclink/ui/shell/mainwindow.h"
#include "cliniclink/ui/sync/syncindicator.h"

#include <QSettings>

using namespace cliniclink;

namespace {
bool isEnrolled(store::Store &store)
{
    auto token = store.meta(QLatin1String(sync::metakey::Token));
    return token && token->has_value();
}

// Pulled and merged records reach the modules' search, queues and registers (store/indexers.h);
// registry before publichealth, whose registers read the resident.
void installIndexers(store::Store &store)
{
    registry::installIndexers(store);
    publichealth::installIndexers(store);
    emr::installIndexers(store);
    his::installIndexers(store);
}
} // namespace

SessionSync::SessionSync(identity::Session &session, ui::shell::MainWindow &window) : m_session(session)
{
    installIndexers(session.store()); // conflict resolutions write through the session's store
    if (session.isRecovery() || !session.can(identity::Permission::Sync))
        return;
    QSettings settings;
    sync::SchedulerSettings s;
    s.intervalMs = qMax(30, settings.value(QStringLiteral("sync/intervalSeconds"), 300).toInt()) * 1000;
    s.debounceMs = qMax(1, settings.value(QStringLiteral("sync/debounceSeconds"), 10).toInt()) * 1000;
    s.signOutWaitMs = qMax(1, settings.value(QStringLiteral("sync/signOutWaitSeconds"), 15).toInt()) * 1000;
    m_scheduler = std::make_unique<sync::SyncScheduler>(
        [&session]() -> Result<std::unique_ptr<store::Store>> {
            auto worker = session.openWorkerStore();
            if (worker)
                installIndexers(**worker);
            return worker;
        },
        s);
    // Queued: a save inside a larger transaction is noted after that transaction committed.
    sync::SyncScheduler *scheduler = m_scheduler.get();
    session.store().setWriteListener([scheduler](const QString &, const QString &) {
        QMetaObject::invokeMethod(scheduler, &sync::SyncScheduler::noteLocalSave, Qt::QueuedConnection);
    });
    window.addStatusWidget(new ui::sync::SyncIndicator(session.store(), scheduler, &window));
    QObject::connect(&window, &ui::shell::MainWindow::platformEnrolled, scheduler, [scheduler] {
        scheduler->start();
        scheduler->syncNow();
    });
    if (isEnrolled(session.store()))
        scheduler->start();
}

void SessionSync::finish()
{
    if (!m_scheduler)
        return;
    if (m_scheduler->isStarted())
        m_scheduler->finishForSignOut();
    m_session.store().setWriteListener({});
    m_scheduler.reset();
}

SessionSync::~SessionSync() { finish(); }
