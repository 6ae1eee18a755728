#pragma once

#include <QString>
#include <QStringList>

namespace cliniclink {

// Hanzi → Hanyu Pinyin through ICU's "Han-Latin; Latin-ASCII" transliterator (lower-case ASCII,
// no tone marks; ü becomes u as ICU's Latin-ASCII does).
//
// One entry per character of the input, so a caller can replace the reading of single
// characters (e.g. a polyphonic surname: ICU reads 单 as "dan", as a surname it is "shan").
// Han characters give their syllable; ASCII letters and digits give themselves in lower case;
// whitespace and punctuation give an empty entry. Thread-safe; readings are cached per
// character because creating and running the transliterator is comparatively slow.
QStringList pinyinSyllables(const QString &text);

// The syllables joined without separators ("zhangsan") and their first letters ("zs").
// Empty entries are skipped.
QString pinyinFull(const QStringList &syllables);
QString pinyinInitials(const QStringList &syllables);

// False when ICU could not create the transliterator (a broken installation); every
// pinyinSyllables() entry for Han characters is then empty.
bool pinyinAvailable();

} // namespace cliniclink
