#include "cliniclink/publichealth/formevaluation.h"

#include "cliniclink/registry/residentfields.h"

#include <QJsonArray>

#include <cmath>

namespace cliniclink::publichealth {

namespace {
bool isBlank(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isString())
        return v.toString().trimmed().isEmpty();
    if (v.isArray())
        return v.toArray().isEmpty();
    return false;
}

QStringList codesOf(const QJsonValue &v)
{
    QStringList out;
    if (v.isArray())
        for (const QJsonValue &x : v.toArray())
            out << x.toString();
    else if (v.isString())
        out << v.toString();
    return out;
}

std::optional<double> contextNumber(const QString &key, const FormContext &ctx)
{
    if (key == QLatin1String("@ageYears") && ctx.birthDate.isValid())
        return ageInYears(ctx.birthDate, ctx.today);
    if (key == QLatin1String("@ageMonths") && ctx.birthDate.isValid())
        return ageInMonths(ctx.birthDate, ctx.today);
    if (key == QLatin1String("@ageDays") && ctx.birthDate.isValid())
        return double(ctx.birthDate.daysTo(ctx.today));
    if (key == QLatin1String("@heightCm"))
        return ctx.heightCm;
    return std::nullopt;
}

QJsonValue lookup(const QString &key, const QJsonObject &values, const FormContext &ctx)
{
    if (!key.startsWith(QLatin1Char('@')))
        return values.value(key);
    if (key == QLatin1String("@sex"))
        return ctx.sex;
    if (key == QLatin1String("@today"))
        return ctx.today.toString(Qt::ISODate);
    const auto n = contextNumber(key, ctx);
    return n ? QJsonValue(*n) : QJsonValue();
}

std::optional<double> numberOf(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

QString rangeText(const FieldDef &f)
{
    return QStringLiteral("%1–%2").arg(f.min ? QString::number(*f.min) : QString(), f.max ? QString::number(*f.max) : QString());
}

class Evaluator {
public:
    Evaluator(const FormDefinition &form, const FormContext &ctx) : m_form(form), m_ctx(ctx) {}

    // Normalises one value; records an issue and returns undefined when it is not acceptable.
    QJsonValue normalize(const FieldDef &f, const QJsonValue &raw, const QString &path)
    {
        switch (f.type) {
        case FieldType::Text: {
            const QString s = raw.isDouble() ? QString::number(raw.toDouble()) : raw.toString().trimmed();
            if (s.size() > f.maxLength)
                return issue(f, path, ErrorCode::TextTooLong, QString::number(f.maxLength));
            return s;
        }
        case FieldType::Integer:
        case FieldType::Number: {
            const auto n = numberOf(raw);
            if (!n || !std::isfinite(*n))
                return issue(f, path, ErrorCode::InvalidNumber);
            if (f.type == FieldType::Integer && *n != std::floor(*n))
                return issue(f, path, ErrorCode::InvalidNumber);
            if ((f.min && *n < *f.min) || (f.max && *n > *f.max))
                return issue(f, path, ErrorCode::ValueOutOfRange, rangeText(f));
            const double scale = std::pow(10.0, f.decimals);
            return f.type == FieldType::Integer ? QJsonValue(qint64(*n)) : QJsonValue(std::round(*n * scale) / scale);
        }
        case FieldType::Date: {
            const QDate d = raw.isString() ? registry::parseLooseDate(raw.toString()) : QDate();
            if (!d.isValid() || d.year() < 1880)
                return issue(f, path, ErrorCode::InvalidDate);
            return d.toString(Qt::ISODate);
        }
        case FieldType::Choice: {
            const CodeSet *set = m_form.valueSet(f.valueSet);
            const QString code = set ? set->normalize(raw.isDouble() ? QString::number(raw.toInt()) : raw.toString()) : QString();
            if (code.isEmpty())
                return issue(f, path, ErrorCode::InvalidCode, f.valueSet);
            return code;
        }
        case FieldType::Multi: {
            const CodeSet *set = m_form.valueSet(f.valueSet);
            QJsonArray out;
            const QJsonArray items = raw.isArray() ? raw.toArray() : QJsonArray{raw};
            for (const QJsonValue &x : items) {
                const QString code = set ? set->normalize(x.isDouble() ? QString::number(x.toInt()) : x.toString()) : QString();
                if (code.isEmpty())
                    return issue(f, path, ErrorCode::InvalidCode, f.valueSet);
                if (!out.contains(code))
                    out.append(code);
            }
            if (!f.exclusiveCode.isEmpty() && out.size() > 1 && out.contains(f.exclusiveCode))
                return issue(f, path, ErrorCode::ValuesInconsistent, QStringLiteral("exclusive"));
            return out;
        }
        case FieldType::Table:
            return normalizeTable(f, raw, path);
        }
        return {};
    }

    QJsonValue normalizeTable(const FieldDef &f, const QJsonValue &raw, const QString &path)
    {
        if (!raw.isArray())
            return issue(f, path, ErrorCode::InvalidArgument, QStringLiteral("rows"));
        const QJsonArray rows = raw.toArray();
        const CodeSet *rowSet = f.rowsFrom.isEmpty() ? nullptr : m_form.valueSet(f.rowsFrom);
        const int limit = rowSet ? int(rowSet->codes.size()) : f.maxRows;
        if (rows.size() > limit)
            return issue(f, path, ErrorCode::ValueOutOfRange, QStringLiteral("rows"));
        QJsonArray out;
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            QJsonObject clean;
            if (rowSet) {
                const QString id = row.value(QLatin1String("row")).toString();
                if (!rowSet->contains(id))
                    return issue(f, path, ErrorCode::InvalidCode, QStringLiteral("row"));
                clean.insert(QStringLiteral("row"), id);
            }
            bool any = false;
            for (const FieldDef &c : f.columns)
                any = any || !isBlank(row.value(c.key));
            if (!any)
                continue; // an empty row is no row
            for (const FieldDef &c : f.columns) {
                const QString cellPath = QStringLiteral("%1[%2].%3").arg(path).arg(i).arg(c.key);
                const QJsonValue v = row.value(c.key);
                if (isBlank(v)) {
                    if (c.required)
                        issue(c, cellPath, ErrorCode::RequiredFieldMissing);
                    continue;
                }
                const QJsonValue n = normalize(c, v, cellPath);
                if (!n.isUndefined())
                    clean.insert(c.key, n);
            }
            out.append(clean);
        }
        return out;
    }

    QJsonValue issue(const FieldDef &f, const QString &path, ErrorCode code, const QString &detail = {})
    {
        m_issues << FieldIssue{path, f.label, code, detail};
        return QJsonValue(QJsonValue::Undefined);
    }

    QJsonValue compute(const FieldDef &f, const QJsonObject &values, const RuleParameters &params)
    {
        const QString fn = f.compute.function;
        const QStringList &args = f.compute.arguments;
        auto arg = [&](int i) { return i < args.size() ? lookup(args.at(i), values, m_ctx) : QJsonValue(); };
        if (fn == QLatin1String("bmi")) {
            const auto w = numberOf(arg(0)), h = numberOf(arg(1));
            if (!w || !h || *h <= 0)
                return {};
            const double m = *h / 100.0;
            return std::round(*w / (m * m) * 10.0) / 10.0;
        }
        if (fn == QLatin1String("sum")) {
            double total = 0;
            for (const QString &a : args) {
                const auto n = numberOf(lookup(a, values, m_ctx));
                if (!n)
                    return {}; // a score is only meaningful when every item is answered
                total += *n;
            }
            return qint64(total);
        }
        if (fn == QLatin1String("selfCareBand")) {
            const auto score = numberOf(arg(0));
            if (!score)
                return {};
            return selfCareBand(int(*score), params).value;
        }
        if (fn == QLatin1String("edd")) {
            // 预产期 as the paper form computes it: month + 9 (or − 3 and next year), day + 7.
            const QDate lmp = QDate::fromString(arg(0).toString(), Qt::ISODate);
            return lmp.isValid() ? QJsonValue(lmp.addMonths(9).addDays(7).toString(Qt::ISODate)) : QJsonValue();
        }
        if (fn == QLatin1String("gestationWeeks")) {
            const QDate lmp = QDate::fromString(arg(0).toString(), Qt::ISODate);
            const QDate at = QDate::fromString(arg(1).toString(), Qt::ISODate);
            return lmp.isValid() && at.isValid() && lmp <= at ? QJsonValue(qint64(lmp.daysTo(at) / 7)) : QJsonValue();
        }
        return {};
    }

    QList<FieldIssue> takeIssues() { return std::move(m_issues); }

private:
    const FormDefinition &m_form;
    const FormContext &m_ctx;
    QList<FieldIssue> m_issues;
};

std::optional<BloodPressure> bloodPressure(const QJsonObject &v)
{
    if (!v.value(QLatin1String("sbp")).isDouble() || !v.value(QLatin1String("dbp")).isDouble())
        return std::nullopt;
    return BloodPressure{v.value(QLatin1String("sbp")).toInt(), v.value(QLatin1String("dbp")).toInt()};
}

QList<Suggestion> runRules(const FormDefinition &form, const QJsonObject &v, const std::optional<VisitOutcome> &previous,
                           const RuleParameters &p)
{
    QList<Suggestion> out;
    const auto bp = bloodPressure(v);
    const QStringList danger = codesOf(v.value(QLatin1String("dangerSigns")));
    const QJsonValue glucose = v.value(QLatin1String("fastingGlucose"));
    for (const QString &rule : form.rules()) {
        if (rule == QLatin1String("hypertension.control") && bp)
            out << hypertensionControl(*bp, p);
        else if (rule == QLatin1String("hypertension.urgentReferral")) {
            if (auto s = hypertensionUrgentReferral(bp, danger, p))
                out << *s;
        } else if (rule == QLatin1String("diabetes.control") && glucose.isDouble())
            out << diabetesControl(glucose.toDouble(), p);
        else if (rule == QLatin1String("diabetes.urgentReferral")) {
            if (auto s = diabetesUrgentReferral(glucose.isDouble() ? std::optional<double>(glucose.toDouble()) : std::nullopt,
                                                bp, danger, p))
                out << *s;
        } else if (rule == QLatin1String("selfcare.band") && v.value(QLatin1String("totalScore")).isDouble())
            out << selfCareBand(v.value(QLatin1String("totalScore")).toInt(), p);
    }
    if (form.rules().contains(QLatin1String("followup.nextVisit"))) {
        Evaluation partial;
        partial.values = v;
        partial.suggestions = out;
        const VisitOutcome current = visitOutcome(form, partial);
        if (current.date.isValid())
            out << nextVisit(current, previous, p);
    }
    return out;
}
} // namespace

