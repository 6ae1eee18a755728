// Requirement: the data key is wrapped per user and for recovery; only the right secret unwraps it and a slot cannot be relabelled.
#include "cliniclink/core/uuid7.h"
#include "cliniclink/crypto/aead.h"
#include "cliniclink/crypto/keyslots.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::crypto;

Q_DECLARE_METATYPE(cliniclink::crypto::Keyslot::Kind)

namespace {
const Argon2Params kFast{1, 1024, 1};
} // namespace

class TestKeyslot : public QObject {
    Q_OBJECT
private slots:
    void createUnlock_rightSecret_returnsDataKey_data()
    {
        QTest::addColumn<Keyslot::Kind>("kind");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("user") << Keyslot::Kind::User << QStringLiteral("alice") << QByteArray("Correct-Horse-9");
        QTest::newRow("user, unicode name and password")
            << Keyslot::Kind::User << QStringLiteral("wang.fang") << QStringLiteral("密码-Passw0rd").toUtf8();
        QTest::newRow("recovery") << Keyslot::Kind::Recovery << QStringLiteral("recovery") << RecoveryKey::generate().bytes;
    }
    void createUnlock_rightSecret_returnsDataKey()
    {
        QFETCH(Keyslot::Kind, kind);
        QFETCH(QString, label);
        QFETCH(QByteArray, secret);
        const SecretKey dataKey = SecretKey::generate();
        const Result<Keyslot> slot = createKeyslot(kind, label, secret, dataKey, kFast);
        QVERIFY(slot);
        QCOMPARE(slot->kind, kind);
        QCOMPARE(slot->label, label);
        QCOMPARE(slot->kdf, kFast);
        QCOMPARE(slot->salt.size(), 16);
        QCOMPARE(slot->wrappedKey.size(), kAeadOverhead + SecretKey::kSize);
        QVERIFY(!slot->wrappedKey.contains(dataKey.bytes().toByteArray()));
        QVERIFY(slot->createdUtc.isValid());
        QCOMPARE(slot->createdUtc.timeSpec(), Qt::UTC);
        const Result<SecretKey> unlocked = unlockKeyslot(*slot, secret);
        QVERIFY2(unlocked, unlocked ? "" : qPrintable(unlocked.error().toString()));
        QCOMPARE(unlocked->bytes(), dataKey.bytes());
    }

    void createKeyslot_twice_freshIdAndSalt()
    {
        const SecretKey dataKey = SecretKey::generate();
        const Keyslot a = *createKeyslot(Keyslot::Kind::User, QStringLiteral("alice"), "pw", dataKey, kFast);
        const Keyslot b = *createKeyslot(Keyslot::Kind::User, QStringLiteral("alice"), "pw", dataKey, kFast);
        QVERIFY(a.id != b.id);
        QCOMPARE(uuid7Version(QUuid::fromString(a.id)), 7);
        QVERIFY(a.salt != b.salt);
        QVERIFY(a.wrappedKey != b.wrappedKey);
    }

    void unlock_wrongPassword_decryptionFailed_data()
    {
        QTest::addColumn<QByteArray>("wrong");
        QTest::newRow("other") << QByteArray("Wrong-Horse-9");
        QTest::newRow("case") << QByteArray("correct-horse-9");
        QTest::newRow("prefix") << QByteArray("Correct-Horse-");
        QTest::newRow("empty") << QByteArray();
    }
    void unlock_wrongPassword_decryptionFailed()
    {
        QFETCH(QByteArray, wrong);
        const Keyslot slot =
            *createKeyslot(Keyslot::Kind::User, QStringLiteral("alice"), "Correct-Horse-9", SecretKey::generate(), kFast);
        const Result<SecretKey> r = unlockKeyslot(slot, wrong);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::DecryptionFailed);
    }

    void unlock_modifiedSlot_decryptionFailed_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("relabelled to another user") << QStringLiteral("label");
        QTest::newRow("id") << QStringLiteral("id");
        QTest::newRow("kind") << QStringLiteral("kind");
        QTest::newRow("salt") << QStringLiteral("salt");
        QTest::newRow("kdf") << QStringLiteral("kdf");
        QTest::newRow("wrapped key") << QStringLiteral("wrappedKey");
        QTest::newRow("wrapped key truncated") << QStringLiteral("truncated");
        QTest::newRow("salt too short") << QStringLiteral("shortSalt");
        QTest::newRow("kdf invalid") << QStringLiteral("kdfInvalid");
    }
    void unlock_modifiedSlot_decryptionFailed()
    {
        QFETCH(QString, change);
        const QByteArray password("Correct-Horse-9");
        Keyslot slot = *createKeyslot(Keyslot::Kind::User, QStringLiteral("alice"), password, SecretKey::generate(), kFast);
        QVERIFY(unlockKeyslot(slot, password));
        if (change == QLatin1String("label"))
            slot.label = QStringLiteral("mallory");
        else if (change == QLatin1String("id"))
            slot.id = newId();
        else if (change == QLatin1String("kind"))
            slot.kind = Keyslot::Kind::Recovery;
        else if (change == QLatin1String("salt"))
            slot.salt[0] = char(slot.salt[0] ^ 1);
        else if (change == QLatin1String("kdf"))
            slot.kdf.timeCost = 2;
        else if (change == QLatin1String("wrappedKey"))
            slot.wrappedKey[20] = char(slot.wrappedKey[20] ^ 0x80);
        else if (change == QLatin1String("truncated"))
            slot.wrappedKey.chop(1);
        else if (change == QLatin1String("shortSalt"))
            slot.salt.chop(1);
        else if (change == QLatin1String("kdfInvalid"))
            slot.kdf.timeCost = 0;
        const Result<SecretKey> r = unlockKeyslot(slot, password);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::DecryptionFailed);
    }

    void createKeyslot_invalidInput_invalidArgument()
    {
        QCOMPARE(createKeyslot(Keyslot::Kind::User, QStringLiteral("alice"), "pw", SecretKey(), kFast).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(createKeyslot(Keyslot::Kind::User, QString(), "pw", SecretKey::generate(), kFast).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(createKeyslot(Keyslot::Kind::User, QStringLiteral("alice"), "pw", SecretKey::generate(),
                               Argon2Params{0, 1024, 1})
                     .error()
                     .code,
                 ErrorCode::InvalidArgument);
    }

    void recoverySlot_recoveryKdfParams_unlocksWithParsedKey()
    {
        const Argon2Params p = recoveryKdfParams();
        QCOMPARE(p.timeCost, 1u);
        QCOMPARE(p.memoryKiB, 8192u);
        QCOMPARE(p.parallelism, 1u);
        const SecretKey dataKey = SecretKey::generate();
        const RecoveryKey rk = RecoveryKey::generate();
        const Keyslot slot = *createKeyslot(Keyslot::Kind::Recovery, QStringLiteral("recovery"), rk.bytes, dataKey, p);
        const Result<RecoveryKey> typed = RecoveryKey::parse(rk.toDisplayString().toLower());
        QVERIFY(typed);
        const Result<SecretKey> unlocked = unlockKeyslot(slot, typed->bytes);
        QVERIFY(unlocked);
        QCOMPARE(unlocked->bytes(), dataKey.bytes());
    }
};

QTEST_GUILESS_MAIN(TestKeyslot)
#include "tst_keyslot.moc"
