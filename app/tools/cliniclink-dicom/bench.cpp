// `cliniclink-dicom bench`: the issue-3 benchmarks, each printed with its DCMTK baseline measured
// in the same run. Includes the synthetic CT series generator.
#include "commands.h"

#include "cliniclink/dicom/dcmtkbaseline.h"
#include "cliniclink/dicom/dicomfile.h"
#include "cliniclink/dicom/dicomwriter.h"
#include "cliniclink/imaging/pixelpipeline.h"
#include "cliniclink/imaging/seriesloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QProcess>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <random>

#include <sys/resource.h>

using namespace cliniclink;

namespace {

// A CT-like phantom: air outside, soft tissue body with noise, a bone ring, a lung-like hole.
dicom::SyntheticImage phantom(int size, int slice, quint32 seed)
{
    dicom::SyntheticImage img;
    img.rows = img.columns = size;
    img.isSigned = true;
    img.bitsStored = 16;
    img.rescaleSlope = 1;
    img.rescaleIntercept = -1024;
    img.windowCenter = 40;
    img.windowWidth = 400;
    img.paddingValue = -2000;
    img.pixelSpacing = std::array<double, 2>{0.7, 0.7};
    img.imageOrientation = std::array<double, 6>{1, 0, 0, 0, 1, 0};
    img.imagePosition = std::array<double, 3>{-180, -180, slice * 1.0};
    img.instanceNumber = slice + 1;
    img.seriesInstanceUid = QStringLiteral("1.2.826.0.1.3680043.8.498.3000"); // one series
    img.seriesNumber = 1;
    std::mt19937 rng(seed + quint32(slice));
    std::normal_distribution<double> noise(0, 12);
    img.values.resize(size_t(size) * size);
    const double c = size / 2.0;
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const double r = std::hypot(x - c, (y - c) * 1.2) / c;
            double hu = -1000;
            if (r > 0.98)
                hu = -3024; // outside the scan circle: padding below
            else if (r < 0.8)
                hu = 40 + noise(rng);
            if (r > 0.7 && r < 0.75)
                hu = 900 + noise(rng);
            if (std::hypot(x - c * 0.7, y - c) < c * 0.15)
                hu = -850 + noise(rng);
            const int stored = r > 0.98 ? -2000 : int(std::lround(hu + 1024));
            img.values[size_t(y) * size + size_t(x)] = stored;
        }
    return img;
}

qint64 procStatusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').first().toLongLong();
    return -1;
}

// CPU time of the whole process (all threads), user + system, in ms.
double processCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

std::vector<std::pair<double, double>> dragWindows()
{
    std::vector<std::pair<double, double>> w;
    for (int i = 0; i < 16; ++i)
        w.emplace_back(-200.0 + 37 * i, 300.0 + 50 * i); // a right-drag: centre and width change every event
    return w;
}

struct Line {
    QTextStream &out;
    void operator()(const QString &s) { out << s << Qt::endl; }
};

double oursWindowLevelMs(const dicom::DicomFrame &frame, const dicom::DicomInfo &info, int iterations)
{
    const auto windows = dragWindows();
    imaging::DisplayImage img; // reused like DCMTK's output buffer
    QElapsedTimer t;
    t.start();
    int n = 0;
    for (int i = 0; i < iterations; ++i)
        for (const auto &[c, w] : windows) {
            imaging::DisplayOptions opt;
            opt.voi = imaging::VoiSetting::window(c, w);
            imaging::renderFrameInto(frame, info, opt, img);
            if (img.pixels.isEmpty())
                return -1;
            ++n;
        }
    return double(t.nsecsElapsed()) / 1e6 / n;
}

int benchWindowLevel(Line &say, const QString &dir, int size, int iterations)
{
    const QString path = dir + QStringLiteral("/wl_%1.dcm").arg(size);
    if (auto w = dicom::writeSyntheticImage(phantom(size, 0, 7), path); !w)
        return reportError(ExitFailure, w.error().toString());
    auto file = dicom::DicomFile::open(path);
    if (!file)
        return reportError(ExitFailure, file.error().toString());
    auto frame = file->decodeFrame(0);
    if (!frame)
        return reportError(ExitFailure, frame.error().toString());
    oursWindowLevelMs(*frame, file->info(), 1); // warm-up (thread pool start, page faults)
    const double ours = oursWindowLevelMs(*frame, file->info(), iterations);
    auto dcmtk = dicom::baseline::windowLevelMs(path, dragWindows(), iterations);
    if (!dcmtk)
        return reportError(ExitFailure, dcmtk.error().toString());
    say(QStringLiteral("W/L %1x%1 to 8-bit display image: ours %2 ms, DCMTK setWindow+getOutputData %3 ms "
                       "-> %4x faster (goal >= 1.5x)")
            .arg(size).arg(ours, 0, 'f', 2).arg(*dcmtk, 0, 'f', 2).arg(*dcmtk / ours, 0, 'f', 2));
    return ExitOk;
}

