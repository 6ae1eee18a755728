#include "framedecoder.h"

#include "dicomlog.h"
#include "freshmemory.h"
#include "j2kdecoder.h"
#include "jpeglsdecoder.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfcache.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <cstring>

namespace cliniclink::dicom::internal {

namespace {
constexpr qint64 kMaxFrameBytes = qint64(1) << 30; // refuse absurd declared sizes before allocating

bool isYbr422(const QString &p) { return p == QLatin1String("YBR_FULL_422") || p == QLatin1String("YBR_PARTIAL_422"); }

DcmPixelData *pixelData(DcmDataset &ds)
{
    DcmElement *e = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, e).bad() || !e || e->ident() != EVR_PixelData)
        return nullptr;
    return static_cast<DcmPixelData *>(e);
}
} // namespace

bool isJpeg2000Syntax(const QString &uid)
{
    static const char *const kUids[] = {"1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91", "1.2.840.10008.1.2.4.92",
                                        "1.2.840.10008.1.2.4.93", "1.2.840.10008.1.2.4.201", "1.2.840.10008.1.2.4.202",
                                        "1.2.840.10008.1.2.4.203"};
    for (const char *u : kUids)
        if (uid == QLatin1String(u))
            return true;
    return false;
}

bool isJpegLsSyntax(const QString &uid)
{
    return uid == QLatin1String("1.2.840.10008.1.2.4.80") || uid == QLatin1String("1.2.840.10008.1.2.4.81");
}

FrameDecoder::FrameDecoder(DcmDataset &dataset, const DicomInfo &info)
    : m_dataset(dataset), m_info(info), m_cache(new DcmFileCache)
{
}

FrameDecoder::~FrameDecoder() { delete m_cache; }

Result<void> FrameDecoder::validate(int index) const
{
    const DicomInfo &i = m_info;
    if (!i.hasPixelData)
        return fail(ErrorCode::DicomNoPixelData, QStringLiteral("no Pixel Data element"));
    if (i.rows <= 0 || i.columns <= 0)
        return fail(ErrorCode::DicomNoPixelData, QStringLiteral("Rows/Columns missing"));
    if (i.samplesPerPixel != 1 && i.samplesPerPixel != 3)
        return fail(ErrorCode::DicomUnsupported, QStringLiteral("Samples per Pixel %1").arg(i.samplesPerPixel));
    if (i.bitsAllocated != 1 && i.bitsAllocated != 8 && i.bitsAllocated != 16)
        return fail(ErrorCode::DicomUnsupported, QStringLiteral("Bits Allocated %1").arg(i.bitsAllocated));
    if (i.bitsStored < 1 || i.bitsStored > i.bitsAllocated || i.highBit < i.bitsStored - 1 || i.highBit >= i.bitsAllocated)
        return fail(ErrorCode::DicomUnsupported, QStringLiteral("Bits Stored %1 / High Bit %2").arg(i.bitsStored).arg(i.highBit));
    if (i.photometric.isEmpty())
        return fail(ErrorCode::DicomUnsupported, QStringLiteral("Photometric Interpretation missing"));
    if (index < 0 || index >= i.frames)
        return fail(ErrorCode::FrameOutOfRange, QStringLiteral("frame %1 of %2").arg(index).arg(i.frames));
    const qint64 bytes = qint64(i.rows) * i.columns * i.samplesPerPixel * std::max(1, i.bitsAllocated / 8);
    if (bytes > kMaxFrameBytes)
        return fail(ErrorCode::DicomUnsupported, QStringLiteral("frame of %1 bytes").arg(bytes));
    return {};
}

