#include "cliniclink/store/timeline.h"

#include "cliniclink/store/database.h"

using namespace Qt::StringLiterals;

namespace cliniclink::store {

Result<void> putTimelineEntry(Database &db, const TimelineEntry &e)
{
    static const QStringList columns = {u"record_type"_s, u"record_id"_s, u"resident_id"_s, u"at"_s, u"kind"_s, u"title"_s};
    static const QList<QStringList> keys = {{u"record_type"_s, u"record_id"_s}};
    return db.replaceRow(u"clinical_timeline"_s, columns,
                         {e.recordType, e.recordId, e.residentId, e.atUtc.toString(Qt::ISODateWithMs), e.kind, e.title}, keys);
}

Result<void> removeTimelineEntry(Database &db, const QString &recordType, const QString &recordId)
{
    auto r = db.execute(u"DELETE FROM clinical_timeline WHERE record_type = ? AND record_id = ?"_s, {recordType, recordId});
    if (!r)
        return fail(r.error());
    return {};
}

Result<QList<TimelineEntry>> timelineOf(Database &db, const QString &residentId)
{
    auto rows = db.query(u"SELECT record_type, record_id, resident_id, at, kind, title FROM clinical_timeline "
                         "WHERE resident_id = ? ORDER BY at DESC, record_id DESC"_s,
                         {residentId});
    if (!rows)
        return fail(rows.error());
    QList<TimelineEntry> out;
    for (const Row &r : *rows)
        out.append({r[0].toString(), r[1].toString(), r[2].toString(),
                    QDateTime::fromString(r[3].toString(), Qt::ISODateWithMs), r[4].toString(), r[5].toString()});
    return out;
}

} // namespace cliniclink::store
