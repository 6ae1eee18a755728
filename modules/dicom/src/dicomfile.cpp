#include "cliniclink/dicom/dicomfile.h"

#include "bigstack.h"
#include "dicomlog.h"
#include "framedecoder.h"
#include "freshmemory.h"
#include "pixelarena.h"
#include "headerreader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dcstack.h>
#include <dcmtk/dcmdata/dcvr.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/oflog.h>

#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <QThreadPool>

#include <future>
#include <utility>

#ifdef __linux__
#include <pthread.h>
#endif
#include <mutex>

Q_LOGGING_CATEGORY(lcDicom, "cliniclink.dicom", QtInfoMsg)

namespace cliniclink::dicom {

namespace {
// DCMTK parses nested sequences recursively: hostile files with tens of thousands of levels
// overflow a normal stack. Parsing runs on a thread with a large (lazily committed) stack and
// files nested deeper than this are refused before any other recursive DCMTK call.
constexpr unsigned long kMaxNesting = 64;

// Whether the calling thread's stack is big enough to parse in place (checked once per thread).
bool onBigStack()
{
#ifdef __linux__
    thread_local const bool big = [] {
        pthread_attr_t attr;
        size_t size = 0;
        if (pthread_getattr_np(pthread_self(), &attr) != 0)
            return false;
        pthread_attr_getstacksize(&attr, &size);
        pthread_attr_destroy(&attr);
        return size >= kParseStackBytes;
    }();
    return big;
#else
    return false;
#endif
}

// Threads are reused: creating a thread per file would dominate the cost of small files.
QThreadPool *parsePool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setStackSize(kParseStackBytes);
        p->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

unsigned long nestingDepth(DcmDataset &ds)
{
    DcmStack stack;
    unsigned long depth = 0;
    while (ds.nextObject(stack, OFTrue).good())
        depth = std::max(depth, stack.card());
    return depth;
}
} // namespace

void internal::runWithBigStack(const std::function<void()> &fn)
{
    if (onBigStack()) {
        fn();
        return;
    }
    // Not QtConcurrent: QFuture::waitForFinished() may run a task that has not started yet on the
    // calling thread, i.e. on a small stack.
    std::promise<void> done;
    parsePool()->start([&] {
        fn();
        done.set_value();
    });
    done.get_future().wait();
}

void ensureCodecsRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // DCMTK logs through oflog; keep it quiet (it may print header values).
        OFLog::configure(OFLogger::FATAL_LOG_LEVEL);
        dcmEnableUnknownVRConversion.set(OFTrue); // explicit UN elements with known tags get their real VR
        DJDecoderRegistration::registerCodecs(); // JPEG: YBR converted to RGB like dcmdjpeg
        DJLSDecoderRegistration::registerCodecs();
        DcmRLEDecoderRegistration::registerCodecs();
    });
}

struct DicomFile::Private {
    QString path;
    std::unique_ptr<DcmFileFormat> file;
    DicomInfo info;
    mutable QMutex mutex;
    std::unique_ptr<internal::FrameDecoder> decoder;
    QByteArray nativePixels; // set by openInMemory(), handed to the decoder
    std::shared_ptr<const void> nativeStorage; // what nativePixels points into, if not owned
};

