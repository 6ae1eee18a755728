#include "headerreader.h"

#include "charset.h"
#include "lutreader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcelem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <cmath>

namespace cliniclink::dicom::internal {

namespace {

QString latin(DcmItem &item, const DcmTagKey &tag)
{
    OFString v;
    if (item.findAndGetOFStringArray(tag, v).bad())
        return {};
    return QString::fromLatin1(v.c_str()).trimmed();
}

std::optional<double> number(DcmItem &item, const DcmTagKey &tag, unsigned long pos = 0)
{
    Float64 f = 0;
    if (item.findAndGetFloat64(tag, f, pos).good() && std::isfinite(f))
        return f;
    // IS and other string VRs: parse the text value.
    OFString s;
    if (item.findAndGetOFString(tag, s, pos).good()) {
        bool ok = false;
        const double d = QString::fromLatin1(s.c_str()).trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    Uint16 u = 0;
    if (item.findAndGetUint16(tag, u, pos).good())
        return double(u);
    Sint16 s16 = 0;
    if (item.findAndGetSint16(tag, s16, pos).good())
        return double(s16);
    Uint32 u32 = 0;
    if (item.findAndGetUint32(tag, u32, pos).good())
        return double(u32);
    Sint32 s32 = 0;
    if (item.findAndGetSint32(tag, s32, pos).good())
        return double(s32);
    return std::nullopt;
}

int integer(DcmItem &item, const DcmTagKey &tag, int fallback = 0)
{
    const auto v = number(item, tag);
    return v && *v >= -2147483648.0 && *v <= 2147483647.0 ? int(*v) : fallback;
}

unsigned long valueCount(DcmItem &item, const DcmTagKey &tag)
{
    DcmElement *e = nullptr;
    return item.findAndGetElement(tag, e).good() && e ? e->getVM() : 0;
}

template <size_t N>
std::optional<std::array<double, N>> numbers(DcmItem &item, const DcmTagKey &tag)
{
    if (valueCount(item, tag) < N)
        return std::nullopt;
    std::array<double, N> a{};
    for (size_t i = 0; i < N; ++i) {
        const auto v = number(item, tag, i);
        if (!v)
            return std::nullopt;
        a[i] = *v;
    }
    return a;
}

// A 16-bit value of US/SS (or garbage) VR, interpreted in the stored-value space.
std::optional<int> storedSpaceValue(DcmItem &item, const DcmTagKey &tag, bool pixelSigned, int bitsStored)
{
    DcmElement *e = nullptr;
    if (item.findAndGetElement(tag, e).bad() || !e || e->getLength() < 2)
        return std::nullopt;
    int v = 0;
    Uint16 u = 0;
    Sint16 s = 0;
    if (e->ident() == EVR_US && e->getUint16(u).good())
        v = u;
    else if (e->ident() == EVR_SS && e->getSint16(s).good())
        v = s;
    else
        return std::nullopt; // unknown VR: cannot know the byte meaning safely
    if (pixelSigned) {
        const int bits = bitsStored > 0 && bitsStored <= 16 ? bitsStored : 16;
        v &= (1 << bits) - 1;
        if (v & (1 << (bits - 1)))
            v -= 1 << bits;
    }
    return v;
}

VoiFunction voiFunction(const QString &s)
{
    if (s == QLatin1String("LINEAR_EXACT"))
        return VoiFunction::LinearExact;
    if (s == QLatin1String("SIGMOID"))
        return VoiFunction::Sigmoid;
    return VoiFunction::Linear;
}

void readWindows(DcmItem &item, DicomInfo &info)
{
    const unsigned long n = std::min(valueCount(item, DCM_WindowCenter), valueCount(item, DCM_WindowWidth));
    const VoiFunction fn = voiFunction(latin(item, DCM_VOILUTFunction));
    for (unsigned long i = 0; i < n; ++i) {
        const auto c = number(item, DCM_WindowCenter, i);
        const auto w = number(item, DCM_WindowWidth, i);
        if (!c || !w || *w <= 0)
            continue;
        WindowSetting ws{*c, *w, fn, {}};
        OFString ex;
        if (item.findAndGetOFString(DCM_WindowCenterWidthExplanation, ex, i).good())
            ws.explanation = QString::fromLatin1(ex.c_str()).trimmed();
        info.windows.push_back(ws);
    }
}

// Enhanced multi-frame objects keep VOI, rescale and spacing in functional groups; use the
// shared group, else the first frame's.
DcmItem *functionalGroup(DcmDataset &ds, const DcmTagKey &macro)
{
    for (const DcmTagKey &groups : {DCM_SharedFunctionalGroupsSequence, DCM_PerFrameFunctionalGroupsSequence}) {
        DcmItem *g = nullptr;
        if (ds.findAndGetSequenceItem(groups, g, 0).good() && g) {
            DcmItem *m = nullptr;
            if (g->findAndGetSequenceItem(macro, m, 0).good() && m)
                return m;
        }
    }
    return nullptr;
}

} // namespace

DicomInfo readHeader(DcmDataset &ds, const QString &transferSyntaxUid, bool hasMetaHeader)
{
    DicomInfo info;
    TextDecoder text(ds);
    info.specificCharacterSet = text.declaredCharset();
    info.patientName = text.decode(ds, DCM_PatientName, true);
    info.patientId = text.decode(ds, DCM_PatientID);
    info.studyDescription = text.decode(ds, DCM_StudyDescription);
    info.seriesDescription = text.decode(ds, DCM_SeriesDescription);
    info.charsetGuessed = text.guessed();
    info.charsetConversionFailed = text.failed();
    info.studyDate = latin(ds, DCM_StudyDate);

    info.sopClassUid = latin(ds, DCM_SOPClassUID);
    info.sopInstanceUid = latin(ds, DCM_SOPInstanceUID);
    info.seriesInstanceUid = latin(ds, DCM_SeriesInstanceUID);
    info.studyInstanceUid = latin(ds, DCM_StudyInstanceUID);
    info.modality = latin(ds, DCM_Modality);
    info.transferSyntaxUid = transferSyntaxUid;
    info.transferSyntaxName = transferSyntaxDisplayName(transferSyntaxUid);
    info.hasMetaHeader = hasMetaHeader;
    const DcmXfer xfer(transferSyntaxUid.toLatin1().constData());
    info.lossyCompressed = transferSyntaxUid.endsWith(QLatin1String(".4.91"))
        || transferSyntaxUid.endsWith(QLatin1String(".4.203")) || transferSyntaxUid.endsWith(QLatin1String(".4.81"))
        || (xfer.getXfer() != EXS_Unknown && xfer.isLossy()) || latin(ds, DCM_LossyImageCompression) == QLatin1String("01");

    info.rows = integer(ds, DCM_Rows);
    info.columns = integer(ds, DCM_Columns);
    info.frames = std::max(1, integer(ds, DCM_NumberOfFrames, 1));
    info.samplesPerPixel = integer(ds, DCM_SamplesPerPixel, 1);
    info.photometric = latin(ds, DCM_PhotometricInterpretation);
    info.bitsAllocated = integer(ds, DCM_BitsAllocated);
    info.bitsStored = integer(ds, DCM_BitsStored, info.bitsAllocated);
    info.highBit = integer(ds, DCM_HighBit, info.bitsStored - 1);
    info.pixelSigned = integer(ds, DCM_PixelRepresentation) == 1;
    info.planarConfiguration = integer(ds, DCM_PlanarConfiguration);
    info.hasPixelData = ds.tagExistsWithValue(DCM_PixelData);

    info.imagePosition = numbers<3>(ds, DCM_ImagePositionPatient);
    info.imageOrientation = numbers<6>(ds, DCM_ImageOrientationPatient);
    if (auto n = number(ds, DCM_InstanceNumber))
        info.instanceNumber = int(*n);
    if (auto n = number(ds, DCM_SeriesNumber))
        info.seriesNumber = int(*n);
    info.seriesDate = latin(ds, DCM_SeriesDate);
    info.seriesTime = latin(ds, DCM_SeriesTime);
    info.sliceThickness = number(ds, DCM_SliceThickness);

    info.pixelSpacing = numbers<2>(ds, DCM_PixelSpacing);
    info.imagerPixelSpacing = numbers<2>(ds, DCM_ImagerPixelSpacing);
    info.magnificationFactor = number(ds, DCM_EstimatedRadiographicMagnificationFactor);
    if (DcmItem *m = functionalGroup(ds, DCM_PixelMeasuresSequence); m && !info.pixelSpacing)
        info.pixelSpacing = numbers<2>(*m, DCM_PixelSpacing);
    if (DcmItem *m = functionalGroup(ds, DCM_PlanePositionSequence); m && !info.imagePosition)
        info.imagePosition = numbers<3>(*m, DCM_ImagePositionPatient);
    if (DcmItem *m = functionalGroup(ds, DCM_PlaneOrientationSequence); m && !info.imageOrientation)
        info.imageOrientation = numbers<6>(*m, DCM_ImageOrientationPatient);

    DcmSequenceOfItems *regions = nullptr;
    if (ds.findAndGetSequence(DCM_SequenceOfUltrasoundRegions, regions).good() && regions) {
        for (unsigned long i = 0; i < regions->card(); ++i) {
            DcmItem *r = regions->getItem(i);
            UltrasoundRegion u;
            u.minX = integer(*r, DCM_RegionLocationMinX0);
            u.minY = integer(*r, DCM_RegionLocationMinY0);
            u.maxX = integer(*r, DCM_RegionLocationMaxX1);
            u.maxY = integer(*r, DCM_RegionLocationMaxY1);
            u.unitsX = integer(*r, DCM_PhysicalUnitsXDirection);
            u.unitsY = integer(*r, DCM_PhysicalUnitsYDirection);
            u.physicalDeltaX = number(*r, DCM_PhysicalDeltaX).value_or(0);
            u.physicalDeltaY = number(*r, DCM_PhysicalDeltaY).value_or(0);
            u.spatialFormat = integer(*r, DCM_RegionSpatialFormat);
            info.ultrasoundRegions.push_back(u);
        }
    }

    info.paddingValue = storedSpaceValue(ds, DCM_PixelPaddingValue, info.pixelSigned, info.bitsStored);
    info.paddingRangeLimit = storedSpaceValue(ds, DCM_PixelPaddingRangeLimit, info.pixelSigned, info.bitsStored);

    DcmItem *rescaleSrc = &ds;
    if (!ds.tagExists(DCM_RescaleSlope))
        if (DcmItem *m = functionalGroup(ds, DCM_PixelValueTransformationSequence))
            rescaleSrc = m;
    const auto slope = number(*rescaleSrc, DCM_RescaleSlope);
    const auto intercept = number(*rescaleSrc, DCM_RescaleIntercept);
    if (slope && intercept && *slope != 0) {
        info.rescale = Rescale{*slope, *intercept, latin(*rescaleSrc, DCM_RescaleType), true};
    }
    DcmItem *mlut = nullptr;
    if (ds.findAndGetSequenceItem(DCM_ModalityLUTSequence, mlut, 0).good() && mlut)
        info.modalityLut = readLutItem(*mlut, info.pixelSigned);

    readWindows(ds, info);
    if (info.windows.empty())
        if (DcmItem *m = functionalGroup(ds, DCM_FrameVOILUTSequence))
            readWindows(*m, info);
    DcmSequenceOfItems *voi = nullptr;
    if (ds.findAndGetSequence(DCM_VOILUTSequence, voi).good() && voi) {
        const bool signedInput = info.pixelSigned || info.rescale.intercept < 0;
        for (unsigned long i = 0; i < voi->card(); ++i) {
            LookupTable lut = readLutItem(*voi->getItem(i), signedInput);
            if (lut.isValid())
                info.voiLuts.push_back(std::move(lut));
        }
    }

    if (info.photometric.startsWith(QLatin1String("PALETTE"))) {
        const bool s = info.pixelSigned;
        info.paletteRed = readPalette(ds, DCM_RedPaletteColorLookupTableDescriptor, DCM_RedPaletteColorLookupTableData,
                                      DCM_SegmentedRedPaletteColorLookupTableData, s);
        info.paletteGreen = readPalette(ds, DCM_GreenPaletteColorLookupTableDescriptor,
                                        DCM_GreenPaletteColorLookupTableData,
                                        DCM_SegmentedGreenPaletteColorLookupTableData, s);
        info.paletteBlue = readPalette(ds, DCM_BluePaletteColorLookupTableDescriptor, DCM_BluePaletteColorLookupTableData,
                                       DCM_SegmentedBluePaletteColorLookupTableData, s);
    }
    return info;
}

} // namespace cliniclink::dicom::internal
