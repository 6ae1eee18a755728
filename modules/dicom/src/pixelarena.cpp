#include "pixelarena.h"

#include "freshmemory.h"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace cliniclink::dicom::internal {

#if defined(__linux__) && defined(MADV_HUGEPAGE)
namespace {
constexpr uintptr_t kHugePage = uintptr_t(2) << 20;
constexpr qint64 kChunkBytes = qint64(8) << 20;

struct Chunk {
    void *mapping = nullptr;
    size_t mappedBytes = 0;
    char *base = nullptr; // 2 MB aligned
    qint64 size = 0;
    ~Chunk()
    {
        if (mapping)
            munmap(mapping, mappedBytes);
    }
};

std::shared_ptr<Chunk> mapChunk(qint64 bytes)
{
    const qint64 size = qint64((uintptr_t(bytes) + kHugePage - 1) & ~(kHugePage - 1));
    auto c = std::make_shared<Chunk>();
    c->mappedBytes = size_t(size) + kHugePage; // room to align the start
    c->mapping = mmap(nullptr, c->mappedBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (c->mapping == MAP_FAILED) {
        c->mapping = nullptr;
        return nullptr;
    }
    c->base = reinterpret_cast<char *>((uintptr_t(c->mapping) + kHugePage - 1) & ~(kHugePage - 1));
    c->size = size;
    madvise(c->base, size_t(size), MADV_HUGEPAGE); // best effort: 4 KB pages otherwise
    return c;
}

struct ThreadChunk {
    std::shared_ptr<Chunk> chunk;
    qint64 used = 0;
};
} // namespace

PixelBlock allocatePixelBlock(qint64 bytes)
{
    if (bytes < kPixelArenaMinBytes)
        return {};
    std::shared_ptr<Chunk> chunk;
    qint64 offset = 0;
    if (bytes > kChunkBytes / 2) {
        chunk = mapChunk(bytes); // a big film: a mapping of its own
    } else {
        thread_local ThreadChunk current;
        if (!current.chunk || current.used + bytes > current.chunk->size) {
            current.chunk = mapChunk(kChunkBytes);
            current.used = 0;
        }
        chunk = current.chunk;
        offset = current.used;
        current.used += (bytes + 63) & ~qint64(63);
        if (!chunk)
            current.chunk.reset();
    }
    if (!chunk)
        return {};
    PixelBlock b{chunk->base + offset, chunk};
    prefault(b.data, bytes);
    return b;
}
#else
PixelBlock allocatePixelBlock(qint64) { return {}; }
#endif

} // namespace cliniclink::dicom::internal