namespace {
// Looks for the meta header's Transfer Syntax UID in the first bytes, so that compressed files do
// not pay for a whole-file read and a second parse. Files without a meta header may still be
// native little endian: DCMTK decides.
bool mayBeNativeLittleEndian(const QByteArray &head)
{
    if (head.size() < 132 || head.mid(128, 4) != "DICM")
        return true;
    const auto *b = reinterpret_cast<const uchar *>(head.constData());
    qsizetype pos = 132;
    while (pos + 8 <= head.size()) {
        const int group = b[pos] | b[pos + 1] << 8, element = b[pos + 2] | b[pos + 3] << 8;
        if (group != 0x0002)
            return true; // no Transfer Syntax UID in the meta header: let DCMTK decide
        const QByteArray vr = head.mid(pos + 4, 2);
        const bool longLength = vr == "OB" || vr == "OW" || vr == "SQ" || vr == "UN" || vr == "UT" || vr == "UC"
            || vr == "UR" || vr == "OD" || vr == "OF" || vr == "OL" || vr == "OV";
        qint64 length = 0;
        if (longLength) {
            if (pos + 12 > head.size())
                return true;
            length = qint64(b[pos + 8]) | qint64(b[pos + 9]) << 8 | qint64(b[pos + 10]) << 16 | qint64(b[pos + 11]) << 24;
            pos += 12;
        } else {
            length = b[pos + 6] | b[pos + 7] << 8;
            pos += 8;
        }
        if (element == 0x0010) {
            const QByteArray uid = head.mid(pos, qsizetype(length)).replace('\0', ' ').trimmed();
            return uid == "1.2.840.10008.1.2" || uid == "1.2.840.10008.1.2.1";
        }
        if (length < 0 || length == 0xFFFFFFFF)
            return true;
        pos += qsizetype(length);
    }
    return true;
}

DicomInfo headerOf(DcmFileFormat &file)
{
    DcmDataset &ds = *file.getDataset();
    DcmMetaInfo *meta = file.getMetaInfo();
    OFString tsUid;
    const bool hasMeta = meta && meta->card() > 0;
    if (hasMeta)
        meta->findAndGetOFString(DCM_TransferSyntaxUID, tsUid);
    const DcmXfer original(ds.getOriginalXfer());
    if (tsUid.empty() || (original.getXfer() != EXS_Unknown && DcmXfer(tsUid.c_str()).getXfer() == EXS_Unknown
                          && !internal::isJpeg2000Syntax(QString::fromLatin1(tsUid.c_str()))))
        tsUid = original.getXferID();
    return internal::readHeader(ds, QString::fromLatin1(tsUid.c_str()).trimmed(), hasMeta);
}

// The common case of a series — an uncompressed little-endian image — read with one read() and
// parsed from memory up to Pixel Data; the pixels stay in the file buffer, which becomes the
// frame (no second open, no second read, no copy). Anything else (compressed, big endian,
// deflated, malformed, trailing data) returns false and takes DCMTK's file path.
bool openInMemory(const QString &path, DicomInfo &infoOut, QByteArray &pixelsOut, std::shared_ptr<const void> &storageOut,
                  std::unique_ptr<DcmFileFormat> &fileOut)
{
    constexpr qint64 kMaxBytes = qint64(512) << 20;
    if (gLocalByteOrder != EBO_LittleEndian)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const qint64 size = f.size();
    if (size < 64 || size > kMaxBytes || !mayBeNativeLittleEndian(f.peek(8192)))
        return false;
    // A whole image file goes into huge pages (pixelarena.h); small ones into a QByteArray.
    internal::PixelBlock block = internal::allocatePixelBlock(size);
    QByteArray owned;
    if (!block.data) {
        owned = QByteArray(size, Qt::Uninitialized);
        internal::prefault(owned.data(), size);
    }
    char *buffer = block.data ? block.data : owned.data();
    if (f.read(buffer, size) != size)
        return false;
    f.close();
    const QByteArray bytes = block.data ? QByteArray::fromRawData(buffer, size) : owned;

    auto file = std::make_unique<DcmFileFormat>();
    DcmInputBufferStream in;
    in.setBuffer(bytes.constData(), offile_off_t(size));
    in.setEos();
    file->transferInit();
    const OFCondition c = file->readUntilTag(in, EXS_Unknown, EGL_noChange, DCM_MaxReadLength, DCM_PixelData);
    file->transferEnd();
    DcmDataset *ds = file->getDataset();
    if (c.bad() || !ds || nestingDepth(*ds) > kMaxNesting)
        return false;
    const E_TransferSyntax xfer = ds->getOriginalXfer();
    const bool explicitVr = xfer == EXS_LittleEndianExplicit;
    if (!explicitVr && xfer != EXS_LittleEndianImplicit)
        return false;
    DicomInfo info = headerOf(*file);
    if (info.bitsAllocated != 8 && info.bitsAllocated != 16)
        return false;
    const bool packed422 = info.samplesPerPixel == 3 && info.bitsAllocated == 8
        && (info.photometric == QLatin1String("YBR_FULL_422") || info.photometric == QLatin1String("YBR_PARTIAL_422"));
    const qint64 pixelBytes = qint64(info.rows) * info.columns * std::max(1, info.frames)
        * (packed422 ? 2 : info.samplesPerPixel * (info.bitsAllocated / 8));
    if (pixelBytes <= 0)
        return false;
    // Pixel Data must be the last element and end the file, and the parse must have stopped
    // right at it (not at a nested icon image).
    const qint64 padded = pixelBytes + (pixelBytes & 1);
    const qint64 headerBytes = explicitVr ? 12 : 8;
    const qint64 at = size - padded - headerBytes;
    // DCMTK stops having read the element's tag and length.
    if (at < 0 || qint64(in.tell()) != at + headerBytes)
        return false;
    const auto *h = reinterpret_cast<const uchar *>(bytes.constData() + at);
    auto le32 = [](const uchar *b) { return quint32(b[0]) | quint32(b[1]) << 8 | quint32(b[2]) << 16 | quint32(b[3]) << 24; };
    if (h[0] != 0xE0 || h[1] != 0x7F || h[2] != 0x10 || h[3] != 0x00)
        return false;
    if (explicitVr && !(h[5] == 'W' || h[5] == 'B'))
        return false;
    if (explicitVr && (h[4] != 'O' || h[6] != 0 || h[7] != 0))
        return false;
    if (le32(h + (explicitVr ? 8 : 4)) != quint32(padded))
        return false;
    info.hasPixelData = true;
    if (block.data) {
        pixelsOut = QByteArray::fromRawData(buffer + at + headerBytes, pixelBytes); // a view, no copy
        storageOut = std::move(block.owner);
    } else {
        owned.remove(0, at + headerBytes); // moves the start pointer, no copy (Qt 6)
        owned.truncate(pixelBytes);
        pixelsOut = std::move(owned);
    }
    infoOut = std::move(info);
    fileOut = std::move(file);
    return true;
}
} // namespace