struct DecodeResult {
    double ms = 0;
    qint64 bytes = 0;
    bool ok = true;
    std::vector<dicom::DicomFrame> frames;
};

// One worker per core, each opening and decoding whole files taken from a shared counter: no
// per-file hand-off, and the workers' big stacks let DicomFile::open parse in place.
DecodeResult decodeAll(const QStringList &paths, int threads = std::max(1, QThread::idealThreadCount()))
{
    DecodeResult r;
    r.frames.resize(size_t(paths.size()));
    r.ms = dicom::baseline::runOnThreadsMs(int(paths.size()), threads, dicom::kParseStackBytes, [&](int i) {
        auto file = dicom::DicomFile::open(paths[i]);
        auto frame = file ? file->decodeFrame(0) : Result<dicom::DicomFrame>(fail(file.error()));
        if (!frame)
            return false;
        r.frames[size_t(i)] = std::move(*frame);
        return true;
    });
    r.ok = r.ms >= 0;
    for (const auto &f : r.frames)
        r.bytes += f.data.size();
    return r;
}

} // namespace

int runGenerateSeries(const QStringList &args)
{
    // generate-series DIR [--slices N] [--jpeg-ls]: the benchmark's CT phantom series, for profiling
    // and for trying the viewer on a realistic series.
    QString dir;
    int slices = 300;
    bool jpegLs = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--slices") && i + 1 < args.size()) {
            bool ok = false;
            slices = args[++i].toInt(&ok);
            if (!ok || slices < 1 || slices > 5000)
                return reportError(ExitUsage, QStringLiteral("--slices takes 1..5000"));
        } else if (args[i] == QLatin1String("--jpeg-ls")) {
            jpegLs = true;
        } else if (dir.isEmpty() && !args[i].startsWith(QLatin1Char('-'))) {
            dir = args[i];
        } else {
            return reportError(ExitUsage, QStringLiteral("generate-series DIR [--slices N] [--jpeg-ls]"));
        }
    }
    if (dir.isEmpty())
        return reportError(ExitUsage, QStringLiteral("generate-series DIR [--slices N] [--jpeg-ls]"));
    if (!QDir().mkpath(dir))
        return reportError(ExitFailure, QStringLiteral("cannot create %1").arg(dir));
    for (int i = 0; i < slices; ++i) {
        const QString path = QDir(dir).filePath(QStringLiteral("ct_%1.dcm").arg(i, 4, 10, QLatin1Char('0')));
        if (auto w = dicom::writeSyntheticImage(phantom(512, i, 42), path,
                                                jpegLs ? dicom::WriteEncoding::JpegLsLossless : dicom::WriteEncoding::ExplicitLittleEndian);
            !w)
            return reportError(ExitFailure, w.error().toString());
    }
    return ExitOk;
}

int runBenchDecode(const QStringList &args)
{
    const QStringList modes{QStringLiteral("ours"), QStringLiteral("ours1"), QStringLiteral("dcmtk"), QStringLiteral("read")};
    if (args.size() < 2 || !modes.contains(args[0]))
        return reportError(ExitUsage, QStringLiteral("bench-decode ours|ours1|dcmtk|read FILE..."));
    const QStringList paths = args.mid(1);
    QTextStream out(stdout);
    if (args[0] == QLatin1String("read")) {
        const int threads = std::max(1, QThread::idealThreadCount());
        (void)dicom::baseline::readFilesMs(paths.mid(0, 1), threads);
        auto ms = dicom::baseline::readFilesMs(paths, threads);
        if (!ms)
            return ExitFailure;
        out << *ms << " 0 0 0" << Qt::endl;
        return ExitOk;
    }
    // Both sides warm up the same way (libraries, codec registration, DCMTK's dictionary) on the
    // first file, then start from the same allocator state: a fresh process.
    if (args[0] == QLatin1String("dcmtk")) {
        if (!dicom::baseline::decodeSeriesMs(paths.mid(0, 1)))
            return ExitFailure;
        const double cpu0 = processCpuMs();
        auto ms = dicom::baseline::decodeSeriesMs(paths);
        if (!ms)
            return ExitFailure;
        out << *ms << " 0 0 " << processCpuMs() - cpu0 << Qt::endl;
        return ExitOk;
    }
    const int threads = args[0] == QLatin1String("ours1") ? 1 : std::max(1, QThread::idealThreadCount());
    (void)decodeAll(paths.mid(0, 1), threads);
    const qint64 before = procStatusKb("VmRSS:");
    resetPeakRss();
    const double cpu0 = processCpuMs();
    DecodeResult r = decodeAll(paths, threads);
    const double cpu = processCpuMs() - cpu0;
    const qint64 peak = procStatusKb("VmHWM:");
    if (!r.ok)
        return ExitFailure;
    out << r.ms << ' ' << (peak - before) << ' ' << r.bytes << ' ' << cpu << Qt::endl;
    return ExitOk;
}

