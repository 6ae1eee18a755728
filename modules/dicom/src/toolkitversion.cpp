#include "cliniclink/dicom/toolkitversion.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <openjpeg.h>

namespace cliniclink::dicom {
QString dcmtkVersion() { return QString::fromLatin1(OFFIS_DCMTK_VERSION_STRING); }
QString openjpegVersion() { return QString::fromLatin1(opj_version()); }
} // namespace cliniclink::dicom
