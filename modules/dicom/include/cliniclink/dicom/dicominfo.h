#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace cliniclink::dicom {

// Plain values read from a DICOM header. No DCMTK type ever appears in this module's public API.

// A lookup table as in PS3.3 C.11.1 / C.11.2 / C.7.6.3: entry i applies to input firstMapped + i;
// inputs below/above the table use the first/last entry.
struct LookupTable {
    int firstMapped = 0;
    int bitsPerEntry = 16; // from the descriptor's third value
    std::vector<quint16> data;
    QString explanation;

    bool isValid() const { return !data.empty(); }
    int lookup(int input) const
    {
        const qsizetype i = qsizetype(input) - firstMapped;
        if (i <= 0)
            return data.front();
        if (i >= qsizetype(data.size()))
            return data.back();
        return data[size_t(i)];
    }
};

enum class VoiFunction { Linear, LinearExact, Sigmoid };

struct WindowSetting {
    double center = 0;
    double width = 0;
    VoiFunction function = VoiFunction::Linear;
    QString explanation;
};

struct Rescale {
    double slope = 1;
    double intercept = 0;
    QString type; // Rescale Type, e.g. "HU"; empty if absent
    bool present = false;
};

// Where the physical size of a pixel comes from (shown with every measurement).
enum class SpacingSource {
    None,                       // pixels only
    PixelSpacing,               // (0028,0030): in the patient
    ImagerPixelSpacingCorrected, // (0018,1164) ÷ Estimated Radiographic Magnification Factor
    ImagerPixelSpacing,         // (0018,1164) at the detector, no magnification factor
    UltrasoundRegion            // Sequence of Ultrasound Regions
};
QString spacingSourceName(SpacingSource source);

// One item of the Sequence of Ultrasound Regions (0018,6011); bounds in pixels, inclusive.
struct UltrasoundRegion {
    int minX = 0, minY = 0, maxX = 0, maxY = 0;
    int unitsX = 0, unitsY = 0; // 3 = cm, 4 = seconds, ... (PS3.3 C.8.5.5.1.15)
    double physicalDeltaX = 0, physicalDeltaY = 0;
    int spatialFormat = 0;
    bool contains(double x, double y) const { return x >= minX && x <= maxX + 1 && y >= minY && y <= maxY + 1; }
};

struct DicomInfo {
    // Text, always UTF-8 decoded.
    QString patientName;
    QString patientId;
    QString studyDescription;
    QString seriesDescription;
    QString studyDate;
    QString specificCharacterSet; // as declared (may be empty)
    bool charsetGuessed = false;  // undeclared charset, decoded as GB18030 by heuristic
    bool charsetConversionFailed = false;

    QString sopClassUid, sopInstanceUid, seriesInstanceUid, studyInstanceUid;
    QString modality;
    QString transferSyntaxUid;
    QString transferSyntaxName;
    bool lossyCompressed = false; // lossy TS or Lossy Image Compression = "01"
    bool hasMetaHeader = true;

    int rows = 0, columns = 0, frames = 0;
    int samplesPerPixel = 1;
    QString photometric;
    int bitsAllocated = 0, bitsStored = 0, highBit = 0;
    bool pixelSigned = false;
    int planarConfiguration = 0;
    bool hasPixelData = false;

    // Geometry
    std::optional<std::array<double, 3>> imagePosition;
    std::optional<std::array<double, 6>> imageOrientation;
    std::optional<int> instanceNumber;
    std::optional<int> seriesNumber;
    QString seriesDate, seriesTime; // DA / TM as stored, for ordering series
    std::optional<double> sliceThickness;

    // Calibration: row spacing (between rows, i.e. along y) then column spacing, in mm.
    std::optional<std::array<double, 2>> pixelSpacing;
    std::optional<std::array<double, 2>> imagerPixelSpacing;
    std::optional<double> magnificationFactor; // ERMF
    std::vector<UltrasoundRegion> ultrasoundRegions;

    // Pixel pipeline inputs
    std::optional<int> paddingValue;      // stored-value space, sign per Pixel Representation
    std::optional<int> paddingRangeLimit;
    Rescale rescale;
    LookupTable modalityLut;              // Modality LUT Sequence (takes precedence if valid)
    std::vector<WindowSetting> windows;
    std::vector<LookupTable> voiLuts;

    // Palette colour (expanded from segmented tables where needed)
    LookupTable paletteRed, paletteGreen, paletteBlue;
};

QString transferSyntaxDisplayName(const QString &uid);

} // namespace cliniclink::dicom
