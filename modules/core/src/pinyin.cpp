#include "cliniclink/core/pinyin.h"

#include "cliniclink/core/logging.h"

#include <QHash>
#include <QMutex>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <memory>

namespace cliniclink {

namespace {
struct Transliterator {
    QMutex mutex; // ICU transliterators are not safe for concurrent use
    std::unique_ptr<icu::Transliterator> icu;
    QHash<char32_t, QString> cache;

    Transliterator()
    {
        UErrorCode status = U_ZERO_ERROR;
        icu.reset(icu::Transliterator::createInstance(icu::UnicodeString("Han-Latin; Latin-ASCII", -1, US_INV),
                                                      UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            qCWarning(lcCore) << "ICU Han-Latin transliterator unavailable:" << u_errorName(status);
            icu.reset();
        }
    }

    QString readingLocked(char32_t cp)
    {
        auto it = cache.constFind(cp);
        if (it != cache.constEnd())
            return *it;
        QString out;
        if (icu) {
            icu::UnicodeString s{static_cast<UChar32>(cp)};
            icu->transliterate(s);
            out = QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length()).trimmed().toLower();
            // Keep letters only: a reading is one plain syllable.
            out.removeIf([](QChar c) { return !(c >= QLatin1Char('a') && c <= QLatin1Char('z')); });
        }
        cache.insert(cp, out);
        return out;
    }
};

Transliterator &instance()
{
    static Transliterator t;
    return t;
}

bool isHan(char32_t cp)
{
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(UChar32(cp), &status) == USCRIPT_HAN && U_SUCCESS(status);
}
} // namespace

QStringList pinyinSyllables(const QString &text)
{
    QStringList out;
    Transliterator &t = instance();
    QMutexLocker lock(&t.mutex);
    for (char32_t cp : text.toUcs4()) {
        if (cp < 0x80) {
            const QChar c(static_cast<char16_t>(cp));
            out << (c.isLetterOrNumber() ? QString(c.toLower()) : QString());
        } else if (isHan(cp)) {
            out << t.readingLocked(cp);
        } else {
            out << QString();
        }
    }
    return out;
}

QString pinyinFull(const QStringList &syllables) { return syllables.join(QString()); }

QString pinyinInitials(const QStringList &syllables)
{
    QString out;
    for (const QString &s : syllables)
        if (!s.isEmpty())
            out += s.at(0);
    return out;
}

bool pinyinAvailable()
{
    Transliterator &t = instance();
    QMutexLocker lock(&t.mutex);
    return bool(t.icu);
}

} // namespace cliniclink
