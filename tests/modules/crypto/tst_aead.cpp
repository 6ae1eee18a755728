// Requirement: AES-256-GCM sealing detects any change of nonce, ciphertext, tag, associated data or key.
#include "cliniclink/crypto/aead.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::crypto;

namespace {
QByteArray hex(const char *h)
{
    return QByteArray::fromHex(QByteArray(h));
}
} // namespace

class TestAead : public QObject {
    Q_OBJECT
private slots:
    void sealOpen_roundTrip_returnsPlaintext_data()
    {
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("aad");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("empty+aad") << QByteArray() << QByteArray("header");
        QTest::newRow("one byte") << QByteArray("x") << QByteArray();
        QTest::newRow("text+aad") << QByteArray("patient record") << QByteArray("record-id");
        QTest::newRow("64 KiB") << randomBytes(64 * 1024) << randomBytes(100);
    }
    void sealOpen_roundTrip_returnsPlaintext()
    {
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, aad);
        const SecretKey key = SecretKey::generate();
        const Result<QByteArray> sealed = seal(key, plaintext, aad);
        QVERIFY(sealed);
        QCOMPARE(sealed->size(), plaintext.size() + kAeadOverhead);
        QCOMPARE(sealed->at(0), char(0x01));
        const Result<QByteArray> opened = open(key, *sealed, aad);
        QVERIFY(opened);
        QCOMPARE(*opened, plaintext);
    }

    void seal_samePlaintextTwice_differentNonceAndCiphertext()
    {
        const SecretKey key = SecretKey::generate();
        const QByteArray a = *seal(key, "same");
        const QByteArray b = *seal(key, "same");
        QVERIFY(a.mid(1, 12) != b.mid(1, 12));
        QVERIFY(a != b);
    }

    // McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)", AES-256 test cases 13-16
    // (the vectors NIST's GCM specification refers to).
    void open_gcmKnownAnswer_returnsPlaintext_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("iv");
        QTest::addColumn<QByteArray>("plaintext");
        QTest::addColumn<QByteArray>("aad");
        QTest::addColumn<QByteArray>("ciphertext");
        QTest::addColumn<QByteArray>("tag");
        const QByteArray zeroKey(32, '\0');
        const QByteArray zeroIv(12, '\0');
        const QByteArray k = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
        const QByteArray iv = hex("cafebabefacedbaddecaf888");
        QTest::newRow("case 13") << zeroKey << zeroIv << QByteArray() << QByteArray() << QByteArray()
                                 << hex("530f8afbc74536b9a963b4f1c4cb738b");
        QTest::newRow("case 14") << zeroKey << zeroIv << QByteArray(16, '\0') << QByteArray()
                                 << hex("cea7403d4d606b6e074ec5d3baf39d18") << hex("d0d1c8a799996bf0265b98b5d48ab919");
        QTest::newRow("case 15")
            << k << iv
            << hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525"
                   "b16aedf5aa0de657ba637b391aafd255")
            << QByteArray()
            << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838"
                   "c5f61e6393ba7a0abcc9f662898015ad")
            << hex("b094dac5d93471bdec1a502270e3cc6c");
        QTest::newRow("case 16")
            << k << iv
            << hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525"
                   "b16aedf5aa0de657ba637b39")
            << hex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
            << hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838"
                   "c5f61e6393ba7a0abcc9f662")
            << hex("76fc6ece0f4e1768cddf8853bb2d551b");
    }
    void open_gcmKnownAnswer_returnsPlaintext()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, iv);
        QFETCH(QByteArray, plaintext);
        QFETCH(QByteArray, aad);
        QFETCH(QByteArray, ciphertext);
        QFETCH(QByteArray, tag);
        const QByteArray sealed = QByteArray(1, '\x01') + iv + ciphertext + tag;
        const Result<QByteArray> opened = open(SecretKey(key), sealed, aad);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        QCOMPARE(*opened, plaintext);
    }

    void open_singleBitFlip_decryptionFailed_data()
    {
        QTest::addColumn<QString>("region");
        QTest::newRow("nonce") << QStringLiteral("nonce");
        QTest::newRow("ciphertext") << QStringLiteral("ciphertext");
        QTest::newRow("tag") << QStringLiteral("tag");
        QTest::newRow("aad") << QStringLiteral("aad");
    }
    void open_singleBitFlip_decryptionFailed()
    {
        QFETCH(QString, region);
        const SecretKey key = SecretKey::generate();
        const QByteArray plaintext("twenty bytes of text");
        const QByteArray aad("slot-id|user|alice");
        const QByteArray sealed = *seal(key, plaintext, aad);
        QVERIFY(open(key, sealed, aad));

        const bool inAad = region == QLatin1String("aad");
        qsizetype from = 0;
        qsizetype to = 0;
        if (region == QLatin1String("nonce")) {
            from = 1;
            to = 13;
        } else if (region == QLatin1String("ciphertext")) {
            from = 13;
            to = 13 + plaintext.size();
        } else if (region == QLatin1String("tag")) {
            from = sealed.size() - 16;
            to = sealed.size();
        } else {
            to = aad.size();
        }
        int flips = 0;
        for (qsizetype i = from; i < to; ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray s = sealed;
                QByteArray a = aad;
                QByteArray &target = inAad ? a : s;
                target[i] = char(target[i] ^ (1 << bit));
                const Result<QByteArray> r = open(key, s, a);
                QVERIFY2(!r, qPrintable(QStringLiteral("byte %1 bit %2 accepted").arg(i).arg(bit)));
                QCOMPARE(r.error().code, ErrorCode::DecryptionFailed);
                ++flips;
            }
        }
        QCOMPARE(flips, int(to - from) * 8);
    }

    void open_wrongKey_decryptionFailed()
    {
        const QByteArray sealed = *seal(SecretKey::generate(), "secret");
        const Result<QByteArray> r = open(SecretKey::generate(), sealed);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::DecryptionFailed);
    }

    void open_missingOrExtraAad_decryptionFailed()
    {
        const SecretKey key = SecretKey::generate();
        const QByteArray withAad = *seal(key, "secret", "aad");
        const QByteArray withoutAad = *seal(key, "secret");
        QCOMPARE(open(key, withAad).error().code, ErrorCode::DecryptionFailed);
        QCOMPARE(open(key, withoutAad, "aad").error().code, ErrorCode::DecryptionFailed);
    }

    void open_truncatedOrExtended_decryptionFailed()
    {
        const SecretKey key = SecretKey::generate();
        const QByteArray sealed = *seal(key, "some plaintext");
        QCOMPARE(open(key, sealed.chopped(1)).error().code, ErrorCode::DecryptionFailed);
        QCOMPARE(open(key, sealed + QByteArray(1, 'x')).error().code, ErrorCode::DecryptionFailed);
    }

    void open_unknownFormatByte_invalidArgument()
    {
        const SecretKey key = SecretKey::generate();
        QByteArray sealed = *seal(key, "text");
        sealed[0] = char(0x02);
        QCOMPARE(open(key, sealed).error().code, ErrorCode::InvalidArgument);
    }

    void open_tooShort_invalidArgument_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("format byte only") << 1;
        QTest::newRow("one short") << kAeadOverhead - 1;
    }
    void open_tooShort_invalidArgument()
    {
        QFETCH(int, size);
        QByteArray sealed(size, '\0');
        if (size > 0)
            sealed[0] = char(0x01);
        QCOMPARE(open(SecretKey::generate(), sealed).error().code, ErrorCode::InvalidArgument);
    }

    void sealOpen_invalidKey_invalidArgument()
    {
        const SecretKey shortKey(QByteArray(16, 'k'));
        QCOMPARE(seal(shortKey, "x").error().code, ErrorCode::InvalidArgument);
        const QByteArray sealed = *seal(SecretKey::generate(), "x");
        QCOMPARE(open(SecretKey(), sealed).error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestAead)
#include "tst_aead.moc"
