#include "cliniclink/protocol/gzip.h"

#include <zlib.h>

namespace cliniclink::protocol {

QByteArray gzipCompress(const QByteArray &data, int level)
{
    z_stream zs{};
    // windowBits 15 + 16: write a gzip header and trailer instead of zlib's.
    if (deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const qsizetype written = qsizetype(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(written);
    return out;
}

Result<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxOutput)
{
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return fail(ErrorCode::Internal, QStringLiteral("inflateInit2 failed"));
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    QByteArray out;
    char chunk[16384];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(chunk);
        zs.avail_out = sizeof chunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return fail(ErrorCode::InvalidArgument, QStringLiteral("body is not valid gzip"));
        }
        out.append(chunk, qsizetype(sizeof chunk - zs.avail_out));
        if (out.size() > maxOutput) {
            inflateEnd(&zs);
            return fail(ErrorCode::InvalidArgument, QStringLiteral("body inflates beyond the limit"));
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) { // truncated stream
            inflateEnd(&zs);
            return fail(ErrorCode::InvalidArgument, QStringLiteral("gzip body is truncated"));
        }
    }
    inflateEnd(&zs);
    return out;
}

} // namespace cliniclink::protocol
