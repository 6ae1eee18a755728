#pragma once

#include <QByteArray>
#include <QString>

namespace cliniclink::dicom::internal {

// DCMTK 3.6.7 on glibc iconv cannot convert the Japanese ISO 2022 code extensions (IR 13, 87, 159);
// this decoder handles them: JIS X 0208/0212 through iconv's EUC-JP, JIS X 0201 katakana directly.
// Returns a null QString if the bytes are not valid for these sets.
QString decodeIso2022Japanese(const QByteArray &raw);

} // namespace cliniclink::dicom::internal
