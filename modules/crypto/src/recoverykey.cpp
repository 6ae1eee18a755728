#include "cliniclink/crypto/keyslots.h"

#include "internal.h"

namespace cliniclink::crypto {

// Recovery key text: the 32 key bytes as 52 Crockford base32 symbols (260 bits; the last 4
// bits are zero), then 2 check symbols, shown in groups of four: 13 groups of 4 and the check
// group of 2.
//
// The check value is sum((i + 1) * v_i) mod 1021 over the 52 symbol values v_i, written as a
// 10-bit number in 2 symbols. 1021 is prime and larger than every factor involved, so any
// single changed symbol and any swap of two different symbols always changes the check value:
// the typing mistakes an administrator makes are caught with certainty, not with probability.
// (The check protects against typos only; the key's secrecy comes from its 256 random bits.)

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kKeyBytes = 32;
constexpr int kDataSymbols = (kKeyBytes * 8 + 4) / 5; // 52
constexpr int kCheckSymbols = 2;
constexpr int kTotalSymbols = kDataSymbols + kCheckSymbols; // 54
constexpr int kGroup = 4;
constexpr int kCheckModulus = 1021;

int symbolValue(QChar c)
{
    const char16_t u = QChar(c).toUpper().unicode();
    switch (u) {
    case u'O':
        return 0;
    case u'I':
    case u'L':
        return 1;
    default:
        break;
    }
    for (int i = 0; i < 32; ++i)
        if (char16_t(kAlphabet[i]) == u)
            return i;
    return -1;
}

int checkValue(const QList<int> &values)
{
    int sum = 0;
    for (int i = 0; i < kDataSymbols; ++i)
        sum = (sum + (i + 1) * values.at(i)) % kCheckModulus;
    return sum;
}
} // namespace

RecoveryKey RecoveryKey::generate()
{
    return RecoveryKey{randomBytes(kKeyBytes)};
}

QString RecoveryKey::toDisplayString() const
{
    if (bytes.size() != kKeyBytes)
        return {};
    QList<int> values;
    values.reserve(kTotalSymbols);
    quint32 buffer = 0;
    int bits = 0;
    for (char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            values.append(int((buffer >> (bits - 5)) & 0x1f));
            bits -= 5;
        }
    }
    if (bits > 0)
        values.append(int((buffer << (5 - bits)) & 0x1f));
    Q_ASSERT(values.size() == kDataSymbols);
    const int check = checkValue(values);
    values.append(check >> 5);
    values.append(check & 0x1f);

    QString text;
    text.reserve(kTotalSymbols + kTotalSymbols / kGroup);
    for (int i = 0; i < values.size(); ++i) {
        if (i > 0 && i % kGroup == 0)
            text.append(QLatin1Char('-'));
        text.append(QLatin1Char(kAlphabet[values.at(i)]));
    }
    return text;
}

Result<RecoveryKey> RecoveryKey::parse(const QString &text)
{
    const QString context = QStringLiteral("crypto::RecoveryKey::parse");
    // Details name positions and counts only, never the key's characters.
    QList<int> values;
    values.reserve(kTotalSymbols);
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int v = symbolValue(c);
        if (v < 0)
            return fail(ErrorCode::InvalidRecoveryKey,
                        QStringLiteral("invalid character at symbol %1").arg(values.size() + 1), context);
        values.append(v);
    }
    if (values.size() != kTotalSymbols)
        return fail(ErrorCode::InvalidRecoveryKey,
                    QStringLiteral("%1 symbols, %2 expected").arg(values.size()).arg(kTotalSymbols), context);
    const int check = values.at(kDataSymbols) * 32 + values.at(kDataSymbols + 1);
    if (check != checkValue(values))
        return fail(ErrorCode::InvalidRecoveryKey, QStringLiteral("checksum mismatch"), context);

    QByteArray out;
    out.reserve(kKeyBytes);
    quint32 buffer = 0;
    int bits = 0;
    for (int i = 0; i < kDataSymbols; ++i) {
        buffer = (buffer << 5) | quint32(values.at(i));
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    // 260 bits were read for 256: the 4 left over must be zero.
    if ((buffer & ((1u << bits) - 1)) != 0 || out.size() != kKeyBytes) {
        wipe(out);
        return fail(ErrorCode::InvalidRecoveryKey, QStringLiteral("non-canonical final symbol"), context);
    }
    values.fill(0);
    return RecoveryKey{std::move(out)};
}

Argon2Params recoveryKdfParams()
{
    return Argon2Params{1, 8192, 1};
}

} // namespace cliniclink::crypto
