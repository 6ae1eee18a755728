#include "syncoracle.h"

#include <QJsonArray>

namespace cliniclink::test {

void SyncOracle::edited(const QString &id, const QString &field, const QString &previous, const QString &value)
{
    if (!previous.isEmpty())
        m_superseded.insert(key(id, field) + QLatin1Char('|') + previous);
    m_writes.append({id, field, value});
}

void SyncOracle::concurrent(const QString &id, const QString &field, const QString &first, const QString &second)
{
    m_pairs.append({id, field, first, second});
    m_frozen.insert(key(id, field)); // nobody edits it again, so both values must survive as a conflict
}

QStringList SyncOracle::check(const QHash<QString, QJsonObject> &documents, const QList<QJsonObject> &conflicts) const
{
    // (record|field) → every {local, remote} pair recorded as a conflict.
    QMultiHash<QString, QPair<QString, QString>> conflicted;
    for (const QJsonObject &c : conflicts) {
        const QString id = c.value(QStringLiteral("recordId")).toString();
        for (const QJsonValue &f : c.value(QStringLiteral("fields")).toArray()) {
            const QJsonObject o = f.toObject();
            conflicted.insert(key(id, o.value(QStringLiteral("field")).toString()),
                              {o.value(QStringLiteral("local")).toString(), o.value(QStringLiteral("remote")).toString()});
        }
    }
    QStringList violations;
    for (auto it = m_scopeOf.begin(); it != m_scopeOf.end(); ++it) {
        if (!documents.contains(it.key()))
            violations << QStringLiteral("record %1 created but not on the platform").arg(it.key());
    }
    for (const Write &w : m_writes) {
        const QString k = key(w.id, w.field);
        if (m_superseded.contains(k + QLatin1Char('|') + w.value))
            continue;
        if (documents.value(w.id).value(w.field).toString() == w.value)
            continue;
        bool inConflict = false;
        for (const auto &pair : conflicted.values(k))
            inConflict = inConflict || pair.first == w.value || pair.second == w.value;
        if (!inConflict)
            violations << QStringLiteral("value %1 of %2 lost (platform has %3)")
                              .arg(w.value, k, documents.value(w.id).value(w.field).toString());
    }
    for (const Pair &p : m_pairs) {
        // Each side is the platform's value or in a conflict record for the field, and there is
        // at least one: the other side may have conflicted with an earlier value of the same field
        // (B edits, T edits twice; B's change meets T's first value, T's second builds on it).
        const auto pairs = conflicted.values(key(p.id, p.field));
        auto kept = [&](const QString &v) {
            bool in = documents.value(p.id).value(p.field).toString() == v;
            for (const auto &pair : pairs)
                in = in || pair.first == v || pair.second == v;
            return in;
        };
        const bool found = !pairs.isEmpty() && kept(p.first) && kept(p.second);
        if (!found) {
            QStringList seen;
            for (const auto &pair : conflicted.values(key(p.id, p.field)))
                seen << pair.first + QLatin1Char('/') + pair.second;
            violations << QStringLiteral("concurrent edit of %1 (%2 / %3) has no conflict record (platform %4, conflicts: %5)")
                              .arg(key(p.id, p.field), p.first, p.second, documents.value(p.id).value(p.field).toString(),
                                   seen.join(QLatin1Char(' ')));
        }
    }
    return violations;
}

} // namespace cliniclink::test
