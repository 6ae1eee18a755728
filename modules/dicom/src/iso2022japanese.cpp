#include "iso2022japanese.h"

#include <iconv.h>

#include <cerrno>

namespace cliniclink::dicom::internal {

namespace {
QString eucJpToUnicode(const QByteArray &euc, bool *ok)
{
    if (euc.isEmpty())
        return {};
    iconv_t cd = iconv_open("UTF-8", "EUC-JP");
    if (cd == iconv_t(-1)) {
        *ok = false;
        return {};
    }
    QByteArray out(euc.size() * 3 + 8, '\0');
    char *in = const_cast<char *>(euc.constData());
    size_t inLeft = size_t(euc.size());
    char *o = out.data();
    size_t outLeft = size_t(out.size());
    if (iconv(cd, &in, &inLeft, &o, &outLeft) == size_t(-1))
        *ok = false;
    iconv_close(cd);
    return QString::fromUtf8(out.constData(), out.size() - qsizetype(outLeft));
}
} // namespace

QString decodeIso2022Japanese(const QByteArray &raw)
{
    enum class Mode { Ascii, Jis0208, Jis0212 } mode = Mode::Ascii;
    QString out;
    QByteArray pending; // EUC-JP bytes of the current double-byte run
    bool ok = true;
    auto flush = [&] {
        out += eucJpToUnicode(pending, &ok);
        pending.clear();
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const auto b = static_cast<unsigned char>(raw[i]);
        if (b == 0x1B) {
            flush();
            const QByteArray esc = raw.mid(i + 1, 3);
            if (esc.startsWith("$B") || esc.startsWith("$@")) {
                mode = Mode::Jis0208;
                i += 2;
            } else if (esc.startsWith("$(D")) {
                mode = Mode::Jis0212;
                i += 3;
            } else if (esc.startsWith("(B") || esc.startsWith("(J") || esc.startsWith(")I")) {
                mode = Mode::Ascii;
                i += 2;
            } else {
                return {};
            }
            continue;
        }
        if (mode == Mode::Ascii) {
            if (b >= 0xA1 && b <= 0xDF)
                out += QChar(char16_t(0xFF61 + (b - 0xA1))); // JIS X 0201 half-width katakana (IR 13)
            else if (b < 0x80)
                out += QLatin1Char(char(b));
            else
                return {};
            continue;
        }
        if (b == '\r' || b == '\n' || i + 1 >= raw.size())
            return {};
        if (mode == Mode::Jis0212)
            pending += char(0x8F);
        pending += char(b | 0x80);
        pending += char(static_cast<unsigned char>(raw[++i]) | 0x80);
    }
    flush();
    return ok ? out : QString();
}

} // namespace cliniclink::dicom::internal
