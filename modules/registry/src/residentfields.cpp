#include "cliniclink/registry/residentfields.h"

#include "cliniclink/registry/idnumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cliniclink::registry {

namespace {
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

// Nested keys ("environment.water") are one level deep in the form.
QJsonValue valueAt(const QJsonObject &o, const QString &key)
{
    const int dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return o.value(key);
    return o.value(key.left(dot)).toObject().value(key.mid(dot + 1));
}

void setValueAt(QJsonObject &o, const QString &key, const QJsonValue &v)
{
    const int dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        o.insert(key, v);
        return;
    }
    QJsonObject inner = o.value(key.left(dot)).toObject();
    inner.insert(key.mid(dot + 1), v);
    o.insert(key.left(dot), inner);
}

bool isBlank(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())
        || (v.isArray() && v.toArray().isEmpty());
}

QString text(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toString().trimmed();
}
} // namespace

QDate parseLooseDate(const QString &input)
{
    static const QRegularExpression sep(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    const QString s = input.trimmed();
    if (s.size() == 8 && s.toLongLong() > 0)
        return QDate::fromString(s, QStringLiteral("yyyyMMdd"));
    const auto m = sep.match(s);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

QString normalizePhone(const QString &input)
{
    QString digits;
    for (QChar c : input)
        if (c.isDigit())
            digits += c;
    if (digits.startsWith(QLatin1String("86")) && digits.size() == 13)
        digits = digits.mid(2);
    return digits.size() >= 7 && digits.size() <= 12 ? digits : QString();
}

const ResidentFields &ResidentFields::builtIn()
{
    static const ResidentFields fields = [] {
        auto r = fromJson(registryData(QStringLiteral("resident-fields.json")), CodeSets::builtIn());
        Q_ASSERT_X(r.has_value(), "ResidentFields::builtIn", "compiled-in resident-fields.json invalid");
        return r ? *r : ResidentFields();
    }();
    return fields;
}

Result<ResidentFields> ResidentFields::fromJson(const QByteArray &json, const CodeSets &codeSets)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    ResidentFields out;
    out.m_codeSets = codeSets;
    out.m_version = root.value(QStringLiteral("version")).toInt();
    for (const QJsonValue &v : root.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        FieldSpec spec{f.value(QStringLiteral("key")).toString(), f.value(QStringLiteral("codeSet")).toString(),
                       f.value(QStringLiteral("type")).toString(), f.value(QStringLiteral("required")).toBool(),
                       f.value(QStringLiteral("multiple")).toBool(), f.value(QStringLiteral("itemKey")).toString()};
        if (spec.key.isEmpty() || (!spec.codeSet.isEmpty() && !codeSets.set(spec.codeSet)))
            return fail(ErrorCode::CodeSetsInvalid, QStringLiteral("field without key or with unknown value set"), spec.key);
        out.m_fields << spec;
    }
    if (out.m_version < 1 || out.m_fields.isEmpty())
        return fail(ErrorCode::CodeSetsInvalid, QStringLiteral("version and fields required"));
    return out;
}

Result<QJsonObject> ResidentFields::normalize(const QJsonObject &input, const QDate &today) const
{
    QJsonObject out = input;
    // The ID number first: it supplies or checks sex and birth date.
    std::optional<IdNumber> id;
    const QString idText = text(input.value(QStringLiteral("idNumber")));
    if (!idText.isEmpty()) {
        auto parsed = parseIdNumber(idText, today);
        if (!parsed)
            return fail(ErrorCode::InvalidIdNumber, QStringLiteral("idNumber"), parsed.error().detail);
        id = *parsed;
        out.insert(QStringLiteral("idNumber"), id->value);
    } else {
        out.remove(QStringLiteral("idNumber"));
    }

    for (const FieldSpec &f : m_fields) {
        const QJsonValue v = valueAt(input, f.key);
        if (f.key == QLatin1String("idNumber"))
            continue;
        if (isBlank(v)) {
            if (f.key == QLatin1String("birthDate") && id) {
                out.insert(f.key, id->birthDate.toString(kDateFormat));
                continue;
            }
            if (f.key == QLatin1String("sex") && id) {
                out.insert(f.key, id->sexCode);
                continue;
            }
            if (f.required)
                return fail(ErrorCode::RequiredFieldMissing, f.key);
            continue;
        }
        if (f.type == QLatin1String("date")) {
            const QDate d = parseLooseDate(text(v));
            if (!d.isValid() || d > today || d.year() < 1880)
                return fail(ErrorCode::InvalidDate, f.key);
            if (f.key == QLatin1String("birthDate") && id && d != id->birthDate)
                return fail(ErrorCode::BirthDateContradictsIdNumber, f.key);
            setValueAt(out, f.key, d.toString(kDateFormat));
        } else if (f.type == QLatin1String("phone")) {
            const QString phone = normalizePhone(text(v));
            if (phone.isEmpty())
                return fail(ErrorCode::InvalidPhoneNumber, f.key);
            setValueAt(out, f.key, phone);
        } else if (!f.codeSet.isEmpty()) {
            const CodeSet &set = *m_codeSets.set(f.codeSet);
            auto normalizeOne = [&](const QString &in) -> Result<QString> {
                const QString code = set.normalize(in);
                if (code.isEmpty())
                    return fail(ErrorCode::InvalidCode, f.key);
                return code;
            };
            if (f.multiple) {
                QJsonArray items;
                const QJsonArray given = v.isArray() ? v.toArray() : QJsonArray{v};
                for (const QJsonValue &item : given) {
                    if (!f.itemKey.isEmpty() && item.isObject()) {
                        QJsonObject o = item.toObject();
                        auto code = normalizeOne(text(o.value(f.itemKey)));
                        if (!code)
                            return fail(code.error());
                        o.insert(f.itemKey, *code);
                        items.append(o);
                    } else {
                        auto code = normalizeOne(text(item));
                        if (!code)
                            return fail(code.error());
                        items.append(f.itemKey.isEmpty() ? QJsonValue(*code) : QJsonObject{{f.itemKey, *code}});
                    }
                }
                setValueAt(out, f.key, items);
            } else {
                auto code = normalizeOne(text(v));
                if (!code)
                    return fail(code.error());
                if (f.key == QLatin1String("sex") && id && (*code == QLatin1String("1") || *code == QLatin1String("2"))
                    && *code != id->sexCode)
                    return fail(ErrorCode::SexContradictsIdNumber, f.key);
                setValueAt(out, f.key, *code);
            }
        } else if (v.isString()) {
            setValueAt(out, f.key, v.toString().trimmed());
        }
    }
    return out;
}

} // namespace cliniclink::registry
