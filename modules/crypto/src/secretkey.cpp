#include "cliniclink/crypto/secretkey.h"

#include "internal.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rand.h>

#include <limits>
#include <utility>

Q_LOGGING_CATEGORY(lcCrypto, "cliniclink.crypto")

namespace cliniclink::crypto {

namespace detail {
QString takeOpenSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("no OpenSSL error reported");
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}
} // namespace detail

namespace {
// A deep copy that shares no buffer with `bytes` (QByteArray is implicitly shared; a shared
// buffer could neither be wiped safely nor be independent).
QByteArray unsharedCopy(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {};
    return QByteArray(bytes.data(), bytes.size());
}
} // namespace

void wipe(QByteArray &buffer)
{
    // Only a buffer we alone own is overwritten: writing through a shared buffer would first
    // detach (wiping a fresh copy, not the original) and a raw-data buffer is not ours.
    if (!buffer.isEmpty() && buffer.isDetached())
        OPENSSL_cleanse(buffer.data(), static_cast<size_t>(buffer.size()));
    buffer.clear();
}

QByteArray randomBytes(int n)
{
    if (n <= 0)
        return {};
    QByteArray out(n, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1) {
        // Continuing without randomness would silently produce guessable keys and nonces.
        qFatal("cliniclink.crypto: the OpenSSL random generator failed: %s",
               qPrintable(detail::takeOpenSslError()));
    }
    return out;
}

SecretKey::SecretKey(QByteArray bytes)
{
    if (bytes.isDetached()) {
        m_bytes = std::move(bytes);
    } else {
        m_bytes = unsharedCopy(bytes);
    }
}

SecretKey::SecretKey(const SecretKey &other)
    : m_bytes(unsharedCopy(other.m_bytes))
{
}

SecretKey &SecretKey::operator=(const SecretKey &other)
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = unsharedCopy(other.m_bytes);
    }
    return *this;
}

SecretKey::SecretKey(SecretKey &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{
}

SecretKey &SecretKey::operator=(SecretKey &&other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

SecretKey::~SecretKey()
{
    wipe(m_bytes);
}

SecretKey SecretKey::generate()
{
    return SecretKey(randomBytes(kSize));
}

QByteArray SecretKey::toHex() const
{
    return m_bytes.toHex();
}

void SecretKey::clear()
{
    wipe(m_bytes);
}

} // namespace cliniclink::crypto
