#include "syncworker.h"

#include "cliniclink/sync/syncengine.h"
#include "synclogging.h"

namespace cliniclink::sync {

SyncWorker::SyncWorker(StoreOpener openStore, SchedulerSettings settings, std::shared_ptr<std::atomic<bool>> cancel)
    : m_openStore(std::move(openStore)), m_settings(std::move(settings)), m_cancel(std::move(cancel))
{
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::run(int timeoutMs)
{
    auto result = [&]() -> Result<SyncReport> {
        if (m_cancel->load()) // shutting down: do not touch the session any more
            return fail(ErrorCode::Cancelled, QStringLiteral("scheduler stopping"));
        if (!m_store) {
            auto opened = m_openStore();
            if (!opened)
                return fail(opened.error());
            m_store = std::move(*opened);
        }
        QString caFile = m_settings.caFile;
        if (caFile.isEmpty()) { // the CA pinned at enrolment
            auto pinned = m_store->meta(QLatin1String(metakey::CaFile));
            if (pinned && pinned->has_value())
                caFile = **pinned;
        }
        auto transport = SyncEngine::transportFor(*m_store, caFile);
        if (!transport)
            return fail(transport.error());
        transport->timeoutMs = timeoutMs;
        // One client per sync: keep-alive within it, fresh settings (re-enrolment) next time.
        PlatformClient client(*transport);
        SyncEngine engine(*m_store, client);
        engine.setBatchSize(m_settings.batchSize);
        engine.setProgressHook([this] {
            emit progress();
            return !m_cancel->load();
        });
        return engine.syncOnce();
    }();
    if (result) {
        qCInfo(lcSync) << "background sync done" << result->toJson();
        emit finished(true, 0, QString(), result->toJson());
    } else {
        qCWarning(lcSync) << "background sync failed" << result.error().toString();
        emit finished(false, result.error().number(), result.error().detail, QJsonObject());
    }
}

} // namespace cliniclink::sync
