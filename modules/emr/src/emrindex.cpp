#include "emrindex.h"

#include "cliniclink/emr/emrrecords.h"
#include "cliniclink/store/timeline.h"

using namespace Qt::StringLiterals;

namespace cliniclink::emr::detail {

Result<void> writeVisitIndex(store::Database &db, const Visit &v)
{
    static const QStringList columns = {u"id"_s, u"resident_id"_s, u"visit_date"_s, u"doctor"_s, u"status"_s};
    CL_TRY(db.replaceRow(u"visit_index"_s, columns, {v.id, v.residentId, v.date.toString(Qt::ISODate), v.registeredBy, u"open"_s},
                         {{u"id"_s}}));
    return store::putTimelineEntry(db, {QLatin1String(kVisitRecord), v.id, v.residentId, v.registeredUtc, u"visit"_s,
                                        visitKindLabel(v.kind) + u" · "_s + feeCategoryLabel(v.feeCategory)});
}

Result<void> writeNoteIndex(store::Database &db, const OutpatientNote &n, const QDateTime &fallbackUtc)
{
    const QString status = n.status == NoteStatus::Signed ? u"signed"_s : u"draft"_s;
    static const QStringList columns = {u"id"_s, u"visit_id"_s, u"resident_id"_s, u"status"_s};
    CL_TRY(db.replaceRow(u"note_index"_s, columns, {n.id, n.visitId, n.residentId, status}, {{u"id"_s}, {u"visit_id"_s}}));
    // The title follows the note (primary diagnosis, else the complaint) on every save.
    const Diagnosis *primary = n.primaryDiagnosis();
    const QString title = primary ? primary->code + u' ' + primary->name : n.section(u"chiefComplaint"_s);
    const QDateTime at = n.createdUtc.isValid() ? n.createdUtc.toUTC() : fallbackUtc;
    return store::putTimelineEntry(db, {QLatin1String(kNoteRecord), n.id, n.residentId, at, u"note"_s, title});
}

} // namespace cliniclink::emr::detail
