#include "jpeglsdecoder.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <vector>

// A decoder specialised for the one JPEG-LS form series are stored in (lossless, one component,
// default thresholds). It exists for speed: CharLS (DCMTK's and Debian's 2.4, measured equal) is
// generic over near-lossless, interleaving and colour transforms, and loading a CT series is
// bound by this loop. The algorithm follows T.87 Annex A; names (Ra, Rb, Rc, Rd, A, B, C, N,
// RUNindex, J, LIMIT, qbpp) are the standard's.

namespace cliniclink::dicom::internal {

namespace {

constexpr int kMinC = -128;
constexpr int kMaxC = 127;
constexpr int kMaxK = 24; // more only in a stream that is not JPEG-LS of <= 16 bits
constexpr std::array<int, 32> kJ = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3,
                                    4, 4, 5, 5, 6, 6, 7, 7, 8, 9, 10, 11, 12, 13, 14, 15};

// Scan bits with JPEG-LS marker stuffing: after 0xFF only 7 bits of the next byte are data
// (its top bit is a stuffed 0), and 0xFF followed by a byte >= 0x80 is a marker — the end.
class BitReader {
public:
    BitReader(const uint8_t *begin, const uint8_t *end) : m_pos(begin), m_end(end) { fill(); }

    // Bits the decoder consumed beyond the scan's end (zero padding): a valid scan needs none.
    bool overran() const { return m_padded > m_valid; }
    bool hopeless() const { return m_padded > 4096; }

    int readBits(int n) // 1..24
    {
        if (m_valid < n)
            fill();
        const int v = int(m_cache >> (64 - n));
        m_cache <<= n;
        m_valid -= n;
        return v;
    }

    bool readBit() { return readBits(1) != 0; }

    // Number of 0 bits before the next 1 (which is consumed); -1 when more than `limit`.
    int readZeros(int limit)
    {
        if (m_valid < 32)
            fill();
        if (m_cache != 0) {
            const int z = __builtin_clzll(m_cache);
            if (z < m_valid && z <= limit) {
                m_cache <<= z;
                m_cache <<= 1;
                m_valid -= z + 1;
                return z;
            }
        }
        for (int z = 0; z <= limit; ++z)
            if (readBit())
                return z;
        return -1;
    }

private:
    void fill()
    {
        while (m_valid <= 56) {
            if (m_atEnd || m_pos >= m_end) {
                m_atEnd = true;
                m_padded += 64 - m_valid; // zeros
                m_valid = 64;
                return;
            }
            const uint8_t b = *m_pos;
            if (b == 0xFF && (m_pos + 1 >= m_end || (m_pos[1] & 0x80))) {
                m_atEnd = true; // a marker: the scan's data ended
                continue;
            }
            ++m_pos;
            m_cache |= uint64_t(b) << (56 - m_valid);
            // After 0xFF the next byte's top bit is a stuffed 0: overlap it with this byte's last bit.
            m_valid += b == 0xFF ? 7 : 8;
        }
    }

