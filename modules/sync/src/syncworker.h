#pragma once

#include "cliniclink/sync/syncscheduler.h"

#include <QObject>

namespace cliniclink::sync {

// Lives on the scheduler's thread: owns that thread's store connection and runs one syncOnce()
// per request. Never touches the UI thread's objects.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    SyncWorker(StoreOpener openStore, SchedulerSettings settings, std::shared_ptr<std::atomic<bool>> cancel);
    ~SyncWorker() override;

public slots:
    void run(int timeoutMs);

signals:
    void progress();
    void finished(bool ok, int errorCode, const QString &detail, const QJsonObject &report);

private:
    StoreOpener m_openStore;
    SchedulerSettings m_settings;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::unique_ptr<store::Store> m_store;
};

} // namespace cliniclink::sync
