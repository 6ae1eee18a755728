#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/imaging/calibration.h"
#include "cliniclink/imaging/measurement.h"
#include "cliniclink/imaging/pixelpipeline.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace cliniclink::imaging {

struct Roi {
    enum class Shape { Rectangle, Ellipse, Polygon } shape = Shape::Rectangle;
    QRectF rect;                 // Rectangle; for Ellipse the bounding box (centre ± radii)
    std::vector<QPointF> points; // Polygon / freehand
    static Roi rectangle(double x, double y, double w, double h) { return {Shape::Rectangle, QRectF(x, y, w, h), {}}; }
    static Roi ellipse(double cx, double cy, double rx, double ry)
    {
        return {Shape::Ellipse, QRectF(cx - rx, cy - ry, 2 * rx, 2 * ry), {}};
    }
    static Roi polygon(std::vector<QPointF> pts) { return {Shape::Polygon, {}, std::move(pts)}; }
    // A pixel belongs to the ROI when its centre (c + 0.5, r + 0.5) lies inside the shape.
    bool containsPixel(int column, int row) const;
};

struct RoiStats {
    double mean = 0, sd = 0, min = 0, max = 0;
    qint64 count = 0;        // pixels used (padding excluded)
    qint64 paddingCount = 0; // pixels inside the ROI that were padding
    QString unit;            // modality unit, e.g. "HU"
    Measurement area;        // geometric area and perimeter of the shape
};

// Statistics of modality values (HU for CT) inside the ROI; greyscale frames only. SD is the
// population standard deviation.
Result<RoiStats> roiStatistics(const DicomFrame &frame, const DicomInfo &info, const Roi &roi);

struct PixelProbe {
    int stored = 0;
    double modality = 0;
    bool padding = false;
    QString unit;
};
Result<PixelProbe> probePixel(const DicomFrame &frame, const DicomInfo &info, int column, int row);

} // namespace cliniclink::imaging
