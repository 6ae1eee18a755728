#pragma once

#include "cliniclink/core/result.h"

#include <QByteArray>

namespace cliniclink::protocol {

// RFC 1952 gzip (zlib), so any HTTP stack can read the bodies (Content-Encoding: gzip).
QByteArray gzipCompress(const QByteArray &data, int level = 6);
// Refuses (InvalidArgument) input that is not gzip or that inflates beyond maxOutput bytes,
// so a small hostile body cannot exhaust the server's memory.
Result<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxOutput = 64 * 1024 * 1024);

} // namespace cliniclink::protocol
