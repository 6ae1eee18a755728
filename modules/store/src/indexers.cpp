#include "cliniclink/store/indexers.h"

namespace cliniclink::store {

Result<void> Indexers::run(Store &store, const Record &record) const
{
    const auto it = m_byType.constFind(record.type);
    if (it == m_byType.cend())
        return {};
    for (const RecordIndexer &indexer : *it)
        CL_TRY(indexer(store, record));
    return {};
}

} // namespace cliniclink::store
