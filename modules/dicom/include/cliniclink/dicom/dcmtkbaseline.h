#pragma once

#include "cliniclink/core/result.h"

#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

namespace cliniclink::dicom::baseline {

// Reference timings with plain DCMTK, for benchmarks that report ratios measured in the same run.
// Not used by the product.

// Average milliseconds of DicomImage::setWindow(c, w) + getOutputData(8) over the given windows
// (cycled `iterations` times) on frame 0 of `path`.
Result<double> windowLevelMs(const QString &path, const std::vector<std::pair<double, double>> &windows, int iterations);

// Milliseconds to load every file and decode its pixel data to native little endian, one after
// the other on the calling thread, keeping every decoded data set (as a viewer holds a series).
Result<double> decodeSeriesMs(const QStringList &paths);

// Runs job(0 … count-1) on `threads` workers (stack of `stackBytes`, 0 for the default) taking
// indices from a shared counter; milliseconds until all are done, or -1 when a job failed.
double runOnThreadsMs(int count, int threads, uint stackBytes, const std::function<bool(int)> &job);

// Milliseconds to read every file whole into fresh, prefaulted 4 KB pages on `threads` threads,
// keeping the buffers; no parsing at all (what reading costs without huge pages).
Result<double> readFilesMs(const QStringList &paths, int threads);

} // namespace cliniclink::dicom::baseline
