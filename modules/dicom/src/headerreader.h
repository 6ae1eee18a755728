#pragma once

#include "cliniclink/dicom/dicominfo.h"

class DcmDataset;

namespace cliniclink::dicom::internal {

// Fills DicomInfo from a loaded data set (no pixel decoding).
DicomInfo readHeader(DcmDataset &dataset, const QString &transferSyntaxUid, bool hasMetaHeader);

} // namespace cliniclink::dicom::internal
