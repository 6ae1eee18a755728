#include "cliniclink/imaging/imageseries.h"

#include "cliniclink/imaging/series.h"

#include <limits>

namespace cliniclink::imaging {

QString ImageSeries::groupKey(const LoadedImage &image)
{
    if (image.frameCount > 1)
        return image.info->seriesInstanceUid + QLatin1Char('|') + image.path;
    return image.info->seriesInstanceUid.isEmpty() ? image.path : image.info->seriesInstanceUid;
}

bool ImageSeries::seriesOrderBefore(const LoadedImage &a, const LoadedImage &b)
{
    const dicom::DicomInfo &x = *a.info, &y = *b.info;
    auto number = [](const dicom::DicomInfo &i) { return i.seriesNumber ? qint64(*i.seriesNumber) : std::numeric_limits<qint64>::max(); };
    if (number(x) != number(y))
        return number(x) < number(y);
    if (x.seriesDate != y.seriesDate)
        return x.seriesDate < y.seriesDate;
    if (x.seriesTime != y.seriesTime)
        return x.seriesTime < y.seriesTime;
    if (x.seriesInstanceUid != y.seriesInstanceUid)
        return x.seriesInstanceUid < y.seriesInstanceUid;
    return groupKey(a) < groupKey(b);
}

int ImageSeries::indexOf(const QString &imageKey) const
{
    for (size_t i = 0; i < m_images.size(); ++i)
        if (m_images[i]->key() == imageKey)
            return int(i);
    return -1;
}

LoadedImagePtr ImageSeries::representative() const { return m_images.empty() ? nullptr : m_images[m_images.size() / 2]; }

void ImageSeries::add(LoadedImagePtr image)
{
    if (m_key.isEmpty())
        m_key = groupKey(*image);
    m_images.push_back(std::move(image));
    reorder();
}

void ImageSeries::reorder()
{
    // Frames of one multi-frame file share its geometry and stay in frame order.
    if (m_images.size() < 2 || m_images.front()->frameCount > 1) {
        std::stable_sort(m_images.begin(), m_images.end(),
                         [](const LoadedImagePtr &a, const LoadedImagePtr &b) { return a->frameIndex < b->frameIndex; });
        return;
    }
    std::vector<SliceDescriptor> descriptors;
    descriptors.reserve(m_images.size());
    for (size_t i = 0; i < m_images.size(); ++i) {
        const dicom::DicomInfo &info = *m_images[i]->info;
        // The id keeps arrival order as the last tie-breaker (zero-padded so it sorts as text).
        descriptors.push_back({QStringLiteral("%1").arg(i, 8, 10, QLatin1Char('0')), QString(), info.imagePosition,
                               info.imageOrientation, info.instanceNumber, info.rows, info.columns});
    }
    const std::vector<AssembledSeries> assembled = assembleSeries(descriptors);
    if (assembled.size() != 1)
        return;
    std::vector<LoadedImagePtr> ordered;
    ordered.reserve(m_images.size());
    for (const SliceDescriptor &d : assembled.front().slices)
        ordered.push_back(m_images[size_t(d.id.toInt())]);
    m_images = std::move(ordered);
    m_hasGaps = assembled.front().hasGaps;
    m_mixedSizes = assembled.front().mixedSizes;
}

} // namespace cliniclink::imaging