Result<DicomFrame> FrameDecoder::decode(int index)
{
    CL_TRY(validate(index));
    const DcmXfer xfer(m_dataset.getOriginalXfer());
    if (isJpeg2000Syntax(m_info.transferSyntaxUid))
        return decodeJ2k(index);
    if (!m_nativePixels.isNull()) {
        auto f = decodeNative(index);
        if (f && m_nativeStorage && f->data.constData() >= m_nativePixels.constData()
            && f->data.constData() < m_nativePixels.constData() + m_nativePixels.size())
            f->storage = m_nativeStorage; // the frame is a view of the file's buffer
        return f;
    }
    if (m_info.bitsAllocated == 1)
        return decodeBitmap(index);
    DcmPixelData *pd = pixelData(m_dataset);
    if (!pd)
        return fail(ErrorCode::DicomNoPixelData, QStringLiteral("Pixel Data unreadable"));
    if (xfer.getXfer() == EXS_Unknown)
        return fail(ErrorCode::DicomUnsupported, QStringLiteral("transfer syntax %1").arg(m_info.transferSyntaxUid));
    if (!xfer.isEncapsulated())
        return decodeNative(index);
    // CLINICLINK_JPEGLS_FAST_PATH=0 sends every JPEG-LS frame to DCMTK (a switch for the field,
    // and the reference the tests compare the fast path with).
    if (isJpegLsSyntax(m_info.transferSyntaxUid) && qEnvironmentVariable("CLINICLINK_JPEGLS_FAST_PATH") != QLatin1String("0"))
        if (std::optional<DicomFrame> f = decodeJpegLs(index))
            return std::move(*f);
    return decodeWithDcmtk(index);
}

std::optional<DicomFrame> FrameDecoder::decodeJpegLs(int index)
{
    if (m_info.samplesPerPixel != 1 || (m_info.bitsAllocated != 8 && m_info.bitsAllocated != 16))
        return std::nullopt;
    DcmPixelData *pd = pixelData(m_dataset);
    E_TransferSyntax original = EXS_Unknown;
    const DcmRepresentationParameter *param = nullptr;
    DcmPixelSequence *seq = nullptr;
    if (!pd || (pd->getOriginalRepresentationKey(original, param), pd->getEncapsulatedRepresentation(original, param, seq).bad())
        || !seq || seq->card() < 2)
        return std::nullopt;
    // One fragment per frame is read in place; a single frame split over fragments is joined;
    // anything else (several frames over several fragments each) is left to DCMTK.
    QByteArray joined;
    const uchar *stream = nullptr;
    size_t streamSize = 0;
    if (seq->card() - 1 == static_cast<unsigned long>(m_info.frames)) {
        DcmPixelItem *item = nullptr;
        Uint8 *bytes = nullptr;
        if (seq->getItem(item, static_cast<unsigned long>(index) + 1).bad() || !item || item->getLength() == 0
            || item->getUint8Array(bytes).bad() || !bytes)
            return std::nullopt;
        stream = bytes;
        streamSize = item->getLength();
    } else if (m_info.frames == 1) {
        auto all = fragmentsOfFrame(0);
        if (!all)
            return std::nullopt;
        joined = std::move(*all);
        stream = reinterpret_cast<const uchar *>(joined.constData());
        streamSize = size_t(joined.size());
    } else {
        return std::nullopt;
    }
    const int bytesPerSample = m_info.bitsAllocated / 8;
    QByteArray buffer(qsizetype(m_info.rows) * m_info.columns * bytesPerSample, Qt::Uninitialized);
    prefault(buffer.data(), buffer.size());
    const JpegLsTarget target{m_info.rows, m_info.columns, bytesPerSample, reinterpret_cast<uint8_t *>(buffer.data())};
    const JpegLsOutcome outcome = decodeJpegLsLossless(stream, streamSize, target);
    if (outcome != JpegLsOutcome::Decoded) {
        qCDebug(lcDicom) << "JPEG-LS fast path declined:" << (outcome == JpegLsOutcome::Corrupt ? "damaged stream" : "other form");
        return std::nullopt;
    }
    DicomFrame f = normalise(buffer, m_info.photometric, 0);
    f.decodedBy = DecodePath::JpegLsLossless;
    return f;
}

