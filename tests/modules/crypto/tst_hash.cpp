// Requirement: SHA-256 and SM3 digests and HMAC-SHA256 match their published test vectors, one-shot or incremental.
#include "cliniclink/crypto/hash.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::crypto;

Q_DECLARE_METATYPE(cliniclink::crypto::HashAlgorithm)

class TestHash : public QObject {
    Q_OBJECT
private slots:
    // SHA-256: FIPS 180-4 examples. SM3: GB/T 32905-2016 appendix A examples.
    void digest_knownAnswer_matches_data()
    {
        QTest::addColumn<HashAlgorithm>("algorithm");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("sha256 abc") << HashAlgorithm::Sha256 << QByteArray("abc")
                                    << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("sha256 empty") << HashAlgorithm::Sha256 << QByteArray()
                                      << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("sha256 448 bits")
            << HashAlgorithm::Sha256 << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("sm3 abc") << HashAlgorithm::Sm3 << QByteArray("abc")
                                 << QByteArray("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        QTest::newRow("sm3 abcd x16") << HashAlgorithm::Sm3 << QByteArray("abcd").repeated(16)
                                      << QByteArray("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }
    void digest_knownAnswer_matches()
    {
        QFETCH(HashAlgorithm, algorithm);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, expected);
        QCOMPARE(digest(algorithm, message).toHex(), expected);
        Hasher h(algorithm);
        h.add(message);
        QCOMPARE(h.result().toHex(), expected);
    }

    void hasher_incremental_equalsOneShot_data()
    {
        QTest::addColumn<HashAlgorithm>("algorithm");
        QTest::addColumn<int>("chunk");
        for (HashAlgorithm a : {HashAlgorithm::Sha256, HashAlgorithm::Sm3}) {
            for (int chunk : {1, 7, 64, 1000, 100000}) {
                const QByteArray name = hashAlgorithmName(a).toLatin1() + " chunk " + QByteArray::number(chunk);
                QTest::newRow(name.constData()) << a << chunk;
            }
        }
    }
    void hasher_incremental_equalsOneShot()
    {
        QFETCH(HashAlgorithm, algorithm);
        QFETCH(int, chunk);
        QByteArray data;
        for (int i = 0; i < 10007; ++i)
            data.append(char(i * 31 + 7));
        Hasher h(algorithm);
        for (qsizetype pos = 0; pos < data.size(); pos += chunk)
            h.add(QByteArrayView(data).sliced(pos, std::min<qsizetype>(chunk, data.size() - pos)));
        const QByteArray expected = digest(algorithm, data);
        QCOMPARE(expected.size(), 32);
        QCOMPARE(h.result(), expected);
    }

    void hasher_result_resetsForReuse()
    {
        Hasher h(HashAlgorithm::Sha256);
        h.add("garbage");
        (void)h.result();
        h.add("ab");
        h.add("c");
        QCOMPARE(h.result().toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(h.result(), digest(HashAlgorithm::Sha256, {}));
    }

    // RFC 4231, test cases 1, 2 and 6.
    void hmacSha256_rfc4231_matches_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                                << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        QTest::newRow("case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                                << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        QTest::newRow("case 6") << QByteArray(131, '\xaa')
                                << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
                                << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }
    void hmacSha256_rfc4231_matches()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, expected);
        QCOMPARE(hmacSha256(key, data).toHex(), expected);
    }

    void hmacSha256_emptyKeyAndData_32Bytes()
    {
        // Well-known value of HMAC-SHA256 with an empty key over an empty message.
        QCOMPARE(hmacSha256({}, {}).toHex(),
                 QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"));
    }

    void parseHashAlgorithm_names_roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<HashAlgorithm>("expected");
        QTest::newRow("sha256") << QStringLiteral("sha256") << HashAlgorithm::Sha256;
        QTest::newRow("SHA-256") << QStringLiteral("SHA-256") << HashAlgorithm::Sha256;
        QTest::newRow("sm3") << QStringLiteral("sm3") << HashAlgorithm::Sm3;
        QTest::newRow("SM3") << QStringLiteral("SM3") << HashAlgorithm::Sm3;
    }
    void parseHashAlgorithm_names_roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(HashAlgorithm, expected);
        const Result<HashAlgorithm> a = parseHashAlgorithm(name);
        QVERIFY(a);
        QCOMPARE(*a, expected);
        QCOMPARE(*parseHashAlgorithm(hashAlgorithmName(expected)), expected);
    }

    void parseHashAlgorithm_unknown_invalidArgument()
    {
        const Result<HashAlgorithm> a = parseHashAlgorithm(QStringLiteral("md5"));
        QVERIFY(!a);
        QCOMPARE(a.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(hashAlgorithmName(HashAlgorithm::Sha256), QStringLiteral("sha256"));
        QCOMPARE(hashAlgorithmName(HashAlgorithm::Sm3), QStringLiteral("sm3"));
    }
};

QTEST_GUILESS_MAIN(TestHash)
#include "tst_hash.moc"
