#include "cliniclink/publichealth/servicerules.h"
#include "cliniclink/publichealth/formlibrary.h"

#include <QCoreApplication>
#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cliniclink::publichealth {

namespace {
constexpr char kContext[] = "cliniclink::publichealth::Rule";

// Glucose as the form records it: one decimal (7.0, 16.7).
QString num(double v) { return QString::number(v, 'f', 1); }

// Classification codes of the follow-up forms (此次随访分类).
const QString kControlled = QStringLiteral("1");
const QString kUncontrolled = QStringLiteral("2");

bool anyDangerSign(const QStringList &signs)
{
    for (const QString &s : signs)
        if (!s.isEmpty() && s != QLatin1String("0"))
            return true;
    return false;
}
} // namespace

QString Suggestion::reasonText() const
{
    QString text = QCoreApplication::translate(kContext, reason);
    for (const QString &a : arguments)
        text = text.arg(a);
    return text;
}

const RuleParameters &RuleParameters::builtIn()
{
    static const RuleParameters params = [] {
        auto r = fromJson(publicHealthData(QStringLiteral("forms/rules.json")));
        Q_ASSERT_X(r.has_value(), "RuleParameters::builtIn", "compiled-in rules.json invalid");
        return r ? *r : RuleParameters();
    }();
    return params;
}

Result<RuleParameters> RuleParameters::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.isEmpty())
        return fail(ErrorCode::FormDefinitionInvalid, QStringLiteral("rules.json"));
    RuleParameters p;
    const QJsonObject bp = o.value(QLatin1String("bloodPressure")).toObject();
    const QJsonObject glucose = o.value(QLatin1String("fastingGlucose")).toObject();
    const QJsonObject interval = o.value(QLatin1String("followUp")).toObject();
    p.bpControlSystolic = bp.value(QLatin1String("controlBelowSystolic")).toInt(p.bpControlSystolic);
    p.bpControlDiastolic = bp.value(QLatin1String("controlBelowDiastolic")).toInt(p.bpControlDiastolic);
    p.bpUrgentSystolic = bp.value(QLatin1String("urgentFromSystolic")).toInt(p.bpUrgentSystolic);
    p.bpUrgentDiastolic = bp.value(QLatin1String("urgentFromDiastolic")).toInt(p.bpUrgentDiastolic);
    p.glucoseControl = glucose.value(QLatin1String("controlBelow")).toDouble(p.glucoseControl);
    p.glucoseUrgentHigh = glucose.value(QLatin1String("urgentFrom")).toDouble(p.glucoseUrgentHigh);
    p.glucoseUrgentLow = glucose.value(QLatin1String("urgentAtOrBelow")).toDouble(p.glucoseUrgentLow);
    p.shortIntervalDays = interval.value(QLatin1String("shortIntervalDays")).toInt(p.shortIntervalDays);
    p.routineIntervalMonths = interval.value(QLatin1String("routineIntervalMonths")).toInt(p.routineIntervalMonths);
    for (const QJsonValue &v : o.value(QLatin1String("selfCareBands")).toArray()) {
        const QJsonObject b = v.toObject();
        p.selfCareBands << SelfCareBand{b.value(QLatin1String("from")).toInt(), b.value(QLatin1String("to")).toInt(),
                                        b.value(QLatin1String("code")).toString(), b.value(QLatin1String("label")).toString()};
    }
    if (p.selfCareBands.isEmpty() || p.bpUrgentSystolic <= p.bpControlSystolic || p.glucoseUrgentLow >= p.glucoseControl)
        return fail(ErrorCode::FormDefinitionInvalid, QStringLiteral("rules.json"));
    return p;
}

Suggestion hypertensionControl(const BloodPressure &bp, const RuleParameters &p)
{
    Suggestion s;
    s.rule = QStringLiteral("hypertension.control");
    s.field = QStringLiteral("classification");
    s.arguments = {QString::number(bp.systolic), QString::number(bp.diastolic), QString::number(p.bpControlSystolic),
                   QString::number(p.bpControlDiastolic)};
    if (bp.systolic < p.bpControlSystolic && bp.diastolic < p.bpControlDiastolic) {
        s.kind = SuggestionKind::Controlled;
        s.value = kControlled;
        s.reason = QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule",
                                     "Blood pressure %1/%2 mmHg is below %3/%4: controlled.");
    } else {
        s.kind = SuggestionKind::Uncontrolled;
        s.value = kUncontrolled;
        s.reason = QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule",
                                     "Blood pressure %1/%2 mmHg is not below %3/%4: not controlled.");
    }
    return s;
}

std::optional<Suggestion> hypertensionUrgentReferral(const std::optional<BloodPressure> &bp, const QStringList &dangerSigns,
                                                     const RuleParameters &p)
{
    Suggestion s;
    s.rule = QStringLiteral("hypertension.urgentReferral");
    s.kind = SuggestionKind::UrgentReferral;
    s.field = QStringLiteral("referral");
    s.value = QStringLiteral("2");
    if (bp && (bp->systolic >= p.bpUrgentSystolic || bp->diastolic >= p.bpUrgentDiastolic)) {
        s.reason = QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule",
                                     "Blood pressure %1/%2 mmHg reaches %3 systolic or %4 diastolic: treat, then refer "
                                     "urgently and follow up within 2 weeks.");
        s.arguments = {QString::number(bp->systolic), QString::number(bp->diastolic), QString::number(p.bpUrgentSystolic),
                       QString::number(p.bpUrgentDiastolic)};
        return s;
    }
    if (anyDangerSign(dangerSigns)) {
        s.reason = QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule",
                                     "A danger sign is present: treat, then refer urgently and follow up within 2 weeks.");
        return s;
    }
    return std::nullopt;
}

