#include "cliniclink/emr/vitals.h"

using namespace Qt::StringLiterals;

namespace cliniclink::emr {

namespace {
template <typename T>
void put(QJsonObject &o, const char *key, const std::optional<T> &v)
{
    if (v)
        o.insert(QLatin1String(key), *v);
}
std::optional<int> intOf(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}
std::optional<double> doubleOf(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}
} // namespace

QJsonObject Vitals::toJson() const
{
    QJsonObject o;
    put(o, "systolic", systolic);
    put(o, "diastolic", diastolic);
    put(o, "heartRate", heartRate);
    put(o, "temperature", temperature);
    put(o, "respiratoryRate", respiratoryRate);
    put(o, "weightKg", weightKg);
    put(o, "heightCm", heightCm);
    put(o, "spo2", spo2);
    put(o, "glucose", glucose);
    return o;
}

Vitals Vitals::fromJson(const QJsonObject &o)
{
    Vitals v;
    v.systolic = intOf(o, "systolic");
    v.diastolic = intOf(o, "diastolic");
    v.heartRate = intOf(o, "heartRate");
    v.temperature = doubleOf(o, "temperature");
    v.respiratoryRate = intOf(o, "respiratoryRate");
    v.weightKg = doubleOf(o, "weightKg");
    v.heightCm = doubleOf(o, "heightCm");
    v.spo2 = intOf(o, "spo2");
    v.glucose = doubleOf(o, "glucose");
    return v;
}

const QList<VitalRange> &vitalRanges()
{
    // BP and glucose bounds follow the reference's suggestion (public-health-and-cn-standards §3);
    // heart and breathing rates are widened for newborns; 34–43 °C rejects Fahrenheit entries.
    static const QList<VitalRange> ranges = {
        {"systolic", 60, 300},      {"diastolic", 30, 200}, {"heartRate", 30, 250},
        {"temperature", 34.0, 43.0}, {"respiratoryRate", 5, 100}, {"weightKg", 0.3, 300},
        {"heightCm", 20, 250},      {"spo2", 50, 100},      {"glucose", 1.0, 33.3},
    };
    return ranges;
}

QStringList implausibleVitals(const Vitals &v)
{
    const QJsonObject o = v.toJson();
    QStringList bad;
    for (const VitalRange &r : vitalRanges()) {
        const QJsonValue value = o.value(QLatin1String(r.field));
        if (value.isDouble() && (value.toDouble() < r.min || value.toDouble() > r.max))
            bad << QLatin1String(r.field);
    }
    if (v.systolic && v.diastolic && *v.diastolic >= *v.systolic && !bad.contains(u"diastolic"_s))
        bad << u"diastolic"_s;
    return bad;
}

Result<void> checkVitals(const Vitals &v)
{
    const QStringList bad = implausibleVitals(v);
    if (!bad.isEmpty())
        return fail(ErrorCode::VitalSignImplausible, bad.join(u','));
    return {};
}

} // namespace cliniclink::emr
