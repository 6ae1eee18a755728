#include "cliniclink/registry/codesets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cliniclink::registry {

namespace {
QString squeeze(const QString &s)
{
    QString out = s;
    out.removeIf([](QChar c) { return c.isSpace(); });
    return out;
}
} // namespace

bool CodeSet::contains(const QString &code) const
{
    for (const Code &c : codes)
        if (c.code == code)
            return true;
    return false;
}

QString CodeSet::label(const QString &code) const
{
    for (const Code &c : codes)
        if (c.code == code)
            return c.label;
    return {};
}

QString CodeSet::normalize(const QString &input) const
{
    const QString s = squeeze(input);
    if (s.isEmpty())
        return {};
    for (const Code &c : codes)
        if (c.code == s)
            return c.code;
    // "1" for a two-digit set such as ethnicity ("01").
    bool isNumber = false;
    const int n = s.toInt(&isNumber);
    if (isNumber)
        for (const Code &c : codes)
            if (c.code.toInt() == n && c.code.size() > s.size())
                return c.code;
    for (const Code &c : codes) {
        if (c.label == s)
            return c.code;
        for (const QString &a : c.aliases)
            if (a.compare(s, Qt::CaseInsensitive) == 0)
                return c.code;
    }
    return {};
}

QByteArray registryData(const QString &name)
{
    QFile f(QStringLiteral(":/cliniclink/registry/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const CodeSets &CodeSets::builtIn()
{
    static const CodeSets sets = [] {
        auto r = fromJson(registryData(QStringLiteral("codesets.json")));
        Q_ASSERT_X(r.has_value(), "CodeSets::builtIn", "compiled-in codesets.json invalid");
        return r ? *r : CodeSets();
    }();
    return sets;
}

Result<CodeSets> CodeSets::fromJson(const QByteArray &json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::CodeSetsInvalid, QStringLiteral("not a JSON object"));
    const QJsonObject root = doc.object();
    CodeSets out;
    out.m_version = root.value(QStringLiteral("version")).toInt();
    const QJsonObject sets = root.value(QStringLiteral("sets")).toObject();
    if (out.m_version < 1 || sets.isEmpty())
        return fail(ErrorCode::CodeSetsInvalid, QStringLiteral("version and sets required"));
    for (auto it = sets.begin(); it != sets.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        CodeSet set;
        set.id = it.key();
        set.source = o.value(QStringLiteral("source")).toString();
        set.verified = o.value(QStringLiteral("verified")).toBool();
        for (const QJsonValue &v : o.value(QStringLiteral("codes")).toArray()) {
            const QJsonObject c = v.toObject();
            Code code{c.value(QStringLiteral("code")).toString(), c.value(QStringLiteral("label")).toString(), {}};
            for (const QJsonValue &a : c.value(QStringLiteral("aliases")).toArray())
                code.aliases << a.toString();
            if (code.code.isEmpty() || code.label.isEmpty() || set.contains(code.code))
                return fail(ErrorCode::CodeSetsInvalid, QStringLiteral("bad or repeated code"), set.id);
            set.codes << code;
        }
        if (set.codes.isEmpty())
            return fail(ErrorCode::CodeSetsInvalid, QStringLiteral("empty set"), set.id);
        out.m_sets.insert(set.id, set);
    }
    return out;
}

Result<CodeSets> CodeSets::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoError, QStringLiteral("cannot read code sets"));
    return fromJson(f.readAll());
}

const CodeSet *CodeSets::set(const QString &id) const
{
    auto it = m_sets.constFind(id);
    return it == m_sets.constEnd() ? nullptr : &*it;
}

} // namespace cliniclink::registry