    const uint8_t *m_pos;
    const uint8_t *m_end;
    uint64_t m_cache = 0;
    int m_valid = 0;
    int64_t m_padded = 0;
    bool m_atEnd = false;
};

struct Context {
    int a, b, c, n;
};

struct RunContext {
    int a, n, nn;
};

struct Frame {
    int p = 0, rows = 0, cols = 0;
    // Preset coding parameters from an LSE segment (0: the default). Encoders write them for
    // P > 12, where old decoders disagreed on the default thresholds.
    int maxval = 0, t1 = 0, t2 = 0, t3 = 0, reset = 0;
    const uint8_t *scan = nullptr;
};

int be16(const uint8_t *b) { return b[0] << 8 | b[1]; }

// Markers up to the scan; Unsupported for anything beyond the default lossless single-component form.
JpegLsOutcome parseHeader(const uint8_t *data, size_t size, Frame &f)
{
    if (size < 4 || data[0] != 0xFF || data[1] != 0xD8)
        return JpegLsOutcome::Corrupt;
    size_t pos = 2;
    bool haveFrame = false;
    while (pos + 4 <= size) {
        if (data[pos] != 0xFF)
            return JpegLsOutcome::Corrupt;
        const uint8_t marker = data[pos + 1];
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        const size_t len = size_t(be16(data + pos + 2));
        if (len < 2 || pos + 2 + len > size)
            return JpegLsOutcome::Corrupt;
        const uint8_t *seg = data + pos + 4;
        switch (marker) {
        case 0xF7: // SOF55: P, Y, X, Nf, components
            if (len < 11)
                return JpegLsOutcome::Corrupt;
            f.p = seg[0];
            f.rows = be16(seg + 1);
            f.cols = be16(seg + 3);
            if (seg[5] != 1 || f.rows == 0)
                return JpegLsOutcome::Unsupported; // several components, or height from DNL
            if (f.p < 2 || f.p > 16 || f.cols == 0)
                return JpegLsOutcome::Corrupt;
            haveFrame = true;
            break;
        case 0xDA: // SOS: Ns, Ci, Tm, NEAR, ILV, Al/Ah
            if (!haveFrame || len < 8)
                return JpegLsOutcome::Corrupt;
            if (seg[0] != 1 || seg[2] != 0 || seg[3] != 0 || seg[5] != 0)
                return JpegLsOutcome::Unsupported; // mapping table, near-lossless or point transform
            f.scan = data + pos + 2 + len;
            return JpegLsOutcome::Decoded;
        case 0xDD: // DRI: restart intervals
            if (len >= 4 && be16(seg) == 0)
                break;
            return JpegLsOutcome::Unsupported;
        case 0xF8: // LSE: preset coding parameters (ID 1); mapping tables are left to CharLS
            if (len < 3 || seg[0] != 1)
                return JpegLsOutcome::Unsupported;
            if (len < 13)
                return JpegLsOutcome::Corrupt;
            f.maxval = be16(seg + 1);
            f.t1 = be16(seg + 3);
            f.t2 = be16(seg + 5);
            f.t3 = be16(seg + 7);
            f.reset = be16(seg + 9);
            break;
        default:
            if ((marker >= 0xE0 && marker <= 0xEF) || marker == 0xFE)
                break; // APPn, COM
            return JpegLsOutcome::Unsupported;
        }
        pos += 2 + len;
    }
    return JpegLsOutcome::Corrupt;
}

template <typename Sample>
class ScanDecoder {
public:
    ScanDecoder(const Frame &f, const uint8_t *end) : m_end(end), m_f(f)
    {
        m_maxval = f.maxval ? f.maxval : (1 << f.p) - 1;
        m_range = m_maxval + 1;
        m_reset = f.reset ? f.reset : 64;
        int qbpp = 0;
        while ((1 << qbpp) < m_range)
            ++qbpp;
        m_qbpp = qbpp;
        const int bpp = std::max(2, qbpp);
        m_limit = 2 * (bpp + std::max(8, bpp));
        // Default thresholds (T.87 C.2.4.1.1.1); the standard's CLAMP falls back to the lower bound.
        auto clampT = [this](int i, int j) { return i > m_maxval || i < j ? j : i; };
        int t1, t2, t3;
        if (m_maxval >= 128) {
            const int factor = (std::min(m_maxval, 4095) + 128) / 256;
            t1 = clampT(factor * (3 - 2) + 2, 1);
            t2 = clampT(factor * (7 - 3) + 3, t1);
            t3 = clampT(factor * (21 - 4) + 4, t2);
        } else {
            const int factor = 256 / (m_maxval + 1);
            t1 = clampT(std::max(2, 3 / factor), 1);
            t2 = clampT(std::max(3, 7 / factor), t1);
            t3 = clampT(std::max(4, 21 / factor), t2);
        }
        t1 = f.t1 ? f.t1 : t1;
        t2 = f.t2 ? f.t2 : t2;
        t3 = f.t3 ? f.t3 : t3;
        // RESET is capped (T.87 allows up to MAXVAL) so that A, which sums up to RESET errors of
        // up to 2^16, stays far inside an int; streams with more go to CharLS.
        m_valid = t1 >= 1 && t1 <= t2 && t2 <= t3 && t3 <= m_maxval && m_reset >= 3 && m_reset <= 4096
            && m_maxval >= 1 && m_maxval < (1 << f.p);
        m_quant.resize(size_t(2 * m_range - 1));
        for (int d = -(m_range - 1); d <= m_range - 1; ++d) {
            int q;
            if (d <= -t3) q = -4;
            else if (d <= -t2) q = -3;
            else if (d <= -t1) q = -2;
            else if (d < 0) q = -1;
            else if (d == 0) q = 0;
            else if (d < t1) q = 1;
            else if (d < t2) q = 2;
            else if (d < t3) q = 3;
            else q = 4;
            m_quant[size_t(d + m_range - 1)] = int8_t(q);
        }
        const int a0 = std::max(2, (m_range + 32) / 64);
        for (Context &c : m_ctx)
            c = {a0, 0, 0, 1};
        for (RunContext &c : m_run)
            c = {a0, 1, 0};
    }

