#pragma once

#include "cliniclink/dicom/dicomframe.h"
#include "cliniclink/dicom/dicominfo.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace cliniclink::imaging {

using dicom::DicomFrame;
using dicom::DicomInfo;
using dicom::LookupTable;
using dicom::VoiFunction;

// Pixel Padding Value / Range Limit, compared on stored values (PS3.3 C.7.5.1.1.2).
struct Padding {
    std::optional<int> value;
    std::optional<int> rangeLimit;
    static Padding fromInfo(const DicomInfo &info);
    bool isPadding(int stored) const
    {
        if (!value)
            return false;
        if (!rangeLimit)
            return stored == *value;
        return stored >= std::min(*value, *rangeLimit) && stored <= std::max(*value, *rangeLimit);
    }
};

// Stored value → modality value: Modality LUT Sequence if present, else Rescale Slope/Intercept.
struct ModalityTransform {
    double slope = 1;
    double intercept = 0;
    LookupTable lut;
    QString unit; // "HU" for CT, Rescale Type, else empty
    static ModalityTransform fromInfo(const DicomInfo &info);
    double apply(int stored) const { return lut.isValid() ? double(lut.lookup(stored)) : stored * slope + intercept; }
};

// VOI: a window (LINEAR, LINEAR_EXACT, SIGMOID) or a VOI LUT.
struct VoiSetting {
    enum class Kind { Window, Lut } kind = Kind::Window;
    double center = 0;
    double width = 1;
    VoiFunction function = VoiFunction::Linear;
    LookupTable lut;

    static VoiSetting window(double c, double w, VoiFunction f = VoiFunction::Linear) { return {Kind::Window, c, w, f, {}}; }
    static VoiSetting fromLut(const LookupTable &l) { return {Kind::Lut, 0, 1, VoiFunction::Linear, l}; }
    // Output in [0, 1] for a modality value (PS3.3 C.11.2.1.2 / C.11.2.1.3, ymin = 0, ymax = 1).
    double apply(double x) const;
};

// Window functions with explicit output range, exactly as PS3.3 writes them.
double voiLinear(double x, double c, double w, double ymin, double ymax);
double voiLinearExact(double x, double c, double w, double ymin, double ymax);
double voiSigmoid(double x, double c, double w, double ymin, double ymax);

struct DisplayOptions {
    std::optional<VoiSetting> voi; // empty → the file's first window, else its first VOI LUT, else full range
    bool invert = false;           // user inversion on top of the presentation
};

struct DisplayImage {
    int width = 0;
    int height = 0;
    bool rgb = false;  // RGB888 when true, else 8-bit grey
    QByteArray pixels; // tightly packed rows
    VoiSetting voiUsed;
};

// The full greyscale/colour display pipeline: padding → modality → VOI → MONOCHROME1 inversion → 8 bit.
// Padding pixels are shown black. Colour images (RGB, YBR_FULL, PALETTE COLOR) bypass VOI.
DisplayImage renderFrame(const DicomFrame &frame, const DicomInfo &info, const DisplayOptions &options = {});
// Same, reusing `image`'s buffer (a viewer re-renders the same frame on every W/L drag event).
void renderFrameInto(const DicomFrame &frame, const DicomInfo &info, const DisplayOptions &options, DisplayImage &image);

// The VOI a viewer starts with: the first window in the file, else the first VOI LUT, else the full
// range of modality values of this frame (padding excluded).
VoiSetting defaultVoi(const DicomFrame &frame, const DicomInfo &info);

// Stored value → 8-bit output table, indexed by the stored value's bit pattern: 256 entries for
// 8-bit frames, else 65536 indexed by quint16(value) (signed values wrap). Built once per W/L
// change; only the window's ramp is computed, the flat parts are filled.
int displayLutSize(const DicomFrame &frame);
std::vector<quint8> buildDisplayLut(const DicomFrame &frame, const DicomInfo &info, const VoiSetting &voi, bool invert);

} // namespace cliniclink::imaging
