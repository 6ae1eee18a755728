#include "cliniclink/his/remoteindexing.h"

#include "cliniclink/his/hisrecords.h"
#include "cliniclink/store/store.h"
#include "cliniclink/store/timeline.h"
#include "hisindex.h"

using namespace Qt::StringLiterals;

namespace cliniclink::his {

namespace {
Result<void> removeRow(store::Store &s, const QString &table, const store::Record &r)
{
    auto d = s.db().execute(u"DELETE FROM "_s + table + u" WHERE id = ?"_s, {r.id});
    if (!d)
        return fail(d.error());
    return {};
}
} // namespace

void installIndexers(store::Store &store)
{
    store.addIndexer(QLatin1String(kPrescriptionRecord), [](store::Store &s, const store::Record &r) -> Result<void> {
        if (r.deleted) {
            CL_TRY(removeRow(s, u"prescription_index"_s, r));
            return store::removeTimelineEntry(s.db(), r.type, r.id);
        }
        return detail::writePrescriptionIndex(s.db(), Prescription::fromJson(r.id, r.version, r.payload));
    });
    store.addIndexer(QLatin1String(kChargeRecord), [](store::Store &s, const store::Record &r) -> Result<void> {
        return r.deleted ? removeRow(s, u"charge_index"_s, r) : detail::writeChargeIndex(s.db(), detail::chargeLineOf(r));
    });
    store.addIndexer(QLatin1String(kPaymentRecord), [](store::Store &s, const store::Record &r) -> Result<void> {
        return r.deleted ? removeRow(s, u"payment_index"_s, r) : detail::writePaymentIndex(s.db(), detail::paymentOf(r));
    });
}

} // namespace cliniclink::his