    JpegLsOutcome decode(Sample *out)
    {
        if (!m_valid)
            return JpegLsOutcome::Unsupported;
        const int w = m_f.cols;
        // The bit reader lives on the stack: as a member it would be reloaded after every
        // store to the line (the compiler must assume the int stores may alias it).
        BitReader bits(m_f.scan, m_end);
        std::vector<int> lines(size_t(2 * (w + 2)), 0);
        int *prev = lines.data() + 1;
        int *cur = lines.data() + w + 3;
        for (int y = 0; y < m_f.rows; ++y) {
            prev[w] = prev[w - 1];
            cur[-1] = prev[0];
            if (!decodeLine(bits, prev, cur, w))
                return JpegLsOutcome::Corrupt;
            Sample *row = out + size_t(y) * size_t(w);
            for (int x = 0; x < w; ++x)
                row[x] = Sample(cur[x]);
            std::swap(prev, cur);
        }
        return bits.overran() ? JpegLsOutcome::Corrupt : JpegLsOutcome::Decoded;
    }

private:
    // The smallest k with (n << k) >= a (A.5.1), from the positions of the top bits (n, a >= 1).
    static int golombK(int n, int a)
    {
        if (a <= n)
            return 0; // also covers a == 0 (A halves at every reset)
        const int k = std::max(0, __builtin_clz(unsigned(n)) - __builtin_clz(unsigned(a)));
        return k + int((n << k) < a);
    }

    static int wrap(int v, int maxval, int range)
    {
        if (v < 0)
            v += range;
        else if (v > maxval)
            v -= range;
        return v;
    }

    // Limited-length Golomb code (A.5.3); -1 on a code longer than the limit allows.
    static int decodeValue(BitReader &bits, int k, int limit, int qbpp)
    {
        const int zeros = bits.readZeros(limit);
        if (zeros < 0)
            return -1;
        if (zeros >= limit - (qbpp + 1))
            return bits.readBits(qbpp) + 1;
        return k == 0 ? zeros : (zeros << k) + bits.readBits(k);
    }

    bool decodeLine(BitReader &bits, const int *prev, int *cur, int w)
    {
        const int maxval = m_maxval, range = m_range, limit = m_limit, qbpp = m_qbpp;
        const int8_t *quant = m_quant.data() + (range - 1);
        // Ra, Rb, Rc slide along the line in registers: reloading Ra from the line just written
        // would put a store-to-load round trip on the critical path of every sample.
        int x = 0;
        int ra = cur[-1], rb = prev[0], rc = prev[-1];
        while (x < w) {
            const int rd = prev[x + 1];
            const int d1 = rd - rb, d2 = rb - rc, d3 = rc - ra;
            if ((d1 | d2 | d3) == 0) {
                const int n = decodeRun(bits, prev, cur, x, w);
                if (n <= 0)
                    return false;
                x += n;
                ra = cur[x - 1];
                rb = prev[x];
                rc = prev[x - 1];
                continue;
            }
            const int qs = 81 * quant[d1] + 9 * quant[d2] + quant[d3];
            const int sign = qs >> 31 | 1;
            Context &ctx = m_ctx[size_t(qs * sign)];
            const int k = golombK(ctx.n, ctx.a);
            if (k > kMaxK)
                return false;
            const int lo = std::min(ra, rb), hi = std::max(ra, rb);
            int px = rc >= hi ? lo : rc <= lo ? hi : ra + rb - rc;
            px = std::clamp(px + sign * ctx.c, 0, maxval);
            const int m = decodeValue(bits, k, limit, qbpp);
            if (m < 0 || m > 2 * range)
                return false;
            int err = (m & 1) ? -((m + 1) >> 1) : (m >> 1);
            if (k == 0 && 2 * ctx.b + ctx.n - 1 < 0)
                err = ~err;
            update(ctx, err);
            const int rx = wrap(px + sign * err, maxval, range);
            cur[x] = rx;
            ++x;
            rc = rb;
            rb = rd;
            ra = rx;
            if (bits.hopeless())
                return false;
        }
        return true;
    }

