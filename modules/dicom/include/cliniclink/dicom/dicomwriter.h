#pragma once

#include "cliniclink/core/result.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace cliniclink::dicom {

enum class WriteEncoding { ExplicitLittleEndian, ImplicitLittleEndian, JpegLsLossless, Rle };

// A synthetic single-frame greyscale image, for tests and the benchmark series generator.
struct SyntheticImage {
    int rows = 0;
    int columns = 0;
    int bitsStored = 16;      // 8 → Bits Allocated 8, else 16
    bool isSigned = true;
    std::vector<int> values;  // rows*columns stored values
    QString photometric = QStringLiteral("MONOCHROME2");
    QString modality = QStringLiteral("CT");
    QByteArray specificCharacterSet; // written as is when non-empty
    QByteArray patientNameBytes;     // raw bytes, written without conversion
    QString seriesInstanceUid;
    int instanceNumber = 1;
    std::optional<int> seriesNumber;
    QByteArray seriesTime; // TM, e.g. "101500"
    std::optional<std::array<double, 3>> imagePosition;
    std::optional<std::array<double, 6>> imageOrientation;
    std::optional<std::array<double, 2>> pixelSpacing;
    std::optional<std::array<double, 2>> imagerPixelSpacing;
    std::optional<double> magnificationFactor;
    std::optional<double> rescaleSlope, rescaleIntercept;
    std::optional<double> windowCenter, windowWidth;
    std::optional<int> paddingValue;
};

Result<void> writeSyntheticImage(const SyntheticImage &image, const QString &path,
                                 WriteEncoding encoding = WriteEncoding::ExplicitLittleEndian);

} // namespace cliniclink::dicom
