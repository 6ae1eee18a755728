#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/his/catalogue.h"
#include "cliniclink/his/prescription.h"
#include "cliniclink/his/prescriptionrules.h"

namespace cliniclink::registry {
class Registry;
}
namespace cliniclink::emr {
class Outpatient;
}

namespace cliniclink::his {

// The doctor's prescriptions. Writing needs Permission::Prescribe. Each save goes through
// putRecord with the prescription index and the patient's timeline row in one transaction.
class Prescribing {
public:
    Prescribing(identity::Session &session, registry::Registry &registry, emr::Outpatient &outpatient, Catalogue &catalogue);

    // A draft for the visit; 临床诊断 from the visit note's primary diagnosis, if any.
    Result<Prescription> create(const QString &visitId, PrescriptionType type);
    // Saves a draft: quantities are computed (except prn, where the given quantity stays),
    // the age text is set, and the legal rules are enforced (checkPrescriptionRules), so a
    // sixth drug or an eighth day is refused at once. PrescriptionSigned after signing.
    Result<Prescription> save(const Prescription &p);
    Result<Prescription> prescription(const QString &id);
    Result<QList<Prescription>> ofVisit(const QString &visitId);

    // The warnings for the current draft (allergy, duplicate, dose, stock).
    Result<QList<CheckFinding>> findings(const QString &id);
    // Signs after the rules pass and every finding is acknowledged with a reason
    // (PrescriptionChecksPending otherwise, detail: the finding kinds). Locks the sheet.
    Result<Prescription> sign(const QString &id, qint64 baseVersion, const QList<Acknowledgement> &acknowledgements = {});

    // Signed and partially dispensed prescriptions, oldest signature first (the pharmacy queue).
    Result<QList<Prescription>> dispensingQueue();
    // Prescriptions with drugs out (partially or fully dispensed) signed since the time,
    // newest first: what the pharmacy may take back as a return.
    Result<QList<Prescription>> dispensedSince(const QDateTime &sinceUtc);

    Result<PatientFacts> patientFacts(const QString &residentId);
    Result<QHash<QString, Drug>> drugsOf(const Prescription &p);

private:
    friend class Pharmacy; // records dispensing on the prescription in its own transaction
    Result<Prescription> write(Prescription p, qint64 baseVersion);
    // `where` and `order` are fixed SQL of this file; values go in `params`.
    Result<QList<Prescription>> byStatus(const QString &where, const QVariantList &params, const QString &order);

    identity::Session &m_session;
    registry::Registry &m_registry;
    emr::Outpatient &m_outpatient;
    Catalogue &m_catalogue;
};

} // namespace cliniclink::his
