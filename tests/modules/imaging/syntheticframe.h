#pragma once

#include "cliniclink/dicom/dicomframe.h"

#include <vector>

// Greyscale frames built in memory for pipeline and statistics tests.
inline cliniclink::dicom::DicomFrame syntheticFrame(int rows, int columns, const std::vector<int> &values, bool isSigned,
                                                   int bitsStored = 16, const char *photometric = "MONOCHROME2")
{
    using namespace cliniclink::dicom;
    DicomFrame f;
    f.rows = rows;
    f.columns = columns;
    f.bitsStored = bitsStored;
    f.isSigned = isSigned;
    f.photometric = QString::fromLatin1(photometric);
    f.type = isSigned ? SampleType::S16 : (bitsStored <= 8 ? SampleType::U8 : SampleType::U16);
    const int bytes = f.type == SampleType::U8 ? 1 : 2;
    f.data.resize(qsizetype(values.size()) * bytes);
    for (size_t i = 0; i < values.size(); ++i) {
        if (bytes == 1)
            reinterpret_cast<quint8 *>(f.data.data())[i] = quint8(values[i]);
        else
            reinterpret_cast<quint16 *>(f.data.data())[i] = quint16(values[i]);
    }
    return f;
}
