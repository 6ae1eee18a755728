#pragma once

#include <cstddef>
#include <cstdint>

namespace cliniclink::dicom::internal {

enum class JpegLsOutcome { Decoded, Unsupported, Corrupt };

// What the fast path needs to know about the frame it decodes into.
struct JpegLsTarget {
    int rows = 0;
    int columns = 0;
    int bytesPerSample = 2; // 1 for P <= 8, 2 for P <= 16
    uint8_t *out = nullptr; // rows * columns * bytesPerSample bytes, native byte order
};

// Lossless, single-component JPEG-LS (ITU-T T.87, default parameters, no restart markers) —
// the form modalities and DCMTK write for CT/MR/CR. Anything else is Unsupported and left to
// DCMTK's CharLS; a stream that breaks the format is Corrupt. Never reads outside [data, data+size).
JpegLsOutcome decodeJpegLsLossless(const uint8_t *data, size_t size, const JpegLsTarget &target);

} // namespace cliniclink::dicom::internal
