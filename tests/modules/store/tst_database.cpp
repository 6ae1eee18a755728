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
