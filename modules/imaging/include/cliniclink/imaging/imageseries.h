#pragma once

#include "cliniclink/dicom/dicomframe.h"
#include "cliniclink/dicom/dicominfo.h"

#include <QString>

#include <memory>
#include <vector>

namespace cliniclink::imaging {

// One decoded frame ready for display, with the header of the file it came from (shared by all
// frames of a multi-frame file). Immutable once built, so it can be shared between threads.
struct LoadedImage {
    QString path;
    int frameIndex = 0;
    int frameCount = 1;
    std::shared_ptr<const dicom::DicomInfo> info;
    dicom::DicomFrame frame;

    QString key() const { return path + QLatin1Char('#') + QString::number(frameIndex); }
};
using LoadedImagePtr = std::shared_ptr<const LoadedImage>;

// The images of one series (or one multi-frame file) in display order. Images arrive one by one
// while a series loads; each insertion re-sorts along the slice normal (see assembleSeries).
class ImageSeries {
public:
    // Grouping key: the Series Instance UID; a multi-frame file forms its own series (a cine clip).
    static QString groupKey(const LoadedImage &image);
    // Series order: Series Number (series without one last), then series date and time, then
    // Series Instance UID, then the grouping key — the same order whatever order files decode in.
    static bool seriesOrderBefore(const LoadedImage &a, const LoadedImage &b);

    QString key() const { return m_key; }
    const std::vector<LoadedImagePtr> &images() const { return m_images; }
    int size() const { return int(m_images.size()); }
    bool isEmpty() const { return m_images.empty(); }
    bool hasGaps() const { return m_hasGaps; }
    bool mixedSizes() const { return m_mixedSizes; }
    // Index of the image with this key(), or -1.
    int indexOf(const QString &imageKey) const;
    // The image a thumbnail shows: the middle one.
    LoadedImagePtr representative() const;

    void add(LoadedImagePtr image);

private:
    void reorder();
    QString m_key;
    std::vector<LoadedImagePtr> m_images;
    bool m_hasGaps = false;
    bool m_mixedSizes = false;
};

} // namespace cliniclink::imaging
