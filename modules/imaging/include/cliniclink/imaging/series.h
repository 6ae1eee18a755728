#pragma once

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace cliniclink::imaging {

// What series assembly needs from each image header.
struct SliceDescriptor {
    QString id; // caller's key, e.g. the file path
    QString seriesInstanceUid;
    std::optional<std::array<double, 3>> imagePosition;
    std::optional<std::array<double, 6>> imageOrientation;
    std::optional<int> instanceNumber;
    int rows = 0;
    int columns = 0;
};

struct AssembledSeries {
    QString seriesInstanceUid;
    std::vector<SliceDescriptor> slices; // ordered
    bool orderedByPosition = false;      // else by Instance Number (then id)
    std::vector<double> positions;       // along the slice normal, when orderedByPosition
    double sliceSpacing = 0;             // median distance between neighbours (mm)
    bool hasGaps = false;                // a step larger than 1.5 × the median step
    bool mixedSizes = false;             // rows/columns differ between slices
};

// Groups by Series Instance UID (in order of first appearance) and orders each series along the
// normal of the (first) Image Orientation; slices without geometry fall back to Instance Number.
std::vector<AssembledSeries> assembleSeries(const std::vector<SliceDescriptor> &slices);

} // namespace cliniclink::imaging
