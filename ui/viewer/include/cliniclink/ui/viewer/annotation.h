#pragma once

#include "cliniclink/imaging/imageseries.h"

#include <QCoreApplication>
#include <QPointF>
#include <QString>

#include <vector>

namespace cliniclink::ui::viewer {

// Drawing and measuring tools. Navigation tools act on the view; the others leave an annotation.
enum class Tool {
    WindowLevel, Pan, Zoom, Magnifier,
    Ruler, Angle, Cobb, Rectangle, Ellipse, Polygon, Freehand, Probe, Arrow, Text
};

bool isAnnotationTool(Tool tool);
// Points a finished annotation of this kind has; 0 = open-ended (polygon, freehand).
int pointsNeeded(Tool tool);
// Two-point shapes are drawn by dragging; angle and Cobb by clicking their points.
bool isDragShape(Tool tool);

// One measurement or mark on one image, in image coordinates (x = column, y = row).
struct Annotation {
    int id = 0;
    Tool kind = Tool::Ruler;
    QString imageKey; // LoadedImage::key() of the image it belongs to
    std::vector<QPointF> points;
    QString label;    // user's note; for Text it is the text shown
    QString value;    // measured value as text (AnnotationText::measure), kept up to date by the view
};

// The measured value as shown to the user, e.g. "42.3 mm", "37.5°", "mean 41.2 HU …", always
// ending in the calibration source when physical units depend on one.
class AnnotationText {
    Q_DECLARE_TR_FUNCTIONS(AnnotationText)
public:
    static QString toolName(Tool tool);
    static QString measure(const Annotation &annotation, const imaging::LoadedImage &image);
    static QString calibrationName(dicom::SpacingSource source);
};

} // namespace cliniclink::ui::viewer
