#include "cliniclink/crypto/keyslots.h"

#include "cliniclink/core/clock.h"
#include "cliniclink/core/uuid7.h"
#include "cliniclink/crypto/aead.h"
#include "internal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>

namespace cliniclink::crypto {

namespace {
constexpr int kSaltSize = 16;
constexpr int kWrappedKeySize = kAeadOverhead + SecretKey::kSize;
// The file is small; anything much larger is not ours.
constexpr qint64 kMaxFileSize = 4 * 1024 * 1024;

const QString kFileFormat = QStringLiteral("cliniclink-keyslots");

QString kindName(Keyslot::Kind k)
{
    return k == Keyslot::Kind::Recovery ? QStringLiteral("recovery") : QStringLiteral("user");
}

void appendField(QByteArray &out, const QByteArray &field)
{
    char len[4];
    qToBigEndian(quint32(field.size()), len);
    out.append(len, 4);
    out.append(field);
}

// Associated data of a slot's wrapped key: domain tag, then id, kind and label, each
// length-prefixed so no two different (id, kind, label) triples give the same bytes.
QByteArray slotAad(const QString &id, Keyslot::Kind kind, const QString &label)
{
    QByteArray aad("cliniclink.keyslot.v1");
    appendField(aad, id.toUtf8());
    appendField(aad, kindName(kind).toUtf8());
    appendField(aad, label.toUtf8());
    return aad;
}

QJsonObject slotToJson(const Keyslot &s)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("kind"), kindName(s.kind)},
        {QStringLiteral("label"), s.label},
        {QStringLiteral("salt"), QString::fromLatin1(s.salt.toBase64())},
        {QStringLiteral("kdf"), s.kdf.toJson()},
        {QStringLiteral("wrappedKey"), QString::fromLatin1(s.wrappedKey.toBase64())},
        {QStringLiteral("createdUtc"), s.createdUtc.toUTC().toString(Qt::ISODateWithMs)},
    };
}

bool decodeBase64(const QJsonValue &v, QByteArray *out)
{
    if (!v.isString())
        return false;
    auto r = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return false;
    *out = std::move(r.decoded);
    return true;
}

Result<Keyslot> slotFromJson(const QJsonValue &value, int index)
{
    const QString context = QStringLiteral("crypto::KeyslotFile::load");
    auto corrupt = [&](const QString &what) {
        return fail(ErrorCode::StoreCorrupt, QStringLiteral("keyslot %1: %2").arg(index).arg(what), context);
    };
    if (!value.isObject())
        return corrupt(QStringLiteral("not a JSON object"));
    const QJsonObject o = value.toObject();
    Keyslot s;
    s.id = o.value(QStringLiteral("id")).toString();
    if (s.id.isEmpty())
        return corrupt(QStringLiteral("missing id"));
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("user"))
        s.kind = Keyslot::Kind::User;
    else if (kind == QLatin1String("recovery"))
        s.kind = Keyslot::Kind::Recovery;
    else
        return corrupt(QStringLiteral("unknown kind"));
    s.label = o.value(QStringLiteral("label")).toString();
    if (s.label.isEmpty())
        return corrupt(QStringLiteral("missing label"));
    if (!decodeBase64(o.value(QStringLiteral("salt")), &s.salt) || s.salt.size() < kSaltSize)
        return corrupt(QStringLiteral("invalid salt"));
    auto kdf = Argon2Params::fromJson(o.value(QStringLiteral("kdf")).toObject());
    if (!kdf)
        return corrupt(kdf.error().detail);
    s.kdf = *kdf;
    if (!decodeBase64(o.value(QStringLiteral("wrappedKey")), &s.wrappedKey) || s.wrappedKey.size() != kWrappedKeySize)
        return corrupt(QStringLiteral("invalid wrapped key"));
    s.createdUtc = QDateTime::fromString(o.value(QStringLiteral("createdUtc")).toString(), Qt::ISODateWithMs);
    if (!s.createdUtc.isValid())
        return corrupt(QStringLiteral("invalid creation time"));
    s.createdUtc = s.createdUtc.toUTC();
    return s;
}

bool sameSlot(const Keyslot &a, Keyslot::Kind kind, const QString &label)
{
    return a.kind == kind && a.label == label;
}
} // namespace

