#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace cliniclink::test {

// What the randomized sync test saved, to check the invariant after the final clean sync:
// a value a PC saved may disappear only if some PC overwrote it knowingly (saw it, then saved
// another); otherwise it must be the platform's value or one side of a conflict record.
class SyncOracle {
public:
    void created(const QString &id, const QString &scope) { m_scopeOf.insert(id, scope); }
    // `previous` is the value the editing PC saw when it saved `value`.
    void edited(const QString &id, const QString &field, const QString &previous, const QString &value);
    // Two PCs saved different values of one field without seeing each other's: both must survive
    // (platform value or a conflict side) and the field must have a conflict record.
    void concurrent(const QString &id, const QString &field, const QString &first, const QString &second);
    bool frozen(const QString &id, const QString &field) const { return m_frozen.contains(key(id, field)); }

    const QHash<QString, QString> &scopes() const { return m_scopeOf; }
    int edits() const { return int(m_writes.size()); }
    int concurrentPairs() const { return int(m_pairs.size()); }

    // documents: platform record id → payload; conflicts: payloads of sync_conflict documents.
    // Returns the violations, empty when the invariant holds.
    QStringList check(const QHash<QString, QJsonObject> &documents, const QList<QJsonObject> &conflicts) const;

private:
    static QString key(const QString &id, const QString &field) { return id + QLatin1Char('|') + field; }
    struct Write {
        QString id, field, value;
    };
    struct Pair {
        QString id, field, first, second;
    };
    QHash<QString, QString> m_scopeOf;
    QList<Write> m_writes;
    QSet<QString> m_superseded; // key + '|' + value
    QList<Pair> m_pairs;
    QSet<QString> m_frozen;
};

} // namespace cliniclink::test
