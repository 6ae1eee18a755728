#include "emrindex.h"

#include "cliniclink/emr/emrrecords.h"
#include "cliniclink/store/timeline.h"

using namespace Qt::StringLiterals;

namespace cliniclink::emr::detail {

Result<void> writeVisitIndex(store::Database &db, const Visit &v)
{
    auto idx = db.execute(u"INSERT OR REPLACE INTO visit_index(id, resident_id, visit_date, doctor, status) VALUES(?,?,?,?,?)"_s,
                          {v.id, v.residentId, v.date.toString(Qt::ISODate), v.registeredBy, u"open"_s});
    if (!idx)
        return fail(idx.error());
    return store::putTimelineEntry(db, {QLatin1String(kVisitRecord), v.id, v.residentId, v.registeredUtc, u"visit"_s,
                                        visitKindLabel(v.kind) + u" · "_s + feeCategoryLabel(v.feeCategory)});
}

Result<void> writeNoteIndex(store::Database &db, const OutpatientNote &n, const QDateTime &createdUtc)
{
    const QString status = n.status == NoteStatus::Signed ? u"signed"_s : u"draft"_s;
    auto i = db.execute(u"INSERT OR REPLACE INTO note_index(id, visit_id, resident_id, status) VALUES(?,?,?,?)"_s,
                        {n.id, n.visitId, n.residentId, status});
    if (!i)
        return fail(i.error());
    // The title follows the note (primary diagnosis, else the complaint) on every save.
    const Diagnosis *primary = n.primaryDiagnosis();
    const QString title = primary ? primary->code + u' ' + primary->name : n.section(u"chiefComplaint"_s);
    return store::putTimelineEntry(db, {QLatin1String(kNoteRecord), n.id, n.residentId, createdUtc, u"note"_s, title});
}

} // namespace cliniclink::emr::detail
