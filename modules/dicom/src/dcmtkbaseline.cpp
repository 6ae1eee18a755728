#include "cliniclink/dicom/dcmtkbaseline.h"

#include "cliniclink/dicom/dicomfile.h"

#include "freshmemory.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmimgle/dcmimage.h>

#include <QElapsedTimer>
#include <QFile>
#include <QThreadPool>

#include <atomic>

#include <memory>
#include <vector>

namespace cliniclink::dicom::baseline {

Result<double> windowLevelMs(const QString &path, const std::vector<std::pair<double, double>> &windows, int iterations)
{
    ensureCodecsRegistered();
    DicomImage image(QFile::encodeName(path).constData(), CIF_UsePartialAccessToPixelData, 0, 1);
    if (image.getStatus() != EIS_Normal || windows.empty())
        return fail(ErrorCode::DicomUnreadable, QString::fromLatin1(DicomImage::getString(image.getStatus())), path);
    QElapsedTimer t;
    t.start();
    int n = 0;
    for (int i = 0; i < iterations; ++i)
        for (const auto &[c, w] : windows) {
            image.setWindow(c, w);
            if (!image.getOutputData(8))
                return fail(ErrorCode::DicomDecodeFailed, QStringLiteral("getOutputData"), path);
            ++n;
        }
    return double(t.nsecsElapsed()) / 1e6 / n;
}

Result<double> decodeSeriesMs(const QStringList &paths)
{
    ensureCodecsRegistered();
    // Decoded data sets are kept until the end, as a viewer (and our side of the benchmark) keeps
    // the decoded series: both pay for fresh memory.
    std::vector<std::unique_ptr<DcmFileFormat>> kept;
    kept.reserve(size_t(paths.size()));
    QElapsedTimer t;
    t.start();
    for (const QString &p : paths) {
        auto file = std::make_unique<DcmFileFormat>();
        if (file->loadFile(OFFilename(QFile::encodeName(p).constData())).bad())
            return fail(ErrorCode::DicomUnreadable, {}, p);
        DcmDataset *ds = file->getDataset();
        if (ds->chooseRepresentation(EXS_LittleEndianExplicit, nullptr).bad())
            return fail(ErrorCode::DicomDecodeFailed, {}, p);
        const Uint16 *pixels = nullptr;
        if (ds->findAndGetUint16Array(DCM_PixelData, pixels).bad() || !pixels)
            return fail(ErrorCode::DicomNoPixelData, {}, p);
        kept.push_back(std::move(file));
    }
    const double ms = double(t.nsecsElapsed()) / 1e6;
    return ms;
}

double runOnThreadsMs(int count, int threads, uint stackBytes, const std::function<bool(int)> &job)
{
    std::atomic<int> next = 0;
    std::atomic<bool> ok = true;
    QThreadPool workers;
    if (stackBytes > 0)
        workers.setStackSize(stackBytes);
    workers.setMaxThreadCount(threads);
    QElapsedTimer t;
    t.start();
    for (int w = 0; w < threads; ++w)
        workers.start([&] {
            for (int i = next++; i < count; i = next++)
                if (!job(i))
                    ok = false;
        });
    workers.waitForDone();
    return ok ? double(t.nsecsElapsed()) / 1e6 : -1;
}

Result<double> readFilesMs(const QStringList &paths, int threads)
{
    std::vector<QByteArray> kept(size_t(paths.size()));
    const double ms = runOnThreadsMs(int(paths.size()), threads, 0, [&](int i) {
        QFile f(paths[i]);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return false;
        QByteArray bytes(f.size(), Qt::Uninitialized);
        internal::prefault(bytes.data(), bytes.size());
        if (f.read(bytes.data(), bytes.size()) != bytes.size())
            return false;
        kept[size_t(i)] = std::move(bytes);
        return true;
    });
    if (ms < 0)
        return fail(ErrorCode::IoError, QStringLiteral("read failed"));
    return ms;
}

} // namespace cliniclink::dicom::baseline
