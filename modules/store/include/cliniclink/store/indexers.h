#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/store/record.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace cliniclink::store {

class Store;

// Derived tables (search index, registers, queues, timeline) for records that arrive from the
// platform. A module saving locally writes its index rows beside putRecord(); a pulled or merged
// record has no module code on its path, so each module registers a function per record type
// that the store calls in the transaction of applyRemoteVersion(). The store never includes
// module headers: the app wires the modules' installIndexers(Store &).
using RecordIndexer = std::function<Result<void>(Store &store, const Record &record)>;

class Indexers {
public:
    // Several modules may index one type (registry: search; publichealth: registers); they run
    // in the order added.
    void add(const QString &type, RecordIndexer indexer) { m_byType[type].append(std::move(indexer)); }
    bool has(const QString &type) const { return m_byType.contains(type); }
    Result<void> run(Store &store, const Record &record) const;

private:
    QHash<QString, QList<RecordIndexer>> m_byType;
};

} // namespace cliniclink::store
