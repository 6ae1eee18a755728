#pragma once

#include <QString>

namespace cliniclink::dicom {
// Versions of the DICOM libraries behind this module, for the About box and support reports.
QString dcmtkVersion();    // e.g. "3.6.7"
QString openjpegVersion(); // e.g. "2.5.0"
} // namespace cliniclink::dicom
