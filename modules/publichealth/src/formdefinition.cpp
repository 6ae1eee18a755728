#include "cliniclink/publichealth/formdefinition.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cliniclink::publichealth {

namespace {
QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

Error invalid(const QString &where) { return Error{ErrorCode::FormDefinitionInvalid, where, {}}; }

std::optional<double> optionalNumber(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        out << v.toString();
    for (const QJsonValue &x : v.toArray())
        out << (x.isDouble() ? QString::number(x.toInt()) : x.toString());
    return out;
}

Result<FieldType> parseType(const QString &t)
{
    static const QHash<QString, FieldType> types{
        {QStringLiteral("text"), FieldType::Text},     {QStringLiteral("integer"), FieldType::Integer},
        {QStringLiteral("number"), FieldType::Number}, {QStringLiteral("date"), FieldType::Date},
        {QStringLiteral("choice"), FieldType::Choice}, {QStringLiteral("multi"), FieldType::Multi},
        {QStringLiteral("table"), FieldType::Table}};
    if (t.isEmpty())
        return FieldType::Text;
    const auto it = types.find(t);
    if (it == types.end())
        return tl::unexpected(invalid(QStringLiteral("type ") + t));
    return *it;
}

Condition parseCondition(const QJsonValue &v)
{
    Condition c;
    const QJsonObject o = v.toObject();
    c.field = str(o, "field");
    c.in = strings(o.value(QLatin1String("in")));
    c.notIn = strings(o.value(QLatin1String("notIn")));
    c.atLeast = optionalNumber(o, "atLeast");
    c.below = optionalNumber(o, "below");
    c.filled = o.value(QLatin1String("filled")).toBool();
    return c;
}

Computation parseComputation(const QJsonValue &v)
{
    Computation c;
    const QJsonObject o = v.toObject();
    c.function = str(o, "fn");
    c.arguments = strings(o.value(QLatin1String("args")));
    return c;
}

Result<FieldDef> parseField(const QJsonObject &o, const QString &where)
{
    FieldDef f;
    f.key = str(o, "key");
    f.label = str(o, "label");
    if (f.key.isEmpty() || f.label.isEmpty())
        return tl::unexpected(invalid(where + QStringLiteral(": field without key or label")));
    auto type = parseType(str(o, "type"));
    if (!type)
        return tl::unexpected(type.error());
    f.type = *type;
    f.valueSet = str(o, "valueSet");
    f.unit = str(o, "unit");
    f.required = o.value(QLatin1String("required")).toBool();
    f.min = optionalNumber(o, "min");
    f.max = optionalNumber(o, "max");
    f.decimals = o.value(QLatin1String("decimals")).toInt(f.type == FieldType::Number ? 1 : 0);
    f.maxLength = o.value(QLatin1String("maxLength")).toInt(200);
    f.when = parseCondition(o.value(QLatin1String("when")));
    f.exclusiveCode = str(o, "exclusive");
    f.compute = parseComputation(o.value(QLatin1String("compute")));
    f.carryForward = o.value(QLatin1String("carryForward")).toBool();
    f.hint = str(o, "hint");
    f.example = o.value(QLatin1String("example"));
    f.maxRows = o.value(QLatin1String("maxRows")).toInt(f.type == FieldType::Table ? 10 : 0);
    f.rowsFrom = str(o, "rowsFrom");
    for (const QJsonValue &c : o.value(QLatin1String("columns")).toArray()) {
        auto col = parseField(c.toObject(), where + QLatin1Char('.') + f.key);
        if (!col)
            return col;
        if (col->type == FieldType::Table)
            return tl::unexpected(invalid(where + QStringLiteral(": nested table")));
        f.columns << *col;
    }
    if ((f.type == FieldType::Choice || f.type == FieldType::Multi) && f.valueSet.isEmpty())
        return tl::unexpected(invalid(where + QLatin1Char('.') + f.key + QStringLiteral(": no value set")));
    if (f.type == FieldType::Table && f.columns.isEmpty())
        return tl::unexpected(invalid(where + QLatin1Char('.') + f.key + QStringLiteral(": table without columns")));
    return f;
}

void collectValueSetIds(const FieldDef &f, QStringList &out)
{
    if (!f.valueSet.isEmpty())
        out << f.valueSet;
    if (!f.rowsFrom.isEmpty())
        out << f.rowsFrom;
    for (const FieldDef &c : f.columns)
        collectValueSetIds(c, out);
}
} // namespace

Result<CodeSet> parseValueSet(const QString &id, const QJsonValue &value)
{
    CodeSet set;
    set.id = id;
    QJsonArray entries;
    if (value.isArray()) {
        entries = value.toArray();
    } else {
        const QJsonObject o = value.toObject();
        set.source = str(o, "source");
        set.verified = o.value(QLatin1String("verified")).toBool(true);
        entries = o.value(QLatin1String("codes")).toArray();
    }
    for (const QJsonValue &e : entries) {
        Code c;
        if (e.isString()) {
            // "1 门诊": code, one space, label.
            const QString s = e.toString();
            const qsizetype space = s.indexOf(QLatin1Char(' '));
            if (space <= 0)
                return tl::unexpected(invalid(QStringLiteral("value set ") + id));
            c.code = s.left(space);
            c.label = s.mid(space + 1).trimmed();
        } else {
            const QJsonObject o = e.toObject();
            c.code = str(o, "code");
            c.label = str(o, "label");
            c.aliases = strings(o.value(QLatin1String("aliases")));
        }
        if (c.code.isEmpty() || c.label.isEmpty())
            return tl::unexpected(invalid(QStringLiteral("value set ") + id));
        set.codes << c;
    }
    if (set.codes.isEmpty())
        return tl::unexpected(invalid(QStringLiteral("empty value set ") + id));
    return set;
}

