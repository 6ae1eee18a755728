#include "cliniclink/ui/viewer/annotation.h"

#include "cliniclink/imaging/calibration.h"
#include "cliniclink/imaging/measurement.h"
#include "cliniclink/imaging/roistats.h"

#include <QRectF>

namespace cliniclink::ui::viewer {

bool isAnnotationTool(Tool tool) { return tool >= Tool::Ruler; }

int pointsNeeded(Tool tool)
{
    switch (tool) {
    case Tool::Probe:
    case Tool::Text:
        return 1;
    case Tool::Ruler:
    case Tool::Rectangle:
    case Tool::Ellipse:
    case Tool::Arrow:
        return 2;
    case Tool::Angle:
        return 3;
    case Tool::Cobb:
        return 4;
    default:
        return 0;
    }
}

bool isDragShape(Tool tool) { return pointsNeeded(tool) == 2; }

QString AnnotationText::toolName(Tool tool)
{
    switch (tool) {
    case Tool::WindowLevel: return tr("Window/level");
    case Tool::Pan: return tr("Pan");
    case Tool::Zoom: return tr("Zoom");
    case Tool::Magnifier: return tr("Magnifier");
    case Tool::Ruler: return tr("Ruler");
    case Tool::Angle: return tr("Angle");
    case Tool::Cobb: return tr("Cobb angle");
    case Tool::Rectangle: return tr("Rectangle ROI");
    case Tool::Ellipse: return tr("Ellipse ROI");
    case Tool::Polygon: return tr("Polygon ROI");
    case Tool::Freehand: return tr("Freehand ROI");
    case Tool::Probe: return tr("Probe");
    case Tool::Arrow: return tr("Arrow");
    case Tool::Text: return tr("Text");
    }
    return {};
}

QString AnnotationText::calibrationName(dicom::SpacingSource source)
{
    switch (source) {
    case dicom::SpacingSource::None: return tr("uncalibrated (pixels)");
    case dicom::SpacingSource::PixelSpacing: return tr("Pixel Spacing");
    case dicom::SpacingSource::ImagerPixelSpacingCorrected: return tr("Imager Pixel Spacing ÷ magnification");
    case dicom::SpacingSource::ImagerPixelSpacing: return tr("Imager Pixel Spacing (at detector)");
    case dicom::SpacingSource::UltrasoundRegion: return tr("ultrasound region");
    }
    return {};
}

namespace {
QString unitText(const QString &unit)
{
    if (unit == QLatin1String("mm2"))
        return QStringLiteral("mm²");
    if (unit == QLatin1String("px2"))
        return QStringLiteral("px²");
    return unit;
}

QString num(double v, int decimals = 1) { return QString::number(v, 'f', decimals); }
} // namespace

QString AnnotationText::measure(const Annotation &a, const imaging::LoadedImage &image)
{
    const auto &p = a.points;
    if (int(p.size()) < std::max(1, pointsNeeded(a.kind)) || (pointsNeeded(a.kind) == 0 && p.size() < 3))
        return {};
    const dicom::DicomInfo &info = *image.info;
    const imaging::Calibration cal = imaging::calibrationFor(info, p);
    const QString source = tr("[%1]").arg(calibrationName(cal.source));
    auto withSource = [&](const imaging::Measurement &m) {
        return tr("%1 %2 %3").arg(num(m.value), unitText(m.unit), source);
    };
    auto roi = [&](const imaging::Roi &shape) -> QString {
        const auto stats = imaging::roiStatistics(image.frame, info, shape);
        if (!stats) { // colour image, or no pixel inside: the geometry alone
            imaging::Measurement m;
            if (shape.shape == imaging::Roi::Shape::Rectangle)
                m = imaging::measureRectangle(shape.rect, cal);
            else if (shape.shape == imaging::Roi::Shape::Ellipse)
                m = imaging::measureEllipse(shape.rect.center(), shape.rect.width() / 2, shape.rect.height() / 2, cal);
            else
                m = imaging::measurePolygon(shape.points, cal);
            return tr("area %1 %2, perimeter %3 %4 %5")
                .arg(num(m.value), unitText(m.unit), num(m.perimeter), cal.lengthUnit(), source);
        }
        const QString unit = stats->unit.isEmpty() ? QString() : QLatin1Char(' ') + stats->unit;
        return tr("mean %1%2, SD %3, min %4, max %5, n %6; area %7 %8, perimeter %9 %10 %11")
            .arg(num(stats->mean), unit, num(stats->sd), num(stats->min), num(stats->max))
            .arg(stats->count)
            .arg(num(stats->area.value), unitText(stats->area.unit), num(stats->area.perimeter), cal.lengthUnit(), source);
    };
    switch (a.kind) {
    case Tool::Ruler:
        return withSource(imaging::measureLength(p[0], p[1], cal));
    case Tool::Angle:
        return tr("%1°").arg(num(imaging::measureAngle(p[0], p[1], p[2], cal).value));
    case Tool::Cobb:
        return tr("Cobb %1°").arg(num(imaging::measureCobb(p[0], p[1], p[2], p[3], cal).value));
    case Tool::Rectangle:
        return roi(imaging::Roi{imaging::Roi::Shape::Rectangle, QRectF(p[0], p[1]).normalized(), {}});
    case Tool::Ellipse:
        return roi(imaging::Roi{imaging::Roi::Shape::Ellipse, QRectF(p[0], p[1]).normalized(), {}});
    case Tool::Polygon:
    case Tool::Freehand:
        return roi(imaging::Roi::polygon(p));
    case Tool::Probe: {
        const int x = int(std::floor(p[0].x())), y = int(std::floor(p[0].y()));
        const dicom::DicomFrame &f = image.frame;
        if (x < 0 || y < 0 || x >= f.columns || y >= f.rows)
            return tr("outside the image");
        if (f.samplesPerPixel == 3) // colour: the three stored samples in the frame's colour model
            return tr("(%1, %2) %3 %4, %5, %6").arg(x).arg(y).arg(f.photometric).arg(f.value(y, x, 0)).arg(f.value(y, x, 1)).arg(f.value(y, x, 2));
        const auto probe = imaging::probePixel(f, info, x, y);
        if (!probe)
            return tr("no value here");
        if (probe->padding)
            return tr("(%1, %2) padding").arg(int(p[0].x())).arg(int(p[0].y()));
        return tr("(%1, %2) stored %3 → %4 %5")
            .arg(int(p[0].x()))
            .arg(int(p[0].y()))
            .arg(probe->stored)
            .arg(num(probe->modality, 2), probe->unit);
    }
    case Tool::Arrow:
    case Tool::Text:
        return a.label;
    default:
        return {};
    }
}

} // namespace cliniclink::ui::viewer
