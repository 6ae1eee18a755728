#include "cliniclink/imaging/seriesloader.h"

#include "cliniclink/dicom/dicomdir.h"
#include "cliniclink/dicom/dicomfile.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace cliniclink::imaging {

SeriesLoader::SeriesLoader(QObject *parent) : QObject(parent), m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    // Whole files per worker: the open + decode of one file is the unit of work (no hand-offs).
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    m_pool.setStackSize(dicom::kParseStackBytes); // DicomFile::open then parses in place
}

SeriesLoader::~SeriesLoader()
{
    // No signals from here: receivers may already be half destroyed.
    m_cancelled->store(true);
    m_pool.clear();
    m_pool.waitForDone();
}

void SeriesLoader::cancel()
{
    m_cancelled->store(true);
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    m_pool.clear();
    ++m_generation;
    if (m_done < m_total) {
        m_total = m_done;
        emit progress(m_done, m_total);
        emit finished();
    }
}

void SeriesLoader::clear()
{
    cancel();
    m_series.clear();
    m_total = m_done = m_failed = 0;
}

namespace {
bool isDicomDirName(const QString &fileName) { return fileName.compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0; }

// The files a DICOMDIR references, in its patient/study/series order; empty if it is unreadable.
QStringList filesOfDicomDir(const QString &dicomdir)
{
    const auto contents = dicom::readDicomDir(dicomdir);
    QStringList files;
    if (contents)
        for (const dicom::DicomDirEntry &e : contents->entries)
            if (!files.contains(e.path))
                files << e.path;
    return files;
}

QStringList walk(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!isDicomDirName(it.fileName()))
            files << it.filePath();
    }
    files.sort();
    return files;
}
} // namespace

QStringList SeriesLoader::collectFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        // A DICOMDIR (given, or at the top of the folder) lists the images of a CD: nothing else
        // on the medium (viewers, autorun files) is opened. If it cannot be read, walk the folder.
        QString dicomdir;
        if (fi.isFile() && isDicomDirName(fi.fileName()))
            dicomdir = fi.absoluteFilePath();
        else if (fi.isDir())
            for (const QString &name : QDir(fi.absoluteFilePath()).entryList(QDir::Files))
                if (isDicomDirName(name))
                    dicomdir = QDir(fi.absoluteFilePath()).filePath(name);
        if (!dicomdir.isEmpty()) {
            const QStringList listed = filesOfDicomDir(dicomdir);
            if (!listed.isEmpty()) {
                files << listed;
                continue;
            }
        }
        if (fi.isFile() && !isDicomDirName(fi.fileName()))
            files << fi.absoluteFilePath();
        else if (fi.isDir() || !dicomdir.isEmpty())
            files << walk(fi.isDir() ? fi.absoluteFilePath() : fi.absolutePath());
    }
    return files;
}

void SeriesLoader::load(const QStringList &paths)
{
    cancel();
    const QStringList files = collectFiles(paths);
    m_total = int(files.size());
    m_done = m_failed = 0;
    emit progress(0, m_total);
    if (files.isEmpty()) {
        emit finished();
        return;
    }
    for (const QString &f : files)
        startFile(f);
}

void SeriesLoader::startFile(const QString &path)
{
    const quint64 generation = m_generation;
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    m_pool.start([this, path, generation, cancelled] {
        auto post = [&](auto fn) {
            if (!cancelled->load())
                QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
        };
        if (cancelled->load())
            return;
        auto file = dicom::DicomFile::open(path);
        if (!file) {
            const QString reason = file.error().toString();
            post([=, this] { onFileDone(generation, true, path, reason); });
            return;
        }
        const auto info = std::make_shared<const dicom::DicomInfo>(file->info());
        if (!info->hasPixelData || info->rows <= 0 || info->columns <= 0) {
            post([=, this] { onFileDone(generation, false, path, {}); }); // SR, PR, DICOMDIR: nothing to show
            return;
        }
        const int frames = std::max(1, info->frames);
        for (int i = 0; i < frames && !cancelled->load(); ++i) {
            auto frame = file->decodeFrame(i);
            if (!frame) {
                const QString reason = frame.error().toString();
                post([=, this] { onFileDone(generation, true, path, reason); });
                return;
            }
            auto image = std::make_shared<LoadedImage>();
            image->path = path;
            image->frameIndex = i;
            image->frameCount = frames;
            image->info = info;
            image->frame = std::move(*frame);
            post([=, this, img = LoadedImagePtr(std::move(image))] { onImage(generation, img); });
        }
        post([=, this] { onFileDone(generation, false, path, {}); });
    });
}

void SeriesLoader::onImage(quint64 generation, LoadedImagePtr image)
{
    if (generation != m_generation)
        return;
    const QString key = ImageSeries::groupKey(*image);
    for (size_t i = 0; i < m_series.size(); ++i)
        if (m_series[i]->key() == key) {
            m_series[i]->add(std::move(image));
            emit seriesChanged(int(i));
            return;
        }
    // New series take their place in series order, not decode order: thumbnails stay put.
    auto s = std::make_shared<ImageSeries>();
    s->add(std::move(image));
    const auto at = std::upper_bound(m_series.begin(), m_series.end(), s, [](const auto &a, const auto &b) {
        return ImageSeries::seriesOrderBefore(*a->images().front(), *b->images().front());
    });
    const int index = int(at - m_series.begin());
    m_series.insert(at, std::move(s));
    emit seriesAdded(index);
}

void SeriesLoader::onFileDone(quint64 generation, bool failed, const QString &path, const QString &reason)
{
    if (generation != m_generation)
        return;
    ++m_done;
    if (failed) {
        ++m_failed;
        emit fileFailed(path, reason);
    }
    emit progress(m_done, m_total);
    if (m_done == m_total)
        emit finished();
}

} // namespace cliniclink::imaging