Result<QByteArray> FrameDecoder::nativeFrameBytes(int index, qint64 frameBytes)
{
    const qint64 offset = frameBytes * index;
    if (!m_nativePixels.isNull()) {
        if (m_nativePixels.size() < offset + frameBytes)
            return fail(ErrorCode::DicomDecodeFailed,
                        QStringLiteral("Pixel Data has %1 bytes, frame %2 needs %3").arg(m_nativePixels.size()).arg(index).arg(offset + frameBytes));
        // A single frame is the file buffer itself: no copy.
        if (offset == 0 && m_nativePixels.size() == frameBytes)
            return m_nativePixels;
        return m_nativePixels.mid(offset, frameBytes);
    }
    DcmPixelData *pd = pixelData(m_dataset);
    if (qint64(pd->getLength()) < offset + frameBytes)
        return fail(ErrorCode::DicomDecodeFailed,
                    QStringLiteral("Pixel Data has %1 bytes, frame %2 needs %3").arg(pd->getLength()).arg(index).arg(offset + frameBytes));
    QByteArray buffer(frameBytes + (frameBytes & 1), Qt::Uninitialized);
    if (pd->getPartialValue(buffer.data(), Uint32(offset), Uint32(frameBytes), m_cache, gLocalByteOrder).bad())
        return fail(ErrorCode::DicomDecodeFailed, QStringLiteral("Pixel Data could not be read"));
    buffer.resize(frameBytes);
    return buffer;
}

Result<DicomFrame> FrameDecoder::decodeNative(int index)
{
    const qint64 pixels = qint64(m_info.rows) * m_info.columns;
    qint64 frameBytes = pixels * m_info.samplesPerPixel * (m_info.bitsAllocated / 8);
    const bool packed422 = isYbr422(m_info.photometric) && m_info.samplesPerPixel == 3 && m_info.bitsAllocated == 8;
    if (packed422)
        frameBytes = pixels * 2;
    auto bytes = nativeFrameBytes(index, frameBytes);
    if (!bytes)
        return fail(bytes.error());
    const QByteArray buffer = std::move(*bytes);
    if (packed422) {
        // Y1 Y2 Cb Cr per pixel pair (PS3.3 C.7.6.3.1.2) → Y Cb Cr per pixel.
        QByteArray full(pixels * 3, Qt::Uninitialized);
        const auto *s = reinterpret_cast<const quint8 *>(buffer.constData());
        auto *d = reinterpret_cast<quint8 *>(full.data());
        for (qint64 p = 0; p + 1 < pixels; p += 2, s += 4, d += 6) {
            d[0] = s[0]; d[1] = s[2]; d[2] = s[3];
            d[3] = s[1]; d[4] = s[2]; d[5] = s[3];
        }
        DicomFrame f = normalise(full, QStringLiteral("YBR_FULL"), 0);
        return f;
    }
    return normalise(buffer, m_info.photometric, m_info.planarConfiguration);
}

Result<DicomFrame> FrameDecoder::decodeBitmap(int index)
{
    DcmPixelData *pd = pixelData(m_dataset);
    if (!pd || m_info.samplesPerPixel != 1)
        return fail(ErrorCode::DicomUnsupported, QStringLiteral("1-bit colour"));
    if (DcmXfer(m_dataset.getOriginalXfer()).isEncapsulated())
        return fail(ErrorCode::DicomUnsupported, QStringLiteral("compressed 1-bit image"));
    const qint64 pixels = qint64(m_info.rows) * m_info.columns;
    const qint64 firstBit = pixels * index;
    const qint64 firstByte = firstBit / 8;
    const qint64 lastByte = (firstBit + pixels + 7) / 8;
    if (qint64(pd->getLength()) < lastByte)
        return fail(ErrorCode::DicomDecodeFailed, QStringLiteral("Pixel Data too short for frame %1").arg(index));
    QByteArray bytes(lastByte - firstByte + 1, 0);
    if (pd->getPartialValue(bytes.data(), Uint32(firstByte), Uint32(lastByte - firstByte), m_cache).bad())
        return fail(ErrorCode::DicomDecodeFailed, QStringLiteral("Pixel Data could not be read"));
    DicomFrame f;
    f.rows = m_info.rows;
    f.columns = m_info.columns;
    f.bitsStored = 1;
    f.photometric = m_info.photometric;
    f.data.resize(pixels);
    const int shift = int(firstBit % 8);
    for (qint64 i = 0; i < pixels; ++i) {
        const qint64 bit = i + shift;
        f.data[i] = char((static_cast<quint8>(bytes[bit / 8]) >> (bit % 8)) & 1);
    }
    return f;
}

