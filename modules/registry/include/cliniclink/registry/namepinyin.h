#pragma once

#include "cliniclink/core/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cliniclink::registry {

// Readings of surnames that ICU's Han-Latin gets wrong because it uses the most common reading
// of the character (单 dan → Shan, 曾 ceng → Zeng, 尉迟 wei chi → Yuchi). Data, not code:
// data/polyphonic-surnames.json, editable per clinic through the registry.
class SurnameReadings {
public:
    static const SurnameReadings &builtIn();
    static Result<SurnameReadings> fromJson(const QByteArray &json); // CodeSetsInvalid
    QByteArray toJson() const;

    // syllables: lower-case letters separated by spaces, one per character ("yu chi").
    // InvalidArgument if the counts differ or a syllable is not plain a–z.
    Result<void> set(const QString &surname, const QString &syllables);
    void remove(const QString &surname);
    QMap<QString, QStringList> entries() const { return m_readings; }

    // Pinyin per character of a full name; the longest listed surname at its start (two
    // characters before one) replaces ICU's reading.
    QStringList syllablesFor(const QString &name) const;

private:
    QMap<QString, QStringList> m_readings;
};

struct NamePinyin {
    QStringList syllables; // one per character, "" for spaces and punctuation
    QString full;          // "shanxiongxin"
    QString initials;      // "sxx"
};

NamePinyin namePinyin(const QString &name, const SurnameReadings &readings = SurnameReadings::builtIn());
// From syllables a user typed ("Shan Xiong Xin"): lower-cased, split on spaces.
NamePinyin namePinyinFromText(const QString &syllables);

} // namespace cliniclink::registry
