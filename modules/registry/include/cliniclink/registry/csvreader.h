#pragma once

#include "cliniclink/core/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace cliniclink::registry {

enum class TextEncoding { Utf8, Gb18030 };

// Files exported by Excel or WPS on Chinese Windows are GB18030 (GBK) without a BOM; newer
// exports are UTF-8, often with a BOM. A BOM or bytes that decode as strict UTF-8 mean UTF-8;
// anything else is read as GB18030 (a superset of GBK and GB2312).
TextEncoding detectEncoding(const QByteArray &data);
QString encodingName(TextEncoding e); // "UTF-8", "GB18030"

struct CsvTable {
    TextEncoding encoding = TextEncoding::Utf8;
    QStringList header;
    QList<QStringList> rows; // data rows; rows[i] is spreadsheet row i + 2 (the header is row 1)
};

// RFC 4180: comma-separated, fields optionally in double quotes ("" inside quotes is a quote,
// quoted fields may span lines), CRLF or LF line ends. Blank lines give empty rows. Fails with
// ImportFileUnreadable when the data does not decode or has no header row.
Result<CsvTable> parseCsv(const QByteArray &data);

} // namespace cliniclink::registry
