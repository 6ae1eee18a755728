#pragma once

#include "cliniclink/imaging/imageseries.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <vector>

namespace cliniclink::imaging {

// Opens and decodes DICOM files on background threads and assembles series as images arrive, so a
// viewer can show the first image while the rest loads. Lives in (and signals on) its own thread;
// the series it exposes change only there.
class SeriesLoader : public QObject {
    Q_OBJECT
public:
    explicit SeriesLoader(QObject *parent = nullptr);
    ~SeriesLoader() override;

    // Files, folders (walked recursively) and DICOMDIRs (a DICOMDIR file, or one at the top of a
    // folder, lists what is loaded); non-image objects are skipped. Cancels a load still running.
    void load(const QStringList &paths);
    void cancel();
    void clear();

    // The files to open for `paths`: a DICOMDIR's references in its order, else the regular files
    // of folders in name order.
    static QStringList collectFiles(const QStringList &paths);

    const std::vector<std::shared_ptr<ImageSeries>> &series() const { return m_series; }
    bool isLoading() const { return m_done < m_total; }
    int filesTotal() const { return m_total; }
    int filesDone() const { return m_done; }
    int filesFailed() const { return m_failed; }

signals:
    // A new series inserted at `index` in series order (see ImageSeries::seriesOrderBefore):
    // series after it move down by one.
    void seriesAdded(int index);
    void seriesChanged(int index);
    void progress(int done, int total);
    // `reason` is a technical message without patient data; the path is the caller's own input.
    void fileFailed(const QString &path, const QString &reason);
    void finished();

private:
    void startFile(const QString &path);
    void onImage(quint64 generation, LoadedImagePtr image);
    void onFileDone(quint64 generation, bool failed, const QString &path, const QString &reason);

    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    quint64 m_generation = 0;
    std::vector<std::shared_ptr<ImageSeries>> m_series;
    int m_total = 0;
    int m_done = 0;
    int m_failed = 0;
};

} // namespace cliniclink::imaging
