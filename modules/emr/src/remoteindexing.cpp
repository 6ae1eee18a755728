#include "cliniclink/emr/remoteindexing.h"

#include "cliniclink/emr/emrrecords.h"
#include "cliniclink/store/store.h"
#include "cliniclink/store/timeline.h"
#include "emrindex.h"

using namespace Qt::StringLiterals;

namespace cliniclink::emr {

namespace {
// A tombstone leaves the index table and the timeline.
Result<void> removeRows(store::Store &s, const QString &table, const store::Record &r)
{
    auto d = s.db().execute(u"DELETE FROM "_s + table + u" WHERE id = ?"_s, {r.id});
    if (!d)
        return fail(d.error());
    return store::removeTimelineEntry(s.db(), r.type, r.id);
}
} // namespace

void installIndexers(store::Store &store)
{
    store.addIndexer(QLatin1String(kVisitRecord), [](store::Store &s, const store::Record &r) -> Result<void> {
        if (r.deleted)
            return removeRows(s, u"visit_index"_s, r);
        return detail::writeVisitIndex(s.db(), Visit::fromJson(r.id, r.version, r.payload));
    });
    store.addIndexer(QLatin1String(kNoteRecord), [](store::Store &s, const store::Record &r) -> Result<void> {
        if (r.deleted)
            return removeRows(s, u"note_index"_s, r);
        // The note's own time is in its payload; a note saved before it was carried is placed at
        // its visit's registration (the visit's timeline row) rather than at its arrival here.
        const OutpatientNote note = OutpatientNote::fromJson(r.id, r.version, r.payload);
        QDateTime fallback = r.createdUtc;
        if (!note.createdUtc.isValid()) {
            auto visitAt = s.db().scalar(u"SELECT at FROM clinical_timeline WHERE record_type = ? AND record_id = ?"_s,
                                         {QLatin1String(kVisitRecord), note.visitId});
            if (!visitAt)
                return fail(visitAt.error());
            const QDateTime v = QDateTime::fromString(visitAt->toString(), Qt::ISODateWithMs);
            if (v.isValid())
                fallback = v;
        }
        return detail::writeNoteIndex(s.db(), note, fallback);
    });
}

} // namespace cliniclink::emr