namespace {
struct ChildDecode {
    double ms = -1;
    double peakKib = 0;
    double bytes = 0;
    double cpuMs = 0; // CPU time the child used while decoding (all threads)
};

ChildDecode decodeInChild(const QString &mode, const QStringList &paths)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("bench-decode"), mode} + paths);
    child.waitForFinished(600000);
    const QList<QByteArray> v = child.readAllStandardOutput().trimmed().split(' ');
    if (child.exitCode() != 0 || v.size() != 4)
        return {};
    return {v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble()};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int runBench(const QStringList &args)
{
    const bool quick = args.contains(QLatin1String("--quick"));
    for (const QString &a : args)
        if (a != QLatin1String("--quick"))
            return reportError(ExitUsage, QStringLiteral("bench takes only --quick"));
    QTextStream out(stdout);
    Line say{out};
    QTemporaryDir dir;
    if (!dir.isValid())
        return reportError(ExitFailure, QStringLiteral("no temporary directory"));
    const int slices = quick ? 60 : 300;
    const int iterations = quick ? 2 : 8;
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QString load = loadavg.open(QIODevice::ReadOnly) ? QString::fromLatin1(loadavg.readAll().split(' ').mid(0, 3).join(' ')) : QStringLiteral("?");
    say(QStringLiteral("cliniclink-dicom bench%1: %2 thread(s), load average %3 (ratios need idle cores); baselines are DCMTK 3.6.7 measured in this run")
            .arg(quick ? QStringLiteral(" --quick") : QString())
            .arg(QThreadPool::globalInstance()->maxThreadCount())
            .arg(load));

    if (int rc = benchWindowLevel(say, dir.path(), 512, iterations * 4); rc != ExitOk)
        return rc;
    if (int rc = benchWindowLevel(say, dir.path(), 3000, std::max(1, iterations / 4)); rc != ExitOk)
        return rc;

    // The synthetic series, written once per encoding.
    QElapsedTimer gen;
    gen.start();
    QStringList raw, jls;
    QDir(dir.path()).mkpath(QStringLiteral("raw"));
    QDir(dir.path()).mkpath(QStringLiteral("jls"));
    for (int i = 0; i < slices; ++i) {
        const dicom::SyntheticImage img = phantom(512, i, 42);
        raw << dir.filePath(QStringLiteral("raw/raw_%1.dcm").arg(i, 3, 10, QLatin1Char('0')));
        jls << dir.filePath(QStringLiteral("jls/jls_%1.dcm").arg(i, 3, 10, QLatin1Char('0')));
        if (auto w = dicom::writeSyntheticImage(img, raw.back()); !w)
            return reportError(ExitFailure, w.error().toString());
        if (auto w = dicom::writeSyntheticImage(img, jls.back(), dicom::WriteEncoding::JpegLsLossless); !w)
            return reportError(ExitFailure, w.error().toString());
    }
    say(QStringLiteral("generated %1 slices 512x512 (uncompressed + JPEG-LS lossless) in %2 s")
            .arg(slices).arg(gen.elapsed() / 1000.0, 0, 'f', 1));

    // Time to first image: open, decode and render the first slice.
    QElapsedTimer first;
    first.start();
    {
        auto file = dicom::DicomFile::open(jls.first());
        auto frame = file ? file->decodeFrame(0) : Result<dicom::DicomFrame>(fail(file.error()));
        if (!frame)
            return reportError(ExitFailure, frame.error().toString());
        const imaging::DisplayImage img = imaging::renderFrame(*frame, file->info());
        if (img.pixels.isEmpty())
            return reportError(ExitFailure, QStringLiteral("render failed"));
    }
    say(QStringLiteral("time to first image (JPEG-LS slice: open + decode + W/L): %1 ms (goal <= 300 ms)")
            .arg(first.nsecsElapsed() / 1e6, 0, 'f', 1));
    // The viewer's path: open the folder with SeriesLoader (walk, background decode, series
    // assembly) and render the first image that arrives, while the rest keeps loading.
    for (const auto &[name, folder] : {std::pair{QStringLiteral("uncompressed"), QStringLiteral("raw")},
                                       std::pair{QStringLiteral("JPEG-LS"), QStringLiteral("jls")}}) {
        imaging::SeriesLoader loader;
        QEventLoop loop;
        QElapsedTimer t;
        double firstMs = -1;
        int doneAtFirst = 0;
        QObject::connect(&loader, &imaging::SeriesLoader::seriesAdded, &loop, [&](int index) {
            if (firstMs >= 0)
                return;
            const imaging::LoadedImagePtr img = loader.series()[size_t(index)]->images().front();
            if (!imaging::renderFrame(img->frame, *img->info).pixels.isEmpty())
                firstMs = double(t.nsecsElapsed()) / 1e6;
            doneAtFirst = loader.filesDone();
        });
        QObject::connect(&loader, &imaging::SeriesLoader::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(600000, &loop, &QEventLoop::quit);
        t.start();
        loader.load({dir.filePath(folder)});
        if (loader.isLoading())
            loop.exec();
        const double allMs = double(t.nsecsElapsed()) / 1e6;
        if (firstMs < 0 || loader.filesFailed() > 0 || loader.series().empty() || loader.series().front()->size() != slices)
            return reportError(ExitFailure, QStringLiteral("series load failed"));
        say(QStringLiteral("time to first image, viewer path (open the %1 folder of %2 files, first image rendered): %3 ms "
                           "with %4 files done (goal <= 300 ms); whole series in %5 ms")
                .arg(name).arg(slices).arg(firstMs, 0, 'f', 1).arg(doneAtFirst).arg(allMs, 0, 'f', 0));
    }

    // Each side decodes in fresh processes, alternating, three times; the medians are compared.
    for (const auto &[name, paths] : {std::pair{QStringLiteral("uncompressed"), raw}, std::pair{QStringLiteral("JPEG-LS"), jls}}) {
        std::vector<double> ours, ours1, dcmtk, oursCpu, dcmtkCpu, oursCores, reads;
        ChildDecode first;
        for (int run = 0; run < 3; ++run) {
            const ChildDecode o = decodeInChild(QStringLiteral("ours"), paths);
            const ChildDecode o1 = decodeInChild(QStringLiteral("ours1"), paths);
            const ChildDecode d = decodeInChild(QStringLiteral("dcmtk"), paths);
            const ChildDecode rd = decodeInChild(QStringLiteral("read"), paths);
            if (o.ms < 0 || o1.ms < 0 || d.ms < 0 || rd.ms < 0)
                return reportError(ExitFailure, QStringLiteral("decode failed"));
            if (run == 0)
                first = o;
            ours.push_back(o.ms);
            ours1.push_back(o1.ms);
            dcmtk.push_back(d.ms);
            oursCpu.push_back(o1.cpuMs);
            dcmtkCpu.push_back(d.cpuMs);
            oursCores.push_back(o.cpuMs / o.ms);
            reads.push_back(rd.ms);
        }
        const double o = median(ours), o1 = median(ours1), d = median(dcmtk);
        say(QStringLiteral("decode %1 x 512x512 %2 (fresh processes, median of 3): ours %3 ms, DCMTK single-threaded %4 ms "
                           "-> %5x (goal >= 2x on 2 cores); ours on one thread %6 ms -> %7x per core")
                .arg(slices).arg(name).arg(o, 0, 'f', 0).arg(d, 0, 'f', 0).arg(d / o, 0, 'f', 2).arg(o1, 0, 'f', 0).arg(d / o1, 0, 'f', 2));
        // Under load the 2-thread run gets less than 2 cores (the kernel shares CPU per session):
        // the CPU actually obtained shows whether the wall-clock ratio above could be reached.
        say(QStringLiteral("  CPU time (one thread): ours %1 ms, DCMTK %2 ms -> %3x per CPU-ms; the 2-thread run obtained %4 cores on average")
                .arg(median(oursCpu), 0, 'f', 0).arg(median(dcmtkCpu), 0, 'f', 0).arg(median(dcmtkCpu) / median(oursCpu), 0, 'f', 2)
                .arg(median(oursCores), 0, 'f', 2));
        // For reference: the same files read whole into ordinary fresh 4 KB pages, no parsing —
        // more than a decoder with huge-page buffers needs for read, parse and all.
        say(QStringLiteral("  reference: read() of the %1 files into fresh 4 KB pages on the same threads, no parsing: %2 ms (%3x vs DCMTK)")
                .arg(slices).arg(median(reads), 0, 'f', 0).arg(d / median(reads), 0, 'f', 2));
        const double usedMib = first.peakKib / 1024.0, mib = first.bytes / (1024.0 * 1024.0);
        say(QStringLiteral("peak memory decoding and holding the %1 series (fresh process): %2 MiB for %3 MiB of pixels "
                           "-> %4x (goal <= 1.2x)")
                .arg(name).arg(usedMib, 0, 'f', 1).arg(mib, 0, 'f', 1).arg(usedMib / mib, 0, 'f', 2));
    }
    return ExitOk;
}