Result<Keyslot> createKeyslot(Keyslot::Kind kind, const QString &label, QByteArrayView secret,
                              const SecretKey &dataKey, const Argon2Params &params)
{
    const QString context = QStringLiteral("crypto::createKeyslot");
    if (!dataKey.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the data key is not a 256-bit key"), context);
    if (label.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a keyslot needs a label"), context);

    Keyslot slot;
    slot.id = newId();
    slot.kind = kind;
    slot.label = label;
    slot.salt = randomBytes(kSaltSize);
    slot.kdf = params;
    slot.createdUtc = systemClock().nowUtc();

    auto wrappingKey = argon2id(secret, slot.salt, params);
    if (!wrappingKey)
        return fail(wrappingKey.error());
    auto wrapped = seal(*wrappingKey, dataKey.bytes(), slotAad(slot.id, slot.kind, slot.label));
    if (!wrapped)
        return fail(wrapped.error());
    slot.wrappedKey = std::move(*wrapped);
    return slot;
}

Result<SecretKey> unlockKeyslot(const Keyslot &slot, QByteArrayView secret)
{
    const QString context = QStringLiteral("crypto::unlockKeyslot");
    // A slot that cannot even be tried counts as modified (the header's contract).
    if (slot.salt.size() < kSaltSize || slot.wrappedKey.size() != kWrappedKeySize)
        return fail(ErrorCode::DecryptionFailed, QStringLiteral("keyslot is malformed"), context);
    auto wrappingKey = argon2id(secret, slot.salt, slot.kdf);
    if (!wrappingKey) {
        if (wrappingKey.error().code == ErrorCode::InvalidArgument)
            return fail(ErrorCode::DecryptionFailed,
                        QStringLiteral("keyslot is malformed: %1").arg(wrappingKey.error().detail), context);
        return fail(wrappingKey.error());
    }
    auto plain = open(*wrappingKey, slot.wrappedKey, slotAad(slot.id, slot.kind, slot.label));
    if (!plain) {
        if (plain.error().code == ErrorCode::CryptoFailure)
            return fail(plain.error());
        return fail(ErrorCode::DecryptionFailed, QStringLiteral("wrong secret or modified keyslot"), context);
    }
    if (plain->size() != SecretKey::kSize) {
        wipe(*plain);
        return fail(ErrorCode::DecryptionFailed, QStringLiteral("unwrapped key has the wrong size"), context);
    }
    return SecretKey(std::move(*plain));
}

Result<KeyslotFile> KeyslotFile::load(const QString &path)
{
    const QString context = QStringLiteral("crypto::KeyslotFile::load");
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::StoreNotInitialized, QStringLiteral("no keyslot file"), context);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::IoError, QStringLiteral("cannot read keyslot file: %1").arg(file.errorString()), context);
    if (file.size() > kMaxFileSize)
        return fail(ErrorCode::StoreCorrupt, QStringLiteral("keyslot file is too large"), context);
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::IoError, QStringLiteral("cannot read keyslot file: %1").arg(file.errorString()), context);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ErrorCode::StoreCorrupt,
                    QStringLiteral("keyslot file is not valid JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset),
                    context);
    if (!doc.isObject())
        return fail(ErrorCode::StoreCorrupt, QStringLiteral("keyslot file is not a JSON object"), context);
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFileFormat)
        return fail(ErrorCode::StoreCorrupt, QStringLiteral("not a ClinicLink keyslot file (format tag missing)"), context);
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return fail(ErrorCode::StoreCorrupt, QStringLiteral("keyslot file has no valid formatVersion"), context);
    if (version.toInt() > kFormatVersion)
        return fail(ErrorCode::SchemaTooNew,
                    QStringLiteral("keyslot file formatVersion %1 is newer than the supported %2")
                        .arg(version.toInt())
                        .arg(kFormatVersion),
                    context);

    KeyslotFile result;
    const QJsonValue deviceId = root.value(QStringLiteral("deviceId"));
    if (!deviceId.isString())
        return fail(ErrorCode::StoreCorrupt, QStringLiteral("keyslot file has no deviceId"), context);
    result.deviceId = deviceId.toString();
    const QJsonValue slotList = root.value(QStringLiteral("slots"));
    if (!slotList.isArray())
        return fail(ErrorCode::StoreCorrupt, QStringLiteral("keyslot file has no slot list"), context);
    const QJsonArray array = slotList.toArray();
    for (int i = 0; i < array.size(); ++i) {
        auto slot = slotFromJson(array.at(i), i);
        if (!slot)
            return fail(slot.error());
        const bool duplicate = std::any_of(result.entries.cbegin(), result.entries.cend(), [&](const Keyslot &s) {
            return sameSlot(s, slot->kind, slot->label) || s.id == slot->id;
        });
        if (duplicate)
            return fail(ErrorCode::StoreCorrupt, QStringLiteral("keyslot %1 is a duplicate").arg(i), context);
        result.entries.append(std::move(*slot));
    }
    return result;
}

Result<void> KeyslotFile::save(const QString &path) const
{
    const QString context = QStringLiteral("crypto::KeyslotFile::save");
    QJsonArray array;
    for (const Keyslot &s : entries)
        array.append(slotToJson(s));
    const QJsonObject root{
        {QStringLiteral("format"), kFileFormat},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("slots"), array},
    };
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);

    // QSaveFile writes a temporary file beside the target, syncs it to disk on commit() and
    // renames it over the target; on any failure the old file stays untouched.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::IoError, QStringLiteral("cannot write keyslot file: %1").arg(file.errorString()), context);
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(ErrorCode::IoError, QStringLiteral("cannot write keyslot file: %1").arg(reason), context);
    }
    if (!file.commit())
        return fail(ErrorCode::IoError, QStringLiteral("cannot replace keyslot file: %1").arg(file.errorString()), context);
    return {};
}

std::optional<Keyslot> KeyslotFile::userSlot(const QString &username) const
{
    for (const Keyslot &s : entries)
        if (sameSlot(s, Keyslot::Kind::User, username))
            return s;
    return std::nullopt;
}

std::optional<Keyslot> KeyslotFile::recoverySlot() const
{
    for (const Keyslot &s : entries)
        if (s.kind == Keyslot::Kind::Recovery)
            return s;
    return std::nullopt;
}

void KeyslotFile::put(const Keyslot &slot)
{
    for (Keyslot &s : entries) {
        if (sameSlot(s, slot.kind, slot.label)) {
            s = slot;
            return;
        }
    }
    entries.append(slot);
}

bool KeyslotFile::removeUserSlot(const QString &username)
{
    return entries.removeIf([&](const Keyslot &s) { return sameSlot(s, Keyslot::Kind::User, username); }) > 0;
}

} // namespace cliniclink::crypto
