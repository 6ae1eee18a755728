#include "cliniclink/dicom/dicomfile.h"

#include "dicomlog.h"
#include "framedecoder.h"
#include "headerreader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
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
};

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
            DcmMetaInfo *meta = file->getMetaInfo();
            OFString tsUid;
            const bool hasMeta = meta && meta->card() > 0;
            if (hasMeta)
                meta->findAndGetOFString(DCM_TransferSyntaxUID, tsUid);
            const DcmXfer original(ds->getOriginalXfer());
            if (tsUid.empty() || (original.getXfer() != EXS_Unknown && DcmXfer(tsUid.c_str()).getXfer() == EXS_Unknown
                                  && !internal::isJpeg2000Syntax(QString::fromLatin1(tsUid.c_str()))))
                tsUid = original.getXferID();
            p->info = internal::readHeader(*ds, QString::fromLatin1(tsUid.c_str()).trimmed(), hasMeta);
            p->file = std::move(file);
        } catch (const std::exception &e) {
            status = fail(ErrorCode::DicomUnreadable, QString::fromLatin1(e.what()), path);
        } catch (...) {
            status = fail(ErrorCode::DicomUnreadable, QStringLiteral("unknown exception"), path);
        }
    };
    if (onBigStack()) {
        parse();
    } else {
        // Not QtConcurrent: QFuture::waitForFinished() may run a task that has not started yet on
        // the calling thread, i.e. on a small stack.
        std::promise<void> done;
        parsePool()->start([&] {
            parse();
            done.set_value();
        });
        done.get_future().wait();
    }
    if (!status)
        return fail(status.error());
    if (!p->file)
        return fail(ErrorCode::DicomUnreadable, QStringLiteral("load failed"), path);
    p->decoder = std::make_unique<internal::FrameDecoder>(*p->file->getDataset(), p->info);
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
