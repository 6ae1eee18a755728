#pragma once

#include "cliniclink/core/result.h"

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace cliniclink::publichealth {

// Thresholds and intervals of the 第三版 service rules, as data (forms/rules.json) so a
// province's variant can be configured without a code change.
struct SelfCareBand {
    int from = 0; // inclusive score range
    int to = 0;
    QString code;  // 健康体检表 "老年人生活自理能力自我评估" code
    QString label; // 可自理 / 轻度依赖 / 中度依赖 / 不能自理
};

struct RuleParameters {
    int bpControlSystolic = 140;  // controlled below
    int bpControlDiastolic = 90;
    int bpUrgentSystolic = 180;   // urgent referral at or above
    int bpUrgentDiastolic = 110;
    double glucoseControl = 7.0;  // fasting, mmol/L, controlled below
    double glucoseUrgentHigh = 16.7; // at or above
    double glucoseUrgentLow = 3.9;   // at or below
    int shortIntervalDays = 14;      // after an uncontrolled visit / referral
    int routineIntervalMonths = 3;   // controlled: quarterly
    QList<SelfCareBand> selfCareBands;

    static const RuleParameters &builtIn();
    static Result<RuleParameters> fromJson(const QByteArray &json); // FormDefinitionInvalid
};

enum class SuggestionKind {
    Controlled,     // 控制满意
    Uncontrolled,   // 控制不满意
    UrgentReferral, // 紧急转诊
    Referral,       // 建议转诊
    NextVisit,      // 下次随访日期
    Band,           // a score band
};

// What a rule proposes, and why. The doctor decides; the form shows the reason next to the
// suggested value. `reason` is English source text (context "cliniclink::publichealth::Rule",
// collected by lupdate); reasonText() translates it and fills in %1, %2 … from `arguments`.
struct Suggestion {
    QString rule;        // "hypertension.control", …
    SuggestionKind kind = SuggestionKind::NextVisit;
    QString field;       // the form field this suggests a value for, if any
    QJsonValue value;    // the suggested value ("1", "2025-03-31", …)
    const char *reason = "";
    QStringList arguments;

    QString reasonText() const;
};

struct BloodPressure {
    int systolic = 0;
    int diastolic = 0;
};

// 高血压: controlled below 140/90 (both); urgent referral at SBP ≥ 180 or DBP ≥ 110 or any
// listed danger sign (危急情况 codes other than "无").
Suggestion hypertensionControl(const BloodPressure &bp, const RuleParameters &p = RuleParameters::builtIn());
std::optional<Suggestion> hypertensionUrgentReferral(const std::optional<BloodPressure> &bp, const QStringList &dangerSigns,
                                                     const RuleParameters &p = RuleParameters::builtIn());

// 2型糖尿病: fasting glucose controlled below 7.0 mmol/L; urgent referral at ≥ 16.7 or ≤ 3.9,
// SBP ≥ 180 or DBP ≥ 110, or any danger sign.
Suggestion diabetesControl(double fastingGlucose, const RuleParameters &p = RuleParameters::builtIn());
std::optional<Suggestion> diabetesUrgentReferral(std::optional<double> fastingGlucose, const std::optional<BloodPressure> &bp,
                                                 const QStringList &dangerSigns,
                                                 const RuleParameters &p = RuleParameters::builtIn());

// One follow-up as far as the interval rule cares.
struct VisitOutcome {
    QDate date;
    bool controlled = true;
    bool adverseReaction = false;
    bool newComplication = false;
    bool urgentReferral = false;
};

// 分类干预: urgent referral, a second consecutive uncontrolled visit, or a new complication →
// referral and a visit within 2 weeks; a first uncontrolled visit or an adverse reaction → 2
// weeks; otherwise the routine (quarterly) interval. Month ends clamp (Nov 30 + 3 months =
// Feb 28/29).
Suggestion nextVisit(const VisitOutcome &current, const std::optional<VisitOutcome> &previous,
                     const RuleParameters &p = RuleParameters::builtIn());

// 老年人生活自理能力评估: 0–3 可自理, 4–8 轻度依赖, 9–18 中度依赖, ≥ 19 不能自理.
Suggestion selfCareBand(int score, const RuleParameters &p = RuleParameters::builtIn());

} // namespace cliniclink::publichealth
