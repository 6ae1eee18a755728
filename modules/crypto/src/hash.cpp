#include "cliniclink/crypto/hash.h"

#include "cliniclink/crypto/secretkey.h"
#include "internal.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <algorithm>
#include <limits>
#include <memory>

namespace cliniclink::crypto {

namespace {
constexpr int kDigestSize = 32;

struct MdFree {
    void operator()(EVP_MD *md) const { EVP_MD_free(md); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;

// Fetched once per algorithm (EVP_MD objects are immutable and thread-safe to share).
const EVP_MD *fetchMd(HashAlgorithm a)
{
    static const std::unique_ptr<EVP_MD, MdFree> sha256(EVP_MD_fetch(nullptr, "SHA256", nullptr));
    static const std::unique_ptr<EVP_MD, MdFree> sm3(EVP_MD_fetch(nullptr, "SM3", nullptr));
    const EVP_MD *md = a == HashAlgorithm::Sm3 ? sm3.get() : sha256.get();
    if (!md)
        qCCritical(lcCrypto, "digest %s is not available from OpenSSL: %s", qPrintable(hashAlgorithmName(a)),
                   qPrintable(detail::takeOpenSslError()));
    return md;
}

bool update(EVP_MD_CTX *ctx, QByteArrayView data)
{
    // EVP_DigestUpdate takes size_t, but stays friendly to very large inputs in chunks anyway.
    constexpr qsizetype kChunk = qsizetype(1) << 30;
    for (qsizetype pos = 0; pos < data.size(); pos += kChunk) {
        if (EVP_DigestUpdate(ctx, data.data() + pos, size_t(std::min(kChunk, data.size() - pos))) != 1)
            return false;
    }
    return true;
}

QByteArray finish(EVP_MD_CTX *ctx)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()), &len) != 1) {
        qCCritical(lcCrypto, "EVP_DigestFinal_ex failed: %s", qPrintable(detail::takeOpenSslError()));
        return {};
    }
    out.truncate(int(len));
    return out;
}
} // namespace

QString hashAlgorithmName(HashAlgorithm a)
{
    switch (a) {
    case HashAlgorithm::Sha256:
        return QStringLiteral("sha256");
    case HashAlgorithm::Sm3:
        return QStringLiteral("sm3");
    }
    return QStringLiteral("sha256");
}

Result<HashAlgorithm> parseHashAlgorithm(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("sha256") || n == QLatin1String("sha-256"))
        return HashAlgorithm::Sha256;
    if (n == QLatin1String("sm3"))
        return HashAlgorithm::Sm3;
    return fail(ErrorCode::InvalidArgument, QStringLiteral("unknown hash algorithm '%1'").arg(name.left(32)),
                QStringLiteral("crypto::parseHashAlgorithm"));
}

QByteArray digest(HashAlgorithm a, QByteArrayView data)
{
    const EVP_MD *md = fetchMd(a);
    MdCtx ctx(EVP_MD_CTX_new());
    if (!md || !ctx || EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1 || !update(ctx.get(), data)) {
        qCCritical(lcCrypto, "digest %s failed: %s", qPrintable(hashAlgorithmName(a)),
                   qPrintable(detail::takeOpenSslError()));
        return {};
    }
    QByteArray out = finish(ctx.get());
    Q_ASSERT(out.isEmpty() || out.size() == kDigestSize);
    return out;
}

struct Hasher::Impl {
    HashAlgorithm algorithm;
    MdCtx ctx;
    bool ok = false;

    void reset()
    {
        const EVP_MD *md = fetchMd(algorithm);
        if (!ctx)
            ctx.reset(EVP_MD_CTX_new());
        ok = md && ctx && EVP_DigestInit_ex(ctx.get(), md, nullptr) == 1;
        if (!ok)
            qCCritical(lcCrypto, "Hasher(%s) could not be initialised: %s", qPrintable(hashAlgorithmName(algorithm)),
                       qPrintable(detail::takeOpenSslError()));
    }
};

Hasher::Hasher(HashAlgorithm a)
    : d(std::make_unique<Impl>())
{
    d->algorithm = a;
    d->reset();
}

Hasher::~Hasher() = default;

void Hasher::add(QByteArrayView data)
{
    if (d->ok && !update(d->ctx.get(), data)) {
        qCCritical(lcCrypto, "Hasher::add failed: %s", qPrintable(detail::takeOpenSslError()));
        d->ok = false;
    }
}

QByteArray Hasher::result()
{
    QByteArray out = d->ok ? finish(d->ctx.get()) : QByteArray();
    d->reset();
    return out;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    static const unsigned char kEmpty[1] = {0};
    const auto *k = key.isEmpty() ? kEmpty : reinterpret_cast<const unsigned char *>(key.data());
    const auto *m = data.isEmpty() ? kEmpty : reinterpret_cast<const unsigned char *>(data.data());
    if (key.size() > std::numeric_limits<int>::max()) {
        qCCritical(lcCrypto, "hmacSha256: key too long");
        return {};
    }
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    if (!HMAC(EVP_sha256(), k, int(key.size()), m, size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()),
              &len)) {
        qCCritical(lcCrypto, "HMAC-SHA256 failed: %s", qPrintable(detail::takeOpenSslError()));
        return {};
    }
    out.truncate(int(len));
    return out;
}

} // namespace cliniclink::crypto
