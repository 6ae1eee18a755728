#include "cliniclink/imaging/roistats.h"

#include <cmath>

namespace cliniclink::imaging {

bool Roi::containsPixel(int column, int row) const
{
    const double x = column + 0.5, y = row + 0.5;
    switch (shape) {
    case Shape::Rectangle: {
        const QRectF r = rect.normalized();
        return x >= r.left() && x < r.right() && y >= r.top() && y < r.bottom();
    }
    case Shape::Ellipse: {
        const QRectF r = rect.normalized();
        const double rx = r.width() / 2, ry = r.height() / 2;
        if (rx <= 0 || ry <= 0)
            return false;
        const double dx = (x - r.center().x()) / rx, dy = (y - r.center().y()) / ry;
        return dx * dx + dy * dy <= 1.0;
    }
    case Shape::Polygon: {
        // Even-odd rule.
        bool inside = false;
        const size_t n = points.size();
        for (size_t i = 0, j = n - 1; i < n; j = i++) {
            const QPointF &a = points[i], &b = points[j];
            if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
        return inside;
    }
    }
    return false;
}

namespace {
QRect boundingPixels(const Roi &roi, int columns, int rows)
{
    QRectF b;
    if (roi.shape == Roi::Shape::Polygon) {
        if (roi.points.empty())
            return {};
        double x0 = roi.points[0].x(), x1 = x0, y0 = roi.points[0].y(), y1 = y0;
        for (const QPointF &p : roi.points) {
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
        b = QRectF(QPointF(x0, y0), QPointF(x1, y1));
    } else {
        b = roi.rect.normalized();
    }
    const int x0 = std::max(0, int(std::floor(b.left())));
    const int y0 = std::max(0, int(std::floor(b.top())));
    const int x1 = std::min(columns - 1, int(std::ceil(b.right())));
    const int y1 = std::min(rows - 1, int(std::ceil(b.bottom())));
    return QRect(QPoint(x0, y0), QPoint(x1, y1));
}

Measurement shapeArea(const Roi &roi, const Calibration &cal)
{
    switch (roi.shape) {
    case Roi::Shape::Rectangle:
        return measureRectangle(roi.rect, cal);
    case Roi::Shape::Ellipse:
        return measureEllipse(roi.rect.center(), roi.rect.width() / 2, roi.rect.height() / 2, cal);
    case Roi::Shape::Polygon:
        return measurePolygon(roi.points, cal);
    }
    return {};
}
// Whether the buffer holds every sample its size claims (frames from damaged files are checked
// by the decoder; this keeps the maths safe for any frame it is given).
bool complete(const DicomFrame &frame)
{
    const qsizetype bytes = frame.type == dicom::SampleType::U8 ? 1 : 2;
    return frame.rows > 0 && frame.columns > 0 && frame.data.size() >= frame.pixelCount() * frame.samplesPerPixel * bytes;
}
} // namespace

Result<RoiStats> roiStatistics(const DicomFrame &frame, const DicomInfo &info, const Roi &roi)
{
    if (frame.samplesPerPixel != 1)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("ROI statistics need a greyscale image"));
    if (!complete(frame))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("frame buffer shorter than its size"));
    const QRect box = boundingPixels(roi, frame.columns, frame.rows);
    if (box.isEmpty() || box.width() <= 0 || box.height() <= 0)
        return fail(ErrorCode::RoiOutsideImage, QStringLiteral("ROI does not overlap the image"));
    const Padding pad = Padding::fromInfo(info);
    const ModalityTransform m = ModalityTransform::fromInfo(info);
    std::vector<QPointF> corners;
    if (roi.shape == Roi::Shape::Polygon)
        corners = roi.points;
    else
        corners = {roi.rect.topLeft(), roi.rect.bottomRight()};

    RoiStats st;
    st.unit = m.unit;
    st.area = shapeArea(roi, calibrationFor(info, corners));
    double sum = 0, sumSq = 0;
    st.min = INFINITY;
    st.max = -INFINITY;
    for (int r = box.top(); r <= box.bottom(); ++r)
        for (int c = box.left(); c <= box.right(); ++c) {
            if (!roi.containsPixel(c, r))
                continue;
            const int s = frame.value(r, c);
            if (pad.isPadding(s)) {
                ++st.paddingCount;
                continue;
            }
            const double v = m.apply(s);
            sum += v;
            sumSq += v * v;
            st.min = std::min(st.min, v);
            st.max = std::max(st.max, v);
            ++st.count;
        }
    if (st.count == 0) {
        if (st.paddingCount == 0)
            return fail(ErrorCode::RoiOutsideImage, QStringLiteral("no pixel centre inside the ROI"));
        st.min = st.max = 0;
        return st;
    }
    st.mean = sum / double(st.count);
    st.sd = std::sqrt(std::max(0.0, sumSq / double(st.count) - st.mean * st.mean));
    return st;
}

Result<PixelProbe> probePixel(const DicomFrame &frame, const DicomInfo &info, int column, int row)
{
    if (column < 0 || row < 0 || column >= frame.columns || row >= frame.rows)
        return fail(ErrorCode::RoiOutsideImage, QStringLiteral("(%1,%2)").arg(column).arg(row));
    if (frame.samplesPerPixel != 1)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("probe needs a greyscale image"));
    if (!complete(frame))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("frame buffer shorter than its size"));
    const ModalityTransform m = ModalityTransform::fromInfo(info);
    PixelProbe p;
    p.stored = frame.value(row, column);
    p.modality = m.apply(p.stored);
    p.padding = Padding::fromInfo(info).isPadding(p.stored);
    p.unit = m.unit;
    return p;
}

} // namespace cliniclink::imaging
