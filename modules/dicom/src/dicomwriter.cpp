#include "cliniclink/dicom/dicomwriter.h"

#include "cliniclink/dicom/dicomfile.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmjpls/djencode.h>

#include <QFile>

#include <mutex>

namespace cliniclink::dicom {

namespace {
OFString joined(const double *v, int n)
{
    QStringList parts;
    for (int i = 0; i < n; ++i)
        parts << QString::number(v[i], 'g', 10);
    return OFString(parts.join(QLatin1Char('\\')).toLatin1().constData());
}

OFString num(double v) { return OFString(QString::number(v, 'g', 10).toLatin1().constData()); }

void registerEncoders()
{
    static std::once_flag once;
    std::call_once(once, [] {
        DJLSEncoderRegistration::registerCodecs();
        DcmRLEEncoderRegistration::registerCodecs();
    });
}
} // namespace

Result<void> writeSyntheticImage(const SyntheticImage &img, const QString &path, WriteEncoding encoding)
{
    ensureCodecsRegistered();
    if (img.rows <= 0 || img.columns <= 0 || img.values.size() != size_t(img.rows) * size_t(img.columns))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("values do not match rows x columns"));
    DcmFileFormat file;
    DcmDataset *ds = file.getDataset();
    char uid[100];
    const bool eight = img.bitsStored <= 8;
    ds->putAndInsertString(DCM_SOPClassUID, img.modality == QLatin1String("CT") ? UID_CTImageStorage
                                                                                 : UID_SecondaryCaptureImageStorage);
    ds->putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
    ds->putAndInsertString(DCM_StudyInstanceUID, dcmGenerateUniqueIdentifier(uid, SITE_STUDY_UID_ROOT));
    ds->putAndInsertString(DCM_SeriesInstanceUID, img.seriesInstanceUid.isEmpty()
                                                      ? dcmGenerateUniqueIdentifier(uid, SITE_SERIES_UID_ROOT)
                                                      : img.seriesInstanceUid.toLatin1().constData());
    ds->putAndInsertString(DCM_Modality, img.modality.toLatin1().constData());
    if (!img.specificCharacterSet.isEmpty())
        ds->putAndInsertString(DCM_SpecificCharacterSet, img.specificCharacterSet.constData());
    // Type 2: present even when empty (media directories require it).
    ds->putAndInsertOFStringArray(DCM_PatientName, OFString(img.patientNameBytes.constData(), size_t(img.patientNameBytes.size())));
    ds->putAndInsertString(DCM_InstanceNumber, QByteArray::number(img.instanceNumber).constData());
    if (img.seriesNumber)
        ds->putAndInsertString(DCM_SeriesNumber, QByteArray::number(*img.seriesNumber).constData());
    if (!img.seriesTime.isEmpty())
        ds->putAndInsertString(DCM_SeriesTime, img.seriesTime.constData());
    if (img.imagePosition)
        ds->putAndInsertOFStringArray(DCM_ImagePositionPatient, joined(img.imagePosition->data(), 3));
    if (img.imageOrientation)
        ds->putAndInsertOFStringArray(DCM_ImageOrientationPatient, joined(img.imageOrientation->data(), 6));
    if (img.pixelSpacing)
        ds->putAndInsertOFStringArray(DCM_PixelSpacing, joined(img.pixelSpacing->data(), 2));
    if (img.imagerPixelSpacing)
        ds->putAndInsertOFStringArray(DCM_ImagerPixelSpacing, joined(img.imagerPixelSpacing->data(), 2));
    if (img.magnificationFactor)
        ds->putAndInsertOFStringArray(DCM_EstimatedRadiographicMagnificationFactor, num(*img.magnificationFactor));
    if (img.rescaleSlope && img.rescaleIntercept) {
        ds->putAndInsertOFStringArray(DCM_RescaleSlope, num(*img.rescaleSlope));
        ds->putAndInsertOFStringArray(DCM_RescaleIntercept, num(*img.rescaleIntercept));
    }
    if (img.windowCenter && img.windowWidth) {
        ds->putAndInsertOFStringArray(DCM_WindowCenter, num(*img.windowCenter));
        ds->putAndInsertOFStringArray(DCM_WindowWidth, num(*img.windowWidth));
    }
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    ds->putAndInsertString(DCM_PhotometricInterpretation, img.photometric.toLatin1().constData());
    ds->putAndInsertUint16(DCM_Rows, Uint16(img.rows));
    ds->putAndInsertUint16(DCM_Columns, Uint16(img.columns));
    ds->putAndInsertUint16(DCM_BitsAllocated, eight ? 8 : 16);
    ds->putAndInsertUint16(DCM_BitsStored, Uint16(img.bitsStored));
    ds->putAndInsertUint16(DCM_HighBit, Uint16(img.bitsStored - 1));
    ds->putAndInsertUint16(DCM_PixelRepresentation, img.isSigned ? 1 : 0);
    if (img.paddingValue) {
        if (img.isSigned)
            ds->putAndInsertSint16(DCM_PixelPaddingValue, Sint16(*img.paddingValue));
        else
            ds->putAndInsertUint16(DCM_PixelPaddingValue, Uint16(*img.paddingValue));
    }
    const unsigned mask = (1u << img.bitsStored) - 1;
    if (eight) {
        std::vector<Uint8> px(img.values.size());
        for (size_t i = 0; i < px.size(); ++i)
            px[i] = Uint8(unsigned(img.values[i]) & mask);
        ds->putAndInsertUint8Array(DCM_PixelData, px.data(), px.size());
    } else {
        std::vector<Uint16> px(img.values.size());
        for (size_t i = 0; i < px.size(); ++i)
            px[i] = Uint16(unsigned(img.values[i]) & mask);
        ds->putAndInsertUint16Array(DCM_PixelData, px.data(), px.size());
    }

    E_TransferSyntax ts = EXS_LittleEndianExplicit;
    if (encoding == WriteEncoding::ImplicitLittleEndian)
        ts = EXS_LittleEndianImplicit;
    if (encoding == WriteEncoding::JpegLsLossless || encoding == WriteEncoding::Rle) {
        registerEncoders();
        ts = encoding == WriteEncoding::Rle ? EXS_RLELossless : EXS_JPEGLSLossless;
        const OFCondition c = ds->chooseRepresentation(ts, nullptr);
        if (c.bad() || !ds->canWriteXfer(ts))
            return fail(ErrorCode::DicomWriteFailed, QString::fromLatin1(c.text()), path);
    }
    const OFCondition c = file.saveFile(OFFilename(QFile::encodeName(path).constData()), ts);
    if (c.bad())
        return fail(ErrorCode::DicomWriteFailed, QString::fromLatin1(c.text()), path);
    return {};
}

} // namespace cliniclink::dicom