Result<DicomFrame> FrameDecoder::decodeWithDcmtk(int index)
{
    DcmPixelData *pd = pixelData(m_dataset);
    Uint32 frameSize = 0;
    if (pd->getUncompressedFrameSize(&m_dataset, frameSize).bad() || frameSize == 0)
        return fail(ErrorCode::DicomDecodeFailed, QStringLiteral("frame size unknown"));
    QByteArray buffer(qsizetype(frameSize) + (frameSize & 1), Qt::Uninitialized);
    prefault(buffer.data(), buffer.size());
    Uint32 start = index == m_nextFrame ? Uint32(m_nextFragment) : 0;
    OFString colourModel;
    const OFCondition c =
        pd->getUncompressedFrame(&m_dataset, Uint32(index), start, buffer.data(), Uint32(buffer.size()), colourModel, m_cache);
    if (c.bad()) {
        m_nextFrame = -1;
        return fail(ErrorCode::DicomDecodeFailed, QString::fromLatin1(c.text()));
    }
    m_nextFragment = start;
    m_nextFrame = index + 1;
    // Codecs report the planar configuration of what they returned in the data set.
    Uint16 planar = 0;
    m_dataset.findAndGetUint16(DCM_PlanarConfiguration, planar);
    QString photometric = QString::fromLatin1(colourModel.c_str()).trimmed();
    if (photometric.isEmpty())
        photometric = m_info.photometric;
    const qint64 expected = qint64(m_info.rows) * m_info.columns * m_info.samplesPerPixel * (m_info.bitsAllocated / 8);
    buffer.resize(std::min<qint64>(buffer.size(), expected));
    if (buffer.size() < expected)
        return fail(ErrorCode::DicomDecodeFailed, QStringLiteral("decoded frame too small"));
    DicomFrame f = normalise(buffer, photometric, planar);
    f.decodedBy = DecodePath::Dcmtk;
    return f;
}

DicomFrame FrameDecoder::normalise(const QByteArray &buffer, const QString &photometric, int planarConfiguration) const
{
    DicomFrame f;
    f.rows = m_info.rows;
    f.columns = m_info.columns;
    f.samplesPerPixel = m_info.samplesPerPixel;
    f.bitsStored = m_info.bitsStored;
    f.isSigned = m_info.pixelSigned;
    f.photometric = photometric;
    const qsizetype pixels = f.pixelCount();
    const int spp = f.samplesPerPixel;
    const qsizetype n = pixels * spp;
    const bool planar = spp > 1 && planarConfiguration == 1;
    // Index in the source buffer of sample s of pixel p.
    auto src = [&](qsizetype p, int s) { return planar ? s * pixels + p : p * spp + s; };
    const int shift = m_info.highBit + 1 - m_info.bitsStored;
    const unsigned mask = m_info.bitsStored >= 32 ? ~0u : ((1u << m_info.bitsStored) - 1);
    const unsigned signBit = 1u << (m_info.bitsStored - 1);

    if (m_info.bitsAllocated == 16 && m_info.bitsStored == 16 && spp == 1) {
        // Common CT/MR case: the buffer already holds the stored values.
        f.type = f.isSigned ? SampleType::S16 : SampleType::U16;
        f.data = buffer;
        return f;
    }
    if (m_info.bitsAllocated == 8 && !f.isSigned) {
        f.type = SampleType::U8;
        f.data.resize(n);
        const auto *s = reinterpret_cast<const quint8 *>(buffer.constData());
        auto *d = reinterpret_cast<quint8 *>(f.data.data());
        for (qsizetype p = 0; p < pixels; ++p)
            for (int k = 0; k < spp; ++k)
                d[p * spp + k] = quint8((unsigned(s[src(p, k)]) >> shift) & mask);
        return f;
    }
    f.type = f.isSigned ? SampleType::S16 : SampleType::U16;
    f.data.resize(n * 2);
    auto *d16 = reinterpret_cast<quint16 *>(f.data.data());
    const bool eight = m_info.bitsAllocated == 8;
    const auto *s8 = reinterpret_cast<const quint8 *>(buffer.constData());
    const auto *s16 = reinterpret_cast<const quint16 *>(buffer.constData());
    for (qsizetype p = 0; p < pixels; ++p) {
        for (int k = 0; k < spp; ++k) {
            const qsizetype i = src(p, k);
            unsigned v = ((eight ? unsigned(s8[i]) : unsigned(s16[i])) >> shift) & mask;
            if (f.isSigned && (v & signBit))
                v |= ~mask; // sign-extend
            d16[p * spp + k] = quint16(v);
        }
    }
    return f;
}

