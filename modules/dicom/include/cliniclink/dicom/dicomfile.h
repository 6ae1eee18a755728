#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/dicom/dicomframe.h"
#include "cliniclink/dicom/dicominfo.h"

#include <QString>

#include <memory>

namespace cliniclink::dicom {

// One DICOM file (Part 10 or bare data set), opened once and decoded frame by frame.
// Thread-safe: frames may be decoded from several threads (calls are serialised per file;
// decode different files in parallel for speed).
class DicomFile {
public:
    static Result<DicomFile> open(const QString &path);

    DicomFile(DicomFile &&) noexcept;
    DicomFile &operator=(DicomFile &&) noexcept;
    ~DicomFile();

    const DicomInfo &info() const;
    QString path() const;

    // Decodes frame `index` (zero-based) to stored values.
    Result<DicomFrame> decodeFrame(int index) const;

private:
    struct Private;
    explicit DicomFile(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

// DCMTK parses nested sequences recursively, so parsing needs a big (lazily committed) stack.
// DicomFile::open parses in place on threads whose stack is at least this big (give bulk-loading
// pools this stack size: no per-file hand-off); on any other thread it hands the parse over to one.
inline constexpr uint kParseStackBytes = 1024u * 1024u * 1024u;

// Registers DCMTK's JPEG, JPEG-LS and RLE decoders once per process (called by open()).
void ensureCodecsRegistered();

} // namespace cliniclink::dicom
