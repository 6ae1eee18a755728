#pragma once

#include "cliniclink/dicom/dicominfo.h"

#include <QPointF>
#include <QString>

#include <vector>

namespace cliniclink::imaging {

using dicom::SpacingSource;

// Physical size of a pixel and where it comes from. Without calibration both are 1 and the unit is "px".
struct Calibration {
    double rowSpacing = 1;    // mm between rows (y)
    double columnSpacing = 1; // mm between columns (x)
    SpacingSource source = SpacingSource::None;
    bool isPhysical() const { return source != SpacingSource::None; }
    QString lengthUnit() const { return isPhysical() ? QStringLiteral("mm") : QStringLiteral("px"); }
    QString areaUnit() const { return isPhysical() ? QStringLiteral("mm2") : QStringLiteral("px2"); }
};

// Pixel Spacing; else Imager Pixel Spacing ÷ ERMF (or uncorrected); else the ultrasound region that
// contains all points (cm → mm); else pixels.
Calibration calibrationFor(const dicom::DicomInfo &info, const std::vector<QPointF> &points = {});

} // namespace cliniclink::imaging
