#include "cliniclink/sync/syncscheduler.h"

#include "synclogging.h"
#include "syncworker.h"

#include <QEventLoop>
#include <QNetworkInformation>
#include <QThread>
#include <QTimer>

#include <limits>

namespace cliniclink::sync {

namespace {
// Errors a retry cannot fix: a person must enrol, re-enrol or fix the certificate first.
bool needsPerson(ErrorCode code)
{
    return code == ErrorCode::NotEnrolled || code == ErrorCode::DeviceNotAuthorized || code == ErrorCode::CertificateRejected
        || code == ErrorCode::InsecureTransport || code == ErrorCode::PermissionDenied;
}
} // namespace

SyncScheduler::SyncScheduler(StoreOpener openStore, SchedulerSettings settings, QObject *parent)
    : QObject(parent),
      m_settings(std::move(settings)),
      m_thread(new QThread),
      m_cancel(std::make_shared<std::atomic<bool>>(false)),
      m_interval(new QTimer(this)),
      m_debounce(new QTimer(this)),
      m_retry(new QTimer(this)),
      m_backoff(m_settings.backoffBaseMs, m_settings.backoffCapMs)
{
    m_thread->setObjectName(QStringLiteral("cliniclink-sync"));
    m_worker = new SyncWorker(std::move(openStore), m_settings, m_cancel);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::progress, this, &SyncScheduler::syncProgress, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::finished, this, &SyncScheduler::onWorkerFinished, Qt::QueuedConnection);
    m_thread->start();

    m_interval->setInterval(m_settings.intervalMs);
    connect(m_interval, &QTimer::timeout, this, [this] { request(Trigger::Interval); });
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(m_settings.debounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { request(Trigger::AfterSave); });
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, [this] {
        m_retryScheduledMs = -1;
        request(Trigger::Retry);
    });
}

SyncScheduler::~SyncScheduler()
{
    m_cancel->store(true);
    m_thread->quit();
    if (m_thread->wait(m_settings.signOutWaitMs)) {
        delete m_thread;
    } else {
        // Still in a request: the thread ends after it (the cancel flag stops further batches)
        // and deletes itself; sign-out does not wait for the network.
        qCWarning(lcSync) << "sync still running at shutdown; leaving it to finish";
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    }
}

void SyncScheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    watchNetwork();
    m_interval->start();
    request(Trigger::Manual);
}

void SyncScheduler::watchNetwork()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcSync) << "no network reachability backend; relying on back-off retries";
        return;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    m_networkWatch = true;
    m_reachable = info->reachability() != QNetworkInformation::Reachability::Disconnected;
    qCInfo(lcSync) << "network watch:" << info->backendName() << "reachable" << m_reachable;
    connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
        // "Local" and "Site" count: the platform may be on the township's network.
        setReachable(r != QNetworkInformation::Reachability::Disconnected);
    });
}

void SyncScheduler::syncNow()
{
    // A person asked: forget the back-off.
    m_backoff.reset();
    m_retry->stop();
    m_retryScheduledMs = -1;
    request(Trigger::Manual);
}

void SyncScheduler::noteLocalSave()
{
    emit localChangesSaved();
    if (m_started)
        m_debounce->start(); // restarts: a burst of saves syncs once
}

void SyncScheduler::setReachable(bool reachable)
{
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    emit reachabilityChanged(reachable);
    if (!reachable)
        return;
    // The network is back: the back-off starts again from the beginning, and we try at once.
    m_backoff.reset();
    m_retry->stop();
    m_retryScheduledMs = -1;
    if (m_started)
        request(Trigger::NetworkBack);
}

void SyncScheduler::request(Trigger trigger)
{
    if (m_running) {
        m_again = true; // never two at once: run once more after this one
        m_againTrigger = trigger;
        return;
    }
    if (!m_reachable && trigger != Trigger::Manual && trigger != Trigger::SignOut)
        return; // offline: wait for the network (a person may still insist)
    startSync(trigger);
}

void SyncScheduler::startSync(Trigger trigger)
{
    m_running = true;
    m_again = false;
    m_cancel->store(false);
    m_debounce->stop();
    m_retry->stop(); // this sync is the retry
    m_retryScheduledMs = -1;
    ++m_syncsStarted;
    emit syncStarted(trigger);
    const int timeout = trigger == Trigger::SignOut ? qMin(m_settings.requestTimeoutMs, m_settings.signOutWaitMs)
                                                    : m_settings.requestTimeoutMs;
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(int, timeout));
}

void SyncScheduler::onWorkerFinished(bool ok, int errorCode, const QString &detail, const QJsonObject &report)
{
    Q_UNUSED(report)
    m_running = false;
    m_lastOk = ok;
    if (ok) {
        m_lastError = Error{};
        m_lastSuccess = QDateTime::currentDateTimeUtc();
        m_backoff.reset();
        m_retry->stop();
        m_retryScheduledMs = -1;
    } else {
        m_lastError = Error{static_cast<ErrorCode>(errorCode), detail, QString()};
        if (!needsPerson(m_lastError.code) && !m_cancel->load()) {
            m_retryScheduledMs = m_backoff.nextDelayMs();
            m_retry->start(int(qMin<qint64>(m_retryScheduledMs, std::numeric_limits<int>::max())));
        }
    }
    // A request that came during this sync runs now; after a failure only when a person asked
    // (or at sign-out) — the back-off decides the rest.
    const bool rerun = m_again && !m_cancel->load()
        && (ok || m_againTrigger == Trigger::Manual || m_againTrigger == Trigger::SignOut);
    m_again = false;
    if (rerun)
        request(m_againTrigger);
    emit syncFinished(ok);
}

bool SyncScheduler::finishForSignOut()
{
    m_interval->stop();
    m_debounce->stop();
    m_retry->stop();
    m_retryScheduledMs = -1;
    bool done = false;
    bool ok = false;
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    auto conn = connect(this, &SyncScheduler::syncFinished, &loop, [&](bool success) {
        if (m_running)
            return; // the queued one at sign-out starts now; wait for it
        done = true;
        ok = success;
        loop.quit();
    });
    if (m_running) {
        m_again = true;
        m_againTrigger = Trigger::SignOut;
    } else
        startSync(Trigger::SignOut);
    limit.start(m_settings.signOutWaitMs);
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    disconnect(conn);
    m_started = false;
    if (!done) {
        m_cancel->store(true); // stop after the current batch; what was committed stays
        qCWarning(lcSync) << "sign-out: sync did not finish within" << m_settings.signOutWaitMs << "ms";
    }
    return done && ok;
}

} // namespace cliniclink::sync
