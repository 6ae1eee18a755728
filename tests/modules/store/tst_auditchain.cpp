// Requirement: the audit trail is hash-chained (SHA-256 or SM3); editing, deleting or cutting
// rows — through the raw key or with file tools — is detected and the row named.
#include "cliniclink/store/database.h"
#include "storefixture.h"

#include <QFile>

using namespace cliniclink;
using namespace cliniclink::store;

class TestAuditChain : public QObject {
    Q_OBJECT

    // Writes n events and closes the store, leaving the database for raw edits.
    static void fill(test::StoreFixture &f, int n)
    {
        for (int i = 0; i < n; ++i)
            QVERIFY(f.store->audit().append(QLatin1String(audit::RecordRead), QStringLiteral("resident"), QString::number(i)).has_value());
    }

    static std::unique_ptr<Database> rawOpen(test::StoreFixture &f)
    {
        f.store.reset();
        auto db = Database::open(StoreLayout(f.dir.path()).database(), f.key, Database::Mode::OpenExisting);
        return db ? std::move(*db) : nullptr;
    }

private slots:
    void verify_intactChain_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::newRow("sha256") << int(crypto::HashAlgorithm::Sha256);
        QTest::newRow("sm3") << int(crypto::HashAlgorithm::Sm3);
    }
    void verify_intactChain()
    {
        QFETCH(int, algorithm);
        test::StoreFixture f;
        f.create(crypto::HashAlgorithm(algorithm));
        fill(f, 50);
        f.reopen();
        QCOMPARE(f.store->audit().algorithm(), crypto::HashAlgorithm(algorithm));
        auto v = f.store->audit().verify();
        QVERIFY(v.has_value());
        QVERIFY(v->intact);
        QCOMPARE(v->rowsChecked, qint64(50));
        QVERIFY(f.store->verify().intact);
    }

    void verify_chainsDiffer_betweenAlgorithms()
    {
        test::StoreFixture a, b;
        a.create(crypto::HashAlgorithm::Sha256);
        b.create(crypto::HashAlgorithm::Sm3);
        auto ea = a.store->audit().append(QStringLiteral("x"));
        auto eb = b.store->audit().append(QStringLiteral("x"));
        QVERIFY(ea->hash != eb->hash);
        QCOMPARE(ea->hash.size(), 32);
    }

    void verify_editedRowThroughRawKey_namesRow_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        QTest::newRow("detail") << QStringLiteral("detail") << QStringLiteral("{\"forged\":1}");
        QTest::newRow("actor") << QStringLiteral("actor") << QStringLiteral("someone-else");
        QTest::newRow("time") << QStringLiteral("ts") << QStringLiteral("2020-01-01T00:00:00.000Z");
        QTest::newRow("action") << QStringLiteral("action") << QStringLiteral("record.create");
    }
    void verify_editedRowThroughRawKey_namesRow()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        test::StoreFixture f;
        f.create();
        fill(f, 20);
        auto db = rawOpen(f);
        QVERIFY(db);
        QVERIFY(db->execute(QStringLiteral("UPDATE audit SET %1 = ? WHERE seq = 12").arg(column), {value}).has_value());
        db.reset();
        f.reopen();
        auto v = f.store->audit().verify();
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadSeq, qint64(12));
        const auto full = f.store->verify();
        QVERIFY(!full.intact);
        QCOMPARE(full.code, ErrorCode::AuditChainBroken);
        QCOMPARE(full.report.value(QStringLiteral("audit")).toObject().value(QStringLiteral("firstBadSeq")).toInteger(), 12);
    }

    void verify_rehashedRow_breaksNextLink()
    {
        // A forger who recomputes the edited row's hash still breaks the following row's link.
        test::StoreFixture f;
        f.create();
        fill(f, 10);
        auto db = rawOpen(f);
        QVERIFY(db->execute(QStringLiteral("UPDATE audit SET hash = ? WHERE seq = 5"), {QByteArray(32, 'x')}).has_value());
        db.reset();
        f.reopen();
        auto v = f.store->audit().verify();
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadSeq, qint64(5));
    }

    void verify_deletedMiddleRow_detected()
    {
        test::StoreFixture f;
        f.create();
        fill(f, 10);
        auto db = rawOpen(f);
        QVERIFY(db->execute(QStringLiteral("DELETE FROM audit WHERE seq = 4")).has_value());
        db.reset();
        f.reopen();
        auto v = f.store->audit().verify();
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadSeq, qint64(4));
    }

    void verify_truncatedTail_detectedByHead()
    {
        test::StoreFixture f;
        f.create();
        fill(f, 10);
        auto db = rawOpen(f);
        QVERIFY(db->execute(QStringLiteral("DELETE FROM audit WHERE seq > 8")).has_value());
        db.reset();
        f.reopen();
        auto v = f.store->audit().verify();
        QVERIFY(!v->intact);
        QVERIFY(v->reason.contains(QLatin1String("head")));
    }

    void verify_byteFlippedInFile_isCorrupt()
    {
        test::StoreFixture f;
        f.create();
        fill(f, 300);
        f.store.reset(); // checkpointed: everything is in clinic.db
        const QString path = StoreLayout(f.dir.path()).database();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 3 * 4096);
        file.seek(size - 4096 - 100); // inside a data page near the end (audit rows)
        char c;
        file.getChar(&c);
        file.seek(size - 4096 - 100);
        file.putChar(char(c ^ 0x01));
        file.close();
        auto s = Store::open(f.dir.path(), f.key, f.clock);
        if (!s) {
            QCOMPARE(s.error().code, ErrorCode::StoreCorrupt); // the damaged page was needed to open
            return;
        }
        const auto v = (*s)->verify();
        QVERIFY(!v.intact);
        QVERIFY(v.code == ErrorCode::StoreCorrupt || v.code == ErrorCode::AuditChainBroken);
    }

    void export_writesOneJsonLinePerEvent()
    {
        test::StoreFixture f;
        f.create();
        fill(f, 7);
        const QString out = f.dir.filePath(QStringLiteral("audit.jsonl"));
        auto n = f.store->audit().exportJsonl(out);
        QVERIFY(n.has_value());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(qint64(lines.size()), *n);
        QVERIFY(*n >= 7);
        const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(last.value(QStringLiteral("seq")).toInteger(), *n);
        QCOMPARE(last.value(QStringLiteral("hash")).toString().size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