Result<QByteArray> FrameDecoder::fragmentsOfFrame(int index)
{
    DcmPixelData *pd = pixelData(m_dataset);
    if (!pd)
        return fail(ErrorCode::DicomNoPixelData, QStringLiteral("Pixel Data unreadable"));
    E_TransferSyntax original = EXS_Unknown;
    const DcmRepresentationParameter *param = nullptr;
    pd->getOriginalRepresentationKey(original, param);
    DcmPixelSequence *seq = nullptr;
    if (pd->getEncapsulatedRepresentation(original, param, seq).bad() || !seq || seq->card() < 2)
        return fail(ErrorCode::DicomDecodeFailed, QStringLiteral("no encapsulated fragments"));
    const unsigned long items = seq->card();
    auto fragmentBytes = [&](unsigned long i) -> Result<QByteArray> {
        DcmPixelItem *item = nullptr;
        if (seq->getItem(item, i).bad() || !item)
            return fail(ErrorCode::DicomDecodeFailed, QStringLiteral("fragment %1 missing").arg(i));
        Uint8 *bytes = nullptr;
        if (item->getLength() == 0)
            return QByteArray();
        if (item->getUint8Array(bytes).bad() || !bytes)
            return fail(ErrorCode::DicomDecodeFailed, QStringLiteral("fragment %1 unreadable").arg(i));
        return QByteArray(reinterpret_cast<const char *>(bytes), qsizetype(item->getLength()));
    };
    auto concat = [&](unsigned long first, unsigned long last) -> Result<QByteArray> {
        QByteArray out;
        for (unsigned long i = first; i < last; ++i) {
            auto b = fragmentBytes(i);
            if (!b)
                return fail(b.error());
            out += *b;
        }
        return out;
    };
    const int frames = m_info.frames;
    if (frames == 1)
        return concat(1, items);
    if (items - 1 == static_cast<unsigned long>(frames))
        return fragmentBytes(static_cast<unsigned long>(index) + 1);
    // Several fragments per frame: find frame starts by the codestream's SOC marker (or JP2 box).
    std::vector<unsigned long> starts;
    for (unsigned long i = 1; i < items; ++i) {
        auto b = fragmentBytes(i);
        if (!b)
            return fail(b.error());
        if (b->startsWith(QByteArray("\xFF\x4F\xFF\x51", 4)) || b->startsWith(QByteArray("\0\0\0\x0CjP  ", 8)))
            starts.push_back(i);
    }
    if (index >= int(starts.size()))
        return fail(ErrorCode::DicomDecodeFailed, QStringLiteral("frame %1 not found among fragments").arg(index));
    const unsigned long end = index + 1 < int(starts.size()) ? starts[size_t(index) + 1] : items;
    return concat(starts[size_t(index)], end);
}

Result<DicomFrame> FrameDecoder::decodeJ2k(int index)
{
    auto bytes = fragmentsOfFrame(index);
    if (!bytes)
        return fail(bytes.error());
    auto frame = decodeJpeg2000(*bytes, m_info.rows, m_info.columns);
    if (!frame)
        return frame;
    frame->decodedBy = DecodePath::OpenJpeg;
    if (frame->samplesPerPixel == 1)
        frame->photometric = m_info.photometric;
    else if (!m_info.photometric.startsWith(QLatin1String("YBR_RCT")) && !m_info.photometric.startsWith(QLatin1String("YBR_ICT"))
             && m_info.photometric != QLatin1String("RGB"))
        frame->photometric = m_info.photometric;
    return frame;
}

} // namespace cliniclink::dicom::internal
