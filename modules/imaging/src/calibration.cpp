#include "cliniclink/imaging/calibration.h"

namespace cliniclink::imaging {

Calibration calibrationFor(const dicom::DicomInfo &info, const std::vector<QPointF> &points)
{
    Calibration cal;
    auto valid = [](const std::array<double, 2> &s) { return s[0] > 0 && s[1] > 0; };
    if (info.pixelSpacing && valid(*info.pixelSpacing)) {
        cal.rowSpacing = (*info.pixelSpacing)[0];
        cal.columnSpacing = (*info.pixelSpacing)[1];
        cal.source = SpacingSource::PixelSpacing;
        return cal;
    }
    if (info.imagerPixelSpacing && valid(*info.imagerPixelSpacing)) {
        cal.rowSpacing = (*info.imagerPixelSpacing)[0];
        cal.columnSpacing = (*info.imagerPixelSpacing)[1];
        cal.source = SpacingSource::ImagerPixelSpacing;
        // Objects are magnified on the detector by SID/SOD: correct to the patient plane.
        if (info.magnificationFactor && *info.magnificationFactor > 0) {
            cal.rowSpacing /= *info.magnificationFactor;
            cal.columnSpacing /= *info.magnificationFactor;
            cal.source = SpacingSource::ImagerPixelSpacingCorrected;
        }
        return cal;
    }
    constexpr int kUnitsCm = 3;
    for (const dicom::UltrasoundRegion &r : info.ultrasoundRegions) {
        if (r.unitsX != kUnitsCm || r.unitsY != kUnitsCm || r.physicalDeltaX <= 0 || r.physicalDeltaY <= 0)
            continue;
        bool inside = !points.empty();
        for (const QPointF &p : points)
            inside = inside && r.contains(p.x(), p.y());
        if (!inside)
            continue;
        cal.columnSpacing = r.physicalDeltaX * 10.0;
        cal.rowSpacing = r.physicalDeltaY * 10.0;
        cal.source = SpacingSource::UltrasoundRegion;
        return cal;
    }
    return cal;
}

} // namespace cliniclink::imaging
