#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <memory>

namespace cliniclink::dicom {

enum class SampleType { U8, U16, S16 };

// Which code turned the file's bytes into this frame (diagnostics, and tests that must know a
// fast path was taken rather than its fallback).
enum class DecodePath { Native, Dcmtk, OpenJpeg, JpegLsLossless };

// One decoded frame as stored values (masked to Bits Stored, sign-extended when signed),
// samples interleaved (R,G,B / Y,Cb,Cr per pixel) whatever the planar configuration on disk.
struct DicomFrame {
    int rows = 0;
    int columns = 0;
    int samplesPerPixel = 1;
    int bitsStored = 8;
    bool isSigned = false;
    SampleType type = SampleType::U8;
    // Colour model of these values: MONOCHROME1/2, PALETTE COLOR, RGB or YBR_FULL
    // (YBR_FULL_422 is expanded to YBR_FULL; JPEG/J2K decoders may already return RGB).
    QString photometric;
    QByteArray data;
    DecodePath decodedBy = DecodePath::Native;
    // Keeps alive the memory `data` points into when `data` does not own it (an uncompressed
    // file read into huge pages is the frame without a copy). Copy `data` together with the frame,
    // never alone.
    std::shared_ptr<const void> storage;

    qsizetype pixelCount() const { return qsizetype(rows) * columns; }
    int minStoredValue() const { return isSigned ? -(1 << (bitsStored - 1)) : 0; }
    int maxStoredValue() const { return isSigned ? (1 << (bitsStored - 1)) - 1 : (1 << bitsStored) - 1; }

    // Stored value of one sample; no bounds check beyond Q_ASSERT.
    int value(int row, int col, int sample = 0) const
    {
        const qsizetype i = (qsizetype(row) * columns + col) * samplesPerPixel + sample;
        Q_ASSERT(row >= 0 && row < rows && col >= 0 && col < columns);
        switch (type) {
        case SampleType::U8:
            return reinterpret_cast<const quint8 *>(data.constData())[i];
        case SampleType::U16:
            return reinterpret_cast<const quint16 *>(data.constData())[i];
        case SampleType::S16:
            return reinterpret_cast<const qint16 *>(data.constData())[i];
        }
        return 0;
    }
};

} // namespace cliniclink::dicom
