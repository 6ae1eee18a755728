#include "cliniclink/sync/threewaymerge.h"

#include <QSet>

namespace cliniclink::sync {

namespace {
void mergeObjects(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote, const QString &prefix,
                  QJsonObject &out, QList<FieldConflict> &conflicts)
{
    out = remote;
    QSet<QString> keys;
    for (const QJsonObject *o : {&base, &local, &remote})
        for (auto it = o->begin(); it != o->end(); ++it)
            keys.insert(it.key());
    QStringList sorted(keys.begin(), keys.end());
    sorted.sort(); // deterministic conflict order
    for (const QString &k : sorted) {
        const QJsonValue b = base.value(k), l = local.value(k), r = remote.value(k);
        if (l == b || l == r)
            continue; // local did not change it, or both made the same change: remote's value stands
        if (r == b) { // only local changed it
            if (l.isUndefined())
                out.remove(k);
            else
                out.insert(k, l);
            continue;
        }
        const QString path = prefix.isEmpty() ? k : prefix + QLatin1Char('.') + k;
        if (l.isObject() && r.isObject() && (b.isObject() || b.isUndefined())) {
            QJsonObject sub;
            mergeObjects(b.toObject(), l.toObject(), r.toObject(), path, sub, conflicts);
            out.insert(k, sub);
            continue;
        }
        conflicts.append(FieldConflict{path, b, l, r}); // out keeps the remote value
    }
}
} // namespace

MergeResult threeWayMerge(const QJsonObject &base, bool baseDeleted, const QJsonObject &local, bool localDeleted,
                          const QJsonObject &remote, bool remoteDeleted)
{
    MergeResult m;
    const bool localEdited = local != base;
    const bool remoteEdited = remote != base;
    if (localDeleted != remoteDeleted) {
        // One side deleted. Without an edit on the other side the delete stands; otherwise a person decides.
        const bool otherEdited = localDeleted ? remoteEdited : localEdited;
        if (!otherEdited) {
            m.merged = remote;
            m.deleted = true;
            return m;
        }
        m.merged = remote;
        m.deleted = remoteDeleted;
        m.conflicts.append(FieldConflict{QStringLiteral("_deleted"), QJsonValue(baseDeleted), QJsonValue(localDeleted),
                                         QJsonValue(remoteDeleted)});
        if (localEdited && remoteDeleted) // keep the local edits for the person who decides
            m.conflicts.append(FieldConflict{QStringLiteral("_local"), QJsonValue(base), QJsonValue(local), QJsonValue(remote)});
        return m;
    }
    m.deleted = remoteDeleted;
    mergeObjects(base, local, remote, QString(), m.merged, m.conflicts);
    return m;
}

} // namespace cliniclink::sync