int ageInYears(const QDate &birth, const QDate &at)
{
    if (!birth.isValid() || !at.isValid())
        return -1;
    int years = at.year() - birth.year();
    if (at.month() < birth.month() || (at.month() == birth.month() && at.day() < birth.day()))
        --years;
    return years;
}

int ageInMonths(const QDate &birth, const QDate &at)
{
    if (!birth.isValid() || !at.isValid())
        return -1;
    int months = (at.year() - birth.year()) * 12 + at.month() - birth.month();
    if (at.day() < birth.day() && at.addDays(1).month() == at.month())
        --months; // not yet the day of the month (month ends count as reached)
    return months;
}

const FieldIssue *Evaluation::issueFor(const QString &field) const
{
    for (const FieldIssue &i : issues)
        if (i.field == field)
            return &i;
    return nullptr;
}

std::optional<Suggestion> Evaluation::suggestion(SuggestionKind kind) const
{
    for (const Suggestion &s : suggestions)
        if (s.kind == kind)
            return s;
    return std::nullopt;
}

bool conditionHolds(const Condition &c, const QJsonObject &values, const FormContext &ctx)
{
    if (c.isEmpty())
        return true;
    const QJsonValue v = lookup(c.field, values, ctx);
    if (isBlank(v))
        return false;
    if (c.filled)
        return true;
    if (c.atLeast || c.below) {
        const auto n = numberOf(v);
        return n && (!c.atLeast || *n >= *c.atLeast) && (!c.below || *n < *c.below);
    }
    const QStringList codes = codesOf(v);
    bool match = c.in.isEmpty();
    for (const QString &code : codes)
        if (c.in.contains(code))
            match = true;
    if (!c.notIn.isEmpty()) {
        bool onlyExcluded = true;
        for (const QString &code : codes)
            if (!c.notIn.contains(code))
                onlyExcluded = false;
        if (onlyExcluded)
            return false;
    }
    return match;
}