    void update(Context &ctx, int err)
    {
        ctx.b += err;
        ctx.a += std::abs(err);
        if (ctx.n == m_reset) {
            ctx.a >>= 1;
            ctx.b = ctx.b >= 0 ? ctx.b >> 1 : -((1 - ctx.b) >> 1);
            ctx.n >>= 1;
        }
        ++ctx.n;
        if (ctx.b <= -ctx.n) {
            ctx.b += ctx.n;
            if (ctx.c > kMinC)
                --ctx.c;
            if (ctx.b <= -ctx.n)
                ctx.b = -ctx.n + 1;
        } else if (ctx.b > 0) {
            ctx.b -= ctx.n;
            if (ctx.c < kMaxC)
                ++ctx.c;
            if (ctx.b > 0)
                ctx.b = 0;
        }
    }

    // Run mode (A.7) at column x: the run of Ra, then the run-interruption sample unless the
    // run reached the end of the line. Returns the samples written, 0 on a corrupt stream.
    int decodeRun(BitReader &bits, const int *prev, int *cur, int x, int w)
    {
        const int ra = cur[x - 1];
        const int remaining = w - x;
        int count = 0;
        while (bits.readBit()) {
            const int seg = std::min(1 << kJ[size_t(m_runIndex)], remaining - count);
            count += seg;
            if (seg == (1 << kJ[size_t(m_runIndex)]) && m_runIndex < 31)
                ++m_runIndex;
            if (count == remaining)
                break;
            if (bits.hopeless())
                return 0;
        }
        if (count != remaining && kJ[size_t(m_runIndex)] > 0)
            count += bits.readBits(kJ[size_t(m_runIndex)]);
        if (count > remaining)
            return 0;
        std::fill(cur + x, cur + x + count, ra);
        if (count == remaining)
            return count;
        // Run interruption sample (A.7.2).
        const int rb = prev[x + count];
        const int riType = ra == rb ? 1 : 0;
        RunContext &ctx = m_run[size_t(riType)];
        const int temp = riType ? ctx.a + (ctx.n >> 1) : ctx.a;
        const int k = golombK(ctx.n, temp);
        if (k > kMaxK)
            return 0;
        const int em = decodeValue(bits, k, m_limit - kJ[size_t(m_runIndex)] - 1, m_qbpp);
        if (em < 0 || em > 2 * m_range)
            return 0;
        const int t = em + riType;
        const bool map = t & 1;
        const int mag = (t + int(map)) / 2;
        const int err = ((k != 0 || 2 * ctx.nn >= ctx.n) == map) ? -mag : mag;
        if (err < 0)
            ++ctx.nn;
        ctx.a += (em + 1 - riType) >> 1;
        if (ctx.n == m_reset) {
            ctx.a >>= 1;
            ctx.n >>= 1;
            ctx.nn >>= 1;
        }
        ++ctx.n;
        cur[x + count] = wrap(riType ? ra + err : rb + (rb > ra ? err : -err), m_maxval, m_range);
        if (m_runIndex > 0)
            --m_runIndex;
        return count + 1;
    }

    const uint8_t *m_end;
    Frame m_f;
    int m_maxval = 0, m_range = 0, m_qbpp = 0, m_limit = 0;
    int m_runIndex = 0;
    int m_reset = 64;
    bool m_valid = false;
    std::vector<int8_t> m_quant;
    std::array<Context, 365> m_ctx{};
    std::array<RunContext, 2> m_run{};
};

} // namespace

JpegLsOutcome decodeJpegLsLossless(const uint8_t *data, size_t size, const JpegLsTarget &target)
{
    Frame f;
    if (const JpegLsOutcome h = parseHeader(data, size, f); h != JpegLsOutcome::Decoded)
        return h;
    if (f.rows != target.rows || f.cols != target.columns || target.bytesPerSample != (f.p > 8 ? 2 : 1) || !target.out)
        return JpegLsOutcome::Unsupported;
    const uint8_t *end = data + size;
    if (f.p > 8)
        return ScanDecoder<uint16_t>(f, end).decode(reinterpret_cast<uint16_t *>(target.out));
    return ScanDecoder<uint8_t>(f, end).decode(target.out);
}

} // namespace cliniclink::dicom::internal
