#include "componentversions.h"

#include "cliniclink/crypto/version.h"
#include "cliniclink/dicom/toolkitversion.h"
#include "cliniclink/store/store.h"

#include <QtGlobal>

QMap<QString, QString> componentVersions()
{
    QMap<QString, QString> v;
    v.insert(QStringLiteral("Qt"), QString::fromLatin1(qVersion()));
    v.insert(QStringLiteral("SQLCipher"), cliniclink::store::sqlcipherVersion());
    v.insert(QStringLiteral("OpenSSL"), cliniclink::crypto::opensslVersion());
    v.insert(QStringLiteral("DCMTK"), cliniclink::dicom::dcmtkVersion());
    v.insert(QStringLiteral("OpenJPEG"), cliniclink::dicom::openjpegVersion());
    // VTK joins when the 3D viewer (MPR, volume rendering) is wired in; until then the About
    // box says it is not built in rather than inventing a version.
    return v;
}
