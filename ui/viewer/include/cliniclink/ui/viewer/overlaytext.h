#pragma once

#include "cliniclink/imaging/imageseries.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace cliniclink::ui::viewer {

// Text for the corner overlays of a view.
class OverlayText {
    Q_DECLARE_TR_FUNCTIONS(OverlayText)
public:
    // "Wang^XiaoDong=王^小东=" → "王小东 (Wang XiaoDong)"; a plain name → "Family Given".
    static QString personName(const QString &dicomName);
    // DA "20240131" → "2024-01-31".
    static QString date(const QString &dicomDate);
    // Position along the slice normal in mm, when the image has position and orientation.
    static std::optional<double> slicePosition(const dicom::DicomInfo &info);

    static QStringList topLeft(const dicom::DicomInfo &info);
    static QStringList topRight(const imaging::LoadedImage &image, int index, int count);
};

} // namespace cliniclink::ui::viewer
