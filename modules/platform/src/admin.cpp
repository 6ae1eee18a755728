#include "cliniclink/platform/platformservice.h"

#include "cliniclink/crypto/kdf.h"
#include "cliniclink/crypto/secretkey.h"
#include "cliniclink/protocol/orgcode.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace cliniclink::platform {

using protocol::isValidOrgCode;

namespace {
// Unambiguous alphabet (no 0/O, 1/I/L): the code is read aloud over the phone and typed.
constexpr char kCodeAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

QString sha256Hex(const QString &s)
{
    return QString::fromLatin1(QCryptographicHash::hash(s.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

QString normaliseEnrolmentCode(const QString &code)
{
    QString out;
    for (QChar c : code.toUpper())
        if (c != QLatin1Char('-') && c != QLatin1Char(' '))
            out += c;
    return out;
}

Result<void> addOrganisation(PgConnection &db, const QString &code, const QString &name, const QString &parent)
{
    if (!isValidOrgCode(code) || name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidOrgCode, code);
    if (parent.isEmpty() != (protocol::orgLevel(code) == protocol::OrgLevel::County))
        return fail(ErrorCode::InvalidOrgCode, QStringLiteral("only a county has no parent"));
    if (!parent.isEmpty() && protocol::parentOrgCode(code) != parent)
        return fail(ErrorCode::InvalidOrgCode, QStringLiteral("the parent code must be the code's prefix one level up"));
    auto r = db.execute(QStringLiteral("INSERT INTO orgs(code, name, parent) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING"),
                        {code, name.trimmed(), parent.isEmpty() ? QVariant() : QVariant(parent)});
    if (!r)
        return fail(r.error().context == QLatin1String("23503") ? Error{ErrorCode::NotFound, QStringLiteral("parent organisation"), parent}
                                                                : r.error());
    if (*r == 0)
        return fail(ErrorCode::AlreadyExists, code);
    return {};
}

Result<QString> createEnrolmentCode(PgConnection &db, const QString &orgCode)
{
    auto org = db.queryOne(QStringLiteral("SELECT code FROM orgs WHERE code = ?"), {orgCode});
    if (!org)
        return fail(org.error());
    if (!org->has_value())
        return fail(ErrorCode::NotFound, QStringLiteral("organisation"), orgCode);
    // 12 symbols of a 31-letter alphabet ≈ 59 bits; single use and 24 h make guessing hopeless.
    const QByteArray random = crypto::randomBytes(12);
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kCodeAlphabet[quint8(random[i]) % (sizeof kCodeAlphabet - 1)]);
    }
    auto r = db.execute(QStringLiteral("INSERT INTO enrolment_codes(code_hash, org_code, expires_at) "
                                       "VALUES (?, ?, now() + interval '24 hours')"),
                        {sha256Hex(normaliseEnrolmentCode(code)), orgCode});
    if (!r)
        return fail(r.error());
    return code;
}

Result<void> addPlatformUser(PgConnection &db, const QString &name, const QString &role, const QString &orgCode,
                             const QString &password)
{
    static const QStringList roles = {QStringLiteral("administrator"), QStringLiteral("radiologist"),
                                      QStringLiteral("specialist"), QStringLiteral("township_doctor")};
    if (!roles.contains(role))
        return fail(ErrorCode::InvalidRole, role);
    if (name.isEmpty() || password.size() < 8)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("user name and a password of 8+ characters required"));
    const QByteArray salt = crypto::randomBytes(16);
    const crypto::Argon2Params params;
    auto key = crypto::argon2id(password.toUtf8(), salt, params);
    if (!key)
        return fail(key.error());
    auto r = db.execute(QStringLiteral("INSERT INTO platform_users(name, role, org_code, password_hash, salt, kdf) "
                                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING"),
                        {name, role, orgCode, QString::fromLatin1(key->bytes().toByteArray().toHex()),
                         QString::fromLatin1(salt.toHex()),
                         QString::fromUtf8(QJsonDocument(params.toJson()).toJson(QJsonDocument::Compact))});
    if (!r)
        return fail(r.error().context == QLatin1String("23503") ? Error{ErrorCode::NotFound, QStringLiteral("organisation"), orgCode}
                                                                : r.error());
    if (*r == 0)
        return fail(ErrorCode::AlreadyExists, name);
    return {};
}

Result<Enrolment> enrolDevice(PgConnection &db, const QString &code, const QString &deviceName)
{
    Enrolment e;
    CL_TRY(db.transaction([&]() -> Result<void> {
        // Atomic claim: of two concurrent enrolments with one code, exactly one gets the row.
        auto claimed = db.queryOne(QStringLiteral("UPDATE enrolment_codes SET used_at = now() WHERE code_hash = ? "
                                                  "AND used_at IS NULL AND expires_at > now() RETURNING org_code"),
                                   {sha256Hex(normaliseEnrolmentCode(code))});
        if (!claimed)
            return fail(claimed.error());
        if (!claimed->has_value())
            return fail(ErrorCode::EnrolmentCodeInvalid);
        e.orgCode = (**claimed)[0].toString();
        e.deviceId = QString::fromLatin1(crypto::randomBytes(16).toHex());
        e.token = QStringLiteral("cl1.") + QString::fromLatin1(crypto::randomBytes(32).toBase64(
                                                 QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        CL_TRY(db.execute(QStringLiteral("INSERT INTO devices(id, org_code, name, token_hash) VALUES (?, ?, ?, ?)"),
                          {e.deviceId, e.orgCode, deviceName.left(100), sha256Hex(e.token)}));
        CL_TRY(db.execute(QStringLiteral("UPDATE enrolment_codes SET device_id = ? WHERE code_hash = ?"),
                          {e.deviceId, sha256Hex(normaliseEnrolmentCode(code))}));
        auto name = db.queryOne(QStringLiteral("SELECT name FROM orgs WHERE code = ?"), {e.orgCode});
        if (!name)
            return fail(name.error());
        e.orgName = name->has_value() ? (**name)[0].toString() : QString();
        return auditEvent(db, e.deviceId, QStringLiteral("device.enrol"), QStringLiteral("org"), e.orgCode);
    }));
    return e;
}

Result<DeviceIdentity> authenticateDevice(PgConnection &db, const QString &token)
{
    if (!token.startsWith(QLatin1String("cl1.")))
        return fail(ErrorCode::DeviceNotAuthorized);
    auto row = db.queryOne(QStringLiteral("SELECT id, org_code FROM devices WHERE token_hash = ? AND NOT revoked"),
                           {sha256Hex(token)});
    if (!row)
        return fail(row.error());
    if (!row->has_value())
        return fail(ErrorCode::DeviceNotAuthorized);
    return DeviceIdentity{(**row)[0].toString(), (**row)[1].toString()};
}

Result<void> auditEvent(PgConnection &db, const QString &deviceId, const QString &action, const QString &objectType,
                        const QString &objectId, const QJsonObject &detail)
{
    auto r = db.execute(QStringLiteral("INSERT INTO audit(device_id, action, object_type, object_id, detail) VALUES (?, ?, ?, ?, ?)"),
                        {deviceId, action, objectType, objectId,
                         QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    if (!r)
        return fail(r.error());
    return {};
}

} // namespace cliniclink::platform
