#pragma once

#include <QtGlobal>

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace cliniclink::dicom::internal {

// Fresh memory is otherwise faulted in page by page while a read() or a decoder fills it; one
// madvise populates the whole buffer at once (about a quarter of the cost of reading an
// uncompressed file). Best effort: Linux 5.14+, whole pages inside the buffer only.
inline void prefault(char *data, qint64 size)
{
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    constexpr uintptr_t kPage = 4096;
    const uintptr_t begin = (uintptr_t(data) + kPage - 1) & ~(kPage - 1);
    const uintptr_t end = (uintptr_t(data) + uintptr_t(size)) & ~(kPage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_POPULATE_WRITE);
#else
    Q_UNUSED(data);
    Q_UNUSED(size);
#endif
}

} // namespace cliniclink::dicom::internal
