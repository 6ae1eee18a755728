#include "cliniclink/emr/outpatient.h"

#include "cliniclink/core/uuid7.h"
#include "cliniclink/emr/emrrecords.h"
#include "cliniclink/emr/notetemplates.h"
#include "cliniclink/identity/session.h"
#include "cliniclink/registry/codesets.h"
#include "cliniclink/registry/registry.h"
#include "emrindex.h"
#include "emrlogging.h"

#include <QJsonArray>

Q_LOGGING_CATEGORY(lcEmr, "cliniclink.emr")

using namespace Qt::StringLiterals;

namespace cliniclink::emr {

using identity::Permission;

Outpatient::Outpatient(identity::Session &session, registry::Registry &registry, const DiagnosisCatalogue &diagnoses)
    : m_session(session), m_registry(registry), m_diagnoses(diagnoses)
{
}

Result<Visit> Outpatient::registerVisit(const QString &residentId, VisitKind kind, FeeCategory fee, const QString &department)
{
    if (!m_session.can(Permission::Billing))
        CL_TRY(m_session.require(Permission::WriteClinicalNotes));
    auto resident = m_registry.resident(residentId);
    if (!resident)
        return fail(resident.error());
    if (!resident->has_value())
        return fail(ErrorCode::NotFound, u"resident"_s);
    if ((*resident)->status() != registry::ResidentStatus::Active)
        return fail(ErrorCode::ArchiveNotActive, u"resident"_s);

    store::Store &s = m_session.store();
    Visit v;
    v.id = newId(m_session.clock());
    v.residentId = residentId;
    v.kind = kind;
    v.feeCategory = fee;
    v.registeredUtc = m_session.clock().nowUtc();
    v.date = v.registeredUtc.toLocalTime().date();
    v.registeredBy = s.actor().username;
    v.department = department;
    CL_TRY(s.db().transaction([&]() -> Result<void> {
        auto rec = s.putRecord(QLatin1String(kVisitRecord), v.id, 0, v.toJson());
        if (!rec)
            return fail(rec.error());
        v.version = rec->version;
        return detail::writeVisitIndex(s.db(), v);
    }));
    qCInfo(lcEmr) << "visit registered" << v.id;
    return v;
}

Result<Visit> Outpatient::visit(const QString &id)
{
    auto rec = m_session.store().record(QLatin1String(kVisitRecord), id);
    if (!rec)
        return fail(rec.error());
    if (!rec->has_value() || (*rec)->deleted)
        return fail(ErrorCode::NotFound, u"visit"_s);
    return Visit::fromJson(id, (*rec)->version, (*rec)->payload);
}

Result<Visit> Outpatient::recordVitals(const QString &visitId, qint64 baseVersion, const Vitals &vitals)
{
    CL_TRY(m_session.require(Permission::WriteClinicalNotes));
    CL_TRY(checkVitals(vitals));
    auto v = visit(visitId);
    if (!v)
        return fail(v.error());
    Visit updated = *v;
    updated.vitals = vitals;
    auto rec = m_session.store().putRecord(QLatin1String(kVisitRecord), visitId, baseVersion, updated.toJson());
    if (!rec)
        return fail(rec.error());
    updated.version = rec->version;
    return updated;
}

// 既往史 / 过敏史 as text from the archive's coded fields, so the note reads as the doctor
// would write it; the doctor edits it from there.
QJsonObject Outpatient::historyFromArchive(const QJsonObject &resident) const
{
    const registry::CodeSets &sets = registry::CodeSets::builtIn();
    auto labels = [&](const QString &setId, const QJsonArray &codes, const QString &itemKey) {
        QStringList out;
        const registry::CodeSet *set = sets.set(setId);
        for (const QJsonValue &c : codes) {
            const QString code = itemKey.isEmpty() ? c.toString() : c.toObject().value(itemKey).toString();
            const QString label = set ? set->label(code) : QString();
            if (label.isEmpty() || label == u"无"_s || label == u"其他"_s)
                continue;
            QString text = label;
            const QString when = itemKey.isEmpty() ? QString() : c.toObject().value(u"diagnosedOn"_s).toString();
            if (!when.isEmpty())
                text += u"（"_s + when + u"）"_s;
            out << text;
        }
        return out;
    };
    QStringList past = labels(u"pastDisease"_s, resident.value(u"pastDiseases"_s).toArray(), u"code"_s);
    for (const char *key : {"surgeries", "traumas", "transfusions"}) {
        for (const QJsonValue &e : resident.value(QLatin1String(key)).toArray()) {
            const QString name = e.toObject().value(u"name"_s).toString();
            if (!name.isEmpty())
                past << name;
        }
    }
    QStringList allergies = labels(u"drugAllergy"_s, resident.value(u"drugAllergies"_s).toArray(), {});
    const QString other = resident.value(u"drugAllergyOther"_s).toString().trimmed();
    if (!other.isEmpty())
        allergies << other;
    return {{u"pastHistory"_s, past.isEmpty() ? u"否认慢性病史"_s : past.join(u"；"_s)},
            {u"allergyHistory"_s, allergies.isEmpty() ? u"否认药物过敏史"_s : u"对"_s + allergies.join(u"、"_s) + u"过敏"_s}};
}

Result<OutpatientNote> Outpatient::startNote(const QString &visitId, const QString &templateId)
{
    CL_TRY(m_session.require(Permission::WriteClinicalNotes));
    auto v = visit(visitId);
    if (!v)
        return fail(v.error());
    auto existing = noteOfVisit(visitId);
    if (!existing)
        return fail(existing.error());
    if (existing->has_value())
        return fail(ErrorCode::AlreadyExists, u"note of visit"_s);
    auto resident = m_registry.resident(v->residentId);
    if (!resident)
        return fail(resident.error());
    if (!resident->has_value())
        return fail(ErrorCode::NotFound, u"resident"_s);

    OutpatientNote n;
    n.id = newId(m_session.clock());
    n.visitId = visitId;
    n.residentId = v->residentId;
    n.createdUtc = m_session.clock().nowUtc();
    if (!templateId.isEmpty()) {
        NoteTemplates templates(m_session);
        auto t = templates.get(templateId);
        if (!t)
            return fail(t.error());
        n.sections = t->sections;
    }
    const QJsonObject history = historyFromArchive((*resident)->payload);
    for (auto it = history.begin(); it != history.end(); ++it)
        n.sections.insert(it.key(), it.value());
    return writeNote(n, 0);
}

Result<OutpatientNote> Outpatient::note(const QString &id)
{
    auto rec = m_session.store().record(QLatin1String(kNoteRecord), id);
    if (!rec)
        return fail(rec.error());
    if (!rec->has_value() || (*rec)->deleted)
        return fail(ErrorCode::NotFound, u"note"_s);
    return OutpatientNote::fromJson(id, (*rec)->version, (*rec)->payload);
}

Result<std::optional<OutpatientNote>> Outpatient::noteOfVisit(const QString &visitId)
{
    auto id = m_session.store().db().scalar(u"SELECT id FROM note_index WHERE visit_id = ?"_s, {visitId});
    if (!id)
        return fail(id.error());
    if (id->isNull())
        return std::optional<OutpatientNote>();
    auto n = note(id->toString());
    if (!n)
        return fail(n.error());
    return std::optional<OutpatientNote>(*n);
}

Result<Diagnosis> Outpatient::diagnosis(const QString &code, bool primary) const
{
    const DiagnosisCode *d = m_diagnoses.find(code);
    if (!d)
        return fail(ErrorCode::DiagnosisCodeNotFound, code.left(10));
    return Diagnosis{m_diagnoses.system(), m_diagnoses.version(), d->code, d->name, primary};
}

Result<QList<Diagnosis>> Outpatient::coded(const QList<Diagnosis> &input) const
{
    QList<Diagnosis> out;
    for (const Diagnosis &d : input) {
        auto c = diagnosis(d.code, d.primary);
        if (!c)
            return fail(c.error());
        out.append(*c);
    }
    return out;
}

Result<OutpatientNote> Outpatient::writeNote(const OutpatientNote &n, qint64 baseVersion)
{
    store::Store &s = m_session.store();
    OutpatientNote out = n;
    CL_TRY(s.db().transaction([&]() -> Result<void> {
        auto rec = s.putRecord(QLatin1String(kNoteRecord), n.id, baseVersion, n.toJson());
        if (!rec)
            return fail(rec.error());
        out.version = rec->version;
        return detail::writeNoteIndex(s.db(), n, rec->createdUtc);
    }));
    return out;
}

Result<OutpatientNote> Outpatient::saveDraft(const QString &id, qint64 baseVersion, const QJsonObject &sections,
                                             const std::optional<QList<Diagnosis>> &diagnoses)
{
    CL_TRY(m_session.require(Permission::WriteClinicalNotes));
    auto n = note(id);
    if (!n)
        return fail(n.error());
    if (n->status == NoteStatus::Signed)
        return fail(ErrorCode::NoteSigned, u"note"_s);
    for (auto it = sections.begin(); it != sections.end(); ++it) {
        if (!noteSectionKeys().contains(it.key()))
            return fail(ErrorCode::InvalidArgument, u"unknown section"_s, it.key());
        n->sections.insert(it.key(), it.value().toString());
    }
    if (diagnoses) {
        auto c = coded(*diagnoses);
        if (!c)
            return fail(c.error());
        n->diagnoses = *c;
    }
    return writeNote(*n, baseVersion);
}

Result<OutpatientNote> Outpatient::sign(const QString &id, qint64 baseVersion)
{
    CL_TRY(m_session.require(Permission::WriteClinicalNotes));
    auto n = note(id);
    if (!n)
        return fail(n.error());
    if (n->status == NoteStatus::Signed)
        return fail(ErrorCode::NoteSigned, u"note"_s);
    if (n->section(u"chiefComplaint"_s).trimmed().isEmpty())
        return fail(ErrorCode::RequiredFieldMissing, u"chiefComplaint"_s);
    const auto primaries = std::count_if(n->diagnoses.begin(), n->diagnoses.end(), [](const Diagnosis &d) { return d.primary; });
    if (primaries != 1)
        return fail(ErrorCode::PrimaryDiagnosisRequired, QString::number(primaries));
    n->status = NoteStatus::Signed;
    n->signedBy = m_session.store().actor().username;
    n->signedUtc = m_session.clock().nowUtc();
    return writeNote(*n, baseVersion);
}

Result<OutpatientNote> Outpatient::amend(const QString &id, qint64 baseVersion, const QJsonObject &sections,
                                         const std::optional<QList<Diagnosis>> &diagnoses, const QString &reason)
{
    CL_TRY(m_session.require(Permission::WriteClinicalNotes));
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::RequiredFieldMissing, u"reason"_s);
    auto n = note(id);
    if (!n)
        return fail(n.error());
    if (n->status != NoteStatus::Signed)
        return fail(ErrorCode::NoteNotSigned, u"note"_s);
    Amendment a;
    a.atUtc = m_session.clock().nowUtc();
    a.by = m_session.store().actor().username;
    a.reason = reason.trimmed();
    for (auto it = sections.begin(); it != sections.end(); ++it) {
        if (!noteSectionKeys().contains(it.key()))
            return fail(ErrorCode::InvalidArgument, u"unknown section"_s, it.key());
        const QJsonValue before = n->sections.value(it.key());
        const QJsonValue after = it.value().toString();
        if (before.toString() == after.toString())
            continue;
        a.changes.append({it.key(), before.isUndefined() ? QJsonValue(QString()) : before, after});
        n->sections.insert(it.key(), after);
    }
    if (diagnoses) {
        auto c = coded(*diagnoses);
        if (!c)
            return fail(c.error());
        if (std::count_if(c->begin(), c->end(), [](const Diagnosis &d) { return d.primary; }) != 1)
            return fail(ErrorCode::PrimaryDiagnosisRequired, u"amendment"_s);
        if (*c != n->diagnoses) {
            QJsonArray before, after;
            for (const Diagnosis &d : n->diagnoses)
                before.append(d.toJson());
            for (const Diagnosis &d : *c)
                after.append(d.toJson());
            a.changes.append({u"diagnoses"_s, before, after});
            n->diagnoses = *c;
        }
    }
    if (a.changes.isEmpty())
        return *n; // nothing changed: no new version, no empty amendment
    n->amendments.append(a);
    return writeNote(*n, baseVersion);
}

Result<QList<store::TimelineEntry>> Outpatient::timeline(const QString &residentId)
{
    CL_TRY(m_session.require(Permission::ReadPatients));
    return store::timelineOf(m_session.store().db(), residentId);
}

} // namespace cliniclink::emr
