#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/dicom/dicomframe.h"

#include <QByteArray>

namespace cliniclink::dicom::internal {

// Decodes a JPEG 2000 / HTJ2K codestream (or JP2 file) with libopenjp2. Precision and
// signedness come from the codestream (it is authoritative when the header disagrees).
Result<DicomFrame> decodeJpeg2000(const QByteArray &codestream, int expectedRows, int expectedColumns);

} // namespace cliniclink::dicom::internal
