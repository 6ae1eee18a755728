#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/dicom/dicomframe.h"
#include "cliniclink/dicom/dicominfo.h"

#include <memory>
#include <optional>

class DcmDataset;
class DcmFileCache;

namespace cliniclink::dicom::internal {

// Per-file decoding state (DCMTK's fragment cursor and file cache); not thread-safe.
class FrameDecoder {
public:
    FrameDecoder(DcmDataset &dataset, const DicomInfo &info);
    ~FrameDecoder();
    FrameDecoder(const FrameDecoder &) = delete;
    FrameDecoder &operator=(const FrameDecoder &) = delete;

    Result<DicomFrame> decode(int index);
    // Native pixel data already in memory (all frames, exactly as in the file); the data set then
    // holds no Pixel Data element.
    // `storage` keeps `pixels` valid when they do not own their memory; frames made from them
    // carry it.
    void setNativePixels(const QByteArray &pixels, std::shared_ptr<const void> storage = {})
    {
        m_nativePixels = pixels;
        m_nativeStorage = std::move(storage);
    }

private:
    Result<void> validate(int index) const;
    Result<DicomFrame> decodeNative(int index);
    Result<QByteArray> nativeFrameBytes(int index, qint64 frameBytes);
    Result<DicomFrame> decodeBitmap(int index);
    Result<DicomFrame> decodeWithDcmtk(int index);
    Result<DicomFrame> decodeJ2k(int index);
    // The JPEG-LS fast path; nullopt when the stream is not in the form it handles (or is
    // damaged), and DCMTK's CharLS decodes (or reports) it instead.
    std::optional<DicomFrame> decodeJpegLs(int index);
    Result<QByteArray> fragmentsOfFrame(int index);
    // Buffer with BitsAllocated-sized samples → stored values (mask, sign-extend, interleave).
    DicomFrame normalise(const QByteArray &buffer, const QString &photometric, int planarConfiguration) const;

    DcmDataset &m_dataset;
    const DicomInfo &m_info;
    DcmFileCache *m_cache;
    unsigned m_nextFragment = 0;
    int m_nextFrame = -1;
    QByteArray m_nativePixels;
    std::shared_ptr<const void> m_nativeStorage;
};

bool isJpeg2000Syntax(const QString &uid);
bool isJpegLsSyntax(const QString &uid);

} // namespace cliniclink::dicom::internal
