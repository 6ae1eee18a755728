#pragma once

#include "cliniclink/dicom/dicominfo.h"

class DcmItem;
class DcmTagKey;

namespace cliniclink::dicom::internal {

// Reads an LUT item (LUT Descriptor, LUT Data, LUT Explanation) of a Modality or VOI LUT
// Sequence. `signedFirstMapped`: the descriptor's first-mapped value is in a signed space.
LookupTable readLutItem(DcmItem &item, bool signedFirstMapped);

// Reads one palette colour channel, expanding segmented data (PS3.3 C.7.9.2) when present.
LookupTable readPalette(DcmItem &dataset, const DcmTagKey &descriptor, const DcmTagKey &data,
                        const DcmTagKey &segmentedData, bool signedFirstMapped);

} // namespace cliniclink::dicom::internal
