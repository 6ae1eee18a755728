#include "commands.h"

#include "cliniclink/dicom/dicomfile.h"
#include "cliniclink/imaging/roistats.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace cliniclink;

namespace {
std::optional<imaging::Roi> parseRoi(const QString &spec)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return std::nullopt;
    const QString kind = spec.left(colon);
    const QStringList parts = spec.mid(colon + 1).split(QLatin1Char(','));
    if (parts.size() != 4)
        return std::nullopt;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (kind == QLatin1String("rect") && v[2] > 0 && v[3] > 0)
        return imaging::Roi::rectangle(v[0], v[1], v[2], v[3]);
    if (kind == QLatin1String("ellipse") && v[2] > 0 && v[3] > 0)
        return imaging::Roi::ellipse(v[0], v[1], v[2], v[3]);
    return std::nullopt;
}
} // namespace

int runStats(const QStringList &args)
{
    QString path;
    int frameIndex = 0;
    std::optional<imaging::Roi> roi;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--frame") && i + 1 < args.size()) {
            bool ok = false;
            frameIndex = args[++i].toInt(&ok);
            if (!ok)
                return reportError(ExitUsage, QStringLiteral("--frame needs a number"));
        } else if (a == QLatin1String("--roi") && i + 1 < args.size()) {
            roi = parseRoi(args[++i]);
            if (!roi)
                return reportError(ExitUsage, QStringLiteral("--roi rect:X,Y,W,H or ellipse:CX,CY,RX,RY"));
        } else if (!a.startsWith(QLatin1String("--")) && path.isEmpty()) {
            path = a;
        } else {
            return reportError(ExitUsage, QStringLiteral("bad argument '%1'").arg(a));
        }
    }
    if (path.isEmpty() || !roi)
        return reportError(ExitUsage, QStringLiteral("stats needs FILE and --roi"));
    auto file = dicom::DicomFile::open(path);
    if (!file)
        return reportError(ExitBadInput, file.error().toString());
    auto frame = file->decodeFrame(frameIndex);
    if (!frame)
        return reportError(frame.error().code == ErrorCode::FrameOutOfRange ? ExitUsage : ExitBadInput,
                           frame.error().toString());
    auto st = imaging::roiStatistics(*frame, file->info(), *roi);
    if (!st)
        return reportError(st.error().code == ErrorCode::RoiOutsideImage ? ExitUsage : ExitBadInput, st.error().toString());
    QJsonObject o{{QLatin1String("mean"), st->mean},
                  {QLatin1String("sd"), st->sd},
                  {QLatin1String("min"), st->min},
                  {QLatin1String("max"), st->max},
                  {QLatin1String("count"), double(st->count)},
                  {QLatin1String("paddingExcluded"), double(st->paddingCount)},
                  {QLatin1String("unit"), st->unit},
                  {QLatin1String("area"), st->area.value},
                  {QLatin1String("areaUnit"), st->area.unit},
                  {QLatin1String("perimeter"), st->area.perimeter},
                  {QLatin1String("calibration"), dicom::spacingSourceName(st->area.source)}};
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return ExitOk;
}