Suggestion diabetesControl(double fastingGlucose, const RuleParameters &p)
{
    Suggestion s;
    s.rule = QStringLiteral("diabetes.control");
    s.field = QStringLiteral("classification");
    s.arguments = {num(fastingGlucose), num(p.glucoseControl)};
    // Compared in tenths of mmol/L: the form records one decimal, and 7.0 must not become 6.9999.
    if (qRound(fastingGlucose * 10) < qRound(p.glucoseControl * 10)) {
        s.kind = SuggestionKind::Controlled;
        s.value = kControlled;
        s.reason = QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule",
                                     "Fasting glucose %1 mmol/L is below %2: controlled.");
    } else {
        s.kind = SuggestionKind::Uncontrolled;
        s.value = kUncontrolled;
        s.reason = QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule",
                                     "Fasting glucose %1 mmol/L is not below %2: not controlled.");
    }
    return s;
}

std::optional<Suggestion> diabetesUrgentReferral(std::optional<double> fastingGlucose, const std::optional<BloodPressure> &bp,
                                                 const QStringList &dangerSigns, const RuleParameters &p)
{
    Suggestion s;
    s.rule = QStringLiteral("diabetes.urgentReferral");
    s.kind = SuggestionKind::UrgentReferral;
    s.field = QStringLiteral("referral");
    s.value = QStringLiteral("2");
    if (fastingGlucose) {
        const int g = qRound(*fastingGlucose * 10);
        if (g >= qRound(p.glucoseUrgentHigh * 10)) {
            s.reason = QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule",
                                         "Blood glucose %1 mmol/L is at or above %2: treat, then refer urgently and "
                                         "follow up within 2 weeks.");
            s.arguments = {num(*fastingGlucose), num(p.glucoseUrgentHigh)};
            return s;
        }
        if (g <= qRound(p.glucoseUrgentLow * 10)) {
            s.reason = QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule",
                                         "Blood glucose %1 mmol/L is at or below %2: treat, then refer urgently and "
                                         "follow up within 2 weeks.");
            s.arguments = {num(*fastingGlucose), num(p.glucoseUrgentLow)};
            return s;
        }
    }
    if (auto bpUrgent = hypertensionUrgentReferral(bp, {}, p)) {
        bpUrgent->rule = s.rule;
        return bpUrgent;
    }
    if (anyDangerSign(dangerSigns)) {
        s.reason = QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule",
                                     "A danger sign is present: treat, then refer urgently and follow up within 2 weeks.");
        return s;
    }
    return std::nullopt;
}

Suggestion nextVisit(const VisitOutcome &current, const std::optional<VisitOutcome> &previous, const RuleParameters &p)
{
    Suggestion s;
    s.rule = QStringLiteral("followup.nextVisit");
    s.field = QStringLiteral("nextVisitDate");
    s.kind = SuggestionKind::NextVisit;
    const QDate shortDate = current.date.addDays(p.shortIntervalDays);
    s.arguments = {QString::number(p.shortIntervalDays)};
    if (current.urgentReferral) {
        s.kind = SuggestionKind::UrgentReferral;
        s.value = shortDate.toString(Qt::ISODate);
        s.reason = QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule",
                                     "Urgent referral: follow up on the referral within %1 days.");
    } else if (!current.controlled && previous && !previous->controlled) {
        s.kind = SuggestionKind::Referral;
        s.value = shortDate.toString(Qt::ISODate);
        s.reason = QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule",
                                     "Second consecutive visit not controlled: refer, and follow up within %1 days.");
    } else if (current.newComplication) {
        s.kind = SuggestionKind::Referral;
        s.value = shortDate.toString(Qt::ISODate);
        s.reason = QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule",
                                     "New or worse complication: refer, and follow up within %1 days.");
    } else if (!current.controlled || current.adverseReaction) {
        s.value = shortDate.toString(Qt::ISODate);
        s.reason = current.controlled
            ? QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule",
                                "Adverse drug reaction: adjust the medication and follow up within %1 days.")
            : QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule",
                                "Not controlled: adjust the medication and follow up within %1 days.");
    } else {
        s.value = current.date.addMonths(p.routineIntervalMonths).toString(Qt::ISODate);
        s.arguments = {QString::number(p.routineIntervalMonths)};
        s.reason = QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule",
                                     "Controlled without adverse reactions: next routine visit in %1 months.");
    }
    return s;
}

Suggestion selfCareBand(int score, const RuleParameters &p)
{
    Suggestion s;
    s.rule = QStringLiteral("selfcare.band");
    s.kind = SuggestionKind::Band;
    s.field = QStringLiteral("selfCareLevel");
    for (const SelfCareBand &b : p.selfCareBands) {
        if (score >= b.from && score <= b.to) {
            s.value = b.code;
            s.arguments = {QString::number(score), b.label, QString::number(b.from), QString::number(b.to)};
            s.reason = QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule", "Score %1 lies in %3–%4: %2.");
            return s;
        }
    }
    s.arguments = {QString::number(score)};
    s.reason = QT_TRANSLATE_NOOP("cliniclink::publichealth::Rule", "Score %1 lies in no band.");
    return s;
}

} // namespace cliniclink::publichealth
