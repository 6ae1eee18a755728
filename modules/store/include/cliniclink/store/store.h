#pragma once

#include "cliniclink/core/clock.h"
#include "cliniclink/core/result.h"
#include "cliniclink/crypto/hash.h"
#include "cliniclink/crypto/secretkey.h"
#include "cliniclink/store/auditlog.h"
#include "cliniclink/store/blobstore.h"
#include "cliniclink/store/database.h"
#include "cliniclink/store/indexers.h"
#include "cliniclink/store/record.h"
#include "cliniclink/store/storelayout.h"

#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace cliniclink::store {

struct StoreSettings {
    QString clinicCode; // 12 digits (GB/T 2260 county + township + village)
    QString clinicName;
    QString deviceId;
    crypto::HashAlgorithm auditHash = crypto::HashAlgorithm::Sha256;
};

struct OutboxStats {
    qint64 pending = 0;
    qint64 inFlight = 0;
    qint64 rejected = 0;
    qint64 conflicts = 0;
};

// The encrypted local cache of one clinic PC: SQLCipher database, audit chain, blob store.
// All writes of clinical records go through putRecord()/deleteRecord(), which in one
// transaction bump the record's version, append an outbox entry and an audit event.
class Store {
public:
    static constexpr int kSchemaVersion = 6;

    static bool exists(const QString &directory);
    static Result<std::unique_ptr<Store>> create(const QString &directory, const crypto::SecretKey &dataKey,
                                                 const StoreSettings &settings, const Clock &clock = systemClock());
    static Result<std::unique_ptr<Store>> open(const QString &directory, const crypto::SecretKey &dataKey,
                                               const Clock &clock = systemClock());
    ~Store();

    Database &db() { return *m_db; }
    AuditLog &audit() { return m_audit; }
    const AuditLog &audit() const { return m_audit; }
    BlobStore &blobs() { return *m_blobs; }
    const StoreLayout &layout() const { return m_layout; }
    const Clock &clock() const { return m_clock; }

    const Actor &actor() const { return m_actor; }
    void setActor(const Actor &actor) { m_actor = actor; }
    QString deviceId() const { return m_deviceId; }
    QString clinicCode() const { return m_clinicCode; }
    QString clinicName() const { return m_clinicName; }

    Result<std::optional<QString>> meta(const QString &key);
    Result<void> setMeta(const QString &key, const QString &value);

    // Change capture. baseVersion 0 creates (the id must be new); otherwise the stored version
    // must equal baseVersion (VersionConflict if not). Returns the stored record.
    Result<Record> putRecord(const QString &type, const QString &id, qint64 baseVersion, const QJsonObject &payload);
    // Tombstones the record (payload kept for the trail and for sync).
    Result<Record> deleteRecord(const QString &type, const QString &id, qint64 baseVersion);
    // Told after each putRecord()/deleteRecord() (each new outbox entry), so the background sync
    // can start soon after a save and the status indicator never shows "all sent" while something
    // waits. Called on the writing thread; inside an outer transaction, before its commit.
    void setWriteListener(std::function<void(const QString &type, const QString &id)> listener)
    {
        m_writeListener = std::move(listener);
    }
    // Sync only: stores a version that came from the platform (local version + 1) WITHOUT an
    // outbox entry, so it is never sent back. The caller records it in sync_state in the same
    // transaction (Store::verify accepts a record without outbox entry only if sync_state says
    // that local version came from the platform).
    // `json`, when given, is the payload already serialised compactly (the pull path has it, so
    // a page of records is not serialised twice).
    Result<Record> applyRemoteVersion(const QString &type, const QString &id, const QJsonObject &payload, bool deleted,
                                      const QString &author, const QString &device, const QByteArray &json = {});
    // Index writers for records applyRemoteVersion() stores (see indexers.h); install before sync.
    void addIndexer(const QString &type, RecordIndexer indexer) { m_indexers.add(type, std::move(indexer)); }
    // Runs the indexers of rec.type; the sync merge calls it for a merged record it wrote with
    // putRecord()/deleteRecord(). Call inside the write transaction.
    Result<void> indexRecord(const Record &rec) { return m_indexers.run(*this, rec); }
    Result<std::optional<Record>> record(const QString &type, const QString &id);
    // The same, and records in the audit trail that the current actor read this patient record.
    Result<std::optional<Record>> readRecordAudited(const QString &type, const QString &id);
    Result<QList<Record>> records(const QString &type, bool includeDeleted = false);
    Result<QHash<QString, qint64>> recordCountsByType();

    Result<QList<OutboxEntry>> outbox(const QString &state = QStringLiteral("pending"), int limit = 1000);
    Result<OutboxStats> outboxStats();

    // Full check: page-level integrity (SQLCipher HMACs via integrity_check), the audit chain,
    // outbox/record consistency and every blob. Never throws; the report says what failed.
    struct Verification {
        bool intact = true;
        ErrorCode code = ErrorCode::Internal; // meaningful when !intact
        QJsonObject report;
    };
    Verification verify();

    // Checkpoints and truncates the WAL; called at sign-out so no stale pages stay in -wal.
    Result<void> checkpoint();

private:
    Store(const QString &directory, const Clock &clock);
    Result<void> migrate();
    Result<void> loadSettings();
    Result<Record> writeRecord(const QString &type, const QString &id, qint64 baseVersion, const QJsonObject &payload,
                               ChangeOperation op);

    StoreLayout m_layout;
    const Clock &m_clock;
    std::unique_ptr<Database> m_db;
    AuditLog m_audit;
    std::unique_ptr<BlobStore> m_blobs;
    Actor m_actor;
    QString m_deviceId;
    QString m_clinicCode;
    QString m_clinicName;
    std::function<void(const QString &, const QString &)> m_writeListener;
    Indexers m_indexers;
};

// The SQLCipher library version (for the About box), without opening a store.
QString sqlcipherVersion();

} // namespace cliniclink::store
