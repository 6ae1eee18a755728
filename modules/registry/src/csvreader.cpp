#include "cliniclink/registry/csvreader.h"

#include <QStringDecoder>

namespace cliniclink::registry {

TextEncoding detectEncoding(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = utf8.decode(data); // decode() is lazy: the conversion runs here
    Q_UNUSED(decoded)
    return utf8.hasError() ? TextEncoding::Gb18030 : TextEncoding::Utf8;
}

QString encodingName(TextEncoding e) { return e == TextEncoding::Utf8 ? QStringLiteral("UTF-8") : QStringLiteral("GB18030"); }

Result<CsvTable> parseCsv(const QByteArray &data)
{
    CsvTable table;
    table.encoding = detectEncoding(data);
    QStringDecoder decoder = table.encoding == TextEncoding::Utf8 ? QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom)
                                                                  : QStringDecoder("GB18030");
    if (!decoder.isValid())
        return fail(ErrorCode::ImportFileUnreadable, QStringLiteral("no GB18030 decoder"));
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return fail(ErrorCode::ImportFileUnreadable, QStringLiteral("undecodable bytes"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    auto endField = [&] {
        record << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        // A blank line stays an empty row so row numbers match the spreadsheet.
        const bool blank = record.size() == 1 && record.first().trimmed().isEmpty();
        records << (blank ? QStringList() : record);
        record.clear();
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
        } else if (c == QLatin1Char('\n')) {
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return fail(ErrorCode::ImportFileUnreadable, QStringLiteral("unterminated quote"));
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
    if (records.isEmpty() || records.first().isEmpty())
        return fail(ErrorCode::ImportFileUnreadable, QStringLiteral("no header row"));
    table.header = records.takeFirst();
    for (QString &h : table.header)
        h = h.trimmed();
    table.rows = std::move(records);
    return table;
}

} // namespace cliniclink::registry
