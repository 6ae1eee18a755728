#include "cliniclink/his/prescribing.h"

#include "cliniclink/core/uuid7.h"
#include "cliniclink/emr/outpatient.h"
#include "cliniclink/store/timeline.h"
#include "cliniclink/his/frequency.h"
#include "cliniclink/his/hisrecords.h"
#include "cliniclink/identity/session.h"
#include "cliniclink/registry/registry.h"
#include "hisindex.h"
#include "hislogging.h"
#include "stockqueries.h"

#include <QJsonArray>

Q_LOGGING_CATEGORY(lcHis, "cliniclink.his")

using namespace Qt::StringLiterals;

namespace cliniclink::his {

using identity::Permission;

Prescribing::Prescribing(identity::Session &session, registry::Registry &registry, emr::Outpatient &outpatient,
                         Catalogue &catalogue)
    : m_session(session), m_registry(registry), m_outpatient(outpatient), m_catalogue(catalogue)
{
}

Result<PatientFacts> Prescribing::patientFacts(const QString &residentId)
{
    auto r = m_registry.resident(residentId);
    if (!r)
        return fail(r.error());
    if (!r->has_value())
        return fail(ErrorCode::NotFound, u"resident"_s);
    const QJsonObject p = (*r)->payload;
    PatientFacts f;
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    f.age = emr::ageOn(QDate::fromString(p.value(u"birthDate"_s).toString(), Qt::ISODate), today);
    f.hasIdNumber = !(*r)->idNumber().isEmpty();
    for (const QJsonValue &v : p.value(u"drugAllergies"_s).toArray())
        f.allergyCodes << v.toString();
    f.allergyOther = p.value(u"drugAllergyOther"_s).toString();
    return f;
}

Result<QHash<QString, Drug>> Prescribing::drugsOf(const Prescription &p)
{
    QHash<QString, Drug> out;
    for (const PrescriptionItem &i : p.items) {
        if (out.contains(i.drugId))
            continue;
        auto d = m_catalogue.drug(i.drugId);
        if (!d)
            return fail(d.error());
        out.insert(d->id, *d);
    }
    return out;
}

Result<Prescription> Prescribing::create(const QString &visitId, PrescriptionType type)
{
    CL_TRY(m_session.require(Permission::Prescribe));
    auto v = m_outpatient.visit(visitId);
    if (!v)
        return fail(v.error());
    Prescription p;
    p.id = newId(m_session.clock());
    p.visitId = visitId;
    p.residentId = v->residentId;
    p.type = type;
    p.prescriber = m_session.store().actor().username;
    p.createdUtc = m_session.clock().nowUtc();
    auto note = m_outpatient.noteOfVisit(visitId);
    if (!note)
        return fail(note.error());
    if (note->has_value())
        if (const emr::Diagnosis *d = (*note)->primaryDiagnosis())
            p.diagnosis = d->name;
    auto facts = patientFacts(p.residentId);
    if (!facts)
        return fail(facts.error());
    p.ageText = facts->age.text();
    return write(p, 0);
}

Result<Prescription> Prescribing::write(Prescription p, qint64 baseVersion)
{
    store::Store &s = m_session.store();
    CL_TRY(s.db().transaction([&]() -> Result<void> {
        auto rec = s.putRecord(QLatin1String(kPrescriptionRecord), p.id, baseVersion, p.toJson());
        if (!rec)
            return fail(rec.error());
        p.version = rec->version;
        return detail::writePrescriptionIndex(s.db(), p);
    }));
    return p;
}

Result<Prescription> Prescribing::prescription(const QString &id)
{
    auto rec = m_session.store().record(QLatin1String(kPrescriptionRecord), id);
    if (!rec)
        return fail(rec.error());
    if (!rec->has_value() || (*rec)->deleted)
        return fail(ErrorCode::NotFound, u"prescription"_s);
    return Prescription::fromJson(id, (*rec)->version, (*rec)->payload);
}

Result<Prescription> Prescribing::save(const Prescription &input)
{
    CL_TRY(m_session.require(Permission::Prescribe));
    auto stored = prescription(input.id);
    if (!stored)
        return fail(stored.error());
    if (stored->status != PrescriptionStatus::Draft)
        return fail(ErrorCode::PrescriptionSigned);
    Prescription p = *stored;
    // The caller edits items, weight, diagnosis text, extension reason and the type; the rest
    // stays as stored.
    p.items = input.items;
    p.weightKg = input.weightKg;
    p.diagnosis = input.diagnosis;
    p.extendedReason = input.extendedReason.trimmed();
    p.type = input.type;
    auto drugs = drugsOf(p);
    if (!drugs)
        return fail(drugs.error());
    for (PrescriptionItem &i : p.items) {
        const Drug &d = drugs->value(i.drugId);
        i.dispensed = 0;
        const Frequency *f = findFrequency(i.frequency);
        if (f)
            i.frequency = QLatin1String(f->key);
        if (f && !f->asNeeded) {
            auto q = computeQuantity(i.dose, d.dosePerUnit, i.frequency, i.days);
            if (!q)
                return fail(q.error());
            i.quantity = *q;
        }
    }
    auto facts = patientFacts(p.residentId);
    if (!facts)
        return fail(facts.error());
    p.ageText = facts->age.text();
    if (!p.items.isEmpty())
        CL_TRY(checkPrescriptionRules(p, *drugs, *facts));
    return write(p, input.version);
}

Result<QList<Prescription>> Prescribing::ofVisit(const QString &visitId)
{
    auto rows = m_session.store().db().query(u"SELECT id FROM prescription_index WHERE visit_id = ? ORDER BY id"_s, {visitId});
    if (!rows)
        return fail(rows.error());
    QList<Prescription> out;
    for (const store::Row &r : *rows) {
        auto p = prescription(r[0].toString());
        if (!p)
            return fail(p.error());
        out.append(*p);
    }
    return out;
}

Result<QList<CheckFinding>> Prescribing::findings(const QString &id)
{
    auto p = prescription(id);
    if (!p)
        return fail(p.error());
    auto drugs = drugsOf(*p);
    if (!drugs)
        return fail(drugs.error());
    auto facts = patientFacts(p->residentId);
    if (!facts)
        return fail(facts.error());
    auto available = detail::availableUnits(m_session.store().db(), drugs->keys(),
                                            m_session.clock().nowUtc().toLocalTime().date());
    if (!available)
        return fail(available.error());
    return prescriptionFindings(*p, *drugs, *facts, *available);
}

Result<Prescription> Prescribing::sign(const QString &id, qint64 baseVersion, const QList<Acknowledgement> &acknowledgements)
{
    CL_TRY(m_session.require(Permission::Prescribe));
    auto p = prescription(id);
    if (!p)
        return fail(p.error());
    if (p->status != PrescriptionStatus::Draft)
        return fail(ErrorCode::PrescriptionSigned);
    auto drugs = drugsOf(*p);
    if (!drugs)
        return fail(drugs.error());
    auto facts = patientFacts(p->residentId);
    if (!facts)
        return fail(facts.error());
    CL_TRY(checkPrescriptionRules(*p, *drugs, *facts));
    auto found = findings(id);
    if (!found)
        return fail(found.error());
    QStringList pending;
    QList<Acknowledgement> kept;
    for (const CheckFinding &f : *found) {
        auto ack = std::find_if(acknowledgements.begin(), acknowledgements.end(), [&](const Acknowledgement &a) {
            return a.kind == f.kind && a.item == f.item && !a.reason.trimmed().isEmpty();
        });
        if (ack == acknowledgements.end())
            pending << checkKindKey(f.kind);
        else
            kept.append(*ack);
    }
    if (!pending.isEmpty())
        return fail(ErrorCode::PrescriptionChecksPending, pending.join(u','));
    p->acknowledgements = kept;
    p->status = PrescriptionStatus::Signed;
    p->signedBy = m_session.store().actor().username;
    p->signedUtc = m_session.clock().nowUtc();
    auto out = write(*p, baseVersion);
    if (out)
        qCInfo(lcHis) << "prescription signed" << id << "findings confirmed" << kept.size();
    return out;
}

Result<QList<Prescription>> Prescribing::byStatus(const QString &where, const QVariantList &params, const QString &order)
{
    auto rows = m_session.store().db().query(u"SELECT id FROM prescription_index WHERE %1 ORDER BY %2"_s.arg(where, order), params);
    if (!rows)
        return fail(rows.error());
    QList<Prescription> out;
    for (const store::Row &r : *rows) {
        auto p = prescription(r[0].toString());
        if (!p)
            return fail(p.error());
        out.append(*p);
    }
    return out;
}

Result<QList<Prescription>> Prescribing::dispensingQueue()
{
    return byStatus(u"status IN ('signed', 'partially_dispensed')"_s, {}, u"signed_at, id"_s);
}

Result<QList<Prescription>> Prescribing::dispensedSince(const QDateTime &sinceUtc)
{
    return byStatus(u"status IN ('partially_dispensed', 'dispensed') AND signed_at >= ?"_s,
                    {sinceUtc.toUTC().toString(Qt::ISODateWithMs)}, u"signed_at DESC, id DESC"_s);
}

} // namespace cliniclink::his
