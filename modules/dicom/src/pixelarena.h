#pragma once

#include <QtGlobal>

#include <memory>

namespace cliniclink::dicom::internal {

// Memory for whole uncompressed files, handed out from 8 MB chunks of transparent huge pages
// (MADV_HUGEPAGE) and prefaulted. Reading a series into fresh 4 KB pages costs more in the kernel
// (one fault, zeroing and cgroup charge per page, contended between the loading threads) than the
// copy itself; with 2 MB pages that cost nearly vanishes. Each thread fills its own chunk; a chunk
// is unmapped when the last block in it is released (`owner`) and the thread has moved on to a
// new chunk (a loader thread keeps at most its current, partly used 8 MB chunk). Not for small buffers: a file
// below kMinBytes gets an empty block, and the caller uses an ordinary QByteArray.
struct PixelBlock {
    char *data = nullptr;
    std::shared_ptr<const void> owner; // keeps the chunk mapped
};

inline constexpr qint64 kPixelArenaMinBytes = qint64(256) << 10;

PixelBlock allocatePixelBlock(qint64 bytes);

} // namespace cliniclink::dicom::internal
