#include "cliniclink/sync/syncengine.h"

#include "cliniclink/core/uuid7.h"
#include "cliniclink/protocol/orgcode.h"
#include "cliniclink/sync/threewaymerge.h"
#include "synclogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

Q_LOGGING_CATEGORY(lcSync, "cliniclink.sync")

namespace cliniclink::sync {

using protocol::ChangeResult;
using protocol::ResultStatus;
using store::Row;

namespace {
QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
QJsonObject parse(const QVariant &v) { return QJsonDocument::fromJson(v.toByteArray()).object(); }
QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

QJsonValue jsonOrNull(const QJsonValue &v) { return v.isUndefined() ? QJsonValue() : v; }
} // namespace

QJsonObject SyncReport::toJson() const
{
    return QJsonObject{{QStringLiteral("pushed"), pushed},   {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("conflicts"), conflicts}, {QStringLiteral("merged"), merged},
                       {QStringLiteral("pulled"), pulled},   {QStringLiteral("requests"), requests}};
}

Result<PlatformClient::EnrolResult> enrol(store::Store &store, const QUrl &platform, const QString &caFile, const QString &code)
{
    CL_TRY(PlatformClient::checkTransportAllowed(platform));
    PlatformClient client(TransportSettings{platform, caFile, {}, 30000});
    auto r = client.enrol(code, store.clinicName().isEmpty() ? store.deviceId() : store.clinicName());
    if (!r)
        return fail(r.error());
    CL_TRY(store.db().transaction([&]() -> Result<void> {
        CL_TRY(store.setMeta(QLatin1String(metakey::PlatformUrl), platform.toString()));
        CL_TRY(store.setMeta(QLatin1String(metakey::Token), r->token));
        CL_TRY(store.setMeta(QLatin1String(metakey::DeviceId), r->deviceId));
        CL_TRY(store.setMeta(QLatin1String(metakey::OrgCode), r->orgCode));
        auto a = store.audit().append(QStringLiteral("sync.enrol"), QStringLiteral("platform"), r->deviceId,
                                      QJsonObject{{QStringLiteral("org"), r->orgCode}});
        if (!a)
            return fail(a.error());
        return {};
    }));
    return r;
}

SyncEngine::SyncEngine(store::Store &store, PlatformClient &client) : m_store(store), m_client(client) {}

Result<TransportSettings> SyncEngine::transportFor(store::Store &store, const QString &caFile)
{
    auto url = store.meta(QLatin1String(metakey::PlatformUrl));
    auto token = store.meta(QLatin1String(metakey::Token));
    if (!url || !token)
        return fail(!url ? url.error() : token.error());
    if (!url->has_value() || !token->has_value())
        return fail(ErrorCode::NotEnrolled);
    return TransportSettings{QUrl(**url), caFile, **token, 30000};
}

QString SyncEngine::defaultScope()
{
    auto org = m_store.meta(QLatin1String(metakey::OrgCode));
    if (org && org->has_value())
        return **org;
    return m_store.clinicCode();
}

Result<int> SyncEngine::freezeBatch()
{
    auto inflight = m_store.db().scalar(QStringLiteral("SELECT count(*) FROM sync_inflight"));
    if (!inflight)
        return fail(inflight.error());
    const int room = m_batchSize - int(inflight->toLongLong());
    if (room <= 0)
        return 0;
    int frozen = 0;
    const QString scope = defaultScope();
    CL_TRY(m_store.db().transaction([&]() -> Result<void> {
        // One change per record, in the order of the record's first unsent save, so a
        // resident goes before the visits recorded after it. A record with a change still in
        // flight waits: its next base version is not known yet.
        auto rows = m_store.db().query(
            QStringLiteral("SELECT o.record_type, o.record_id, min(o.seq), max(o.seq) FROM outbox o WHERE o.state = 'pending' "
                           "AND NOT EXISTS (SELECT 1 FROM sync_inflight i WHERE i.record_type = o.record_type AND i.record_id = o.record_id) "
                           "GROUP BY o.record_type, o.record_id ORDER BY min(o.seq) LIMIT ?"),
            {room});
        if (!rows)
            return fail(rows.error());
        for (const Row &r : *rows) {
            const QString type = r[0].toString(), id = r[1].toString();
            const qint64 maxSeq = r[3].toLongLong();
            auto rec = m_store.record(type, id);
            if (!rec)
                return fail(rec.error());
            auto changeId = m_store.db().scalar(QStringLiteral("SELECT change_id FROM outbox WHERE seq = ?"), {maxSeq});
            auto st = m_store.db().queryOne(QStringLiteral("SELECT server_version, scope FROM sync_state WHERE record_type = ? AND record_id = ?"),
                                            {type, id});
            if (!changeId || !st)
                return fail(!changeId ? changeId.error() : st.error());
            if (!rec->has_value())
                continue;
            const store::Record &record = **rec;
            const qint64 base = st->has_value() ? (**st)[0].toLongLong() : 0;
            const QString recordScope = st->has_value() && !(**st)[1].toString().isEmpty() ? (**st)[1].toString() : scope;
            protocol::WireChange c;
            c.changeId = changeId->toString();
            c.recordType = type;
            c.recordId = id;
            c.baseVersion = base;
            c.localVersion = record.version;
            c.operation = record.deleted ? QStringLiteral("delete") : base == 0 ? QStringLiteral("create") : QStringLiteral("update");
            c.payload = record.payload;
            c.author = record.author;
            c.device = m_store.deviceId();
            c.time = iso(record.updatedUtc);
            c.scope = recordScope;
            CL_TRY(m_store.db().execute(QStringLiteral("UPDATE outbox SET state = 'in_flight', attempts = attempts + 1 WHERE record_type = ? "
                                                       "AND record_id = ? AND state = 'pending' AND seq <= ?"),
                                        {type, id, maxSeq}));
            CL_TRY(m_store.db().execute(QStringLiteral("INSERT INTO sync_inflight(change_id, record_type, record_id, max_seq, body) VALUES (?,?,?,?,?)"),
                                        {c.changeId, type, id, maxSeq, compact(c.toJson())}));
            ++frozen;
        }
        return {};
    }));
    return frozen;
}

Result<SyncReport> SyncEngine::push()
{
    SyncReport report;
    // Bounded: every round either empties sync_inflight or stops on an error.
    for (int round = 0; round < 100000; ++round) {
        auto frozen = freezeBatch();
        if (!frozen)
            return fail(frozen.error());
        auto rows = m_store.db().query(QStringLiteral("SELECT body FROM sync_inflight ORDER BY max_seq LIMIT ?"), {m_batchSize});
        if (!rows)
            return fail(rows.error());
        if (rows->isEmpty())
            break;
        // The frozen bytes of each change, unchanged on every resend.
        QByteArray body = QByteArrayLiteral("{\"changes\":[");
        for (int i = 0; i < rows->size(); ++i)
            body += (i ? QByteArrayLiteral(",") : QByteArray()) + (*rows)[i][0].toByteArray();
        body += QByteArrayLiteral("]}");
        ++report.requests;
        auto results = m_client.push(body);
        if (!results) {
            // Unknown outcome: the changes stay in flight and go again, identical, next time.
            Error e = results.error();
            if (e.code == ErrorCode::PlatformProtocolError)
                e.code = ErrorCode::PlatformUnreachable;
            return fail(e);
        }
        CL_TRY(applyResults(*results, report));
        if (m_progress && !m_progress())
            return fail(ErrorCode::SyncInterrupted, QStringLiteral("stopped after a batch"));
    }
    return report;
}

Result<void> SyncEngine::recordClean(const QString &type, const QString &id, qint64 serverVersion, qint64 localVersion,
                                     const QJsonObject &payload, bool deleted, const QString &scope, const QByteArray &json, bool isNew)
{
    const QByteArray bytes = json.isEmpty() ? compact(payload) : json;
    // No UPSERT in SQLite 3.15.
    if (!isNew) {
        auto u = m_store.db().execute(QStringLiteral("UPDATE sync_state SET server_version = ?, local_version = ?, base_payload = ?, "
                                                     "base_deleted = ?, scope = CASE WHEN ? = '' THEN scope ELSE ? END "
                                                     "WHERE record_type = ? AND record_id = ?"),
                                      {serverVersion, localVersion, bytes, int(deleted), scope, scope, type, id});
        if (!u)
            return fail(u.error());
        if (*u > 0)
            return {};
    }
    return m_store.db()
        .execute(QStringLiteral("INSERT INTO sync_state(record_type, record_id, server_version, local_version, "
                                "base_payload, base_deleted, scope) VALUES (?,?,?,?,?,?,?)"),
                 {type, id, serverVersion, localVersion, bytes, int(deleted), scope})
        .map([](qint64) {});
}

Result<void> SyncEngine::applyResults(const QList<ChangeResult> &results, SyncReport &report)
{
    return m_store.db().transaction([&]() -> Result<void> {
        for (const ChangeResult &r : results) {
            auto row = m_store.db().queryOne(QStringLiteral("SELECT record_type, record_id, max_seq, body FROM sync_inflight WHERE change_id = ?"),
                                             {r.changeId});
            if (!row)
                return fail(row.error());
            if (!row->has_value())
                continue; // not ours, or settled already
            const QString type = (**row)[0].toString(), id = (**row)[1].toString();
            const qint64 maxSeq = (**row)[2].toLongLong();
            const QJsonObject sent = parse((**row)[3]);
            auto settle = [&](const QString &state, const QString &error) -> Result<void> {
                CL_TRY(m_store.db().execute(QStringLiteral("UPDATE outbox SET state = ?, last_error = ? WHERE record_type = ? AND record_id = ? "
                                                           "AND state = 'in_flight' AND seq <= ?"),
                                            {state, error.isEmpty() ? QVariant() : QVariant(error), type, id, maxSeq}));
                CL_TRY(m_store.db().execute(QStringLiteral("DELETE FROM sync_inflight WHERE change_id = ?"), {r.changeId}));
                return {};
            };
            switch (r.outcome) {
            case ResultStatus::Applied:
            case ResultStatus::Duplicate:
                CL_TRY(recordClean(type, id, r.version, qint64(sent.value(QLatin1String("version")).toDouble()),
                                   sent.value(QLatin1String("payload")).toObject(),
                                   sent.value(QLatin1String("operation")).toString() == QLatin1String("delete"),
                                   sent.value(QLatin1String("scope")).toString()));
                CL_TRY(settle(QStringLiteral("acked"), QString()));
                ++report.pushed;
                break;
            case ResultStatus::Rejected: {
                CL_TRY(settle(QStringLiteral("rejected"), r.reason));
                auto a = m_store.audit().append(QStringLiteral("sync.rejected"), type, id, QJsonObject{{QStringLiteral("reason"), r.reason}});
                if (!a)
                    return fail(a.error());
                ++report.rejected;
                break;
            }
            case ResultStatus::Conflict:
                CL_TRY(m_store.db().execute(QStringLiteral("DELETE FROM sync_inflight WHERE change_id = ?"), {r.changeId}));
                CL_TRY(mergeWithRemote(type, id, r.version, r.serverPayload, r.serverDeleted, QString(), maxSeq, report,
                                       r.serverAuthor, r.serverTime));
                break;
            }
        }
        return {};
    });
}

Result<void> SyncEngine::mergeWithRemote(const QString &type, const QString &id, qint64 remoteVersion, const QJsonObject &remote,
                                         bool remoteDeleted, const QString &scope, qint64 coveredMaxSeq, SyncReport &report,
                                         const QString &remoteAuthor, const QString &remoteTime)
{
    auto rec = m_store.record(type, id);
    auto st = m_store.db().queryOne(QStringLiteral("SELECT base_payload, base_deleted, scope FROM sync_state WHERE record_type = ? AND record_id = ?"),
                                    {type, id});
    if (!rec || !st)
        return fail(!rec ? rec.error() : st.error());
    const QJsonObject base = st->has_value() ? parse((**st)[0]) : QJsonObject();
    const bool baseDeleted = st->has_value() && (**st)[1].toLongLong() != 0;
    const QString recordScope = !scope.isEmpty() ? scope : st->has_value() ? (**st)[2].toString() : defaultScope();
    const QJsonObject local = rec->has_value() ? (**rec).payload : QJsonObject();
    const bool localDeleted = rec->has_value() && (**rec).deleted;
    // Who saved each side and when, for the person who resolves a conflict.
    const QJsonObject localSide{{QStringLiteral("author"), rec->has_value() ? (**rec).author : QString()},
                                {QStringLiteral("time"), rec->has_value() ? iso((**rec).updatedUtc) : QString()},
                                {QStringLiteral("device"), m_store.deviceId()}};
    const QJsonObject remoteSide{{QStringLiteral("author"), remoteAuthor}, {QStringLiteral("time"), remoteTime}};
    const MergeResult m = threeWayMerge(base, baseDeleted, local, localDeleted, remote, remoteDeleted);

    // 1. The platform's version becomes the local base (not an outbox entry).
    auto applied = m_store.applyRemoteVersion(type, id, remote, remoteDeleted, QStringLiteral("platform"), QString());
    if (!applied)
        return fail(applied.error());
    CL_TRY(recordClean(type, id, remoteVersion, applied->version, remote, remoteDeleted, recordScope));
    // Local saves up to now are carried by the merge below (or the conflict record).
    const QString settled = m.conflicts.isEmpty() ? QStringLiteral("merged") : QStringLiteral("conflict");
    CL_TRY(m_store.db().execute(QStringLiteral("UPDATE outbox SET state = ? WHERE record_type = ? AND record_id = ? "
                                               "AND state IN ('pending', 'in_flight') AND (state = 'pending' OR seq <= ?)"),
                                {settled, type, id, coveredMaxSeq}));
    // 2. What local changed on top of it goes out as a normal local change.
    if (m.merged != remote || m.deleted != remoteDeleted) {
        auto w = m.deleted ? m_store.deleteRecord(type, id, applied->version) : m_store.putRecord(type, id, applied->version, m.merged);
        if (!w)
            return fail(w.error());
        CL_TRY(m_store.indexRecord(*w)); // the merged fields, not the platform's, belong in the index
        ++report.merged;
    }
    QJsonArray fields;
    for (const FieldConflict &f : m.conflicts)
        fields.append(QJsonObject{{QStringLiteral("field"), f.field}, {QStringLiteral("base"), jsonOrNull(f.base)},
                                  {QStringLiteral("local"), jsonOrNull(f.local)}, {QStringLiteral("remote"), jsonOrNull(f.remote)}});
    // 3. Colliding fields: a conflict record with both values, synced like any record so the
    //    township sees it too, until a person resolves it.
    if (!m.conflicts.isEmpty()) {
        const QString conflictId = newId(m_store.clock());
        const QJsonObject conflict{{QStringLiteral("recordType"), type},
                                   {QStringLiteral("recordId"), id},
                                   {QStringLiteral("status"), QStringLiteral("open")},
                                   {QStringLiteral("fields"), fields},
                                   {QStringLiteral("remoteVersion"), remoteVersion},
                                   {QStringLiteral("localSide"), localSide},
                                   {QStringLiteral("remoteSide"), remoteSide},
                                   {QStringLiteral("detectedBy"), m_store.deviceId()},
                                   {QStringLiteral("detectedAt"), iso(m_store.clock().nowUtc())}};
        auto c = m_store.putRecord(QLatin1String(kConflictType), conflictId, 0, conflict);
        if (!c)
            return fail(c.error());
        CL_TRY(m_store.db().execute(QStringLiteral("INSERT INTO sync_state(record_type, record_id, server_version, local_version, "
                                                   "base_payload, base_deleted, scope) VALUES (?, ?, 0, -1, '{}', 0, ?)"),
                                    {QLatin1String(kConflictType), conflictId, recordScope}));
        ++report.conflicts;
    }
    QJsonArray names;
    for (const FieldConflict &f : m.conflicts)
        names.append(f.field);
    auto a = m_store.audit().append(m.conflicts.isEmpty() ? QStringLiteral("sync.merge") : QStringLiteral("sync.conflict"), type, id,
                                    QJsonObject{{QStringLiteral("remoteVersion"), remoteVersion}, {QStringLiteral("fields"), names}});
    if (!a)
        return fail(a.error());
    return {};
}

Result<void> SyncEngine::applyFeedEntry(const protocol::FeedEntry &e, SyncReport &report)
{
    // Two primary-key lookups and two writes per record; the local record's payload is only
    // read (and parsed) when it has unsent edits and must be merged.
    auto st = m_store.db().queryOne(QStringLiteral("SELECT server_version, local_version FROM sync_state WHERE record_type = ? AND record_id = ?"),
                                    {e.recordType, e.recordId});
    if (!st)
        return fail(st.error());
    if (st->has_value() && (**st)[0].toLongLong() >= e.version)
        return {}; // this PC's own change coming back, or a version it already has
    auto localVersion = m_store.db().queryOne(QStringLiteral("SELECT version FROM records WHERE type = ? AND id = ?"), {e.recordType, e.recordId});
    if (!localVersion)
        return fail(localVersion.error());
    const bool dirty = localVersion->has_value() && (!st->has_value() || (**st)[1].toLongLong() != (**localVersion)[0].toLongLong());
    ++report.pulled;
    if (dirty)
        return mergeWithRemote(e.recordType, e.recordId, e.version, e.payload, e.deleted, e.scope, 0, report, e.author, e.time);
    const QByteArray json = compact(e.payload);
    auto applied = m_store.applyRemoteVersion(e.recordType, e.recordId, e.payload, e.deleted, e.author, e.device, json);
    if (!applied)
        return fail(applied.error());
    return recordClean(e.recordType, e.recordId, e.version, applied->version, e.payload, e.deleted, e.scope, json, !st->has_value());
}

Result<SyncReport> SyncEngine::pull()
{
    SyncReport report;
    auto inflight = m_store.db().scalar(QStringLiteral("SELECT count(*) FROM sync_inflight"));
    if (!inflight)
        return fail(inflight.error());
    if (inflight->toLongLong() > 0)
        return fail(ErrorCode::SyncInterrupted, QStringLiteral("changes still in flight; push first"));
    // A bigger page cache while pages stream in: with SQLite's default 2 MB every page write
    // re-reads and re-decrypts B-tree pages evicted a moment ago. Decrypted pages stay in
    // process memory (never in temp files); the default comes back afterwards.
    auto cacheSize = m_store.db().scalar(QStringLiteral("PRAGMA cache_size"));
    CL_TRY(m_store.db().exec(QStringLiteral("PRAGMA cache_size = -32768")));
    const auto restoreCache = qScopeGuard([&] {
        if (cacheSize)
            m_store.db().exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize->toLongLong()));
    });
    auto cursor = m_store.meta(QLatin1String(metakey::Cursor));
    if (!cursor)
        return fail(cursor.error());
    ++report.requests;
    auto next = m_client.startPull(cursor->value_or(QString()), m_pageSize);
    for (int page = 0; page < 1000000 && next; ++page) {
        auto p = m_client.finishPull(std::move(next));
        if (!p)
            return fail(p.error());
        // The next page travels while this one is stored (the cursor is known already). If
        // storing fails or the process dies, the next run starts after the last committed page.
        if (p->more) {
            ++report.requests;
            next = m_client.startPull(p->cursor, m_pageSize);
        }
        // The page and its cursor: all or nothing, so an interruption resumes at this page.
        CL_TRY(m_store.db().transaction([&]() -> Result<void> {
            for (const protocol::FeedEntry &e : p->entries)
                CL_TRY(applyFeedEntry(e, report));
            CL_TRY(m_store.setMeta(QLatin1String(metakey::Cursor), p->cursor));
            if (!p->entries.isEmpty()) {
                auto a = m_store.audit().append(QStringLiteral("sync.pull"), QStringLiteral("feed"), QString(),
                                                QJsonObject{{QStringLiteral("records"), int(p->entries.size())}});
                if (!a)
                    return fail(a.error());
            }
            return {};
        }));
        if (m_progress && !m_progress())
            return fail(ErrorCode::SyncInterrupted, QStringLiteral("stopped after a page"));
    }
    return report;
}

