#pragma once

#include "cliniclink/core/result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace cliniclink::emr {

// Vital signs entered at the visit (manual now; devices later fill the same struct).
// Units: mmHg, beats/min, °C, breaths/min, kg, cm, %, mmol/L.
struct Vitals {
    std::optional<int> systolic;
    std::optional<int> diastolic;
    std::optional<int> heartRate;
    std::optional<double> temperature;
    std::optional<int> respiratoryRate;
    std::optional<double> weightKg;
    std::optional<double> heightCm;
    std::optional<int> spo2;
    std::optional<double> glucose;

    QJsonObject toJson() const; // keys as the field names above; absent values are left out
    static Vitals fromJson(const QJsonObject &o);
    bool isEmpty() const { return toJson().isEmpty(); }
};

struct VitalRange {
    const char *field;
    double min;
    double max;
};

// The plausibility ranges (inclusive). They catch typing slips and unit mix-ups (°F, lb,
// mg/dL), not clinical abnormality; they cover newborns to adults.
const QList<VitalRange> &vitalRanges();

// Field keys of the values outside their range; "diastolic" also when it is not below systolic.
QStringList implausibleVitals(const Vitals &v);
// VitalSignImplausible with the field keys (no values) as detail.
Result<void> checkVitals(const Vitals &v);

} // namespace cliniclink::emr
