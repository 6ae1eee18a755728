#include "cliniclink/ui/viewer/overlaytext.h"

#include <QDate>

namespace cliniclink::ui::viewer {

namespace {
QString joinComponents(const QString &group, bool ideographic)
{
    QStringList parts = group.split(QLatin1Char('^'));
    parts.removeAll(QString());
    // CJK names are written without spaces between family and given name.
    return parts.join(ideographic ? QString() : QStringLiteral(" ")).trimmed();
}
} // namespace

QString OverlayText::personName(const QString &dicomName)
{
    const QStringList groups = dicomName.split(QLatin1Char('='));
    const QString alphabetic = joinComponents(groups.value(0), false);
    const QString ideographic = joinComponents(groups.value(1), true);
    if (ideographic.isEmpty())
        return alphabetic;
    if (alphabetic.isEmpty())
        return ideographic;
    return tr("%1 (%2)").arg(ideographic, alphabetic);
}

QString OverlayText::date(const QString &dicomDate)
{
    const QDate d = QDate::fromString(dicomDate.left(8), QStringLiteral("yyyyMMdd"));
    return d.isValid() ? d.toString(Qt::ISODate) : dicomDate;
}

std::optional<double> OverlayText::slicePosition(const dicom::DicomInfo &info)
{
    if (!info.imagePosition || !info.imageOrientation)
        return std::nullopt;
    const auto &o = *info.imageOrientation;
    const auto &p = *info.imagePosition;
    const double n0 = o[1] * o[5] - o[2] * o[4], n1 = o[2] * o[3] - o[0] * o[5], n2 = o[0] * o[4] - o[1] * o[3];
    return p[0] * n0 + p[1] * n1 + p[2] * n2;
}

QStringList OverlayText::topLeft(const dicom::DicomInfo &info)
{
    QStringList lines;
    lines << personName(info.patientName);
    if (!info.patientId.isEmpty())
        lines << tr("ID: %1").arg(info.patientId);
    if (!info.studyDate.isEmpty())
        lines << tr("Study date: %1").arg(date(info.studyDate));
    if (!info.studyDescription.isEmpty())
        lines << info.studyDescription;
    return lines;
}

QStringList OverlayText::topRight(const imaging::LoadedImage &image, int index, int count)
{
    const dicom::DicomInfo &info = *image.info;
    QStringList lines;
    lines << (info.seriesDescription.isEmpty() ? info.modality : tr("%1 %2").arg(info.modality, info.seriesDescription));
    if (image.frameCount > 1)
        lines << tr("Frame %1 / %2").arg(image.frameIndex + 1).arg(image.frameCount);
    else
        lines << tr("Image %1 / %2").arg(index + 1).arg(count);
    if (const auto pos = slicePosition(info))
        lines << tr("Position %1 mm").arg(*pos, 0, 'f', 1);
    if (info.sliceThickness)
        lines << tr("Thickness %1 mm").arg(*info.sliceThickness, 0, 'f', 1);
    lines << tr("%1 × %2").arg(info.columns).arg(info.rows);
    return lines;
}

} // namespace cliniclink::ui::viewer
