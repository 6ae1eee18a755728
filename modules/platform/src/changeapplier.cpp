#include "cliniclink/platform/platformservice.h"

#include "cliniclink/protocol/orgcode.h"
#include "platformlogging.h"

#include <QJsonDocument>

namespace cliniclink::platform {

using protocol::ChangeResult;
using protocol::ResultStatus;
using protocol::WireChange;

namespace {
constexpr qsizetype kMaxPayloadBytes = 1024 * 1024;
// Held from the first feed sequence number a push takes until its commit, so feed rows become
// visible in seq order across all instances: a reader can never see seq n+1 committed while
// n is still in flight and skip n forever with its cursor.
constexpr qint64 kFeedLock = 7261001;

QJsonObject parseObject(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }

Result<ChangeResult> storedResult(PgConnection &db, const QString &changeId, const PgRow &stored)
{
    ChangeResult r;
    r.changeId = changeId;
    r.status = ResultStatus::Duplicate;
    r.outcome = protocol::parseResultStatus(stored[0].toString()).value_or(ResultStatus::Rejected);
    r.version = stored[1].toLongLong();
    r.reason = stored[2].toString();
    if (r.outcome == ResultStatus::Conflict) {
        // The conflict is answered with the platform's current document: that is what the
        // device must merge with now.
        auto doc = db.queryOne(QStringLiteral("SELECT version, payload, deleted, author, saved_at FROM documents WHERE record_type = ? AND record_id = ?"),
                               {stored[3], stored[4]});
        if (!doc)
            return fail(doc.error());
        if (doc->has_value()) {
            r.version = (**doc)[0].toLongLong();
            r.serverPayload = parseObject((**doc)[1].toString());
            r.serverDeleted = (**doc)[2].toString() == QLatin1String("t");
            r.serverAuthor = (**doc)[3].toString();
            r.serverTime = (**doc)[4].toString();
        }
    }
    return r;
}

Result<ChangeResult> applyOne(PgConnection &db, const DeviceIdentity &device, const WireChange &c)
{
    auto stored = db.queryOne(QStringLiteral("SELECT outcome, result_version, reason, record_type, record_id FROM changes WHERE change_id = ?"),
                              {c.changeId});
    if (!stored)
        return fail(stored.error());
    if (stored->has_value())
        return storedResult(db, c.changeId, **stored);

    ChangeResult r;
    r.changeId = c.changeId;
    const QByteArray payload = QJsonDocument(c.payload).toJson(QJsonDocument::Compact);
    auto doc = db.queryOne(QStringLiteral("SELECT scope, version, payload, deleted, author, saved_at FROM documents "
                                          "WHERE record_type = ? AND record_id = ? FOR UPDATE"),
                           {c.recordType, c.recordId});
    if (!doc)
        return fail(doc.error());
    // A record's scope is fixed when it is created; a change cannot move it.
    const QString scope = doc->has_value() ? (**doc)[0].toString() : c.scope;
    const qint64 current = doc->has_value() ? (**doc)[1].toLongLong() : 0;

    auto reject = [&](const char *why) {
        r.status = r.outcome = ResultStatus::Rejected;
        r.reason = QLatin1String(why);
    };
    if (payload.size() > kMaxPayloadBytes) {
        reject(protocol::reason::TooLarge);
    } else if (!protocol::isValidOrgCode(scope)) {
        reject(protocol::reason::Invalid);
    } else if (!protocol::isWithinScope(scope, device.orgCode)) {
        reject(protocol::reason::OutOfScope);
        CL_TRY(auditEvent(db, device.deviceId, QStringLiteral("scope.write_refused"), c.recordType, c.recordId,
                          QJsonObject{{QStringLiteral("scope"), scope}, {QStringLiteral("deviceOrg"), device.orgCode}}));
    } else if (!doc->has_value() && c.baseVersion != 0) {
        reject(protocol::reason::UnknownRecord);
    } else if (current != c.baseVersion) {
        r.status = r.outcome = ResultStatus::Conflict;
        r.version = current;
        r.serverPayload = parseObject((**doc)[2].toString());
        r.serverDeleted = (**doc)[3].toString() == QLatin1String("t");
        r.serverAuthor = (**doc)[4].toString();
        r.serverTime = (**doc)[5].toString();
        CL_TRY(auditEvent(db, device.deviceId, QStringLiteral("sync.conflict"), c.recordType, c.recordId,
                          QJsonObject{{QStringLiteral("base"), c.baseVersion}, {QStringLiteral("current"), current},
                                      {QStringLiteral("changeId"), c.changeId}}));
    } else {
        r.status = r.outcome = ResultStatus::Applied;
        r.version = current + 1;
        const bool deleted = c.operation == QLatin1String("delete");
        CL_TRY(db.execute(QStringLiteral(
                              "INSERT INTO documents(record_type, record_id, scope, version, payload, deleted, change_id, author, device, saved_at, fhir) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (record_type, record_id) DO UPDATE SET "
                              "version = EXCLUDED.version, payload = EXCLUDED.payload, deleted = EXCLUDED.deleted, "
                              "change_id = EXCLUDED.change_id, author = EXCLUDED.author, device = EXCLUDED.device, saved_at = EXCLUDED.saved_at, "
                              "fhir = EXCLUDED.fhir"),
                          {c.recordType, c.recordId, scope, r.version, payload, deleted, c.changeId, c.author, device.deviceId, c.time,
                           fhirColumn(c.recordType, c.recordId, c.payload)}));
        auto seq = db.queryOne(QStringLiteral("SELECT nextval('feed_seq')"));
        if (!seq)
            return fail(seq.error());
        for (const QString &s : protocol::orgScopes(scope))
            CL_TRY(db.execute(QStringLiteral("INSERT INTO feed(scope, seq, record_type, record_id, version) VALUES (?, ?, ?, ?, ?)"),
                              {s, (**seq)[0], c.recordType, c.recordId, r.version}));
        if (c.recordType == QLatin1String("sync_conflict"))
            CL_TRY(auditEvent(db, device.deviceId, c.payload.value(QLatin1String("status")).toString() == QLatin1String("resolved")
                                                      ? QStringLiteral("sync.conflict_resolved") : QStringLiteral("sync.conflict_recorded"),
                              c.payload.value(QLatin1String("recordType")).toString(),
                              c.payload.value(QLatin1String("recordId")).toString(), QJsonObject{{QStringLiteral("conflictId"), c.recordId}}));
    }
    CL_TRY(db.execute(QStringLiteral("INSERT INTO changes(change_id, device_id, record_type, record_id, base_version, operation, payload, "
                                     "author, saved_at, outcome, result_version, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {c.changeId, device.deviceId, c.recordType, c.recordId, c.baseVersion, c.operation, payload, c.author,
                       c.time, protocol::resultStatusName(r.outcome), r.version, r.reason}));
    return r;
}
} // namespace

Result<QList<ChangeResult>> applyChanges(PgConnection &db, const DeviceIdentity &device, const QList<WireChange> &changes)
{
    QList<ChangeResult> results;
    Error last;
    for (int attempt = 0; attempt < 4; ++attempt) {
        results.clear();
        auto r = db.transaction([&]() -> Result<void> {
            // One push at a time across every instance (see kFeedLock). A duplicate sent to
            // two instances at once is therefore also decided once: the second sees the first's row.
            CL_TRY(db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kFeedLock}));
            bool anyApplied = false;
            for (const WireChange &c : changes) {
                auto one = applyOne(db, device, c);
                if (!one)
                    return fail(one.error());
                anyApplied = anyApplied || one->status == ResultStatus::Applied;
                results.append(*one);
            }
            if (anyApplied) // delivered at commit to every instance that LISTENs
                CL_TRY(db.execute(QStringLiteral("SELECT pg_notify(?, ?)"), {QLatin1String(kFeedChannel), device.orgCode}));
            return {};
        });
        if (r)
            return results;
        last = r.error();
        if (!isRetryable(last))
            break;
        qCInfo(lcPlatform) << "push retried after" << last.context;
    }
    return fail(last);
}

} // namespace cliniclink::platform
