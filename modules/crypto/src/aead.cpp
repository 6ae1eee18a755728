#include "cliniclink/crypto/aead.h"

#include "internal.h"

#include <openssl/evp.h>

#include <algorithm>
#include <memory>

namespace cliniclink::crypto {

namespace {
constexpr char kFormatAes256Gcm = 0x01;
constexpr int kNonceSize = 12;
constexpr int kTagSize = 16;
static_assert(kAeadOverhead == 1 + kNonceSize + kTagSize);

// EVP update calls take int lengths; large inputs go through in chunks.
constexpr qsizetype kChunk = qsizetype(1) << 30;

const QString kContextSeal = QStringLiteral("crypto::seal");
const QString kContextOpen = QStringLiteral("crypto::open");

struct CtxFree {
    void operator()(EVP_CIPHER_CTX *c) const { EVP_CIPHER_CTX_free(c); }
};
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CtxFree>;

const unsigned char *bytePtr(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

tl::unexpected<Error> openSslFailure(const char *step, const QString &context)
{
    const QString reason = detail::takeOpenSslError();
    qCWarning(lcCrypto, "%s failed in %s: %s", step, qPrintable(context), qPrintable(reason));
    return fail(ErrorCode::CryptoFailure, QStringLiteral("%1: %2").arg(QLatin1String(step), reason), context);
}

// Feeds the associated data (no output).
bool addAad(EVP_CIPHER_CTX *ctx, QByteArrayView aad, bool encrypt)
{
    for (qsizetype pos = 0; pos < aad.size(); pos += kChunk) {
        const int n = int(std::min(kChunk, aad.size() - pos));
        int outLen = 0;
        const int ok = encrypt ? EVP_EncryptUpdate(ctx, nullptr, &outLen, bytePtr(aad) + pos, n)
                               : EVP_DecryptUpdate(ctx, nullptr, &outLen, bytePtr(aad) + pos, n);
        if (ok != 1)
            return false;
    }
    return true;
}

// Encrypts or decrypts `in` into `out` (same size; GCM is a stream mode).
bool transform(EVP_CIPHER_CTX *ctx, QByteArrayView in, unsigned char *out, bool encrypt)
{
    for (qsizetype pos = 0; pos < in.size(); pos += kChunk) {
        const int n = int(std::min(kChunk, in.size() - pos));
        int outLen = 0;
        const int ok = encrypt ? EVP_EncryptUpdate(ctx, out + pos, &outLen, bytePtr(in) + pos, n)
                               : EVP_DecryptUpdate(ctx, out + pos, &outLen, bytePtr(in) + pos, n);
        if (ok != 1 || outLen != n)
            return false;
    }
    return true;
}
} // namespace

Result<QByteArray> seal(const SecretKey &key, QByteArrayView plaintext, QByteArrayView aad)
{
    if (!key.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the key is not a 256-bit key"), kContextSeal);

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return openSslFailure("EVP_CIPHER_CTX_new", kContextSeal);

    const QByteArray nonce = randomBytes(kNonceSize);
    QByteArray sealed(kAeadOverhead + plaintext.size(), Qt::Uninitialized);
    sealed[0] = kFormatAes256Gcm;
    std::copy(nonce.cbegin(), nonce.cend(), sealed.begin() + 1);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    unsigned char *ciphertext = out + 1 + kNonceSize;

    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytePtr(key.bytes()), bytePtr(nonce)) != 1)
        return openSslFailure("AES-256-GCM init", kContextSeal);
    if (!addAad(ctx.get(), aad, true) || !transform(ctx.get(), plaintext, ciphertext, true))
        return openSslFailure("AES-256-GCM update", kContextSeal);
    int finalLen = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), ciphertext + plaintext.size(), &finalLen) != 1 || finalLen != 0)
        return openSslFailure("AES-256-GCM final", kContextSeal);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, ciphertext + plaintext.size()) != 1)
        return openSslFailure("AES-256-GCM tag", kContextSeal);
    return sealed;
}

Result<QByteArray> open(const SecretKey &key, QByteArrayView sealed, QByteArrayView aad)
{
    if (!key.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the key is not a 256-bit key"), kContextOpen);
    if (sealed.size() < kAeadOverhead)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("sealed data too short: %1 bytes, at least %2 expected").arg(sealed.size()).arg(kAeadOverhead),
                    kContextOpen);
    if (sealed[0] != kFormatAes256Gcm)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("unknown sealed format id 0x%1").arg(quint8(sealed[0]), 2, 16, QLatin1Char('0')),
                    kContextOpen);

    const QByteArrayView nonce = sealed.sliced(1, kNonceSize);
    const QByteArrayView ciphertext = sealed.sliced(1 + kNonceSize, sealed.size() - kAeadOverhead);
    // EVP_CTRL_GCM_SET_TAG takes a non-const pointer; copy the tag.
    unsigned char tag[kTagSize];
    std::copy_n(bytePtr(sealed) + sealed.size() - kTagSize, kTagSize, tag);

    CipherCtx ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return openSslFailure("EVP_CIPHER_CTX_new", kContextOpen);
    if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytePtr(key.bytes()), bytePtr(nonce)) != 1)
        return openSslFailure("AES-256-GCM init", kContextOpen);

    QByteArray plaintext(ciphertext.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(plaintext.data());
    if (!addAad(ctx.get(), aad, false) || !transform(ctx.get(), ciphertext, out, false)) {
        wipe(plaintext);
        return openSslFailure("AES-256-GCM update", kContextOpen);
    }
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagSize, tag) != 1) {
        wipe(plaintext);
        return openSslFailure("AES-256-GCM tag", kContextOpen);
    }
    int finalLen = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), out + ciphertext.size(), &finalLen) != 1) {
        // Unauthenticated plaintext never leaves this function.
        wipe(plaintext);
        detail::takeOpenSslError();
        return fail(ErrorCode::DecryptionFailed, QStringLiteral("AES-256-GCM tag mismatch"), kContextOpen);
    }
    return plaintext;
}

} // namespace cliniclink::crypto
