#include "cliniclink/registry/namepinyin.h"

#include "cliniclink/core/pinyin.h"
#include "cliniclink/registry/codesets.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cliniclink::registry {

namespace {
bool plainSyllable(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('a') || c > QLatin1Char('z'))
            return false;
    return true;
}

QStringList splitSyllables(const QString &text)
{
    return text.toLower().split(QRegularExpression(QStringLiteral("[\\s'’]+")), Qt::SkipEmptyParts);
}

NamePinyin fromSyllables(const QStringList &syllables)
{
    return NamePinyin{syllables, pinyinFull(syllables), pinyinInitials(syllables)};
}
} // namespace

const SurnameReadings &SurnameReadings::builtIn()
{
    static const SurnameReadings readings = [] {
        auto r = fromJson(registryData(QStringLiteral("polyphonic-surnames.json")));
        Q_ASSERT_X(r.has_value(), "SurnameReadings::builtIn", "compiled-in polyphonic-surnames.json invalid");
        return r ? *r : SurnameReadings();
    }();
    return readings;
}

Result<SurnameReadings> SurnameReadings::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject surnames = doc.object().value(QStringLiteral("surnames")).toObject();
    if (!doc.isObject() || surnames.isEmpty())
        return fail(ErrorCode::CodeSetsInvalid, QStringLiteral("surnames object required"));
    SurnameReadings out;
    for (auto it = surnames.begin(); it != surnames.end(); ++it) {
        auto r = out.set(it.key(), it.value().toString());
        if (!r)
            return fail(ErrorCode::CodeSetsInvalid, QStringLiteral("bad surname reading"));
    }
    return out;
}

QByteArray SurnameReadings::toJson() const
{
    QJsonObject surnames;
    for (auto it = m_readings.begin(); it != m_readings.end(); ++it)
        surnames.insert(it.key(), it.value().join(QLatin1Char(' ')));
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("surnames"), surnames}})
        .toJson(QJsonDocument::Compact);
}

Result<void> SurnameReadings::set(const QString &surname, const QString &syllables)
{
    const QString key = surname.trimmed();
    const QStringList parts = splitSyllables(syllables);
    if (key.isEmpty() || key.toUcs4().size() != parts.size())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("one syllable per character"));
    for (const QString &p : parts)
        if (!plainSyllable(p))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("syllables are letters a-z"));
    m_readings.insert(key, parts);
    return {};
}

void SurnameReadings::remove(const QString &surname) { m_readings.remove(surname.trimmed()); }

QStringList SurnameReadings::syllablesFor(const QString &name) const
{
    const QString trimmed = name.trimmed();
    QStringList syllables = pinyinSyllables(trimmed);
    const QList<uint> ucs4 = trimmed.toUcs4();
    for (int length = 2; length >= 1; --length) {
        if (ucs4.size() < length)
            continue;
        const QString prefix = QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()), length);
        auto it = m_readings.constFind(prefix);
        if (it != m_readings.constEnd()) {
            for (int i = 0; i < length; ++i)
                syllables[i] = it->at(i);
            break;
        }
    }
    return syllables;
}

NamePinyin namePinyin(const QString &name, const SurnameReadings &readings)
{
    return fromSyllables(readings.syllablesFor(name));
}

NamePinyin namePinyinFromText(const QString &syllables) { return fromSyllables(splitSyllables(syllables)); }

} // namespace cliniclink::registry
