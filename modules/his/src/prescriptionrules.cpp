#include "cliniclink/his/prescriptionrules.h"

#include "cliniclink/his/frequency.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cliniclink::his {

namespace {
int maxDays(const Prescription &p)
{
    switch (p.type) {
    case PrescriptionType::Emergency: return PrescriptionLimits::kMaxDaysEmergency;
    case PrescriptionType::NarcoticPsych1: return PrescriptionLimits::kMaxDaysNarcotic;
    case PrescriptionType::Ordinary:
        return p.extendedReason.trimmed().isEmpty() ? PrescriptionLimits::kMaxDays : PrescriptionLimits::kMaxDaysExtended;
    case PrescriptionType::Paediatric:
    case PrescriptionType::Psych2: return PrescriptionLimits::kMaxDays;
    }
    return PrescriptionLimits::kMaxDays;
}

ControlClass sheetClass(PrescriptionType t)
{
    if (t == PrescriptionType::NarcoticPsych1)
        return ControlClass::NarcoticPsych1;
    if (t == PrescriptionType::Psych2)
        return ControlClass::Psych2;
    return ControlClass::None;
}
} // namespace

Result<void> checkPrescriptionRules(const Prescription &p, const QHash<QString, Drug> &drugs, const PatientFacts &patient)
{
    if (p.items.isEmpty())
        return fail(ErrorCode::EmptyPrescription);
    if (p.items.size() > PrescriptionLimits::kMaxDrugsPerSheet)
        return fail(ErrorCode::PrescriptionTooManyDrugs, QString::number(p.items.size()));

    int herbal = 0;
    for (const PrescriptionItem &i : p.items) {
        const auto it = drugs.constFind(i.drugId);
        if (it == drugs.constEnd())
            return fail(ErrorCode::NotFound, u"drug"_s);
        if (it->category == DrugCategory::HerbalPieces)
            ++herbal;
    }
    if (herbal != 0 && herbal != p.items.size())
        return fail(ErrorCode::HerbalPrescriptionMixed);

    for (int n = 0; n < p.items.size(); ++n) {
        const PrescriptionItem &i = p.items.at(n);
        const Frequency *f = findFrequency(i.frequency);
        if (!f)
            return fail(ErrorCode::InvalidFrequency, i.frequency.left(8), QString::number(n));
        if (!(i.dose > 0) || i.days < 1 || i.quantity < 1)
            return fail(ErrorCode::InvalidQuantity, u"item"_s, QString::number(n));
    }

    if (!patient.age.valid)
        return fail(ErrorCode::InvalidDate, u"birthDate"_s);
    const bool child = patient.age.years < PrescriptionLimits::kPaediatricAgeYears;
    if (p.type == PrescriptionType::Paediatric && !child)
        return fail(ErrorCode::PrescriptionTypeNotAllowed, u"paediatric needs age < 14"_s);
    if (p.type == PrescriptionType::Ordinary && child)
        return fail(ErrorCode::PrescriptionTypeNotAllowed, u"age < 14 needs the paediatric sheet"_s);

    // Narcotic and psychotropic drugs each on their own sheet, and nothing else on those sheets.
    const ControlClass sheet = sheetClass(p.type);
    for (int n = 0; n < p.items.size(); ++n)
        if (drugs.value(p.items.at(n).drugId).control != sheet)
            return fail(ErrorCode::ControlledDrugWrongSheet, {}, QString::number(n));

    const int limit = maxDays(p);
    for (int n = 0; n < p.items.size(); ++n)
        if (p.items.at(n).days > limit)
            return fail(ErrorCode::PrescriptionDurationExceeded, QString::number(limit), QString::number(n));

    if (patient.age.years < PrescriptionLimits::kWeightRequiredBelowYears && !(p.weightKg && *p.weightKg > 0))
        return fail(ErrorCode::PatientWeightRequired);
    if (p.type == PrescriptionType::NarcoticPsych1 && !patient.hasIdNumber)
        return fail(ErrorCode::PatientIdRequired);
    return {};
}

QList<CheckFinding> prescriptionFindings(const Prescription &p, const QHash<QString, Drug> &drugs,
                                         const PatientFacts &patient, const QHash<QString, qint64> &available)
{
    QList<CheckFinding> out;
    QHash<QString, qint64> wanted; // per drug over the whole sheet
    QSet<QString> seenIds;
    QSet<QString> seenNames;
    for (int n = 0; n < p.items.size(); ++n) {
        const PrescriptionItem &i = p.items.at(n);
        const Drug d = drugs.value(i.drugId);

        bool allergic = false;
        for (const QString &c : d.allergyClasses)
            allergic = allergic || patient.allergyCodes.contains(c);
        // Free text ("布洛芬、头孢"): any named substance of two or more characters in the
        // generic name, or the whole generic name in the text.
        if (!allergic && !d.genericName.isEmpty() && !patient.allergyOther.isEmpty()) {
            static const QRegularExpression separators(u"[\\s,，、;；/]+"_s);
            allergic = patient.allergyOther.contains(d.genericName);
            for (const QString &token : patient.allergyOther.split(separators, Qt::SkipEmptyParts))
                allergic = allergic || (token.size() >= 2 && d.genericName.contains(token));
        }
        if (allergic)
            out.append({CheckKind::Allergy, n, i.drugId});

        if (seenIds.contains(i.drugId) || seenNames.contains(d.genericName))
            out.append({CheckKind::DuplicateDrug, n, i.drugId});
        seenIds.insert(i.drugId);
        seenNames.insert(d.genericName);

        const double daily = i.dose * administrationsPerDay(i.frequency);
        if ((d.maxSingleDose > 0 && i.dose > d.maxSingleDose + 1e-9) || (d.maxDailyDose > 0 && daily > d.maxDailyDose + 1e-9))
            out.append({CheckKind::DoseAboveMaximum, n, i.drugId});

        wanted[i.drugId] += i.quantity - i.dispensed;
        if (wanted.value(i.drugId) > available.value(i.drugId))
            out.append({CheckKind::StockInsufficient, n, i.drugId});
    }
    return out;
}

} // namespace cliniclink::his
