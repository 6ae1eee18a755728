#pragma once

#include <QByteArray>
#include <QString>

class DcmItem;
class DcmTagKey;

namespace cliniclink::dicom::internal {

// Turns header strings into UTF-8 through DCMTK's character set conversion. Files that declare
// no Specific Character Set but carry GBK bytes (common with Chinese equipment) are decoded as
// GB18030 and flagged as guessed.
class TextDecoder {
public:
    explicit TextDecoder(DcmItem &dataset);

    QString declaredCharset() const { return m_declared; }
    QString decode(DcmItem &item, const DcmTagKey &tag, bool personName = false);
    QString decodeBytes(const QByteArray &raw, bool personName);

    bool guessed() const { return m_guessed; }
    bool failed() const { return m_failed; }

    // True if the non-ASCII bytes form GBK double-byte characters (both bytes >= 0x80), the
    // signature of Chinese text; isolated accented Latin-1 letters do not qualify.
    static bool looksLikeGbk(const QByteArray &raw);

private:
    QString convert(const QByteArray &raw, const QByteArray &charset, bool personName, bool *ok);

    QString m_declared;
    bool m_guessed = false;
    bool m_failed = false;
};

} // namespace cliniclink::dicom::internal
