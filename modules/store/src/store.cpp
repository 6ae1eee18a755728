#include "cliniclink/store/store.h"

#include "cliniclink/core/uuid7.h"
#include "storelogging.h"
#include "timeformat.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

Q_LOGGING_CATEGORY(lcStore, "cliniclink.store")

namespace cliniclink::store {

QString changeOperationName(ChangeOperation op)
{
    switch (op) {
    case ChangeOperation::Create: return QStringLiteral("create");
    case ChangeOperation::Update: return QStringLiteral("update");
    case ChangeOperation::Delete: return QStringLiteral("delete");
    }
    return {};
}

namespace {
ChangeOperation parseOperation(const QString &s)
{
    if (s == QLatin1String("update"))
        return ChangeOperation::Update;
    if (s == QLatin1String("delete"))
        return ChangeOperation::Delete;
    return ChangeOperation::Create;
}

const QString kRecordColumns = QStringLiteral("type, id, version, payload, created_at, updated_at, author, device, deleted");

Record recordFromRow(const Row &r)
{
    Record rec;
    rec.type = r[0].toString();
    rec.id = r[1].toString();
    rec.version = r[2].toLongLong();
    rec.payload = QJsonDocument::fromJson(r[3].toByteArray()).object();
    rec.createdUtc = fromIsoUtc(r[4].toString());
    rec.updatedUtc = fromIsoUtc(r[5].toString());
    rec.author = r[6].toString();
    rec.device = r[7].toString();
    rec.deleted = r[8].toLongLong() != 0;
    return rec;
}
} // namespace

Store::Store(const QString &directory, const Clock &clock) : m_layout(directory), m_clock(clock), m_audit(*this) {}

Store::~Store()
{
    if (m_db)
        m_db->checkpoint();
}

bool Store::exists(const QString &directory) { return QFile::exists(StoreLayout(directory).database()); }

Result<std::unique_ptr<Store>> Store::create(const QString &directory, const crypto::SecretKey &dataKey,
                                             const StoreSettings &settings, const Clock &clock)
{
    if (!QDir().mkpath(directory))
        return fail(ErrorCode::IoError, QStringLiteral("cannot create store directory"));
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    std::unique_ptr<Store> store(new Store(directory, clock));
    auto db = Database::open(store->m_layout.database(), dataKey, Database::Mode::Create);
    if (!db)
        return fail(db.error());
    store->m_db = std::move(*db);
    // Owner-only; SQLite gives -wal and -shm the same mode as the database file.
    QFile::setPermissions(store->m_layout.database(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CL_TRY(store->migrate());
    store->m_actor = Actor{QString(), QStringLiteral("system"), settings.deviceId};
    CL_TRY(store->m_db->transaction([&]() -> Result<void> {
        CL_TRY(store->setMeta(QStringLiteral("clinic.code"), settings.clinicCode));
        CL_TRY(store->setMeta(QStringLiteral("clinic.name"), settings.clinicName));
        CL_TRY(store->setMeta(QStringLiteral("device.id"), settings.deviceId));
        CL_TRY(store->setMeta(QStringLiteral("store.created"), isoUtc(clock.nowUtc())));
        CL_TRY(store->loadSettings()); // the audit genesis is bound to the device id
        CL_TRY(store->m_audit.initialize(settings.auditHash));
        return {};
    }));
    CL_TRY(store->loadSettings());
    store->m_blobs = std::make_unique<BlobStore>(*store, store->m_layout.blobs(), dataKey);
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const QString &directory, const crypto::SecretKey &dataKey, const Clock &clock)
{
    std::unique_ptr<Store> store(new Store(directory, clock));
    auto db = Database::open(store->m_layout.database(), dataKey, Database::Mode::OpenExisting);
    if (!db)
        return fail(db.error());
    store->m_db = std::move(*db);
    CL_TRY(store->migrate());
    CL_TRY(store->loadSettings());
    CL_TRY(store->m_audit.load());
    store->m_actor = Actor{QString(), QStringLiteral("system"), store->m_deviceId};
    store->m_blobs = std::make_unique<BlobStore>(*store, store->m_layout.blobs(), dataKey);
    return store;
}

Result<void> Store::loadSettings()
{
    auto code = meta(QStringLiteral("clinic.code"));
    auto name = meta(QStringLiteral("clinic.name"));
    auto device = meta(QStringLiteral("device.id"));
    if (!code || !name || !device)
        return fail(ErrorCode::StoreCorrupt, QStringLiteral("settings unreadable"));
    if (!code->has_value() || !device->has_value())
        return fail(ErrorCode::StoreCorrupt, QStringLiteral("settings missing"));
    m_clinicCode = **code;
    m_clinicName = name->value_or(QString());
    m_deviceId = **device;
    return {};
}

Result<std::optional<QString>> Store::meta(const QString &key)
{
    auto v = m_db->scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!v)
        return fail(v.error());
    if (v->isNull())
        return std::optional<QString>();
    return std::optional<QString>(v->toString());
}

Result<void> Store::setMeta(const QString &key, const QString &value)
{
    auto r = m_db->execute(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"), {key, value});
    if (!r)
        return fail(r.error());
    return {};
}

Result<Record> Store::putRecord(const QString &type, const QString &id, qint64 baseVersion, const QJsonObject &payload)
{
    return writeRecord(type, id, baseVersion, payload,
                       baseVersion == 0 ? ChangeOperation::Create : ChangeOperation::Update);
}

Result<Record> Store::deleteRecord(const QString &type, const QString &id, qint64 baseVersion)
{
    auto existing = record(type, id);
    if (!existing)
        return fail(existing.error());
    if (!existing->has_value())
        return fail(ErrorCode::NotFound, QStringLiteral("no such record"), type);
    return writeRecord(type, id, baseVersion, (*existing)->payload, ChangeOperation::Delete);
}

Result<Record> Store::writeRecord(const QString &type, const QString &id, qint64 baseVersion,
                                  const QJsonObject &payload, ChangeOperation op)
{
    if (type.isEmpty() || id.isEmpty() || baseVersion < 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("record type, id and base version required"));
    if (m_actor.username.isEmpty())
        return fail(ErrorCode::PermissionDenied, QStringLiteral("no actor"));
    Record rec;
    CL_TRY(m_db->transaction([&]() -> Result<void> {
        auto current = m_db->queryOne(QStringLiteral("SELECT version, created_at, deleted FROM records WHERE type = ? AND id = ?"),
                                      {type, id});
        if (!current)
            return fail(current.error());
        const qint64 stored = current->has_value() ? (**current)[0].toLongLong() : 0;
        if (stored != baseVersion)
            return fail(ErrorCode::VersionConflict, QStringLiteral("stored %1, base %2").arg(stored).arg(baseVersion), type);
        if (current->has_value() && (**current)[2].toLongLong() != 0)
            return fail(ErrorCode::NotFound, QStringLiteral("record deleted"), type);

        const QString now = isoUtc(m_clock.nowUtc());
        rec.type = type;
        rec.id = id;
        rec.version = baseVersion + 1;
        rec.payload = payload;
        rec.author = m_actor.username;
        rec.device = m_actor.deviceId;
        rec.deleted = op == ChangeOperation::Delete;
        const QString created = current->has_value() ? (**current)[1].toString() : now;
        rec.createdUtc = fromIsoUtc(created);
        rec.updatedUtc = fromIsoUtc(now);

        const QByteArray json = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        // SQLite 3.15 (SQLCipher 3.4.1) has no UPSERT: update an existing row, else insert.
        auto w = current->has_value()
            ? m_db->execute(QStringLiteral("UPDATE records SET version = ?, payload = ?, updated_at = ?, author = ?, device = ?, "
                                           "deleted = ? WHERE type = ? AND id = ?"),
                            {rec.version, json, now, rec.author, rec.device, int(rec.deleted), type, id})
            : m_db->execute(QStringLiteral("INSERT INTO records(") + kRecordColumns + QStringLiteral(") VALUES(?,?,?,?,?,?,?,?,?)"),
                            {type, id, rec.version, json, created, now, rec.author, rec.device, int(rec.deleted)});
        if (!w)
            return fail(w.error());
        auto o = m_db->execute(QStringLiteral("INSERT INTO outbox(change_id, record_type, record_id, version, base_version, "
                                              "operation, author, device, created_at) VALUES(?,?,?,?,?,?,?,?,?)"),
                               {newId(m_clock), type, id, rec.version, baseVersion, changeOperationName(op),
                                rec.author, rec.device, now});
        if (!o)
            return fail(o.error());
        const char *action = op == ChangeOperation::Create ? audit::RecordCreate
            : op == ChangeOperation::Update                ? audit::RecordUpdate
                                                           : audit::RecordDelete;
        auto a = m_audit.append(QLatin1String(action), type, id, QJsonObject{{QStringLiteral("version"), rec.version}});
        if (!a)
            return fail(a.error());
        return {};
    }));
    if (m_writeListener)
        m_writeListener(type, id);
    return rec;
}

Result<Record> Store::applyRemoteVersion(const QString &type, const QString &id, const QJsonObject &payload, bool deleted,
                                         const QString &author, const QString &device, const QByteArray &json)
{
    if (type.isEmpty() || id.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("record type and id required"));
    Record rec;
    auto write = [&]() -> Result<void> {
        auto current = m_db->queryOne(QStringLiteral("SELECT version, created_at FROM records WHERE type = ? AND id = ?"), {type, id});
        if (!current)
            return fail(current.error());
        // Millisecond clock times: the QDateTime equals what reading `now` back would give.
        const QDateTime nowUtc = QDateTime::fromMSecsSinceEpoch(m_clock.nowUtc().toMSecsSinceEpoch(), Qt::UTC);
        const QString now = isoUtc(nowUtc);
        rec.type = type;
        rec.id = id;
        rec.version = (current->has_value() ? (**current)[0].toLongLong() : 0) + 1;
        rec.payload = payload;
        rec.author = author;
        rec.device = device;
        rec.deleted = deleted;
        const QString created = current->has_value() ? (**current)[1].toString() : now;
        rec.createdUtc = current->has_value() ? fromIsoUtc(created) : nowUtc;
        rec.updatedUtc = nowUtc;
        const QByteArray bytes = json.isEmpty() ? QJsonDocument(payload).toJson(QJsonDocument::Compact) : json;
        auto w = current->has_value()
            ? m_db->execute(QStringLiteral("UPDATE records SET version = ?, payload = ?, updated_at = ?, author = ?, device = ?, "
                                           "deleted = ? WHERE type = ? AND id = ?"),
                            {rec.version, bytes, now, author, device, int(deleted), type, id})
            : m_db->execute(QStringLiteral("INSERT INTO records(") + kRecordColumns + QStringLiteral(") VALUES(?,?,?,?,?,?,?,?,?)"),
                            {type, id, rec.version, bytes, created, now, author, device, int(deleted)});
        if (!w)
            return fail(w.error());
        return m_indexers.run(*this, rec); // the modules' derived rows, in the same transaction
    };
    // Inside the caller's transaction (a pull page) no savepoint of its own: a failing write or
    // indexer fails the page, which rolls back whole; a savepoint per record costs as much as the write.
    CL_TRY(m_db->inTransaction() ? write() : m_db->transaction(write));
    return rec;
}

Result<std::optional<Record>> Store::record(const QString &type, const QString &id)
{
    auto row = m_db->queryOne(QStringLiteral("SELECT ") + kRecordColumns + QStringLiteral(" FROM records WHERE type = ? AND id = ?"),
                              {type, id});
    if (!row)
        return fail(row.error());
    if (!row->has_value())
        return std::optional<Record>();
    return std::optional<Record>(recordFromRow(**row));
}

Result<std::optional<Record>> Store::readRecordAudited(const QString &type, const QString &id)
{
    auto rec = record(type, id);
    if (rec && rec->has_value()) {
        auto a = m_audit.append(QLatin1String(audit::RecordRead), type, id);
        if (!a)
            return fail(a.error());
    }
    return rec;
}

Result<QList<Record>> Store::records(const QString &type, bool includeDeleted)
{
    auto rows = m_db->query(QStringLiteral("SELECT ") + kRecordColumns
                                + QStringLiteral(" FROM records WHERE type = ? AND (deleted = 0 OR ?) ORDER BY id"),
                            {type, int(includeDeleted)});
    if (!rows)
        return fail(rows.error());
    QList<Record> out;
    out.reserve(rows->size());
    for (const Row &r : *rows)
        out.append(recordFromRow(r));
    return out;
}

Result<QHash<QString, qint64>> Store::recordCountsByType()
{
    auto rows = m_db->query(QStringLiteral("SELECT type, count(*) FROM records WHERE deleted = 0 GROUP BY type"));
    if (!rows)
        return fail(rows.error());
    QHash<QString, qint64> counts;
    for (const Row &r : *rows)
        counts.insert(r[0].toString(), r[1].toLongLong());
    return counts;
}

Result<QList<OutboxEntry>> Store::outbox(const QString &state, int limit)
{
    auto rows = m_db->query(QStringLiteral("SELECT seq, change_id, record_type, record_id, version, base_version, operation, "
                                           "author, device, created_at, state FROM outbox WHERE state = ? ORDER BY seq LIMIT ?"),
                            {state, limit});
    if (!rows)
        return fail(rows.error());
    QList<OutboxEntry> out;
    for (const Row &r : *rows) {
        OutboxEntry e;
        e.seq = r[0].toLongLong();
        e.changeId = r[1].toString();
        e.recordType = r[2].toString();
        e.recordId = r[3].toString();
        e.version = r[4].toLongLong();
        e.baseVersion = r[5].toLongLong();
        e.operation = parseOperation(r[6].toString());
        e.author = r[7].toString();
        e.device = r[8].toString();
        e.createdUtc = fromIsoUtc(r[9].toString());
        e.state = r[10].toString();
        out.append(e);
    }
    return out;
}

Result<OutboxStats> Store::outboxStats()
{
    auto rows = m_db->query(QStringLiteral("SELECT state, count(*) FROM outbox WHERE state <> 'acked' GROUP BY state"));
    if (!rows)
        return fail(rows.error());
    OutboxStats s;
    for (const Row &r : *rows) {
        const QString state = r[0].toString();
        const qint64 n = r[1].toLongLong();
        if (state == QLatin1String("pending"))
            s.pending = n;
        else if (state == QLatin1String("in_flight"))
            s.inFlight = n;
        else if (state == QLatin1String("rejected"))
            s.rejected = n;
        else if (state == QLatin1String("conflict"))
            s.conflicts = n;
    }
    return s;
}

Store::Verification Store::verify()
{
    Verification v;
    auto fails = [&](ErrorCode code, const QString &key, const QJsonValue &value) {
        if (v.intact)
            v.code = code;
        v.intact = false;
        v.report.insert(key, value);
    };

    v.report.insert(QStringLiteral("cipherVersion"), m_db->cipherVersion());
    auto integrity = m_db->query(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity) {
        fails(ErrorCode::StoreCorrupt, QStringLiteral("database"), integrity.error().toString());
    } else {
        QStringList problems;
        for (const Row &r : *integrity)
            if (r.value(0).toString() != QLatin1String("ok"))
                problems << r.value(0).toString();
        if (problems.isEmpty())
            v.report.insert(QStringLiteral("database"), QStringLiteral("ok"));
        else
            fails(ErrorCode::StoreCorrupt, QStringLiteral("database"), problems.join(QLatin1Char('\n')));
    }

    auto chain = m_audit.verify();
    if (!chain) {
        fails(ErrorCode::StoreCorrupt, QStringLiteral("audit"), chain.error().toString());
    } else {
        QJsonObject a{{QStringLiteral("rows"), chain->rowsChecked}, {QStringLiteral("intact"), chain->intact}};
        if (!chain->intact) {
            a.insert(QStringLiteral("firstBadSeq"), chain->firstBadSeq);
            a.insert(QStringLiteral("reason"), chain->reason);
            fails(ErrorCode::AuditChainBroken, QStringLiteral("audit"), a);
        } else {
            v.report.insert(QStringLiteral("audit"), a);
        }
    }

    // Every record's latest version must have its outbox entry (written in the same transaction),
    // unless that version came from the platform (sync_state says so).
    auto orphans = m_db->scalar(QStringLiteral("SELECT count(*) FROM records r WHERE NOT EXISTS (SELECT 1 FROM outbox o "
                                               "WHERE o.record_type = r.type AND o.record_id = r.id AND o.version = r.version) "
                                               "AND NOT EXISTS (SELECT 1 FROM sync_state s WHERE s.record_type = r.type "
                                               "AND s.record_id = r.id AND s.local_version = r.version)"));
    if (!orphans)
        fails(ErrorCode::StoreCorrupt, QStringLiteral("outbox"), orphans.error().toString());
    else if (orphans->toLongLong() != 0)
        fails(ErrorCode::StoreCorrupt, QStringLiteral("outbox"),
              QStringLiteral("%1 records without outbox entry").arg(orphans->toLongLong()));
    else
        v.report.insert(QStringLiteral("outbox"), QStringLiteral("ok"));

    auto badBlobs = m_blobs->verifyAll();
    if (!badBlobs)
        fails(ErrorCode::BlobCorrupt, QStringLiteral("blobs"), badBlobs.error().toString());
    else if (!badBlobs->isEmpty())
        fails(ErrorCode::BlobCorrupt, QStringLiteral("blobs"), QJsonValue(QJsonArray::fromStringList(*badBlobs)));
    else
        v.report.insert(QStringLiteral("blobs"), QStringLiteral("ok"));

    v.report.insert(QStringLiteral("intact"), v.intact);
    return v;
}

Result<void> Store::checkpoint() { return m_db->checkpoint(); }

} // namespace cliniclink::store
