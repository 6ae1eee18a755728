#include "cliniclink/imaging/pixelpipeline.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
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

// Rows are processed in blocks on the global thread pool when the frame is large enough to pay
// for the hand-off.
template <typename Fn>
void forRowBlocks(int rows, qsizetype pixelsPerRow, Fn fn)
{
    constexpr qsizetype kParallelThreshold = 1 << 17; // 362×362 and up
    if (qsizetype(rows) * pixelsPerRow < kParallelThreshold) {
        fn(0, rows);
        return;
    }
    const int blocks = std::min(rows, 32);
    std::vector<int> ids(static_cast<size_t>(blocks));
    std::iota(ids.begin(), ids.end(), 0);
    QtConcurrent::blockingMap(ids, [&](int b) {
        const int r0 = int(qint64(rows) * b / blocks);
        const int r1 = int(qint64(rows) * (b + 1) / blocks);
        fn(r0, r1);
    });
}

template <typename T>
void applyLut(const DicomFrame &f, const std::vector<quint8> &lut, uchar *out)
{
    const T *src = reinterpret_cast<const T *>(f.data.constData());
    const int base = displayLutFirstValue(f);
    const int last = int(lut.size()) - 1;
    // With a decoder-recorded range every value indexes the table directly (the hot W/L loop);
    // otherwise clamp.
    const quint8 *table = lut.data() - base;
    const bool ranged = f.hasRange();
    forRowBlocks(f.rows, f.columns, [&](int r0, int r1) {
        const qsizetype begin = qsizetype(r0) * f.columns, end = qsizetype(r1) * f.columns;
        if (ranged) {
            for (qsizetype i = begin; i < end; ++i)
                out[i] = table[src[i]];
        } else {
            for (qsizetype i = begin; i < end; ++i)
                out[i] = lut[size_t(std::clamp(int(src[i]) - base, 0, last))];
        }
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
    const bool ybr = f.photometric.startsWith(QLatin1String("YBR"));
    auto paletteValue = [](const LookupTable &l, int idx) {
        if (!l.isValid())
            return quint8(0);
        const int v = l.lookup(idx);
        // 16-bit tables (and 8-bit tables stored in the high byte) are scaled to 8 bits.
        return quint8(l.bitsPerEntry > 8 || v > 255 ? v >> 8 : v);
    };
    forRowBlocks(f.rows, f.columns, [&](int r0, int r1) {
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

int displayLutFirstValue(const DicomFrame &frame) { return frame.hasRange() ? frame.rangeMin : frame.minStoredValue(); }

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

std::vector<quint8> buildDisplayLut(const DicomFrame &frame, const DicomInfo &info, const VoiSetting &voi, bool invert)
{
    const Padding pad = Padding::fromInfo(info);
    const ModalityTransform m = ModalityTransform::fromInfo(info);
    const int lo = displayLutFirstValue(frame);
    const int hi = frame.hasRange() ? frame.rangeMax : frame.maxStoredValue();
    const bool flip = (frame.photometric == QLatin1String("MONOCHROME1")) != invert;
    // MONOCHROME1: minimum shown white, applied after VOI.
    auto output = [&](int s) { return clamp8((flip ? 1 - voi.apply(m.apply(s)) : voi.apply(m.apply(s))) * 255.0); };
    std::vector<quint8> lut(size_t(hi - lo + 1));
    int rampBegin = lo, rampEnd = hi;
    // LINEAR / LINEAR_EXACT windows over a rescale are flat outside the window: compute only the
    // ramp and fill the rest (a drag recomputes this table on every mouse event).
    if (voi.kind == VoiSetting::Kind::Window && voi.function != VoiFunction::Sigmoid && !m.lut.isValid() && m.slope > 0) {
        const double lower = voi.function == VoiFunction::Linear ? voi.center - 0.5 - (std::max(voi.width, 1.0) - 1) / 2
                                                                 : voi.center - voi.width / 2;
        const double upper = voi.function == VoiFunction::Linear ? voi.center - 0.5 + (std::max(voi.width, 1.0) - 1) / 2
                                                                 : voi.center + voi.width / 2;
        rampBegin = int(std::clamp(std::floor((lower - m.intercept) / m.slope) - 1, double(lo), double(hi)));
        rampEnd = int(std::clamp(std::ceil((upper - m.intercept) / m.slope) + 1, double(lo), double(hi)));
        std::fill(lut.begin(), lut.begin() + (rampBegin - lo), output(lo));
        std::fill(lut.begin() + (rampEnd - lo + 1), lut.end(), output(hi));
    }
    for (int s = rampBegin; s <= rampEnd; ++s)
        lut[size_t(s - lo)] = output(s);
    if (pad.value) {
        const int p0 = pad.rangeLimit ? std::min(*pad.value, *pad.rangeLimit) : *pad.value;
        const int p1 = pad.rangeLimit ? std::max(*pad.value, *pad.rangeLimit) : *pad.value;
        for (int s = std::max(p0, lo); s <= std::min(p1, hi); ++s)
            lut[size_t(s - lo)] = 0; // padding is shown black
    }
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
    const std::vector<quint8> lut = buildDisplayLut(frame, info, img.voiUsed, options.invert);
    img.pixels.resize(frame.pixelCount()); // keeps the allocation when the size is unchanged
    auto *out = reinterpret_cast<uchar *>(img.pixels.data());
    switch (frame.type) {
    case dicom::SampleType::U8:
        applyLut<quint8>(frame, lut, out);
        break;
    case dicom::SampleType::U16:
        applyLut<quint16>(frame, lut, out);
        break;
    case dicom::SampleType::S16:
        applyLut<qint16>(frame, lut, out);
        break;
    }
}

} // namespace cliniclink::imaging
