#include "cliniclink/publichealth/remoteindexing.h"

#include "cliniclink/publichealth/formrecords.h"
#include "cliniclink/registry/resident.h"
#include "cliniclink/store/store.h"
#include "cliniclink/store/timeline.h"
#include "formindex.h"
#include "publichealthlogging.h"
#include "registerstore.h"

namespace cliniclink::publichealth {

namespace {
Result<void> execute(store::Database &db, const QString &sql, const QString &id)
{
    auto r = db.execute(sql, {id});
    if (!r)
        return fail(r.error());
    return {};
}
} // namespace

void installIndexers(store::Store &store, const FormLibrary &library)
{
    store.addIndexer(QLatin1String(registry::kResidentRecord), [](store::Store &s, const store::Record &r) -> Result<void> {
        if (r.deleted)
            return execute(s.db(), QStringLiteral("DELETE FROM ph_register WHERE resident_id = ?"), r.id);
        return detail::deriveRegisters(s.db(), registry::Resident{r.id, r.version, r.payload},
                                       s.clock().nowUtc().toLocalTime().date());
    });
    store.addIndexer(QLatin1String(kFormRecord), [&library](store::Store &s, const store::Record &r) -> Result<void> {
        if (r.deleted) // a pulled tombstone, or a local delete indexed through Store::indexRecord
            return detail::removeFormIndex(s, library, r.id, r.payload, s.clock().nowUtc().toLocalTime().date());
        const FormDefinition *def = library.form(r.payload.value(QLatin1String("formId")).toString());
        if (!def) {
            // A form this PC's library does not know (a newer definition): kept as a record and
            // synced on, but it cannot be placed in due lists; never fail the whole pull page.
            qCWarning(lcPublicHealth) << "pulled form of unknown definition not indexed"
                                      << r.payload.value(QLatin1String("formId")).toString();
            return {};
        }
        // The timeline orders by when the form was first saved (on the PC that wrote it).
        QDateTime created = QDateTime::fromString(r.payload.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
        if (!created.isValid())
            created = r.createdUtc;
        return detail::writeFormIndex(s, *def, r.id, r.payload, detail::storedEvaluation(r.payload), created.toUTC());
    });
}

} // namespace cliniclink::publichealth
