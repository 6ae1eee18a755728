#include "charset.h"

#include "iso2022japanese.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcspchrs.h>
#include <dcmtk/dcmdata/dctagkey.h>

namespace cliniclink::dicom::internal {

namespace {
bool isAscii(const QByteArray &raw)
{
    for (char c : raw)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}
} // namespace

TextDecoder::TextDecoder(DcmItem &dataset)
{
    OFString cs;
    if (dataset.findAndGetOFStringArray(DCM_SpecificCharacterSet, cs).good())
        m_declared = QString::fromLatin1(cs.c_str()).trimmed();
}

bool TextDecoder::looksLikeGbk(const QByteArray &raw)
{
    // Latin-1 text intended as such has isolated accented letters between ASCII ("Müller");
    // Chinese text has runs of byte pairs. Only pairs with a high trail byte (the GB2312 area that
    // holds practically all name characters) count, so "Jérôme" stays Latin-1.
    bool sawDoubleByte = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const auto b = static_cast<unsigned char>(raw[i]);
        if (b < 0x80)
            continue;
        if (b == 0x80 || b == 0xFF || i + 1 >= raw.size())
            return false;
        const auto t = static_cast<unsigned char>(raw[i + 1]);
        if (t < 0x80 || t == 0xFF)
            return false;
        sawDoubleByte = true;
        ++i;
    }
    return sawDoubleByte;
}

QString TextDecoder::convert(const QByteArray &raw, const QByteArray &charset, bool personName, bool *ok)
{
    DcmSpecificCharacterSet converter;
    OFString out;
    // PN component delimiters reset ISO 2022 code extensions (PS3.5 6.1.2.5.3).
    const OFString delimiters = personName ? OFString("\\^=") : OFString("\\");
    if (converter.selectCharacterSet(OFString(charset.constData())).good()
        && converter.convertString(raw.constData(), size_t(raw.size()), out, delimiters).good()) {
        *ok = true;
        return QString::fromUtf8(out.c_str(), qsizetype(out.length()));
    }
    *ok = false;
    return {};
}

QString TextDecoder::decodeBytes(const QByteArray &raw, bool personName)
{
    if (isAscii(raw) && !raw.contains('\x1b'))
        return QString::fromLatin1(raw);
    if (m_declared == QLatin1String("ISO_IR 192"))
        return QString::fromUtf8(raw);
    bool ok = false;
    if (!m_declared.isEmpty()) {
        QString s = convert(raw, m_declared.toLatin1(), personName, &ok);
        if (ok)
            return s;
        if (m_declared.contains(QLatin1String("ISO 2022 IR 87")) || m_declared.contains(QLatin1String("ISO 2022 IR 159"))
            || m_declared.contains(QLatin1String("ISO 2022 IR 13"))) {
            s = decodeIso2022Japanese(raw);
            if (!s.isNull())
                return s;
        }
        m_failed = true;
        return QString::fromLatin1(raw);
    }
    // Undeclared: the default repertoire is ASCII, so any high byte is a labelling error.
    // Chinese devices typically write GBK; valid GBK pairs are a strong sign.
    if (looksLikeGbk(raw)) {
        QString s = convert(raw, QByteArrayLiteral("GB18030"), personName, &ok);
        if (ok) {
            m_guessed = true;
            return s;
        }
    }
    return QString::fromLatin1(raw);
}

QString TextDecoder::decode(DcmItem &item, const DcmTagKey &tag, bool personName)
{
    OFString value;
    if (item.findAndGetOFStringArray(tag, value).bad())
        return {};
    return decodeBytes(QByteArray(value.c_str(), qsizetype(value.length())), personName).trimmed();
}

} // namespace cliniclink::dicom::internal
