#pragma once

#include "cliniclink/his/money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cliniclink::his {

// 处方管理办法 (2007) sheet types; each has its paper colour and corner label.
enum class PrescriptionType { Ordinary, Emergency, Paediatric, NarcoticPsych1, Psych2 };
QString prescriptionTypeKey(PrescriptionType t); // "ordinary", "emergency", "paediatric", "narcotic_psych1", "psych2"
PrescriptionType parsePrescriptionType(const QString &key);
// The corner label ("" for ordinary, "急诊", "儿科", "麻、精一", "精二").
QString prescriptionTypeLabel(PrescriptionType t);

enum class PrescriptionStatus { Draft, Signed, PartiallyDispensed, Dispensed };
QString prescriptionStatusKey(PrescriptionStatus s); // "draft", "signed", "partially_dispensed", "dispensed"
PrescriptionStatus parsePrescriptionStatus(const QString &key);

struct PrescriptionItem {
    QString drugId;
    double dose = 0;     // per administration, in the drug's doseUnit
    QString route;       // 口服, 静滴, 肌注, 外用 …
    QString frequency;   // key of frequencies()
    int days = 1;
    qint64 quantity = 0; // dispensing units; computed unless the frequency is prn
    QString note;
    qint64 dispensed = 0; // net of returns

    QJsonObject toJson() const;
    static PrescriptionItem fromJson(const QJsonObject &o);
};

// A warning shown before signing. The doctor signs only after confirming each with a reason.
enum class CheckKind { Allergy, DuplicateDrug, DoseAboveMaximum, StockInsufficient };
QString checkKindKey(CheckKind k); // "allergy", "duplicate_drug", "dose_above_maximum", "stock_insufficient"

struct CheckFinding {
    CheckKind kind = CheckKind::Allergy;
    int item = -1; // index into items
    QString drugId;

    bool operator==(const CheckFinding &o) const = default;
};

// A confirmation of one finding (who confirmed is the signing doctor).
struct Acknowledgement {
    CheckKind kind = CheckKind::Allergy;
    int item = -1;
    QString reason;
};

struct Prescription {
    QString id;
    qint64 version = 0;
    QString visitId;
    QString residentId;
    PrescriptionType type = PrescriptionType::Ordinary;
    QList<PrescriptionItem> items;
    std::optional<double> weightKg;
    QString ageText;        // 实足年龄 as printed ("3月12天", "45岁"), set when saved
    QString diagnosis;      // 临床诊断 as printed (the note's primary diagnosis by default)
    QString extendedReason; // why an ordinary prescription exceeds 7 days (慢病/老年病)
    PrescriptionStatus status = PrescriptionStatus::Draft;
    QString prescriber;
    QString signedBy;
    QDateTime signedUtc;
    QList<Acknowledgement> acknowledgements;
    QDateTime createdUtc;

    QJsonObject toJson() const;
    static Prescription fromJson(const QString &id, qint64 version, const QJsonObject &o);
};

} // namespace cliniclink::his
