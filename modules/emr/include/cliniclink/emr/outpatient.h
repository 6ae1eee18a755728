#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/emr/icd10.h"
#include "cliniclink/emr/note.h"
#include "cliniclink/emr/visit.h"
#include "cliniclink/store/timeline.h"

#include <optional>

namespace cliniclink::identity {
class Session;
}
namespace cliniclink::registry {
class Registry;
}

namespace cliniclink::emr {

// The doctor's side of an outpatient visit: registration, vitals, the SOAP note with coded
// diagnoses, signing and amendments, and the patient timeline. Every save goes through
// store::Store::putRecord (version, outbox entry, audit event) with the index and timeline
// rows in the same transaction.
//
// Permissions: registering needs WriteClinicalNotes or Billing (the doctor or the cashier
// registers); vitals and notes need WriteClinicalNotes; reading needs ReadPatients.
class Outpatient {
public:
    Outpatient(identity::Session &session, registry::Registry &registry,
               const DiagnosisCatalogue &diagnoses = DiagnosisCatalogue::builtIn());

    // 挂号: the resident's archive must be active.
    Result<Visit> registerVisit(const QString &residentId, VisitKind kind, FeeCategory fee,
                                const QString &department = QStringLiteral("全科"));
    Result<Visit> visit(const QString &id);
    // VitalSignImplausible (detail: the field keys) when a value is outside vitalRanges().
    Result<Visit> recordVitals(const QString &visitId, qint64 baseVersion, const Vitals &vitals);

    // A draft note for the visit. 既往史 and 过敏史 are carried from the resident's archive; a
    // template (by id) fills its sections first. One note per visit: AlreadyExists otherwise.
    Result<OutpatientNote> startNote(const QString &visitId, const QString &templateId = {});
    Result<OutpatientNote> note(const QString &id);
    Result<std::optional<OutpatientNote>> noteOfVisit(const QString &visitId);
    // Replaces sections (only the keys given) and, if given, the diagnoses of a draft.
    // NoteSigned when the note is signed. Diagnoses: codes must be in the catalogue
    // (DiagnosisCodeNotFound); names, system and version are taken from it.
    Result<OutpatientNote> saveDraft(const QString &id, qint64 baseVersion, const QJsonObject &sections,
                                     const std::optional<QList<Diagnosis>> &diagnoses = std::nullopt);
    // Locks the note. Needs a 主诉 (RequiredFieldMissing) and exactly one primary diagnosis.
    Result<OutpatientNote> sign(const QString &id, qint64 baseVersion);
    // Changes a signed note and appends who/when/why/what (before → after) to its amendments.
    // NoteNotSigned for a draft; RequiredFieldMissing without a reason; unchanged fields are
    // not recorded.
    Result<OutpatientNote> amend(const QString &id, qint64 baseVersion, const QJsonObject &sections,
                                 const std::optional<QList<Diagnosis>> &diagnoses, const QString &reason);

    // Visits, notes, prescriptions and whatever other modules index, newest first.
    Result<QList<store::TimelineEntry>> timeline(const QString &residentId);

    const DiagnosisCatalogue &diagnosisCatalogue() const { return m_diagnoses; }
    // Looks the code up and returns a Diagnosis with the catalogue's system, version and name.
    Result<Diagnosis> diagnosis(const QString &code, bool primary = false) const;

    identity::Session &session() { return m_session; }

private:
    Result<OutpatientNote> writeNote(const OutpatientNote &note, qint64 baseVersion);
    Result<QList<Diagnosis>> coded(const QList<Diagnosis> &input) const;
    QJsonObject historyFromArchive(const QJsonObject &resident) const;

    identity::Session &m_session;
    registry::Registry &m_registry;
    const DiagnosisCatalogue &m_diagnoses;
};

} // namespace cliniclink::emr
