#include "hisindex.h"

#include "cliniclink/his/hisrecords.h"
#include "cliniclink/store/timeline.h"

using namespace Qt::StringLiterals;

namespace cliniclink::his::detail {

Result<void> writePrescriptionIndex(store::Database &db, const Prescription &p)
{
    const QVariant signedAt = p.signedBy.isEmpty() ? QVariant() : QVariant(p.signedUtc.toString(Qt::ISODateWithMs));
    static const QStringList columns = {u"id"_s, u"visit_id"_s, u"resident_id"_s, u"status"_s, u"signed_at"_s};
    CL_TRY(db.replaceRow(u"prescription_index"_s, columns, {p.id, p.visitId, p.residentId, prescriptionStatusKey(p.status), signedAt},
                         {{u"id"_s}}));
    // The timeline row's title follows the sheet: type, number of drugs, diagnosis.
    const QString type = prescriptionTypeLabel(p.type).isEmpty() ? u"普通"_s : prescriptionTypeLabel(p.type);
    const QString title = u"%1处方 · %2 种药品 %3"_s.arg(type).arg(p.items.size()).arg(p.diagnosis).trimmed();
    return store::putTimelineEntry(db, {QLatin1String(kPrescriptionRecord), p.id, p.residentId, p.createdUtc, u"prescription"_s, title});
}

} // namespace cliniclink::his::detail
