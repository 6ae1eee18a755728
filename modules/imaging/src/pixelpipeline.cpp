#include "cliniclink/imaging/pixelpipeline.h"

#include <QRunnable>
#include <QSemaphore>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <type_traits>
#include <cmath>
#include <numeric>

namespace cliniclink::imaging {

Padding Padding::fromInfo(const DicomInfo &info) { return {info.paddingValue, info.paddingRangeLimit}; }

ModalityTransform ModalityTransform::fromInfo(const DicomInfo &info)
{
    ModalityTransform m;
    // The Modality LUT Sequence and Rescale are mutually exclusive (PS3.3 C.11.1); prefer the LUT.
    if (info.modalityLut.isValid())
        m.lut = info.modalityLut;
    else if (info.rescale.present) {
        m.slope = info.rescale.slope;
        m.intercept = info.rescale.intercept;
    }
    m.unit = info.rescale.type;
    if (m.unit.isEmpty() && info.modality == QLatin1String("CT"))
        m.unit = QStringLiteral("HU");
    return m;
}

double voiLinear(double x, double c, double w, double ymin, double ymax)
{
    // PS3.3 C.11.2.1.2.1; a width below 1 is not allowed for LINEAR.
    w = std::max(w, 1.0);
    if (x <= c - 0.5 - (w - 1) / 2)
        return ymin;
    if (x > c - 0.5 + (w - 1) / 2)
        return ymax;
    if (w == 1)
        return ymax;
    return ((x - (c - 0.5)) / (w - 1) + 0.5) * (ymax - ymin) + ymin;
}

double voiLinearExact(double x, double c, double w, double ymin, double ymax)
{
    // PS3.3 C.11.2.1.3.2; width > 0.
    if (w <= 0)
        return x <= c ? ymin : ymax;
    if (x <= c - w / 2)
        return ymin;
    if (x > c + w / 2)
        return ymax;
    return ((x - c) / w + 0.5) * (ymax - ymin) + ymin;
}

double voiSigmoid(double x, double c, double w, double ymin, double ymax)
{
    // PS3.3 C.11.2.1.3.1.
    if (w <= 0)
        w = 1;
    return (ymax - ymin) / (1 + std::exp(-4 * (x - c) / w)) + ymin;
}

double VoiSetting::apply(double x) const
{
    if (kind == Kind::Lut) {
        if (!lut.isValid())
            return 0;
        const double maxOut = std::ldexp(1.0, std::clamp(lut.bitsPerEntry, 1, 16)) - 1;
        // Modality values may be fractional; the LUT is indexed by the (truncated) integer value.
        return std::clamp(double(lut.lookup(int(std::floor(x)))) / maxOut, 0.0, 1.0);
    }
    switch (function) {
    case VoiFunction::Linear:
        return voiLinear(x, center, width, 0, 1);
    case VoiFunction::LinearExact:
        return voiLinearExact(x, center, width, 0, 1);
    case VoiFunction::Sigmoid:
        return voiSigmoid(x, center, width, 0, 1);
    }
    return 0;
}

namespace {

bool isMonochrome(const QString &p) { return p.startsWith(QLatin1String("MONOCHROME")); }

template <typename T>
void minMaxModality(const DicomFrame &f, const Padding &pad, const ModalityTransform &m, double &lo, double &hi)
{
    const T *v = reinterpret_cast<const T *>(f.data.constData());
    const qsizetype n = f.pixelCount() * f.samplesPerPixel;
    int smin = INT_MAX, smax = INT_MIN;
    // Modality transforms are monotonic for rescale; for LUTs evaluate every present value.
    std::vector<bool> seen;
    const bool lut = m.lut.isValid();
    const int base = f.minStoredValue();
    if (lut)
        seen.assign(size_t(f.maxStoredValue() - base + 1), false);
    for (qsizetype i = 0; i < n; ++i) {
        const int s = v[i];
        if (pad.isPadding(s))
            continue;
        smin = std::min(smin, s);
        smax = std::max(smax, s);
        if (lut && s >= base && s - base < int(seen.size()))
            seen[size_t(s - base)] = true;
    }
    if (smin > smax) {
        lo = hi = 0;
        return;
    }
    if (!lut) {
        lo = std::min(m.apply(smin), m.apply(smax));
        hi = std::max(m.apply(smin), m.apply(smax));
        return;
    }
    lo = INFINITY;
    hi = -INFINITY;
    for (size_t k = 0; k < seen.size(); ++k)
        if (seen[k]) {
            const double y = m.apply(base + int(k));
            lo = std::min(lo, y);
            hi = std::max(hi, y);
        }
}

// Big frames (radiographs, 1024×1024 and up) are cut into row chunks that the calling thread and
// pool helpers take from a shared counter; below that a hand-off costs more than the frame. The
// caller never waits for a helper that has not started (it takes the chunks itself), only for
// chunks a helper is working on — so a loaded machine or a pool busy with decoding delays the
// display by at most one chunk, not by half a frame.
template <typename Fn>
void forRowParts(int rows, qsizetype pixelsPerRow, Fn fn)
{
    constexpr qsizetype kParallelThreshold = qsizetype(1) << 20;
    QThreadPool *pool = QThreadPool::globalInstance();
    const int helpers = std::min(pool->maxThreadCount(), 8) - 1;
    if (qsizetype(rows) * pixelsPerRow < kParallelThreshold || helpers < 1 || rows < 64) {
        fn(0, rows);
        return;
    }
    const int chunks = std::min(rows / 16, 16 * (helpers + 1));
    // Shared with helpers that may start after this function returned: they then find no chunk
    // and touch nothing else. `work` is only called for a claimed chunk, while the caller waits.
    struct State {
        std::atomic<int> next{0};
        QSemaphore doneByHelpers;
    };
    auto state = std::make_shared<State>();
    const std::function<void(int)> work = [&](int c) { fn(int(qint64(rows) * c / chunks), int(qint64(rows) * (c + 1) / chunks)); };
    const std::function<void(int)> *workPtr = &work;
    for (int h = 0; h < helpers; ++h)
        pool->start([state, workPtr, chunks] {
            for (int c = state->next++; c < chunks; c = state->next++) {
                (*workPtr)(c);
                state->doneByHelpers.release();
            }
        });
    int mine = 0;
    for (int c = state->next++; c < chunks; c = state->next++) {
        work(c);
        ++mine;
    }
    state->doneByHelpers.acquire(chunks - mine);
}

// The hot loop of window/level: one table lookup per pixel, indexed by the stored value's bit
// pattern, so no clamping or offset and any stored value is a valid index.
template <typename T>
void applyLut(const DicomFrame &f, const quint8 *lut, uchar *out)
{
    using Index = std::conditional_t<sizeof(T) == 1, quint8, quint16>;
    const Index *src = reinterpret_cast<const Index *>(f.data.constData());
    forRowParts(f.rows, f.columns, [src, lut, out, columns = qsizetype(f.columns)](int r0, int r1) {
        // Locals only: stores through uchar* may alias anything, so a pointer read through a
        // captured reference would be reloaded for every pixel.
        const Index *s = src + r0 * columns;
        uchar *o = out + r0 * columns;
        const quint8 *table = lut;
        const qsizetype n = qsizetype(r1 - r0) * columns;
        qsizetype i = 0;
        // Four pixels per step: fewer loop instructions per pixel on this load-bound loop.
        for (; i + 4 <= n; i += 4) {
            const quint8 a = table[s[i]], b = table[s[i + 1]], c = table[s[i + 2]], d = table[s[i + 3]];
            o[i] = a;
            o[i + 1] = b;
            o[i + 2] = c;
            o[i + 3] = d;
        }
        for (; i < n; ++i)
            o[i] = table[s[i]];
    });
}

quint8 to8(int v, int bits) { return bits <= 8 ? quint8(std::clamp(v, 0, 255)) : quint8(std::clamp(v >> (bits - 8), 0, 255)); }

quint8 clamp8(double v) { return quint8(std::clamp(int(std::lround(v)), 0, 255)); }

DisplayImage renderColour(const DicomFrame &f, const DicomInfo &info, bool invert)
{
    DisplayImage img;
    img.width = f.columns;
    img.height = f.rows;
    img.rgb = true;
    img.pixels.resize(f.pixelCount() * 3);
    auto *out = reinterpret_cast<uchar *>(img.pixels.data());
    const bool palette = f.photometric.startsWith(QLatin1String("PALETTE"));
    // A damaged header may pair a colour model with the wrong sample count or a short buffer:
    // such a frame shows black rather than reading past its data.
    const qsizetype bytesPerSample = f.type == dicom::SampleType::U8 ? 1 : 2;
    if ((palette ? f.samplesPerPixel != 1 : f.samplesPerPixel != 3)
        || f.data.size() < f.pixelCount() * f.samplesPerPixel * bytesPerSample) {
        img.pixels.fill(0);
        return img;
    }
    const bool ybr = f.photometric.startsWith(QLatin1String("YBR"));
    auto paletteValue = [](const LookupTable &l, int idx) {
        if (!l.isValid())
            return quint8(0);
        const int v = l.lookup(idx);
        // 16-bit tables (and 8-bit tables stored in the high byte) are scaled to 8 bits.
        return quint8(l.bitsPerEntry > 8 || v > 255 ? v >> 8 : v);
    };
    forRowParts(f.rows, f.columns, [&](int r0, int r1) {
        for (int r = r0; r < r1; ++r)
            for (int c = 0; c < f.columns; ++c) {
                uchar *o = out + (qsizetype(r) * f.columns + c) * 3;
                if (palette) {
                    const int idx = f.value(r, c);
                    o[0] = paletteValue(info.paletteRed, idx);
                    o[1] = paletteValue(info.paletteGreen, idx);
                    o[2] = paletteValue(info.paletteBlue, idx);
                } else if (ybr) {
                    // PS3.3 C.7.6.3.1.2 (YBR_FULL), 8-bit.
                    const double y = to8(f.value(r, c, 0), f.bitsStored);
                    const double cb = to8(f.value(r, c, 1), f.bitsStored) - 128.0;
                    const double cr = to8(f.value(r, c, 2), f.bitsStored) - 128.0;
                    o[0] = clamp8(y + 1.402 * cr);
                    o[1] = clamp8(y - 0.344136 * cb - 0.714136 * cr);
                    o[2] = clamp8(y + 1.772 * cb);
                } else {
                    for (int k = 0; k < 3; ++k)
                        o[k] = to8(f.value(r, c, k), f.bitsStored);
                }
                if (invert)
                    for (int k = 0; k < 3; ++k)
                        o[k] = uchar(255 - o[k]);
            }
    });
    return img;
}

} // namespace

VoiSetting defaultVoi(const DicomFrame &frame, const DicomInfo &info)
{
    if (!info.windows.empty()) {
        const auto &w = info.windows.front();
        return VoiSetting::window(w.center, w.width, w.function);
    }
    if (!info.voiLuts.empty())
        return VoiSetting::fromLut(info.voiLuts.front());
    const Padding pad = Padding::fromInfo(info);
    const ModalityTransform m = ModalityTransform::fromInfo(info);
    double lo = 0, hi = 0;
    if (frame.type == dicom::SampleType::U8)
        minMaxModality<quint8>(frame, pad, m, lo, hi);
    else if (frame.type == dicom::SampleType::U16)
        minMaxModality<quint16>(frame, pad, m, lo, hi);
    else
        minMaxModality<qint16>(frame, pad, m, lo, hi);
    // Full range identity window (PS3.3 C.11.2.1.2.1 note): c = (x1 + x2 + 1) / 2, w = x2 - x1 + 1.
    return VoiSetting::window((lo + hi + 1) / 2, hi - lo + 1, VoiFunction::Linear);
}

int displayLutSize(const DicomFrame &frame) { return frame.type == dicom::SampleType::U8 ? 256 : 65536; }

namespace {
// Fills `lut` (displayLutSize entries) for every stored value the frame's Bits Stored allows.
void fillDisplayLut(const DicomFrame &frame, const DicomInfo &info, const VoiSetting &voi, bool invert, quint8 *lut)
{
    const Padding pad = Padding::fromInfo(info);
    const ModalityTransform m = ModalityTransform::fromInfo(info);
    const int lo = frame.minStoredValue();
    const int hi = frame.maxStoredValue();
    const int size = displayLutSize(frame);
    const int mask = size - 1;
    // Entries for bit patterns that are not valid stored values (beyond Bits Stored) stay black.
    if (hi - lo + 1 < size)
        std::memset(lut, 0, size_t(size));
    // Values [from, to] → table entries; negative values wrap to the top of the table, so each
    // sign is one contiguous block.
    auto fill = [&](int from, int to, quint8 v) {
        if (from < 0 && from <= to)
            std::memset(lut + (from & mask), v, size_t(std::min(to, -1) - from + 1));
        from = std::max(from, 0);
        if (from <= to)
            std::memset(lut + from, v, size_t(to - from + 1));
    };
    const bool flip = (frame.photometric == QLatin1String("MONOCHROME1")) != invert;
    // MONOCHROME1: minimum shown white, applied after VOI.
    auto output = [&](int s) { return clamp8((flip ? 1 - voi.apply(m.apply(s)) : voi.apply(m.apply(s))) * 255.0); };
    int rampBegin = lo, rampEnd = hi;
    // LINEAR / LINEAR_EXACT windows over a rescale are flat outside the window: compute only the
    // ramp and fill the rest (a drag rebuilds this table on every mouse event).
    if (voi.kind == VoiSetting::Kind::Window && voi.function != VoiFunction::Sigmoid && !m.lut.isValid() && m.slope > 0) {
        const double width = voi.function == VoiFunction::Linear ? std::max(voi.width, 1.0) - 1 : voi.width;
        const double centre = voi.function == VoiFunction::Linear ? voi.center - 0.5 : voi.center;
        const double lower = centre - width / 2, upper = centre + width / 2;
        rampBegin = int(std::clamp(std::floor((lower - m.intercept) / m.slope) - 1, double(lo), double(hi)));
        rampEnd = int(std::clamp(std::ceil((upper - m.intercept) / m.slope) + 1, double(lo), double(hi)));
        fill(lo, rampBegin - 1, output(lo));
        fill(rampEnd + 1, hi, output(hi));
    }
    for (int s = rampBegin; s <= rampEnd; ++s)
        lut[s & mask] = output(s);
    if (pad.value) {
        const int p0 = pad.rangeLimit ? std::min(*pad.value, *pad.rangeLimit) : *pad.value;
        const int p1 = pad.rangeLimit ? std::max(*pad.value, *pad.rangeLimit) : *pad.value;
        fill(std::max(p0, lo), std::min(p1, hi), 0); // padding is shown black
    }
}
} // namespace

std::vector<quint8> buildDisplayLut(const DicomFrame &frame, const DicomInfo &info, const VoiSetting &voi, bool invert)
{
    std::vector<quint8> lut(size_t(displayLutSize(frame)));
    fillDisplayLut(frame, info, voi, invert, lut.data());
    return lut;
}

DisplayImage renderFrame(const DicomFrame &frame, const DicomInfo &info, const DisplayOptions &options)
{
    DisplayImage img;
    renderFrameInto(frame, info, options, img);
    return img;
}

void renderFrameInto(const DicomFrame &frame, const DicomInfo &info, const DisplayOptions &options, DisplayImage &img)
{
    if (!isMonochrome(frame.photometric) || frame.samplesPerPixel != 1) {
        img = renderColour(frame, info, options.invert);
        return;
    }
    img.rgb = false;
    img.width = frame.columns;
    img.height = frame.rows;
    img.voiUsed = options.voi ? *options.voi : defaultVoi(frame, info);
    // One table per thread, reused: no allocation on the W/L drag path.
    thread_local std::array<quint8, 65536> lut;
    fillDisplayLut(frame, info, img.voiUsed, options.invert, lut.data());
    img.pixels.resize(frame.pixelCount()); // keeps the allocation when the size is unchanged
    auto *out = reinterpret_cast<uchar *>(img.pixels.data());
    if (frame.data.size() < frame.pixelCount() * (frame.type == dicom::SampleType::U8 ? 1 : 2)) {
        img.pixels.fill(0);
        return;
    }
    if (frame.type == dicom::SampleType::U8)
        applyLut<quint8>(frame, lut.data(), out);
    else
        applyLut<quint16>(frame, lut.data(), out);
}

} // namespace cliniclink::imaging
