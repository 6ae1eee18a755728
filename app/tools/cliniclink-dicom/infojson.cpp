#include "commands.h"

#include "cliniclink/dicom/dicomfile.h"
#include "cliniclink/imaging/calibration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace cliniclink;

namespace {
QString functionName(dicom::VoiFunction f)
{
    switch (f) {
    case dicom::VoiFunction::Linear:
        return QStringLiteral("LINEAR");
    case dicom::VoiFunction::LinearExact:
        return QStringLiteral("LINEAR_EXACT");
    case dicom::VoiFunction::Sigmoid:
        return QStringLiteral("SIGMOID");
    }
    return {};
}

QJsonValue pair(const std::optional<std::array<double, 2>> &v)
{
    return v ? QJsonValue(QJsonArray{(*v)[0], (*v)[1]}) : QJsonValue();
}
} // namespace

int runInfo(const QStringList &args)
{
    if (args.size() != 1)
        return reportError(ExitUsage, QStringLiteral("info takes exactly one FILE"));
    auto file = dicom::DicomFile::open(args.first());
    if (!file)
        return reportError(ExitBadInput, file.error().toString());
    const dicom::DicomInfo &i = file->info();
    const imaging::Calibration cal = imaging::calibrationFor(i);
    QJsonObject o;
    o[QLatin1String("patientName")] = i.patientName;
    o[QLatin1String("patientId")] = i.patientId;
    o[QLatin1String("charset")] = i.specificCharacterSet;
    o[QLatin1String("charsetGuessed")] = i.charsetGuessed;
    o[QLatin1String("charsetConversionFailed")] = i.charsetConversionFailed;
    o[QLatin1String("modality")] = i.modality;
    o[QLatin1String("rows")] = i.rows;
    o[QLatin1String("columns")] = i.columns;
    o[QLatin1String("frames")] = i.frames;
    o[QLatin1String("samplesPerPixel")] = i.samplesPerPixel;
    o[QLatin1String("photometric")] = i.photometric;
    o[QLatin1String("bitsAllocated")] = i.bitsAllocated;
    o[QLatin1String("bitsStored")] = i.bitsStored;
    o[QLatin1String("pixelSigned")] = i.pixelSigned;
    o[QLatin1String("hasPixelData")] = i.hasPixelData;
    o[QLatin1String("transferSyntax")] = i.transferSyntaxUid;
    o[QLatin1String("transferSyntaxName")] = i.transferSyntaxName;
    o[QLatin1String("lossy")] = i.lossyCompressed;
    o[QLatin1String("pixelSpacing")] = pair(i.pixelSpacing);
    o[QLatin1String("imagerPixelSpacing")] = pair(i.imagerPixelSpacing);
    o[QLatin1String("spacing")] = cal.isPhysical() ? QJsonValue(QJsonArray{cal.rowSpacing, cal.columnSpacing}) : QJsonValue();
    o[QLatin1String("spacingSource")] = dicom::spacingSourceName(cal.source);
    o[QLatin1String("ultrasoundRegions")] = int(i.ultrasoundRegions.size());
    QJsonArray windows;
    for (const auto &w : i.windows)
        windows.append(QJsonObject{{QLatin1String("center"), w.center},
                                   {QLatin1String("width"), w.width},
                                   {QLatin1String("function"), functionName(w.function)},
                                   {QLatin1String("explanation"), w.explanation}});
    o[QLatin1String("windows")] = windows;
    QJsonArray luts;
    for (const auto &l : i.voiLuts)
        luts.append(QJsonObject{{QLatin1String("entries"), int(l.data.size())},
                                {QLatin1String("firstMapped"), l.firstMapped},
                                {QLatin1String("bits"), l.bitsPerEntry},
                                {QLatin1String("explanation"), l.explanation}});
    o[QLatin1String("voiLuts")] = luts;
    o[QLatin1String("rescale")] = QJsonObject{{QLatin1String("slope"), i.rescale.slope},
                                              {QLatin1String("intercept"), i.rescale.intercept},
                                              {QLatin1String("type"), i.rescale.type},
                                              {QLatin1String("present"), i.rescale.present}};
    o[QLatin1String("modalityLut")] = i.modalityLut.isValid() ? QJsonValue(int(i.modalityLut.data.size())) : QJsonValue();
    o[QLatin1String("paddingValue")] = i.paddingValue ? QJsonValue(*i.paddingValue) : QJsonValue();
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return ExitOk;
}