Evaluation evaluateForm(const FormDefinition &form, const QJsonObject &input, const FormContext &context,
                        const std::optional<VisitOutcome> &previous, const RuleParameters &parameters)
{
    Evaluator ev(form, context);
    Evaluation out;
    // Pass 1: normalise what was entered (conditions refer to normalised codes).
    QJsonObject values;
    for (const FieldDef *f : form.fields()) {
        if (f->isComputed())
            continue;
        const QJsonValue raw = input.value(f->key);
        if (isBlank(raw))
            continue;
        const QJsonValue n = ev.normalize(*f, raw, f->key);
        if (!n.isUndefined() && !isBlank(n))
            values.insert(f->key, n);
    }
    // Pass 2: drop fields whose condition fails, require what applies, compute.
    for (const SectionDef &s : form.sections()) {
        const bool sectionActive = conditionHolds(s.when, values, context);
        for (const FieldDef &f : s.fields) {
            const bool active = sectionActive && conditionHolds(f.when, values, context);
            if (!active) {
                values.remove(f.key);
                continue;
            }
            if (f.isComputed()) {
                const QJsonValue c = ev.compute(f, values, parameters);
                if (isBlank(c))
                    values.remove(f.key);
                else
                    values.insert(f.key, c);
                continue;
            }
        }
    }
    out.issues = ev.takeIssues();
    for (const SectionDef &s : form.sections()) {
        if (!conditionHolds(s.when, values, context))
            continue;
        for (const FieldDef &f : s.fields)
            if (f.required && !f.isComputed() && conditionHolds(f.when, values, context) && !values.contains(f.key)
                && !out.issueFor(f.key))
                out.issues << FieldIssue{f.key, f.label, ErrorCode::RequiredFieldMissing, {}};
    }
    for (const CrossCheck &c : form.checks()) {
        const QJsonValue a = lookup(c.field, values, context), b = lookup(c.other, values, context);
        if (isBlank(a) || isBlank(b) || out.issueFor(c.field))
            continue;
        bool good = true;
        if (c.kind == QLatin1String("greater"))
            good = a.toDouble() > b.toDouble();
        else if (c.kind == QLatin1String("after"))
            good = a.toString() > b.toString(); // ISO dates order as strings
        else if (c.kind == QLatin1String("notAfter"))
            good = a.toString() <= b.toString();
        if (!good) {
            const FieldDef *f = form.field(c.field);
            out.issues << FieldIssue{c.field, f ? f->label : c.field, ErrorCode::ValuesInconsistent, c.kind + QLatin1Char(':') + c.other};
        }
    }
    out.values = values;
    out.suggestions = runRules(form, values, previous, parameters);
    return out;
}

