// Requirement: key material is 256-bit, random, copied by value (no shared buffers) and wiped on clear/destruction.
#include "cliniclink/crypto/secretkey.h"

#include <QTest>

using namespace cliniclink::crypto;

class TestSecretKey : public QObject {
    Q_OBJECT
private slots:
    void generate_twice_validAndDifferent()
    {
        const SecretKey a = SecretKey::generate();
        const SecretKey b = SecretKey::generate();
        QVERIFY(a.isValid());
        QVERIFY(b.isValid());
        QCOMPARE(a.bytes().size(), SecretKey::kSize);
        QVERIFY(a.bytes() != b.bytes());
    }

    void constructor_size_validOnlyFor32Bytes_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << 0 << false;
        QTest::newRow("16") << 16 << false;
        QTest::newRow("31") << 31 << false;
        QTest::newRow("32") << 32 << true;
        QTest::newRow("33") << 33 << false;
    }
    void constructor_size_validOnlyFor32Bytes()
    {
        QFETCH(int, size);
        QFETCH(bool, valid);
        QCOMPARE(SecretKey(QByteArray(size, 'k')).isValid(), valid);
    }

    void copy_thenClearOriginal_copyKeepsBytes()
    {
        SecretKey original = SecretKey::generate();
        const QByteArray expected = original.bytes().toByteArray();
        SecretKey copied(original);
        SecretKey assigned;
        assigned = original;
        // Independent buffers, not implicitly shared ones.
        QVERIFY(copied.bytes().data() != original.bytes().data());
        QVERIFY(assigned.bytes().data() != original.bytes().data());
        original.clear();
        QVERIFY(!original.isValid());
        QVERIFY(copied.isValid());
        QVERIFY(assigned.isValid());
        QCOMPARE(copied.bytes().toByteArray(), expected);
        QCOMPARE(assigned.bytes().toByteArray(), expected);
    }

    void constructor_sharedByteArray_callerBufferUntouchedByClear()
    {
        const QByteArray raw = randomBytes(32);
        const QByteArray before(raw.constData(), raw.size());
        SecretKey key(raw); // raw stays shared with the argument: the key must deep-copy
        QVERIFY(key.bytes().data() != raw.constData());
        key.clear();
        QCOMPARE(raw, before);
    }

    void clear_validKey_empties()
    {
        SecretKey key = SecretKey::generate();
        key.clear();
        QVERIFY(!key.isValid());
        QVERIFY(key.bytes().isEmpty());
        QVERIFY(key.toHex().isEmpty());
    }

    void move_validKey_sourceEmptiedTargetValid()
    {
        SecretKey source = SecretKey::generate();
        const QByteArray expected = source.bytes().toByteArray();
        SecretKey target(std::move(source));
        QCOMPARE(target.bytes().toByteArray(), expected);
        QVERIFY(!source.isValid()); // NOLINT(bugprone-use-after-move): moved-from state is specified here
        SecretKey assigned;
        assigned = std::move(target);
        QCOMPARE(assigned.bytes().toByteArray(), expected);
        QVERIFY(!target.isValid()); // NOLINT(bugprone-use-after-move)
    }

    void toHex_knownBytes_lowerCase64Characters()
    {
        QByteArray bytes;
        for (int i = 0; i < 32; ++i)
            bytes.append(char(0xe0 + i));
        const SecretKey key(bytes);
        QCOMPARE(key.toHex(), QByteArray("e0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"));
    }

    void wipe_ownedBuffer_emptied()
    {
        QByteArray buffer("password");
        wipe(buffer);
        QVERIFY(buffer.isEmpty());
    }

    void wipe_sharedBuffer_otherCopyIntact()
    {
        QByteArray buffer("password");
        const QByteArray other = buffer;
        wipe(buffer);
        QVERIFY(buffer.isEmpty());
        QCOMPARE(other, QByteArray("password"));
    }

    void randomBytes_size_returnsThatMany_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("expected");
        QTest::newRow("negative") << -1 << 0;
        QTest::newRow("zero") << 0 << 0;
        QTest::newRow("one") << 1 << 1;
        QTest::newRow("salt") << 16 << 16;
        QTest::newRow("large") << 4096 << 4096;
    }
    void randomBytes_size_returnsThatMany()
    {
        QFETCH(int, n);
        QFETCH(int, expected);
        QCOMPARE(randomBytes(n).size(), expected);
    }

    void randomBytes_twice_differ()
    {
        QVERIFY(randomBytes(16) != randomBytes(16));
    }
};

QTEST_GUILESS_MAIN(TestSecretKey)
#include "tst_secretkey.moc"
