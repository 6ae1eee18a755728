#include "cliniclink/dicom/dicomdir.h"

#include "cliniclink/dicom/dicomfile.h"

#include "bigstack.h"
#include "charset.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcddirif.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcdicdir.h>
#include <dcmtk/dcmdata/dcdirrec.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace cliniclink::dicom {

namespace {
QString text(DcmItem &record, const DcmTagKey &tag, bool personName = false)
{
    // Each record may declare its own Specific Character Set.
    internal::TextDecoder decoder(record);
    return decoder.decode(record, tag, personName).trimmed();
}

std::optional<int> integer(DcmItem &record, const DcmTagKey &tag)
{
    OFString v;
    if (record.findAndGetOFString(tag, v).bad())
        return std::nullopt;
    bool ok = false;
    const int n = QString::fromLatin1(v.c_str()).trimmed().toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

// File IDs are upper case on the medium's directory; the mounted file system may show another
// case. Resolves component by component.
QString resolve(const QDir &base, const QStringList &components)
{
    QDir dir = base;
    for (qsizetype i = 0; i < components.size(); ++i) {
        const QString &c = components[i];
        const bool last = i + 1 == components.size();
        QString found;
        if (QFileInfo::exists(dir.filePath(c))) {
            found = c;
        } else {
            const QStringList names = dir.entryList(last ? QDir::Files : QDir::Dirs | QDir::NoDotAndDotDot);
            for (const QString &n : names)
                if (n.compare(c, Qt::CaseInsensitive) == 0) {
                    found = n;
                    break;
                }
        }
        if (found.isEmpty())
            return {};
        if (last)
            return QFileInfo(dir.filePath(found)).absoluteFilePath();
        dir.cd(found);
    }
    return {};
}

struct Walker {
    QDir base;
    DicomDirContents out;
    DicomDirEntry context;

    void walk(DcmDirectoryRecord &record, int depth)
    {
        if (depth > 16) // a malformed directory can link records in a cycle
            return;
        for (DcmDirectoryRecord *r = record.nextSub(nullptr); r; r = record.nextSub(r)) {
            const DicomDirEntry saved = context;
            switch (r->getRecordType()) {
            case ERT_Patient:
                context.patientName = text(*r, DCM_PatientName, true);
                context.patientId = text(*r, DCM_PatientID);
                break;
            case ERT_Study:
                context.studyInstanceUid = text(*r, DCM_StudyInstanceUID);
                context.studyDate = text(*r, DCM_StudyDate);
                context.studyDescription = text(*r, DCM_StudyDescription);
                break;
            case ERT_Series:
                context.seriesInstanceUid = text(*r, DCM_SeriesInstanceUID);
                context.modality = text(*r, DCM_Modality);
                context.seriesDescription = text(*r, DCM_SeriesDescription);
                context.seriesNumber = integer(*r, DCM_SeriesNumber);
                break;
            default:
                addInstance(*r);
                break;
            }
            walk(*r, depth + 1);
            context = saved;
        }
    }

    void addInstance(DcmDirectoryRecord &r)
    {
        OFString id;
        if (r.findAndGetOFStringArray(DCM_ReferencedFileID, id).bad() || id.empty())
            return;
        const QStringList components = QString::fromLatin1(id.c_str()).trimmed().split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        const QString path = resolve(base, components);
        if (path.isEmpty()) {
            out.missingFiles << components.join(QLatin1Char('/'));
            return;
        }
        DicomDirEntry e = context;
        e.path = path;
        e.recordType = text(r, DCM_DirectoryRecordType);
        e.sopInstanceUid = text(r, DCM_ReferencedSOPInstanceUIDInFile);
        e.instanceNumber = integer(r, DCM_InstanceNumber);
        out.entries.push_back(std::move(e));
    }
};
} // namespace

Result<DicomDirContents> readDicomDir(const QString &dicomdirPath)
{
    ensureCodecsRegistered();
    const QFileInfo fi(dicomdirPath);
    if (!fi.isFile() || !fi.isReadable())
        return fail(ErrorCode::IoError, QStringLiteral("not a readable file"), dicomdirPath);
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("DICOMDIR"));
    if (!scratch.isValid() || !QFile::copy(fi.absoluteFilePath(), copy))
        return fail(ErrorCode::IoError, QStringLiteral("could not copy the DICOMDIR to a temporary folder"), dicomdirPath);
    Result<DicomDirContents> result = fail(ErrorCode::DicomUnreadable, QStringLiteral("not read"), dicomdirPath);
    internal::runWithBigStack([&] {
        try {
            DcmDicomDir dir{OFFilename(QFile::encodeName(copy).constData())};
            if (dir.error().bad()) {
                result = fail(ErrorCode::DicomUnreadable, QString::fromLatin1(dir.error().text()), dicomdirPath);
                return;
            }
            Walker w;
            w.base = fi.absoluteDir();
            w.walk(dir.getRootRecord(), 0);
            result = std::move(w.out);
        } catch (const std::exception &e) {
            result = fail(ErrorCode::DicomUnreadable, QString::fromLatin1(e.what()), dicomdirPath);
        }
    });
    return result;
}

Result<void> writeDicomDir(const QString &directory)
{
    ensureCodecsRegistered();
    const QDir dir(directory);
    if (!dir.exists())
        return fail(ErrorCode::IoError, QStringLiteral("no such folder"), directory);
    const QByteArray root = QFile::encodeName(dir.absolutePath());
    DicomDirInterface ddir;
    ddir.enableInventMode(OFTrue);
    ddir.enableInventPatientIDMode(OFTrue);
    const QByteArray target = QFile::encodeName(dir.filePath(QStringLiteral("DICOMDIR")));
    OFCondition c = ddir.createNewDicomDir(DicomDirInterface::AP_GeneralPurpose, OFFilename(target.constData()));
    if (c.bad())
        return fail(ErrorCode::DicomWriteFailed, QString::fromLatin1(c.text()), directory);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        if (name == QLatin1String("DICOMDIR"))
            continue;
        c = ddir.addDicomFile(OFFilename(QFile::encodeName(name).constData()), OFFilename(root.constData()));
        if (c.bad())
            return fail(ErrorCode::DicomWriteFailed, QString::fromLatin1(c.text()), name);
    }
    c = ddir.writeDicomDir();
    if (c.bad())
        return fail(ErrorCode::DicomWriteFailed, QString::fromLatin1(c.text()), directory);
    return {};
}

} // namespace cliniclink::dicom