Result<SyncReport> SyncEngine::syncOnce()
{
    SyncReport total;
    auto run = [&]() -> Result<void> {
        // A pull can merge (new outbox entries); a second push sends them. Bounded.
        for (int round = 0; round < 3; ++round) {
            auto pushed = push();
            if (!pushed)
                return fail(pushed.error());
            auto pulled = pull();
            if (!pulled)
                return fail(pulled.error());
            total.pushed += pushed->pushed;
            total.rejected += pushed->rejected;
            total.conflicts += pushed->conflicts + pulled->conflicts;
            total.merged += pushed->merged + pulled->merged;
            total.pulled += pulled->pulled;
            total.requests += pushed->requests + pulled->requests;
            auto pending = m_store.outboxStats();
            if (!pending)
                return fail(pending.error());
            if (pending->pending == 0)
                break;
        }
        return {};
    };
    auto r = run();
    if (!r) {
        m_store.setMeta(QLatin1String(metakey::LastError), r.error().name());
        return fail(r.error());
    }
    CL_TRY(m_store.setMeta(QLatin1String(metakey::LastSuccess), iso(m_store.clock().nowUtc())));
    CL_TRY(m_store.setMeta(QLatin1String(metakey::LastError), QString()));
    return total;
}

Result<QJsonObject> syncStatus(store::Store &store)
{
    auto stats = store.outboxStats();
    auto counts = store.recordCountsByType();
    if (!stats || !counts)
        return fail(!stats ? stats.error() : counts.error());
    auto unsent = store.db().scalar(QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT record_type, record_id FROM outbox "
                                                   "WHERE state IN ('pending', 'in_flight'))"));
    auto rejectedRows = store.db().query(QStringLiteral("SELECT record_type, record_id, last_error, max(seq) FROM outbox WHERE state = 'rejected' "
                                                        "GROUP BY record_type, record_id ORDER BY max(seq) LIMIT 200"));
    auto conflicts = store.records(QLatin1String(kConflictType));
    if (!unsent || !rejectedRows || !conflicts)
        return fail(!unsent ? unsent.error() : !rejectedRows ? rejectedRows.error() : conflicts.error());
    QJsonArray rejected;
    for (const Row &r : *rejectedRows)
        rejected.append(QJsonObject{{QStringLiteral("recordType"), r[0].toString()},
                                    {QStringLiteral("recordId"), r[1].toString()},
                                    {QStringLiteral("reason"), r[2].toString()}});
    int open = 0;
    for (const store::Record &c : *conflicts)
        open += c.payload.value(QLatin1String("status")).toString() == QLatin1String("open") ? 1 : 0;
    QJsonObject byType;
    for (auto it = counts->begin(); it != counts->end(); ++it)
        byType.insert(it.key(), it.value());
    auto last = store.meta(QLatin1String(metakey::LastSuccess));
    auto lastError = store.meta(QLatin1String(metakey::LastError));
    auto org = store.meta(QLatin1String(metakey::OrgCode));
    return QJsonObject{{QStringLiteral("pending"), stats->pending},
                       {QStringLiteral("inFlight"), stats->inFlight},
                       {QStringLiteral("unsentRecords"), unsent->toLongLong()},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("rejectedCount"), stats->rejected},
                       {QStringLiteral("conflicts"), open},
                       {QStringLiteral("lastSuccess"), last && last->has_value() ? QJsonValue(**last) : QJsonValue()},
                       {QStringLiteral("lastError"), lastError && lastError->has_value() ? QJsonValue(**lastError) : QJsonValue()},
                       {QStringLiteral("enrolled"), org && org->has_value()},
                       {QStringLiteral("org"), org && org->has_value() ? QJsonValue(**org) : QJsonValue()},
                       {QStringLiteral("allSent"), stats->pending == 0 && stats->inFlight == 0},
                       {QStringLiteral("records"), byType}};
}

} // namespace cliniclink::sync