DicomFile::DicomFile(std::unique_ptr<Private> p) : d(std::move(p)) {}
DicomFile::DicomFile(DicomFile &&) noexcept = default;
DicomFile &DicomFile::operator=(DicomFile &&) noexcept = default;
DicomFile::~DicomFile()
{
    if (d)
        d->decoder.reset();
}

const DicomInfo &DicomFile::info() const { return d->info; }
QString DicomFile::path() const { return d->path; }

Result<DicomFile> DicomFile::open(const QString &path)
{
    ensureCodecsRegistered();
    const QFileInfo fi(path);
    if (!fi.isFile() || !fi.isReadable())
        return fail(ErrorCode::IoError, QStringLiteral("not a readable file"), path);

    auto p = std::make_unique<Private>();
    p->path = path;
    Result<void> status;
    auto parse = [&] {
        try {
            if (openInMemory(path, p->info, p->nativePixels, p->nativeStorage, p->file))
                return;
            auto file = std::make_unique<DcmFileFormat>();
            const OFCondition c = file->loadFile(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown,
                                                 EGL_noChange, DCM_MaxReadLength, ERM_autoDetect);
            DcmDataset *ds = file->getDataset();
            if (c.bad() || !ds) {
                status = fail(ErrorCode::DicomUnreadable, QString::fromLatin1(c.text()), path);
                return; // file is destroyed here, on the big stack
            }
            if (nestingDepth(*ds) > kMaxNesting) {
                status = fail(ErrorCode::DicomUnreadable, QStringLiteral("sequences nested too deeply"), path);
                return;
            }
            p->info = headerOf(*file);
            p->file = std::move(file);
        } catch (const std::exception &e) {
            status = fail(ErrorCode::DicomUnreadable, QString::fromLatin1(e.what()), path);
        } catch (...) {
            status = fail(ErrorCode::DicomUnreadable, QStringLiteral("unknown exception"), path);
        }
    };
    internal::runWithBigStack(parse);
    if (!status)
        return fail(status.error());
    if (!p->file)
        return fail(ErrorCode::DicomUnreadable, QStringLiteral("load failed"), path);
    p->decoder = std::make_unique<internal::FrameDecoder>(*p->file->getDataset(), p->info);
    if (!p->nativePixels.isNull())
        p->decoder->setNativePixels(std::exchange(p->nativePixels, {}), std::move(p->nativeStorage));
    qCDebug(lcDicom) << "opened" << p->info.rows << "x" << p->info.columns << "frames" << p->info.frames
                     << p->info.transferSyntaxUid;
    return DicomFile(std::move(p));
}

Result<DicomFrame> DicomFile::decodeFrame(int index) const
{
    QMutexLocker lock(&d->mutex);
    try {
        return d->decoder->decode(index);
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::DicomUnsupported, QStringLiteral("out of memory decoding frame"), d->path);
    } catch (const std::exception &e) {
        return fail(ErrorCode::DicomDecodeFailed, QString::fromLatin1(e.what()), d->path);
    }
}

} // namespace cliniclink::dicom
