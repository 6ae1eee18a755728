// Requirement: passwords are stretched with Argon2id (libargon2) into 256-bit keys; parameters are stored and validated.
#include "cliniclink/crypto/kdf.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::crypto;

Q_DECLARE_METATYPE(cliniclink::crypto::Argon2Params)

namespace {
const Argon2Params kSmall{2, 1024, 1};
const QByteArray kSalt = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
} // namespace

class TestKdf : public QObject {
    Q_OBJECT
private slots:
    // Published argon2id output with a 16-byte salt and no secret/associated data (what
    // argon2id_hash_raw computes): the argon2-cffi README example,
    // $argon2id$v=19$m=65536,t=3,p=4$MIIRqgvgQbgj220jfp0MPA$YfwJSVjtjSU0zzV/P3S9nnQ/USre2wvJMjfCIjrTQbg
    // (RFC 9106's vector needs a secret and associated data, which argon2id_hash_raw cannot take;
    // the reference test.c vectors use the 8-byte salt "somesalt", below this API's minimum.)
    void argon2id_publishedVector_matches()
    {
        const QByteArray salt = QByteArray::fromBase64("MIIRqgvgQbgj220jfp0MPA");
        QCOMPARE(salt.size(), 16);
        const Result<SecretKey> key = argon2id("correct horse battery staple", salt, Argon2Params{3, 65536, 4});
        QVERIFY(key);
        QCOMPARE(key->bytes().toByteArray().toBase64(QByteArray::OmitTrailingEquals),
                 QByteArray("YfwJSVjtjSU0zzV/P3S9nnQ/USre2wvJMjfCIjrTQbg"));
    }

    void argon2id_defaultParams_validKeyAndTimed()
    {
        const Argon2Params defaults;
        QCOMPARE(defaults.timeCost, 3u);
        QCOMPARE(defaults.memoryKiB, 65536u);
        QCOMPARE(defaults.parallelism, 2u);
        QElapsedTimer timer;
        timer.start();
        const Result<SecretKey> key = argon2id("Correct-Horse-9", kSalt, defaults);
        const qint64 ms = timer.elapsed();
        QVERIFY(key);
        QVERIFY(key->isValid());
        qInfo("argon2id with default parameters (t=3, m=64 MiB, p=2): %lld ms", ms);
    }

    void argon2id_sameInput_sameKey()
    {
        const Result<SecretKey> a = argon2id("password", kSalt, kSmall);
        const Result<SecretKey> b = argon2id("password", kSalt, kSmall);
        QVERIFY(a && b);
        QCOMPARE(a->bytes().size(), SecretKey::kSize);
        QCOMPARE(a->bytes(), b->bytes());
    }

    void argon2id_changedInput_differentKey_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<Argon2Params>("params");
        QTest::newRow("password") << QByteArray("passwore") << kSalt << kSmall;
        QTest::newRow("salt") << QByteArray("password") << QByteArray::fromHex("000102030405060708090a0b0c0d0e0e") << kSmall;
        QTest::newRow("longer salt") << QByteArray("password") << kSalt + QByteArray(1, '\0') << kSmall;
        QTest::newRow("timeCost") << QByteArray("password") << kSalt << Argon2Params{3, 1024, 1};
        QTest::newRow("memory") << QByteArray("password") << kSalt << Argon2Params{2, 2048, 1};
        QTest::newRow("parallelism") << QByteArray("password") << kSalt << Argon2Params{2, 1024, 2};
    }
    void argon2id_changedInput_differentKey()
    {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(Argon2Params, params);
        const Result<SecretKey> base = argon2id("password", kSalt, kSmall);
        const Result<SecretKey> other = argon2id(password, salt, params);
        QVERIFY(base && other);
        QVERIFY(base->bytes() != other->bytes());
    }

    void argon2id_emptyPassword_derives()
    {
        const Result<SecretKey> key = argon2id({}, kSalt, kSmall);
        QVERIFY(key);
        QVERIFY(key->isValid());
    }

    void argon2id_shortSalt_invalidArgument_data()
    {
        QTest::addColumn<int>("saltSize");
        QTest::newRow("none") << 0;
        QTest::newRow("8 (somesalt)") << 8;
        QTest::newRow("15") << 15;
    }
    void argon2id_shortSalt_invalidArgument()
    {
        QFETCH(int, saltSize);
        const Result<SecretKey> key = argon2id("password", QByteArray(saltSize, 's'), kSmall);
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::InvalidArgument);
    }

    void argon2id_invalidParams_invalidArgument_data()
    {
        QTest::addColumn<Argon2Params>("params");
        QTest::newRow("timeCost 0") << Argon2Params{0, 1024, 1};
        QTest::newRow("parallelism 0") << Argon2Params{1, 1024, 0};
        QTest::newRow("memory below 8 x lanes") << Argon2Params{1, 15, 2};
        QTest::newRow("memory above 4 GiB") << Argon2Params{1, 4u * 1024 * 1024 + 1, 1};
        QTest::newRow("timeCost absurd") << Argon2Params{1000, 1024, 1};
    }
    void argon2id_invalidParams_invalidArgument()
    {
        QFETCH(Argon2Params, params);
        const Result<SecretKey> key = argon2id("password", kSalt, params);
        QVERIFY(!key);
        QCOMPARE(key.error().code, ErrorCode::InvalidArgument);
    }

    void params_jsonRoundTrip_equal_data()
    {
        QTest::addColumn<Argon2Params>("params");
        QTest::newRow("defaults") << Argon2Params{};
        QTest::newRow("small") << kSmall;
        QTest::newRow("large") << Argon2Params{10, 1024 * 1024, 8};
    }
    void params_jsonRoundTrip_equal()
    {
        QFETCH(Argon2Params, params);
        const QJsonObject json = params.toJson();
        // Through text, as in the keyslot file.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        const Result<Argon2Params> back = Argon2Params::fromJson(reread);
        QVERIFY(back);
        QCOMPARE(*back, params);
    }

    void params_fromJsonInvalid_invalidArgument_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("other algorithm")
            << QByteArray(R"({"algorithm":"scrypt","timeCost":3,"memoryKiB":65536,"parallelism":2})");
        QTest::newRow("missing memory") << QByteArray(R"({"algorithm":"argon2id","timeCost":3,"parallelism":2})");
        QTest::newRow("string number")
            << QByteArray(R"({"algorithm":"argon2id","timeCost":"3","memoryKiB":65536,"parallelism":2})");
        QTest::newRow("fraction")
            << QByteArray(R"({"algorithm":"argon2id","timeCost":3.5,"memoryKiB":65536,"parallelism":2})");
        QTest::newRow("negative")
            << QByteArray(R"({"algorithm":"argon2id","timeCost":-1,"memoryKiB":65536,"parallelism":2})");
        QTest::newRow("zero time")
            << QByteArray(R"({"algorithm":"argon2id","timeCost":0,"memoryKiB":65536,"parallelism":2})");
        QTest::newRow("absurd memory")
            << QByteArray(R"({"algorithm":"argon2id","timeCost":3,"memoryKiB":4294967295,"parallelism":2})");
    }
    void params_fromJsonInvalid_invalidArgument()
    {
        QFETCH(QByteArray, json);
        const Result<Argon2Params> p = Argon2Params::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!p);
        QCOMPARE(p.error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestKdf)
#include "tst_kdf.moc"
