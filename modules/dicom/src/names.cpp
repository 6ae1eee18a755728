#include "cliniclink/dicom/dicominfo.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcxfer.h>

namespace cliniclink::dicom {

QString spacingSourceName(SpacingSource source)
{
    switch (source) {
    case SpacingSource::None:
        return QStringLiteral("pixels");
    case SpacingSource::PixelSpacing:
        return QStringLiteral("PixelSpacing");
    case SpacingSource::ImagerPixelSpacingCorrected:
        return QStringLiteral("ImagerPixelSpacing/ERMF");
    case SpacingSource::ImagerPixelSpacing:
        return QStringLiteral("ImagerPixelSpacing");
    case SpacingSource::UltrasoundRegion:
        return QStringLiteral("UltrasoundRegion");
    }
    return {};
}

QString transferSyntaxDisplayName(const QString &uid)
{
    if (uid == QLatin1String("1.2.840.10008.1.2.4.201"))
        return QStringLiteral("HTJ2K Lossless");
    if (uid == QLatin1String("1.2.840.10008.1.2.4.202"))
        return QStringLiteral("HTJ2K Lossless RPCL");
    if (uid == QLatin1String("1.2.840.10008.1.2.4.203"))
        return QStringLiteral("HTJ2K");
    const DcmXfer x(uid.toLatin1().constData());
    return x.getXfer() == EXS_Unknown ? QStringLiteral("Unknown") : QString::fromLatin1(x.getXferName());
}

} // namespace cliniclink::dicom
