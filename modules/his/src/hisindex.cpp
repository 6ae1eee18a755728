#include "hisindex.h"

#include "cliniclink/his/hisrecords.h"
#include "cliniclink/store/timeline.h"

using namespace Qt::StringLiterals;

namespace cliniclink::his::detail {

Result<void> writePrescriptionIndex(store::Database &db, const Prescription &p)
{
    const QVariant signedAt = p.signedBy.isEmpty() ? QVariant() : QVariant(p.signedUtc.toString(Qt::ISODateWithMs));
    auto i = db.execute(u"INSERT OR REPLACE INTO prescription_index(id, visit_id, resident_id, status, signed_at) VALUES(?,?,?,?,?)"_s,
                        {p.id, p.visitId, p.residentId, prescriptionStatusKey(p.status), signedAt});
    if (!i)
        return fail(i.error());
    // The timeline row's title follows the sheet: type, number of drugs, diagnosis.
    const QString type = prescriptionTypeLabel(p.type).isEmpty() ? u"普通"_s : prescriptionTypeLabel(p.type);
    const QString title = u"%1处方 · %2 种药品 %3"_s.arg(type).arg(p.items.size()).arg(p.diagnosis).trimmed();
    return store::putTimelineEntry(db, {QLatin1String(kPrescriptionRecord), p.id, p.residentId, p.createdUtc, u"prescription"_s, title});
}

} // namespace cliniclink::his::detail
