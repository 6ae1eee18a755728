#include "cliniclink/platform/platformservice.h"

#include "cliniclink/protocol/orgcode.h"

#include <QJsonDocument>

namespace cliniclink::platform {

using protocol::FeedEntry;
using protocol::PullPage;

namespace {
// withPayloadObject false: the payload stays as the stored text (payloadJson) for a page that
// splices it unparsed.
FeedEntry entryFromRow(const PgRow &r, int first, bool withPayloadObject = true)
{
    FeedEntry e;
    e.recordType = r[first].toString();
    e.recordId = r[first + 1].toString();
    e.version = r[first + 2].toLongLong();
    e.deleted = r[first + 3].toString() == QLatin1String("t");
    if (withPayloadObject)
        e.payload = QJsonDocument::fromJson(r[first + 4].toString().toUtf8()).object();
    else
        e.payloadJson = r[first + 4].toString().toUtf8();
    e.scope = r[first + 5].toString();
    e.changeId = r[first + 6].toString();
    e.author = r[first + 7].toString();
    e.device = r[first + 8].toString();
    e.time = r[first + 9].toString();
    return e;
}

Result<void> refuse(PgConnection &db, const DeviceIdentity &device, const QString &action, const QString &type,
                    const QString &id, const QString &scope)
{
    CL_TRY(auditEvent(db, device.deviceId, action, type, id,
                      QJsonObject{{QStringLiteral("scope"), scope}, {QStringLiteral("deviceOrg"), device.orgCode}}));
    return fail(ErrorCode::OutOfScope, scope);
}
} // namespace

Result<PullPage> pullChanges(PgConnection &db, const DeviceIdentity &device, const QString &requestedScope,
                             const QString &cursor, int limit)
{
    const QString scope = requestedScope.isEmpty() ? device.orgCode : requestedScope;
    if (!protocol::isWithinScope(scope, device.orgCode)) {
        auto r = refuse(db, device, QStringLiteral("scope.read_refused"), QStringLiteral("feed"), QString(), scope);
        return fail(r.error());
    }
    const auto after = protocol::decodeCursor(cursor);
    if (!after)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("cursor"));
    limit = qBound(1, limit, protocol::kMaxPage);
    // Feed rows of superseded versions are skipped: the newer version's row comes later in
    // this scope's feed, so the device still receives the record.
    auto rows = db.query(QStringLiteral("SELECT f.seq, d.record_type, d.record_id, d.version, d.deleted, d.payload, d.scope, "
                                        "d.change_id, d.author, d.device, d.saved_at FROM feed f JOIN documents d "
                                        "ON d.record_type = f.record_type AND d.record_id = f.record_id AND d.version = f.version "
                                        "WHERE f.scope = ? AND f.seq > ? ORDER BY f.seq LIMIT ?"),
                         {scope, *after, limit});
    if (!rows)
        return fail(rows.error());
    PullPage page;
    qint64 last = *after;
    for (const PgRow &r : *rows) {
        page.entries.append(entryFromRow(r, 1, false));
        last = r[0].toLongLong();
    }
    page.cursor = protocol::encodeCursor(last);
    page.more = rows->size() == limit;
    return page;
}

Result<FeedEntry> readRecord(PgConnection &db, const DeviceIdentity &device, const QString &type, const QString &id)
{
    auto row = db.queryOne(QStringLiteral("SELECT record_type, record_id, version, deleted, payload, scope, change_id, author, device, "
                                          "saved_at FROM documents WHERE record_type = ? AND record_id = ?"),
                           {type, id});
    if (!row)
        return fail(row.error());
    if (!row->has_value())
        return fail(ErrorCode::NotFound);
    const FeedEntry e = entryFromRow(**row, 0);
    if (!protocol::isWithinScope(e.scope, device.orgCode)) {
        auto r = refuse(db, device, QStringLiteral("scope.read_refused"), type, id, e.scope);
        return fail(r.error());
    }
    return e;
}

} // namespace cliniclink::platform
