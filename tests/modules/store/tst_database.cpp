// Requirement: the local cache is SQLCipher, opened with the raw data key, WAL, refusing to run without encryption.
#include "cliniclink/crypto/secretkey.h"
#include "cliniclink/store/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::store;

class TestDatabase : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const char *name) { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void open_create_reportsCipherVersionAndWal()
    {
        const auto key = crypto::SecretKey::generate();
        auto db = Database::open(path("a.db"), key, Database::Mode::Create);
        QVERIFY(db.has_value());
        QCOMPARE((*db)->cipherVersion(), QStringLiteral("3.4.1"));
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA secure_delete"))->toLongLong(), qint64(1));
    }

    void open_fileHeader_isNotPlainSqlite()
    {
        const auto key = crypto::SecretKey::generate();
        {
            auto db = Database::open(path("b.db"), key, Database::Mode::Create);
            QVERIFY(db.has_value());
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t(x TEXT); INSERT INTO t VALUES('hello');")).has_value());
            QVERIFY((*db)->checkpoint().has_value());
        }
        QFile f(path("b.db"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("CREATE TABLE"));
    }

    void open_otherKey_isStoreCorruptAndFileUntouched()
    {
        const auto key = crypto::SecretKey::generate();
        {
            auto db = Database::open(path("c.db"), key, Database::Mode::Create);
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t(x)")).has_value());
            QVERIFY((*db)->checkpoint().has_value());
        }
        QFile f(path("c.db"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        auto db = Database::open(path("c.db"), crypto::SecretKey::generate(), Database::Mode::OpenExisting);
        QVERIFY(!db.has_value());
        QCOMPARE(db.error().code, ErrorCode::StoreCorrupt);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // never recreated, never rewritten
    }

    void open_missingFile_isNotInitialized()
    {
        auto db = Database::open(path("missing.db"), crypto::SecretKey::generate(), Database::Mode::OpenExisting);
        QVERIFY(!db.has_value());
        QCOMPARE(db.error().code, ErrorCode::StoreNotInitialized);
        QVERIFY(!QFile::exists(path("missing.db")));
    }

    void bind_roundTripsEveryType()
    {
        auto db = Database::open(path("d.db"), crypto::SecretKey::generate(), Database::Mode::Create);
        QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE t(a, b, c, d, e)")).has_value());
        const QByteArray blob("\x00\x01\xff", 3);
        QVERIFY((*db)->execute(QStringLiteral("INSERT INTO t VALUES(?,?,?,?,?)"),
                               {qint64(1) << 40, 2.5, QStringLiteral("王小明"), blob, QVariant()})
                    .has_value());
        auto row = (*db)->queryOne(QStringLiteral("SELECT a, b, c, d, e FROM t"));
        QVERIFY(row.has_value() && row->has_value());
        QCOMPARE((**row)[0].toLongLong(), qint64(1) << 40);
        QCOMPARE((**row)[1].toDouble(), 2.5);
        QCOMPARE((**row)[2].toString(), QStringLiteral("王小明"));
        QCOMPARE((**row)[3].toByteArray(), blob);
        QVERIFY((**row)[4].isNull());
    }

    void transaction_failure_rollsBackNestedWork()
    {
        auto db = Database::open(path("e.db"), crypto::SecretKey::generate(), Database::Mode::Create);
        Database &d = **db;
        QVERIFY(d.exec(QStringLiteral("CREATE TABLE t(x)")).has_value());
        bool innerFailed = false;
        auto r = d.transaction([&]() -> Result<void> {
            CL_TRY(d.execute(QStringLiteral("INSERT INTO t VALUES(1)")));
            auto inner = d.transaction([&]() -> Result<void> {
                CL_TRY(d.execute(QStringLiteral("INSERT INTO t VALUES(2)")));
                return fail(ErrorCode::Cancelled);
            });
            innerFailed = !inner.has_value();
            return {}; // outer commits; the savepoint's row is gone
        });
        QVERIFY(innerFailed);
        QVERIFY(r.has_value());
        QCOMPARE(d.scalar(QStringLiteral("SELECT group_concat(x) FROM t"))->toString(), QStringLiteral("1"));
        auto r2 = d.transaction([&]() -> Result<void> {
            CL_TRY(d.execute(QStringLiteral("INSERT INTO t VALUES(3)")));
            return fail(ErrorCode::Cancelled);
        });
        QCOMPARE(r2.error().code, ErrorCode::Cancelled);
        QCOMPARE(d.scalar(QStringLiteral("SELECT count(*) FROM t"))->toLongLong(), qint64(1));
        QVERIFY(!d.inTransaction());
    }

    void replaceRow_leavesTheRowsInsertOrReplaceLeaves()
    {
        // replaceRow stands in for INSERT OR REPLACE in the derived tables (no statement journal):
        // the same writes into two identical tables leave the same rows — a row that conflicts on
        // the primary key or on another UNIQUE column is replaced.
        auto db = Database::open(path("g.db"), crypto::SecretKey::generate(), Database::Mode::Create);
        Database &d = **db;
        for (const char *t : {"a", "b"})
            QVERIFY(d.exec(QStringLiteral("CREATE TABLE %1(id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, v INTEGER NOT NULL, note TEXT) "
                                          "WITHOUT ROWID")
                               .arg(QLatin1String(t)))
                        .has_value());
        const QList<QVariantList> writes = {{QStringLiteral("r1"), QStringLiteral("c1"), 1, QStringLiteral("一")},
                                            {QStringLiteral("r2"), QStringLiteral("c2"), 2, QVariant()},
                                            {QStringLiteral("r1"), QStringLiteral("c1"), 3, QStringLiteral("改")}, // same id
                                            {QStringLiteral("r3"), QStringLiteral("c2"), 4, QVariant()},          // r2's code
                                            {QStringLiteral("r3"), QStringLiteral("c1"), 5, QVariant()}};         // r1's code, own id
        const QStringList columns = {QStringLiteral("id"), QStringLiteral("code"), QStringLiteral("v"), QStringLiteral("note")};
        for (const QVariantList &w : writes) {
            QVERIFY(d.execute(QStringLiteral("INSERT OR REPLACE INTO a(id, code, v, note) VALUES(?,?,?,?)"), w).has_value());
            auto r = d.transaction([&] { return d.replaceRow(QStringLiteral("b"), columns, w, {{QStringLiteral("id")}, {QStringLiteral("code")}}); });
            QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
            QCOMPARE(d.query(QStringLiteral("SELECT id, code, v, note FROM b ORDER BY id")).value(),
                     d.query(QStringLiteral("SELECT id, code, v, note FROM a ORDER BY id")).value());
        }
        QCOMPARE(d.scalar(QStringLiteral("SELECT group_concat(id || '=' || v) FROM b"))->toString(), QStringLiteral("r3=5"));

        // A failing INSERT fails the call; the caller's rollback takes the DELETE back too.
        auto bad = d.transaction([&] {
            return d.replaceRow(QStringLiteral("b"), columns, {QStringLiteral("r3"), QStringLiteral("c9"), QVariant(), QVariant()},
                                {{QStringLiteral("id")}, {QStringLiteral("code")}});
        });
        QVERIFY(!bad.has_value());
        QCOMPARE(d.scalar(QStringLiteral("SELECT group_concat(id || '=' || v) FROM b"))->toString(), QStringLiteral("r3=5"));
        // A key column that is not written is a programming error, refused before any write.
        auto noKey = d.replaceRow(QStringLiteral("b"), columns, writes.first(), {{QStringLiteral("missing")}});
        QCOMPARE(noKey.error().code, ErrorCode::InvalidArgument);
    }

    void execute_badSql_isDatabaseError()
    {
        auto db = Database::open(path("f.db"), crypto::SecretKey::generate(), Database::Mode::Create);
        auto r = (*db)->execute(QStringLiteral("SELEC nonsense"));
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::DatabaseError);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
