#include "j2kdecoder.h"

#include "dicomlog.h"

#include <openjpeg.h>

#include <cstring>
#include <memory>

namespace cliniclink::dicom::internal {

namespace {

struct MemoryStream {
    const char *data;
    OPJ_SIZE_T size;
    OPJ_SIZE_T pos;
};

OPJ_SIZE_T readFn(void *buffer, OPJ_SIZE_T n, void *user)
{
    auto *s = static_cast<MemoryStream *>(user);
    if (s->pos >= s->size)
        return OPJ_SIZE_T(-1);
    const OPJ_SIZE_T k = std::min(n, s->size - s->pos);
    std::memcpy(buffer, s->data + s->pos, k);
    s->pos += k;
    return k;
}

OPJ_OFF_T skipFn(OPJ_OFF_T n, void *user)
{
    auto *s = static_cast<MemoryStream *>(user);
    if (n < 0) {
        const OPJ_SIZE_T back = std::min<OPJ_SIZE_T>(OPJ_SIZE_T(-n), s->pos);
        s->pos -= back;
        return -OPJ_OFF_T(back);
    }
    const OPJ_SIZE_T k = std::min<OPJ_SIZE_T>(OPJ_SIZE_T(n), s->size - s->pos);
    s->pos += k;
    return OPJ_OFF_T(k);
}

OPJ_BOOL seekFn(OPJ_OFF_T n, void *user)
{
    auto *s = static_cast<MemoryStream *>(user);
    if (n < 0 || OPJ_SIZE_T(n) > s->size)
        return OPJ_FALSE;
    s->pos = OPJ_SIZE_T(n);
    return OPJ_TRUE;
}

void quiet(const char *, void *) {}
void logError(const char *msg, void *) { qCDebug(lcDicom) << "openjpeg:" << msg; }

struct CodecDeleter {
    void operator()(opj_codec_t *c) const { opj_destroy_codec(c); }
};
struct StreamDeleter {
    void operator()(opj_stream_t *s) const { opj_stream_destroy(s); }
};
struct ImageDeleter {
    void operator()(opj_image_t *i) const { opj_image_destroy(i); }
};

bool isJp2(const QByteArray &b)
{
    static const char sig[] = {0, 0, 0, 0x0C, 'j', 'P', ' ', ' '};
    return b.size() >= 8 && std::memcmp(b.constData(), sig, 8) == 0;
}

} // namespace

Result<DicomFrame> decodeJpeg2000(const QByteArray &codestream, int expectedRows, int expectedColumns)
{
    MemoryStream ms{codestream.constData(), OPJ_SIZE_T(codestream.size()), 0};
    std::unique_ptr<opj_stream_t, StreamDeleter> stream(opj_stream_create(64 * 1024, OPJ_TRUE));
    if (!stream)
        return fail(ErrorCode::Internal, QStringLiteral("opj_stream_create"));
    opj_stream_set_user_data(stream.get(), &ms, nullptr);
    opj_stream_set_user_data_length(stream.get(), ms.size);
    opj_stream_set_read_function(stream.get(), readFn);
    opj_stream_set_skip_function(stream.get(), skipFn);
    opj_stream_set_seek_function(stream.get(), seekFn);

    std::unique_ptr<opj_codec_t, CodecDeleter> codec(
        opj_create_decompress(isJp2(codestream) ? OPJ_CODEC_JP2 : OPJ_CODEC_J2K));
    opj_set_info_handler(codec.get(), quiet, nullptr);
    opj_set_warning_handler(codec.get(), quiet, nullptr);
    opj_set_error_handler(codec.get(), logError, nullptr);
    opj_dparameters_t params;
    opj_set_default_decoder_parameters(&params);
    if (!opj_setup_decoder(codec.get(), &params))
        return fail(ErrorCode::DicomDecodeFailed, QStringLiteral("opj_setup_decoder"));

    opj_image_t *raw = nullptr;
    if (!opj_read_header(stream.get(), codec.get(), &raw))
        return fail(ErrorCode::DicomDecodeFailed, QStringLiteral("JPEG 2000 header unreadable"));
    std::unique_ptr<opj_image_t, ImageDeleter> image(raw);
    const OPJ_UINT32 w = image->x1 - image->x0;
    const OPJ_UINT32 h = image->y1 - image->y0;
    if (int(w) != expectedColumns || int(h) != expectedRows)
        return fail(ErrorCode::DicomDecodeFailed, QStringLiteral("JPEG 2000 size %1x%2 differs from header").arg(w).arg(h));
    if (!opj_decode(codec.get(), stream.get(), image.get()) || !opj_end_decompress(codec.get(), stream.get()))
        return fail(ErrorCode::DicomDecodeFailed, QStringLiteral("JPEG 2000 codestream damaged"));

    const int nc = int(image->numcomps);
    if (nc != 1 && nc != 3)
        return fail(ErrorCode::DicomUnsupported, QStringLiteral("JPEG 2000 with %1 components").arg(nc));
    const opj_image_comp_t &c0 = image->comps[0];
    for (int i = 0; i < nc; ++i) {
        const opj_image_comp_t &c = image->comps[i];
        if (!c.data || c.w != w || c.h != h || c.dx != 1 || c.dy != 1 || c.prec != c0.prec || c.sgnd != c0.sgnd)
            return fail(ErrorCode::DicomUnsupported, QStringLiteral("subsampled or mixed JPEG 2000 components"));
    }
    if (c0.prec < 1 || c0.prec > 16)
        return fail(ErrorCode::DicomUnsupported, QStringLiteral("JPEG 2000 precision %1").arg(c0.prec));

    DicomFrame f;
    f.rows = int(h);
    f.columns = int(w);
    f.samplesPerPixel = nc;
    f.bitsStored = int(c0.prec);
    f.isSigned = c0.sgnd != 0;
    f.photometric = nc == 3 ? QStringLiteral("RGB") : QString();
    f.type = (!f.isSigned && f.bitsStored <= 8) ? SampleType::U8 : (f.isSigned ? SampleType::S16 : SampleType::U16);
    const qsizetype n = qsizetype(w) * h;
    const int lo = f.minStoredValue(), hi = f.maxStoredValue();
    const int bytes = f.type == SampleType::U8 ? 1 : 2;
    f.data.resize(n * nc * bytes);
    for (int comp = 0; comp < nc; ++comp) {
        const OPJ_INT32 *src = image->comps[comp].data;
        for (qsizetype i = 0; i < n; ++i) {
            const int v = std::clamp(int(src[i]), lo, hi);
            const qsizetype o = i * nc + comp;
            if (bytes == 1)
                reinterpret_cast<quint8 *>(f.data.data())[o] = quint8(v);
            else if (f.isSigned)
                reinterpret_cast<qint16 *>(f.data.data())[o] = qint16(v);
            else
                reinterpret_cast<quint16 *>(f.data.data())[o] = quint16(v);
        }
    }
    return f;
}

} // namespace cliniclink::dicom::internal
