#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/registry/codesets.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <optional>

namespace cliniclink::publichealth {

using registry::Code;
using registry::CodeSet;

enum class FieldType { Text, Integer, Number, Date, Choice, Multi, Table };

// When a field or section applies. Empty = always. `field` names another field of the form or
// a context value ("@ageYears", "@ageMonths", "@sex"). A choice matches when its code is in
// `in` (and not in `notIn`); a multi when any selected code is in `in`; numbers compare with
// atLeast/below; `filled` requires any value.
struct Condition {
    QString field;
    QStringList in;
    QStringList notIn;
    std::optional<double> atLeast;
    std::optional<double> below;
    bool filled = false;

    bool isEmpty() const { return field.isEmpty(); }
};

// A value the form computes from other fields: bmi(weightKg, heightCm), sum(fields...),
// band(scoreField; bands), edd(lastMenstrualPeriod), gestation(lmp, date) in weeks.
// Arguments may be context values ("@heightCm").
struct Computation {
    QString function;
    QStringList arguments;
    bool isEmpty() const { return function.isEmpty(); }
};

struct FieldDef {
    QString key;
    QString label;      // as printed on the paper form
    FieldType type = FieldType::Text;
    QString valueSet;   // Choice / Multi
    QString unit;
    bool required = false;
    std::optional<double> min; // plausible range (Integer / Number)
    std::optional<double> max;
    int decimals = 0;
    int maxLength = 200;
    Condition when;             // shown and checked only while true
    QString exclusiveCode;      // Multi: this code ("无") stands alone
    Computation compute;        // read-only, filled by the form
    bool carryForward = false;  // pre-filled from the resident's last visit of this form
    QString hint;
    QJsonValue example;         // a valid value (tests, previews); generated when absent
    QList<FieldDef> columns;    // Table
    int maxRows = 0;
    QString rowsFrom;           // Table: one row per code of this value set (vaccine doses)

    bool isComputed() const { return !compute.isEmpty(); }
};

struct SectionDef {
    QString id;
    QString title;
    Condition when;
    QList<FieldDef> fields;
};

// A cross-field check: "greater" (number field > other), "after" (date field > other date),
// "notAfter" (date field <= other date or "@today").
struct CrossCheck {
    QString kind;
    QString field;
    QString other;
};

// One national public-health service form (国家基本公共卫生服务规范 第三版) as data:
// modules/publichealth/forms/<id>.json, compiled in. `version` goes with every saved form so a
// record can always be read against the definition it was filled with.
class FormDefinition {
public:
    // `shared` supplies value sets that the form does not define itself (valuesets.json).
    static Result<FormDefinition> fromJson(const QByteArray &json, const QHash<QString, CodeSet> &shared = {});

    QString id() const { return m_id; }
    int version() const { return m_version; }
    QString title() const { return m_title; }
    QString edition() const { return m_edition; }
    QString source() const { return m_source; }
    QString kind() const { return m_kind; }           // followup, assessment, exam, visit, card
    QString population() const { return m_population; } // register it serves, e.g. "hypertension"
    QString visitDateField() const { return m_visitDateField; }
    QString nextVisitField() const { return m_nextVisitField; }
    QStringList rules() const { return m_rules; }      // service rules that apply (servicerules.h)
    const QList<SectionDef> &sections() const { return m_sections; }
    const QList<CrossCheck> &checks() const { return m_checks; }

    const FieldDef *field(const QString &key) const;
    QList<const FieldDef *> fields() const; // every top-level field in form order
    const CodeSet *valueSet(const QString &id) const;

private:
    QString m_id;
    int m_version = 0;
    QString m_title;
    QString m_edition;
    QString m_source;
    QString m_kind;
    QString m_population;
    QString m_visitDateField;
    QString m_nextVisitField;
    QStringList m_rules;
    QList<SectionDef> m_sections;
    QList<CrossCheck> m_checks;
    QHash<QString, CodeSet> m_valueSets;
};

// Parses a value-set entry: "1 门诊" / {"code": "1", "label": "门诊", "aliases": [...]}.
Result<CodeSet> parseValueSet(const QString &id, const QJsonValue &value);

// The ages a form may depend on, and measurements carried over from other records.
struct FormContext {
    QDate today;
    QDate birthDate;
    QString sex;                    // GB/T 2261.1
    std::optional<double> heightCm; // from the last health examination, for BMI
};

} // namespace cliniclink::publichealth
