#include "lutreader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcitem.h>

namespace cliniclink::dicom::internal {

namespace {
constexpr size_t kMaxLutEntries = 65536;

struct Descriptor {
    size_t entries = 0;
    int firstMapped = 0;
    int bits = 16;
    bool ok = false;
};

// The descriptor is US or SS; the first-mapped value's sign depends on context (PS3.3 C.11.1.1).
Descriptor readDescriptor(DcmItem &item, const DcmTagKey &tag, bool signedFirstMapped)
{
    Descriptor d;
    DcmElement *e = nullptr;
    if (item.findAndGetElement(tag, e).bad() || !e || e->getVM() < 3)
        return d;
    Uint16 v[3] = {0, 0, 0};
    for (unsigned long i = 0; i < 3; ++i) {
        Sint16 s = 0;
        if (e->getUint16(v[i], i).bad()) {
            if (e->getSint16(s, i).bad())
                return d;
            v[i] = Uint16(s);
        }
    }
    d.entries = v[0] == 0 ? 65536 : v[0];
    d.firstMapped = (signedFirstMapped || e->ident() == EVR_SS) ? int(Sint16(v[1])) : int(v[1]);
    d.bits = v[2];
    d.ok = d.bits >= 1 && d.bits <= 16;
    return d;
}

std::vector<quint16> readWords(DcmItem &item, const DcmTagKey &tag)
{
    DcmElement *e = nullptr;
    const Uint16 *words = nullptr;
    if (item.findAndGetElement(tag, e).bad() || !e || e->getUint16Array(const_cast<Uint16 *&>(words)).bad()
        || !words)
        return {};
    const size_t n = e->getLength() / 2;
    return std::vector<quint16>(words, words + n);
}

// Legacy 8-bit tables sometimes pack two entries per word; unpack them.
void unpackIfPacked(LookupTable &lut, size_t entries)
{
    if (lut.bitsPerEntry == 8 && lut.data.size() * 2 == entries) {
        std::vector<quint16> unpacked;
        unpacked.reserve(entries);
        for (quint16 w : lut.data) {
            unpacked.push_back(w & 0xFF);
            unpacked.push_back(w >> 8);
        }
        lut.data = std::move(unpacked);
    }
}

// PS3.3 C.7.9.2: discrete (0), linear (1) and indirect (2) segments.
std::vector<quint16> expandSegments(const std::vector<quint16> &seg, size_t expected, int depth = 0)
{
    std::vector<quint16> out;
    size_t i = 0;
    while (i + 1 < seg.size() && out.size() < expected && depth < 4) {
        const quint16 op = seg[i];
        const size_t len = seg[i + 1];
        if (op == 0) {
            if (i + 2 + len > seg.size())
                break;
            out.insert(out.end(), seg.begin() + qsizetype(i + 2), seg.begin() + qsizetype(i + 2 + len));
            i += 2 + len;
        } else if (op == 1) {
            if (i + 2 >= seg.size() || out.empty())
                break;
            const double y0 = out.back();
            const double y1 = seg[i + 2];
            for (size_t k = 1; k <= len; ++k)
                out.push_back(quint16(y0 + (y1 - y0) * double(k) / double(len) + 0.5));
            i += 3;
        } else if (op == 2) {
            if (i + 3 >= seg.size())
                break;
            const size_t offset = size_t(seg[i + 2]) | (size_t(seg[i + 3]) << 16);
            // Copy `len` segments starting at word offset: re-expand that span.
            std::vector<quint16> sub;
            size_t j = offset, copied = 0;
            while (j + 1 < seg.size() && copied < len) {
                const size_t l = seg[j] == 0 ? 2 + seg[j + 1] : seg[j] == 1 ? 3 : 4;
                sub.insert(sub.end(), seg.begin() + qsizetype(j), seg.begin() + qsizetype(std::min(seg.size(), j + l)));
                j += l;
                ++copied;
            }
            std::vector<quint16> prefix = out;
            if (!prefix.empty()) {
                // A linear segment at the start of the copy interpolates from our last value.
                std::vector<quint16> withSeed = {0, 1, prefix.back()};
                withSeed.insert(withSeed.end(), sub.begin(), sub.end());
                std::vector<quint16> e = expandSegments(withSeed, expected, depth + 1);
                out.insert(out.end(), e.begin() + 1, e.end());
            } else {
                std::vector<quint16> e = expandSegments(sub, expected, depth + 1);
                out.insert(out.end(), e.begin(), e.end());
            }
            i += 4;
        } else {
            break;
        }
    }
    if (out.size() > expected)
        out.resize(expected);
    return out;
}
} // namespace

LookupTable readLutItem(DcmItem &item, bool signedFirstMapped)
{
    LookupTable lut;
    const Descriptor d = readDescriptor(item, DCM_LUTDescriptor, signedFirstMapped);
    if (!d.ok)
        return lut;
    lut.firstMapped = d.firstMapped;
    lut.bitsPerEntry = d.bits;
    lut.data = readWords(item, DCM_LUTData);
    unpackIfPacked(lut, d.entries);
    if (lut.data.size() > kMaxLutEntries)
        lut.data.resize(kMaxLutEntries);
    OFString expl;
    if (item.findAndGetOFString(DCM_LUTExplanation, expl).good())
        lut.explanation = QString::fromLatin1(expl.c_str()).trimmed();
    return lut;
}

LookupTable readPalette(DcmItem &dataset, const DcmTagKey &descriptor, const DcmTagKey &data,
                        const DcmTagKey &segmentedData, bool signedFirstMapped)
{
    LookupTable lut;
    const Descriptor d = readDescriptor(dataset, descriptor, signedFirstMapped);
    if (!d.ok)
        return lut;
    lut.firstMapped = d.firstMapped;
    lut.bitsPerEntry = d.bits;
    lut.data = readWords(dataset, data);
    if (lut.data.empty())
        lut.data = expandSegments(readWords(dataset, segmentedData), d.entries);
    else
        unpackIfPacked(lut, d.entries);
    if (lut.data.size() > kMaxLutEntries)
        lut.data.resize(kMaxLutEntries);
    return lut;
}

} // namespace cliniclink::dicom::internal