VisitOutcome visitOutcome(const FormDefinition &form, const Evaluation &e)
{
    VisitOutcome o;
    const QJsonObject &v = e.values;
    o.date = QDate::fromString(v.value(form.visitDateField()).toString(), Qt::ISODate);
    const QString classification = v.value(QLatin1String("classification")).toString();
    bool measured = false;
    for (const Suggestion &s : e.suggestions) {
        if (s.kind == SuggestionKind::Uncontrolled) {
            o.controlled = false;
            measured = true;
        } else if (s.kind == SuggestionKind::Controlled) {
            measured = true;
        } else if (s.kind == SuggestionKind::UrgentReferral && s.field == QLatin1String("referral")) {
            o.urgentReferral = true;
        }
    }
    if (!measured && classification == QLatin1String("2"))
        o.controlled = false;
    o.adverseReaction = v.value(QLatin1String("adverseReaction")).toString() == QLatin1String("2")
        || classification == QLatin1String("3");
    o.newComplication = classification == QLatin1String("4");
    return o;
}

QJsonObject carriedForward(const FormDefinition &form, const QJsonObject &lastValues)
{
    QJsonObject out;
    for (const FieldDef *f : form.fields())
        if (f->carryForward && lastValues.contains(f->key))
            out.insert(f->key, lastValues.value(f->key));
    return out;
}

QJsonObject exampleValues(const FormDefinition &form, const FormContext &ctx)
{
    auto generated = [&](const FieldDef &f) -> QJsonValue {
        if (!f.example.isUndefined() && !f.example.isNull()) {
            // Dates may be given relative to today: "+14" days.
            if (f.type == FieldType::Date && f.example.toString().startsWith(QLatin1Char('+')))
                return ctx.today.addDays(f.example.toString().mid(1).toInt()).toString(Qt::ISODate);
            if (f.type == FieldType::Date && f.example.toString().startsWith(QLatin1Char('-')))
                return ctx.today.addDays(f.example.toString().toInt()).toString(Qt::ISODate);
            return f.example;
        }
        switch (f.type) {
        case FieldType::Text: return QStringLiteral("无");
        case FieldType::Integer:
        case FieldType::Number: {
            const double lo = f.min.value_or(0), hi = f.max.value_or(lo + 10);
            return f.type == FieldType::Integer ? QJsonValue(qint64(std::floor((lo + hi) / 2))) : QJsonValue((lo + hi) / 2);
        }
        case FieldType::Date: return ctx.today.toString(Qt::ISODate);
        case FieldType::Choice: {
            const CodeSet *set = form.valueSet(f.valueSet);
            return set ? set->codes.first().code : QString();
        }
        case FieldType::Multi: {
            const CodeSet *set = form.valueSet(f.valueSet);
            return QJsonArray{set ? set->codes.first().code : QString()};
        }
        case FieldType::Table: return QJsonArray();
        }
        return {};
    };
    QJsonObject v;
    for (const SectionDef &s : form.sections()) {
        for (const FieldDef &f : s.fields) {
            if (f.isComputed())
                continue;
            if (!conditionHolds(s.when, v, ctx) || !conditionHolds(f.when, v, ctx))
                continue;
            if (f.required || !f.example.isUndefined())
                v.insert(f.key, generated(f));
        }
    }
    return v;
}

} // namespace cliniclink::publichealth
