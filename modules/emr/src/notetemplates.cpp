#include "cliniclink/emr/notetemplates.h"

#include "cliniclink/core/uuid7.h"
#include "cliniclink/emr/emrrecords.h"
#include "cliniclink/emr/note.h"
#include "cliniclink/identity/session.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cliniclink::emr {

using identity::Permission;

namespace {
NoteTemplate fromRecord(const store::Record &r)
{
    return {r.id, r.version, r.payload.value(u"complaint"_s).toString(), r.payload.value(u"sections"_s).toObject()};
}
} // namespace

NoteTemplates::NoteTemplates(identity::Session &session) : m_session(session) {}

Result<NoteTemplate> NoteTemplates::save(const NoteTemplate &t)
{
    CL_TRY(m_session.require(Permission::WriteClinicalNotes));
    if (t.complaint.trimmed().isEmpty())
        return fail(ErrorCode::RequiredFieldMissing, u"complaint"_s);
    for (auto it = t.sections.begin(); it != t.sections.end(); ++it)
        if (!noteSectionKeys().contains(it.key()))
            return fail(ErrorCode::InvalidArgument, u"unknown section"_s, it.key());
    const QString id = t.id.isEmpty() ? newId(m_session.clock()) : t.id;
    auto rec = m_session.store().putRecord(QLatin1String(kNoteTemplateRecord), id, t.id.isEmpty() ? 0 : t.version,
                                           {{u"complaint"_s, t.complaint.trimmed()}, {u"sections"_s, t.sections}});
    if (!rec)
        return fail(rec.error());
    return fromRecord(*rec);
}

Result<void> NoteTemplates::remove(const QString &id, qint64 baseVersion)
{
    CL_TRY(m_session.require(Permission::WriteClinicalNotes));
    auto r = m_session.store().deleteRecord(QLatin1String(kNoteTemplateRecord), id, baseVersion);
    if (!r)
        return fail(r.error());
    return {};
}

Result<NoteTemplate> NoteTemplates::get(const QString &id)
{
    auto rec = m_session.store().record(QLatin1String(kNoteTemplateRecord), id);
    if (!rec)
        return fail(rec.error());
    if (!rec->has_value() || (*rec)->deleted)
        return fail(ErrorCode::NotFound, u"note template"_s);
    return fromRecord(**rec);
}

Result<QList<NoteTemplate>> NoteTemplates::list(const QString &complaintContains)
{
    auto recs = m_session.store().records(QLatin1String(kNoteTemplateRecord));
    if (!recs)
        return fail(recs.error());
    QList<NoteTemplate> out;
    for (const store::Record &r : *recs) {
        NoteTemplate t = fromRecord(r);
        if (complaintContains.isEmpty() || t.complaint.contains(complaintContains))
            out.append(t);
    }
    std::sort(out.begin(), out.end(), [](const NoteTemplate &a, const NoteTemplate &b) { return a.complaint < b.complaint; });
    return out;
}

} // namespace cliniclink::emr
