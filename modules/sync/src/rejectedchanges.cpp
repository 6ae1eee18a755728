#include "cliniclink/sync/rejectedchanges.h"

namespace cliniclink::sync {

Result<QList<RejectedRecord>> rejectedRecords(store::Store &store)
{
    // The newest refused row per record carries the reason and who saved it.
    auto rows = store.db().query(QStringLiteral(
        "SELECT o.record_type, o.record_id, o.last_error, o.author, o.created_at, o.attempts FROM outbox o "
        "WHERE o.state = 'rejected' AND o.seq = (SELECT max(p.seq) FROM outbox p WHERE p.state = 'rejected' "
        "AND p.record_type = o.record_type AND p.record_id = o.record_id) ORDER BY o.seq"));
    if (!rows)
        return fail(rows.error());
    QList<RejectedRecord> list;
    for (const store::Row &r : *rows) {
        RejectedRecord rr;
        rr.recordType = r[0].toString();
        rr.recordId = r[1].toString();
        rr.reason = r[2].toString();
        rr.author = r[3].toString();
        rr.savedAt = QDateTime::fromString(r[4].toString(), Qt::ISODateWithMs).toUTC();
        rr.attempts = int(r[5].toLongLong());
        list.append(rr);
    }
    return list;
}

namespace {
Result<void> settleRejected(store::Store &store, const QString &type, const QString &id, const QString &state,
                            const QString &auditAction, bool resend)
{
    return store.db().transaction([&]() -> Result<void> {
        auto n = store.db().execute(QStringLiteral("UPDATE outbox SET state = ? WHERE record_type = ? AND record_id = ? AND state = 'rejected'"),
                                    {state, type, id});
        if (!n)
            return fail(n.error());
        if (*n == 0)
            return fail(ErrorCode::NotFound, QStringLiteral("nothing rejected for this record"), type);
        if (resend) {
            auto rec = store.record(type, id);
            if (!rec)
                return fail(rec.error());
            if (!rec->has_value() || (**rec).deleted)
                return fail(ErrorCode::NotFound, QStringLiteral("record missing or deleted"), type);
            // A new change id: the platform answers a known id with its stored refusal.
            auto w = store.putRecord(type, id, (**rec).version, (**rec).payload);
            if (!w)
                return fail(w.error());
        }
        auto a = store.audit().append(auditAction, type, id, QJsonObject());
        if (!a)
            return fail(a.error());
        return {};
    });
}
} // namespace

Result<void> retryRejected(store::Store &store, const QString &recordType, const QString &recordId)
{
    return settleRejected(store, recordType, recordId, QStringLiteral("retried"), QStringLiteral("sync.retry"), true);
}

Result<void> discardRejected(store::Store &store, const QString &recordType, const QString &recordId)
{
    return settleRejected(store, recordType, recordId, QStringLiteral("discarded"), QStringLiteral("sync.discard"), false);
}

} // namespace cliniclink::sync