Result<FormDefinition> FormDefinition::fromJson(const QByteArray &json, const QHash<QString, CodeSet> &shared)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return tl::unexpected(invalid(QStringLiteral("not JSON: ") + err.errorString()));
    const QJsonObject o = doc.object();
    FormDefinition d;
    d.m_id = str(o, "id");
    d.m_version = o.value(QLatin1String("version")).toInt();
    d.m_title = str(o, "title");
    d.m_edition = str(o, "edition");
    d.m_source = str(o, "source");
    d.m_kind = str(o, "kind");
    d.m_population = str(o, "population");
    d.m_visitDateField = str(o, "visitDateField");
    d.m_nextVisitField = str(o, "nextVisitField");
    d.m_rules = strings(o.value(QLatin1String("rules")));
    if (d.m_id.isEmpty() || d.m_version < 1 || d.m_title.isEmpty())
        return tl::unexpected(invalid(QStringLiteral("id, version or title missing")));

    const QJsonObject sets = o.value(QLatin1String("valueSets")).toObject();
    for (auto it = sets.begin(); it != sets.end(); ++it) {
        auto set = parseValueSet(it.key(), it.value());
        if (!set)
            return tl::unexpected(set.error());
        d.m_valueSets.insert(it.key(), *set);
    }
    QSet<QString> keys;
    for (const QJsonValue &sv : o.value(QLatin1String("sections")).toArray()) {
        const QJsonObject so = sv.toObject();
        SectionDef s;
        s.id = str(so, "id");
        s.title = str(so, "title");
        s.when = parseCondition(so.value(QLatin1String("when")));
        for (const QJsonValue &fv : so.value(QLatin1String("fields")).toArray()) {
            auto f = parseField(fv.toObject(), d.m_id + QLatin1Char('/') + s.id);
            if (!f)
                return tl::unexpected(f.error());
            if (keys.contains(f->key))
                return tl::unexpected(invalid(d.m_id + QStringLiteral(": duplicate field ") + f->key));
            keys.insert(f->key);
            s.fields << *f;
        }
        d.m_sections << s;
    }
    if (d.m_sections.isEmpty())
        return tl::unexpected(invalid(d.m_id + QStringLiteral(": no sections")));

    // Every referenced value set must resolve; conditions and checks must name real fields.
    QStringList setIds;
    for (const FieldDef *f : d.fields())
        collectValueSetIds(*f, setIds);
    for (const QString &id : std::as_const(setIds)) {
        if (d.m_valueSets.contains(id))
            continue;
        if (!shared.contains(id))
            return tl::unexpected(invalid(d.m_id + QStringLiteral(": unknown value set ") + id));
        d.m_valueSets.insert(id, shared.value(id));
    }
    auto known = [&](const QString &k) { return k.startsWith(QLatin1Char('@')) || keys.contains(k); };
    for (const SectionDef &s : std::as_const(d.m_sections)) {
        if (!s.when.isEmpty() && !known(s.when.field))
            return tl::unexpected(invalid(d.m_id + QStringLiteral(": condition on unknown field ") + s.when.field));
        for (const FieldDef &f : s.fields) {
            if (!f.when.isEmpty() && !known(f.when.field))
                return tl::unexpected(invalid(d.m_id + QStringLiteral(": condition on unknown field ") + f.when.field));
            for (const QString &a : f.compute.arguments)
                if (!known(a) && !a.contains(QLatin1Char('=')))
                    return tl::unexpected(invalid(d.m_id + QStringLiteral(": computation uses unknown field ") + a));
        }
    }
    for (const QJsonValue &cv : o.value(QLatin1String("checks")).toArray()) {
        const QJsonObject co = cv.toObject();
        CrossCheck c{str(co, "kind"), str(co, "field"), str(co, "other")};
        if (!known(c.field) || !known(c.other))
            return tl::unexpected(invalid(d.m_id + QStringLiteral(": check on unknown field")));
        d.m_checks << c;
    }
    for (const QString &k : {d.m_visitDateField, d.m_nextVisitField})
        if (!k.isEmpty() && !keys.contains(k))
            return tl::unexpected(invalid(d.m_id + QStringLiteral(": unknown date field ") + k));
    return d;
}

const FieldDef *FormDefinition::field(const QString &key) const
{
    for (const SectionDef &s : m_sections)
        for (const FieldDef &f : s.fields)
            if (f.key == key)
                return &f;
    return nullptr;
}

QList<const FieldDef *> FormDefinition::fields() const
{
    QList<const FieldDef *> out;
    for (const SectionDef &s : m_sections)
        for (const FieldDef &f : s.fields)
            out << &f;
    return out;
}

const CodeSet *FormDefinition::valueSet(const QString &id) const
{
    const auto it = m_valueSets.constFind(id);
    return it == m_valueSets.constEnd() ? nullptr : &*it;
}

} // namespace cliniclink::publichealth
