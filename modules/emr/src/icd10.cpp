#include "cliniclink/emr/icd10.h"

#include "cliniclink/core/pinyin.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cliniclink::emr {

namespace {
QString compactCode(const QString &code) { return code.toUpper().remove(u'.').remove(u' '); }

bool isCodeQuery(const QString &q) { return !q.isEmpty() && q.at(0).isLetter() && q.at(0).unicode() < 128 && q.size() > 1 && q.at(1).isDigit(); }
} // namespace

const DiagnosisCatalogue &DiagnosisCatalogue::builtIn()
{
    static const DiagnosisCatalogue catalogue = [] {
        QFile f(u":/cliniclink/emr/icd10-primary-care.json"_s);
        f.open(QIODevice::ReadOnly);
        auto c = fromJson(f.readAll());
        Q_ASSERT(c.has_value()); // compiled in; tst_icd10search checks it loads
        return c ? *c : DiagnosisCatalogue();
    }();
    return catalogue;
}

Result<DiagnosisCatalogue> DiagnosisCatalogue::fromJson(const QByteArray &json)
{
    const QJsonObject doc = QJsonDocument::fromJson(json).object();
    DiagnosisCatalogue c;
    c.m_system = doc.value(u"system"_s).toString();
    c.m_version = doc.value(u"version"_s).toString();
    if (c.m_system.isEmpty() || c.m_version.isEmpty())
        return fail(ErrorCode::CodeSetsInvalid, u"diagnosis table needs system and version"_s);
    for (const QJsonValue &v : doc.value(u"entries"_s).toArray()) {
        const QJsonObject e = v.toObject();
        DiagnosisCode d{e.value(u"code"_s).toString().trimmed().toUpper(), e.value(u"name"_s).toString().trimmed(), {}};
        if (d.code.isEmpty() || d.name.isEmpty())
            return fail(ErrorCode::CodeSetsInvalid, u"diagnosis entry without code or name"_s);
        // Editable initials (polyphonic characters) win over the computed reading.
        d.initials = e.value(u"initials"_s).toString();
        if (d.initials.isEmpty())
            d.initials = pinyinInitials(pinyinSyllables(d.name));
        c.m_entries.append(d);
    }
    if (c.m_entries.isEmpty())
        return fail(ErrorCode::CodeSetsInvalid, u"diagnosis table is empty"_s);
    return c;
}

Result<DiagnosisCatalogue> DiagnosisCatalogue::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoError, u"cannot read diagnosis table"_s);
    return fromJson(f.readAll());
}

const DiagnosisCode *DiagnosisCatalogue::find(const QString &code) const
{
    const QString c = code.trimmed().toUpper();
    for (const DiagnosisCode &d : m_entries)
        if (d.code == c)
            return &d;
    return nullptr;
}

QList<DiagnosisCode> DiagnosisCatalogue::search(const QString &text, int limit) const
{
    const QString q = text.trimmed();
    if (q.isEmpty())
        return {};
    struct Hit {
        int rank;
        int index;
    };
    QList<Hit> hits;
    const QString code = compactCode(q);
    const QString lower = q.toLower().remove(u' ');
    const bool ascii = std::all_of(q.begin(), q.end(), [](QChar ch) { return ch.unicode() < 128; });
    for (int i = 0; i < m_entries.size(); ++i) {
        const DiagnosisCode &d = m_entries.at(i);
        const QString dc = compactCode(d.code);
        int rank = -1;
        if (isCodeQuery(code) && dc == code)
            rank = 0;
        else if (isCodeQuery(code) && dc.startsWith(code))
            rank = 1;
        else if (ascii && d.initials.startsWith(lower))
            rank = d.initials == lower ? 2 : 3;
        else if (!ascii && d.name.contains(q))
            rank = d.name.startsWith(q) ? 4 : 5;
        if (rank >= 0)
            hits.append({rank, i});
    }
    std::stable_sort(hits.begin(), hits.end(), [&](const Hit &a, const Hit &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        return m_entries.at(a.index).code < m_entries.at(b.index).code;
    });
    QList<DiagnosisCode> out;
    for (const Hit &h : hits) {
        if (out.size() >= limit)
            break;
        out.append(m_entries.at(h.index));
    }
    return out;
}

} // namespace cliniclink::emr
