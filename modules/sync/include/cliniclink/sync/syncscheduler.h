#pragma once

#include "cliniclink/core/error.h"
#include "cliniclink/core/result.h"
#include "cliniclink/store/store.h"
#include "cliniclink/sync/backoff.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace cliniclink::sync {

class SyncWorker;

struct SchedulerSettings {
    int intervalMs = 5 * 60 * 1000; // a sync every few minutes while the app runs
    int debounceMs = 10 * 1000;     // after a save: soon, but once for a burst of saves
    int signOutWaitMs = 15 * 1000;  // sign-out never waits longer than this
    int requestTimeoutMs = 30000;
    qint64 backoffBaseMs = 5000;
    qint64 backoffCapMs = 5 * 60 * 1000;
    int batchSize = 50;
    QString caFile; // pinned CA for the platform (empty: the system's CAs)
};

// Opens the worker's own connection to the store (identity::Session::openWorkerStore); called
// on the sync thread.
using StoreOpener = std::function<Result<std::unique_ptr<store::Store>>()>;

// Background sync while the workstation runs (issue 6): every intervalMs, debounceMs after a
// save, when the network comes back, on "sync now", and once more at sign-out with a bounded
// wait. Syncs run on one worker thread with their own store connection, so the UI never waits
// for the network and two syncs never run at once (a request during a sync runs once after it).
// A failed sync is retried after a jittered back-off (Backoff), which restarts when the network
// comes back or a sync succeeds; errors that need a person (not enrolled, credential refused,
// certificate) are not retried until the next trigger.
//
// Network changes come from QNetworkInformation when a reachability backend loads (Debian's Qt
// ships the glib and NetworkManager ones); without one, the back-off retries and the periodic
// timer find the network again, and the app can call setReachable() itself.
class SyncScheduler : public QObject {
    Q_OBJECT
public:
    enum class Trigger { Manual, Interval, AfterSave, NetworkBack, Retry, SignOut };
    Q_ENUM(Trigger)

    SyncScheduler(StoreOpener openStore, SchedulerSettings settings, QObject *parent = nullptr);
    // Stops the worker; waits at most signOutWaitMs for a sync in progress, then leaves the
    // thread to end by itself (it stops after its current request).
    ~SyncScheduler() override;

    // Starts the periodic timer and the network watch; the first sync runs at once.
    void start();
    bool isStarted() const { return m_started; }

    bool isSyncing() const { return m_running; }
    bool isReachable() const { return m_reachable; }
    bool networkWatchAvailable() const { return m_networkWatch; }
    int consecutiveFailures() const { return m_backoff.failures(); }
    // The delay of the retry now scheduled after a failure; -1 when none is scheduled.
    qint64 scheduledRetryMs() const { return m_retryScheduledMs; }
    // Error of the last finished sync (code Internal and ok() true when it succeeded).
    bool lastSyncOk() const { return m_lastOk; }
    Error lastError() const { return m_lastError; }
    QDateTime lastSuccessUtc() const { return m_lastSuccess; }
    int syncsStarted() const { return m_syncsStarted; }
    const SchedulerSettings &settings() const { return m_settings; }

public slots:
    void syncNow();       // the "sync now" action: runs now (or right after the current one)
    void noteLocalSave(); // a record was saved: sync after debounceMs
    void setReachable(bool reachable);
    // The last sync at sign-out: runs one (or lets the current one end), waiting at most
    // signOutWaitMs while the event loop keeps running. True if it finished in time and
    // succeeded; on time-out the worker is told to stop after its current batch.
    bool finishForSignOut();

signals:
    void syncStarted(cliniclink::sync::SyncScheduler::Trigger trigger);
    // After each committed batch or page: the outbox changed, refresh counts.
    void syncProgress();
    void syncFinished(bool ok);
    // A local save was noted (the indicator must stop saying "all sent" at once).
    void localChangesSaved();
    void reachabilityChanged(bool reachable);

private:
    void request(Trigger trigger);
    void startSync(Trigger trigger);
    void onWorkerFinished(bool ok, int errorCode, const QString &detail, const QJsonObject &report);
    void watchNetwork();

    SchedulerSettings m_settings;
    QThread *m_thread;
    SyncWorker *m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QTimer *m_interval;
    QTimer *m_debounce;
    QTimer *m_retry;
    Backoff m_backoff;
    bool m_started = false;
    bool m_running = false;
    bool m_again = false;
    Trigger m_againTrigger = Trigger::Manual;
    bool m_reachable = true;
    bool m_networkWatch = false;
    bool m_lastOk = true;
    Error m_lastError;
    QDateTime m_lastSuccess;
    qint64 m_retryScheduledMs = -1;
    int m_syncsStarted = 0;
};

} // namespace cliniclink::sync
