#pragma once

#include "cliniclink/publichealth/formdefinition.h"
#include "cliniclink/publichealth/servicerules.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace cliniclink::publichealth {

// One problem with one field. The UI shows `label` with the translated message of `code`;
// `detail` is technical (a range such as "60–300", a rule name) and never holds the value.
struct FieldIssue {
    QString field;  // field key; for a table cell "table[row].column"
    QString label;
    ErrorCode code = ErrorCode::InvalidArgument;
    QString detail;
};

struct Evaluation {
    QJsonObject values; // normalised: numbers as numbers, codes, ISO dates; inactive fields removed; computed fields set
    QList<FieldIssue> issues;
    QList<Suggestion> suggestions;

    bool ok() const { return issues.isEmpty(); }
    const FieldIssue *issueFor(const QString &field) const;
    std::optional<Suggestion> suggestion(SuggestionKind kind) const;
};

// Checks a filled form against its definition and runs its service rules:
// - types, value sets (code, label or alias), plausible ranges, text length;
// - required fields, but only those whose condition (and section condition) holds; fields whose
//   condition does not hold are dropped so stale answers are not saved;
// - an exclusive code ("无") chosen together with others; the cross-field checks;
// - computed fields (BMI, scores and bands, expected delivery date);
// - the rules listed in the definition, with `previous` the resident's last visit of this form.
Evaluation evaluateForm(const FormDefinition &form, const QJsonObject &input, const FormContext &context,
                        const std::optional<VisitOutcome> &previous = std::nullopt,
                        const RuleParameters &parameters = RuleParameters::builtIn());

bool conditionHolds(const Condition &condition, const QJsonObject &values, const FormContext &context);

// What the interval rule needs from a saved visit: control from the rules (or, without a
// measurement, the 随访分类 code), adverse reaction and complication from the form.
VisitOutcome visitOutcome(const FormDefinition &form, const Evaluation &evaluation);

// A complete, valid filling (each field's `example`, else a generated value) — for tests,
// previews and the benchmark.
QJsonObject exampleValues(const FormDefinition &form, const FormContext &context);

// The fields marked carryForward, taken from the last visit (medication, targets, …).
QJsonObject carriedForward(const FormDefinition &form, const QJsonObject &lastValues);

// Age in whole years / months on `at`.
int ageInYears(const QDate &birth, const QDate &at);
int ageInMonths(const QDate &birth, const QDate &at);

} // namespace cliniclink::publichealth
