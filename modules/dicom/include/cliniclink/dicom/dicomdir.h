#pragma once

#include "cliniclink/core/result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cliniclink::dicom {

// One file referenced by a DICOMDIR, with the patient/study/series records above it (UTF-8).
struct DicomDirEntry {
    QString path; // absolute, resolved on disk (case-insensitively: CDs often show lower case)
    QString recordType; // IMAGE, SR DOCUMENT, PRESENTATION, …
    QString patientName, patientId;
    QString studyInstanceUid, studyDate, studyDescription;
    QString seriesInstanceUid, modality, seriesDescription;
    std::optional<int> seriesNumber;
    QString sopInstanceUid;
    std::optional<int> instanceNumber;
};

struct DicomDirContents {
    std::vector<DicomDirEntry> entries; // in directory order: patient → study → series → instance
    QStringList missingFiles;           // referenced but not found next to the DICOMDIR
};

// Reads a DICOMDIR (PS3.10 media file-set directory) without ever writing to its medium: DCMTK's
// DcmDicomDir rewrites files it considers modified, so it works on a private copy.
Result<DicomDirContents> readDicomDir(const QString &dicomdirPath);

// Writes `directory`/DICOMDIR (General Purpose profile) listing the files directly in `directory`,
// whose names must be valid file IDs (up to 8 upper-case letters, digits or '_'). Missing
// mandatory attributes are invented. For tests and media export.
Result<void> writeDicomDir(const QString &directory);

} // namespace cliniclink::dicom
