#include "cliniclink/imaging/measurement.h"

#include <cmath>
#include <numbers>

namespace cliniclink::imaging {

namespace {
QPointF physical(const QPointF &p, const Calibration &c) { return {p.x() * c.columnSpacing, p.y() * c.rowSpacing}; }

double norm(const QPointF &v) { return std::hypot(v.x(), v.y()); }

double angleBetween(const QPointF &u, const QPointF &v)
{
    const double nu = norm(u), nv = norm(v);
    if (nu == 0 || nv == 0)
        return 0;
    const double cosine = std::clamp(QPointF::dotProduct(u, v) / (nu * nv), -1.0, 1.0);
    return std::acos(cosine) * 180.0 / std::numbers::pi;
}

Measurement make(double value, const QString &unit, const Calibration &cal, double perimeter = 0)
{
    return {value, perimeter, unit, cal.source};
}
} // namespace

Measurement measureLength(const QPointF &a, const QPointF &b, const Calibration &cal)
{
    return make(norm(physical(b, cal) - physical(a, cal)), cal.lengthUnit(), cal);
}

Measurement measureAngle(const QPointF &a, const QPointF &vertex, const QPointF &b, const Calibration &cal)
{
    const QPointF v = physical(vertex, cal);
    return make(angleBetween(physical(a, cal) - v, physical(b, cal) - v), QStringLiteral("deg"), cal);
}

Measurement measureCobb(const QPointF &a1, const QPointF &a2, const QPointF &b1, const QPointF &b2, const Calibration &cal)
{
    double angle = angleBetween(physical(a2, cal) - physical(a1, cal), physical(b2, cal) - physical(b1, cal));
    if (angle > 90)
        angle = 180 - angle; // lines have no direction
    return make(angle, QStringLiteral("deg"), cal);
}

Measurement measureRectangle(const QRectF &rect, const Calibration &cal)
{
    const double w = std::abs(rect.width()) * cal.columnSpacing;
    const double h = std::abs(rect.height()) * cal.rowSpacing;
    return make(w * h, cal.areaUnit(), cal, 2 * (w + h));
}

Measurement measureEllipse(const QPointF &, double radiusX, double radiusY, const Calibration &cal)
{
    const double a = std::abs(radiusX) * cal.columnSpacing;
    const double b = std::abs(radiusY) * cal.rowSpacing;
    // Ramanujan's second approximation (relative error < 1e-9 for moderate eccentricity).
    const double h = (a + b) > 0 ? std::pow(a - b, 2) / std::pow(a + b, 2) : 0;
    const double perimeter = std::numbers::pi * (a + b) * (1 + 3 * h / (10 + std::sqrt(4 - 3 * h)));
    return make(std::numbers::pi * a * b, cal.areaUnit(), cal, perimeter);
}

Measurement measurePolygon(const std::vector<QPointF> &points, const Calibration &cal)
{
    if (points.size() < 2)
        return make(0, cal.areaUnit(), cal);
    double twiceArea = 0, perimeter = 0;
    for (size_t i = 0; i < points.size(); ++i) {
        const QPointF p = physical(points[i], cal);
        const QPointF q = physical(points[(i + 1) % points.size()], cal);
        twiceArea += p.x() * q.y() - q.x() * p.y();
        perimeter += norm(q - p);
    }
    if (points.size() == 2)
        perimeter /= 2; // a degenerate "polygon" is a line: count it once
    return make(std::abs(twiceArea) / 2, cal.areaUnit(), cal, perimeter);
}

} // namespace cliniclink::imaging
