#pragma once

#include "cliniclink/imaging/calibration.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace cliniclink::imaging {

// Image coordinates: x = column, y = row; pixel (c, r) covers [c, c+1) × [r, r+1).
struct Measurement {
    double value = 0;     // length (mm/px), angle (degrees) or area (mm²/px²)
    double perimeter = 0; // for areas
    QString unit;
    SpacingSource source = SpacingSource::None;
};

Measurement measureLength(const QPointF &a, const QPointF &b, const Calibration &cal);
// Angle at `vertex` between the rays to a and b, in physical space, 0..180°.
Measurement measureAngle(const QPointF &a, const QPointF &vertex, const QPointF &b, const Calibration &cal);
// Cobb angle: the acute angle (0..90°) between line a1-a2 and line b1-b2.
Measurement measureCobb(const QPointF &a1, const QPointF &a2, const QPointF &b1, const QPointF &b2, const Calibration &cal);
Measurement measureRectangle(const QRectF &rect, const Calibration &cal);
Measurement measureEllipse(const QPointF &center, double radiusX, double radiusY, const Calibration &cal);
// Closed polygon (also freehand outlines): shoelace area, closed perimeter.
Measurement measurePolygon(const std::vector<QPointF> &points, const Calibration &cal);

} // namespace cliniclink::imaging
