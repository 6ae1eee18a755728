#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/emr/patientage.h"
#include "cliniclink/his/drug.h"
#include "cliniclink/his/prescription.h"

#include <QHash>
#include <QStringList>

namespace cliniclink::his {

// What the rules and checks need to know about the patient, taken from the archive.
struct PatientFacts {
    emr::PatientAge age;
    bool hasIdNumber = false;
    QStringList allergyCodes; // drugAllergy codes of the archive ("2" 青霉素 …)
    QString allergyOther;     // the archive's free-text allergy ("其他")
};

// Limits of 处方管理办法 (2007), in one place so a province's variant is one edit.
struct PrescriptionLimits {
    static constexpr int kMaxDrugsPerSheet = 5;
    static constexpr int kMaxDays = 7;            // ordinary, paediatric, 精二
    static constexpr int kMaxDaysEmergency = 3;
    static constexpr int kMaxDaysNarcotic = 3;    // 麻醉/精一, non-injection dosage forms: ≤ 3 days
    static constexpr int kMaxDaysExtended = 84;   // 慢病/老年病 with a stated reason (长期处方 ≤ 12 weeks)
    static constexpr int kPaediatricAgeYears = 14; // 儿科处方: under 14 full years
    static constexpr int kWeightRequiredBelowYears = 1; // infants: age in days/months and weight
};

// The legal rules of one sheet. The first broken rule is returned:
// EmptyPrescription, PrescriptionTooManyDrugs (> 5), HerbalPrescriptionMixed, InvalidFrequency,
// InvalidQuantity, PrescriptionTypeNotAllowed (paediatric ≥ 14 y, ordinary < 14 y),
// ControlledDrugWrongSheet, PrescriptionDurationExceeded, PatientWeightRequired (< 1 y),
// PatientIdRequired (麻、精一). `drugs` must hold every drug of the items (NotFound otherwise).
Result<void> checkPrescriptionRules(const Prescription &p, const QHash<QString, Drug> &drugs, const PatientFacts &patient);

// Warnings before signing: allergy (drug's allergy classes in the archive's codes, or its name
// in the archive's free text), duplicate drug (same drug or same generic name), dose above
// the catalogue's single or daily maximum, stock insufficient (`available` = unexpired units
// per drug id).
QList<CheckFinding> prescriptionFindings(const Prescription &p, const QHash<QString, Drug> &drugs,
                                         const PatientFacts &patient, const QHash<QString, qint64> &available);

} // namespace cliniclink::his
