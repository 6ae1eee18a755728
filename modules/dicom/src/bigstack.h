#pragma once

#include <functional>

namespace cliniclink::dicom::internal {

// Runs `fn` on a thread whose stack is big enough for DCMTK's recursive parser: in place when
// the calling thread already has one, else on the parse pool (waiting for it).
void runWithBigStack(const std::function<void()> &fn);

} // namespace cliniclink::dicom::internal
