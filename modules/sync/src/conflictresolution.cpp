#include "cliniclink/sync/conflictresolution.h"

#include "cliniclink/sync/syncengine.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace cliniclink::sync {

namespace {
const QString kDeleted = QStringLiteral("_deleted");

QDateTime parseTime(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

ConflictSide sideFrom(const QJsonObject &o)
{
    return ConflictSide{o.value(QLatin1String("author")).toString(), parseTime(o.value(QLatin1String("time"))),
                        o.value(QLatin1String("device")).toString()};
}

QString choiceName(ConflictChoice c)
{
    switch (c) {
    case ConflictChoice::Local:
        return QStringLiteral("local");
    case ConflictChoice::Remote:
        return QStringLiteral("remote");
    case ConflictChoice::Edited:
        return QStringLiteral("edited");
    }
    return QString();
}

// Sets a dotted path in a nested object; null removes the field (the conflict record stores an
// absent value as null).
void setPath(QJsonObject &o, const QStringList &path, int i, const QJsonValue &value)
{
    const QString &key = path[i];
    if (i + 1 == path.size()) {
        if (value.isNull() || value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return;
    }
    QJsonObject child = o.value(key).toObject();
    setPath(child, path, i + 1, value);
    o.insert(key, child);
}

OpenConflict fromRecord(const store::Record &r)
{
    OpenConflict c;
    c.conflictId = r.id;
    c.conflictVersion = r.version;
    c.recordType = r.payload.value(QLatin1String("recordType")).toString();
    c.recordId = r.payload.value(QLatin1String("recordId")).toString();
    c.remoteVersion = qint64(r.payload.value(QLatin1String("remoteVersion")).toDouble());
    c.local = sideFrom(r.payload.value(QLatin1String("localSide")).toObject());
    c.remote = sideFrom(r.payload.value(QLatin1String("remoteSide")).toObject());
    c.detectedAt = parseTime(r.payload.value(QLatin1String("detectedAt")));
    c.detectedBy = r.payload.value(QLatin1String("detectedBy")).toString();
    for (const QJsonValue &v : r.payload.value(QLatin1String("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        c.fields.append(ConflictField{f.value(QLatin1String("field")).toString(), f.value(QLatin1String("base")),
                                      f.value(QLatin1String("local")), f.value(QLatin1String("remote"))});
    }
    return c;
}
} // namespace

Result<QList<OpenConflict>> openConflicts(store::Store &store)
{
    auto records = store.records(QLatin1String(kConflictType));
    if (!records)
        return fail(records.error());
    QList<OpenConflict> open;
    for (const store::Record &r : *records)
        if (r.payload.value(QLatin1String("status")).toString() == QLatin1String("open"))
            open.append(fromRecord(r));
    std::sort(open.begin(), open.end(), [](const OpenConflict &a, const OpenConflict &b) { return a.detectedAt < b.detectedAt; });
    return open;
}

Result<void> resolveConflict(store::Store &store, const QString &conflictId, const QMap<QString, FieldResolution> &choices)
{
    return store.db().transaction([&]() -> Result<void> {
        auto conflictRecord = store.record(QLatin1String(kConflictType), conflictId);
        if (!conflictRecord)
            return fail(conflictRecord.error());
        if (!conflictRecord->has_value() || (**conflictRecord).deleted
            || (**conflictRecord).payload.value(QLatin1String("status")).toString() != QLatin1String("open"))
            return fail(ErrorCode::NotFound, QStringLiteral("no open conflict"), QLatin1String(kConflictType));
        const OpenConflict c = fromRecord(**conflictRecord);
        auto target = store.record(c.recordType, c.recordId);
        if (!target)
            return fail(target.error());
        if (!target->has_value())
            return fail(ErrorCode::NotFound, QStringLiteral("conflicting record not on this PC"), c.recordType);
        const store::Record &rec = **target;

        QJsonObject payload = rec.payload;
        bool deleteIt = false;
        QJsonArray decided;
        for (const ConflictField &f : c.fields) {
            const auto it = choices.constFind(f.field);
            if (it == choices.constEnd())
                return fail(ErrorCode::InvalidArgument, QStringLiteral("a field has no choice"), f.field);
            const QJsonValue value = it->choice == ConflictChoice::Local ? f.local
                : it->choice == ConflictChoice::Remote                   ? f.remote
                                                                         : it->edited;
            if (f.field == kDeleted) {
                if (value.toBool() && !rec.deleted)
                    deleteIt = true;
                else if (!value.toBool() && rec.deleted)
                    // The store keeps tombstones final; bringing a record back is a new record.
                    return fail(ErrorCode::InvalidArgument, QStringLiteral("cannot undelete"), c.recordType);
            } else {
                setPath(payload, f.field.split(QLatin1Char('.')), 0, value);
            }
            decided.append(QJsonObject{{QStringLiteral("field"), f.field}, {QStringLiteral("choice"), choiceName(it->choice)},
                                       {QStringLiteral("value"), value.isUndefined() ? QJsonValue() : value}});
        }

        // The chosen values become a new local version: captured in the outbox, sent as usual.
        if (deleteIt) {
            auto w = store.deleteRecord(c.recordType, c.recordId, rec.version);
            if (!w)
                return fail(w.error());
            CL_TRY(store.indexRecord(*w));
        } else if (payload != rec.payload) {
            auto w = store.putRecord(c.recordType, c.recordId, rec.version, payload);
            if (!w)
                return fail(w.error());
            CL_TRY(store.indexRecord(*w)); // the chosen values reach the module's index rows
        }
        QJsonObject resolved = (**conflictRecord).payload;
        resolved.insert(QStringLiteral("status"), QStringLiteral("resolved"));
        resolved.insert(QStringLiteral("resolution"),
                        QJsonObject{{QStringLiteral("by"), store.actor().username},
                                    {QStringLiteral("at"), store.clock().nowUtc().toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("device"), store.deviceId()},
                                    {QStringLiteral("fields"), decided}});
        auto w = store.putRecord(QLatin1String(kConflictType), conflictId, c.conflictVersion, resolved);
        if (!w)
            return fail(w.error());
        QJsonArray summary; // field names and choices only: the values stay in the records
        for (const QJsonValue &d : decided)
            summary.append(QJsonObject{{QStringLiteral("field"), d.toObject().value(QLatin1String("field"))},
                                       {QStringLiteral("choice"), d.toObject().value(QLatin1String("choice"))}});
        auto a = store.audit().append(QStringLiteral("sync.conflict_resolve"), c.recordType, c.recordId,
                                      QJsonObject{{QStringLiteral("conflictId"), conflictId}, {QStringLiteral("fields"), summary}});
        if (!a)
            return fail(a.error());
        return {};
    });
}

} // namespace cliniclink::sync
