#include "cliniclink/registry/remoteindexing.h"

#include "cliniclink/registry/resident.h"
#include "cliniclink/store/store.h"
#include "residentindex.h"

namespace cliniclink::registry {

void installIndexers(store::Store &store)
{
    store.addIndexer(QLatin1String(kResidentRecord), [](store::Store &s, const store::Record &r) -> Result<void> {
        if (!r.deleted)
            return detail::writeResidentIndex(s.db(), r.id, r.payload);
        return detail::removeResidentIndex(s.db(), r.id);
    });
}

} // namespace cliniclink::registry
