#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace cliniclink::crypto {

// Key material that is wiped from memory when the last copy goes away.
class SecretKey {
public:
    static constexpr int kSize = 32; // 256-bit keys throughout

    SecretKey() = default;
    explicit SecretKey(QByteArray bytes);
    SecretKey(const SecretKey &other);
    SecretKey &operator=(const SecretKey &other);
    SecretKey(SecretKey &&other) noexcept;
    SecretKey &operator=(SecretKey &&other) noexcept;
    ~SecretKey();

    // A fresh random 256-bit key from the OpenSSL CSPRNG.
    static SecretKey generate();

    bool isValid() const { return m_bytes.size() == kSize; }
    QByteArrayView bytes() const { return m_bytes; }
    // 64 lower-case hex characters, for SQLCipher's raw-key form x'...'. Caller wipes it.
    QByteArray toHex() const;
    void clear();

private:
    QByteArray m_bytes;
};

// Overwrites the buffer's bytes (OPENSSL_cleanse), then clears it.
void wipe(QByteArray &buffer);
// n random bytes from the OpenSSL CSPRNG.
QByteArray randomBytes(int n);

} // namespace cliniclink::crypto
