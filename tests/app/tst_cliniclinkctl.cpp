// Requirement: cliniclinkctl is the scriptable admin command line with documented exit codes
// (0 ok, 2 usage, 3 authentication, 4 integrity/tamper, 5 other) and English messages, no traces.
#include "cliniclink/store/database.h"
#include "cliniclink/store/store.h"
#include "cliniclink/crypto/keyslots.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;
using test::ProcessResult;

class TestCliniclinkctl : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_store;
    QString m_recoveryKey;

    static QString ctl() { return test::buildDir() + QStringLiteral("/app/tools/cliniclinkctl/cliniclinkctl"); }
    ProcessResult run(const QStringList &args, const QByteArray &stdinData = {}, const QString &store = {})
    {
        return test::runProcess(ctl(), QStringList{QStringLiteral("--store"), store.isEmpty() ? m_store : store} + args, stdinData);
    }
    ProcessResult asAdmin(const QStringList &args, const QByteArray &more = {})
    {
        return run(QStringList{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")} + args,
                   "Admin#2026\n" + more);
    }
    static void noTrace(const ProcessResult &r)
    {
        QVERIFY(!r.crashed);
        QVERIFY(!r.err.contains("terminate called"));
        QVERIFY(!r.err.contains("Segmentation"));
    }

private slots:
    void initTestCase()
    {
        m_store = m_tmp.filePath(QStringLiteral("store"));
        const auto r = run({QStringLiteral("--password-stdin"), QStringLiteral("init"), QStringLiteral("--clinic-code"),
                            QStringLiteral("450102001001"), QStringLiteral("--clinic-name"), QStringLiteral("青山村卫生室"),
                            QStringLiteral("--admin"), QStringLiteral("admin")},
                           "Admin#2026\n");
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        m_recoveryKey = QString::fromLatin1(lines.last().trimmed());
        QVERIFY2(m_recoveryKey.count(QLatin1Char('-')) >= 10, r.err.constData());
        QVERIFY(QJsonDocument::fromJson(r.out).object().contains(QStringLiteral("deviceId")));
    }

    void init_again_isRefused()
    {
        const auto r = run({QStringLiteral("--password-stdin"), QStringLiteral("init"), QStringLiteral("--clinic-code"),
                            QStringLiteral("450102001001"), QStringLiteral("--clinic-name"), QStringLiteral("x"),
                            QStringLiteral("--admin"), QStringLiteral("admin")},
                           "Admin#2026\n");
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.err.contains("already exists"));
    }

    void usage_errors_exit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus"), QStringLiteral("verify")};
        QTest::newRow("init without code") << QStringList{QStringLiteral("init")};
        QTest::newRow("verify without user") << QStringList{QStringLiteral("verify")};
    }
    void usage_errors_exit2()
    {
        QFETCH(QStringList, args);
        const auto r = run(args);
        QCOMPARE(r.exitCode, 2);
        noTrace(r);
        QVERIFY(!r.err.isEmpty());
    }

    void init_badClinicCode_exit2AndNoFiles()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("bad"));
        const auto r = run({QStringLiteral("--password-stdin"), QStringLiteral("init"), QStringLiteral("--clinic-code"),
                            QStringLiteral("123"), QStringLiteral("--clinic-name"), QStringLiteral("x"), QStringLiteral("--admin"),
                            QStringLiteral("admin")},
                           "Admin#2026\n", dir);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("12 digits"));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/clinic.db")));
    }

    void userAddListDisable_flow()
    {
        auto add = asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wang"), QStringLiteral("--role"),
                            QStringLiteral("village_doctor"), QStringLiteral("--display-name"), QStringLiteral("王医生")},
                           "Doctor#2026\n");
        QCOMPARE(add.exitCode, 0);
        auto badRole = asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("li"), QStringLiteral("--role"),
                                QStringLiteral("surgeon")},
                               "Doctor#2026\n");
        QCOMPARE(badRole.exitCode, 2);
        auto list = asAdmin({QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray users = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(1).toObject().value(QStringLiteral("displayName")).toString(), QStringLiteral("王医生"));
        // The doctor signs in; a doctor may not administer users (exit 3: not authorised).
        auto docList = run({QStringLiteral("--user"), QStringLiteral("wang"), QStringLiteral("--password-stdin"),
                            QStringLiteral("user"), QStringLiteral("list")},
                           "Doctor#2026\n");
        QCOMPARE(docList.exitCode, 3);
        QCOMPARE(asAdmin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("wang")}).exitCode, 0);
        auto disabled = run({QStringLiteral("--user"), QStringLiteral("wang"), QStringLiteral("--password-stdin"), QStringLiteral("verify")},
                            "Doctor#2026\n");
        QCOMPARE(disabled.exitCode, 3);
        QVERIFY(disabled.err.contains("disabled"));
    }

    void wrongPassword_exit3_andStoreUnchanged()
    {
        const auto snapshot = [&]() {
            QMap<QString, QByteArray> m;
            for (const QString &name : {QStringLiteral("clinic.db"), QStringLiteral("keyslots.json")}) {
                QFile f(m_store + QLatin1Char('/') + name);
                f.open(QIODevice::ReadOnly);
                m.insert(name, f.readAll());
            }
            return m;
        };
        const auto before = snapshot();
        const auto r = run({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin"), QStringLiteral("verify")},
                           "Wrong#2026\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("password is wrong"));
        noTrace(r);
        QCOMPARE(snapshot(), before);
        QVERIFY(asAdmin({QStringLiteral("verify")}).exitCode == 0); // and a right one resets the count
    }

    void recoveryKey_signsIn()
    {
        const auto r = run({QStringLiteral("--user"), QStringLiteral("recovery"), QStringLiteral("--password-stdin"),
                            QStringLiteral("user"), QStringLiteral("list")},
                           m_recoveryKey.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 0);
    }

    void auditExport_writesJsonl()
    {
        const QString out = m_tmp.filePath(QStringLiteral("audit.jsonl"));
        const auto r = asAdmin({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QVERIFY(lines.size() >= 8);
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("admin.store_init"));
        QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QByteArray &l) { return l.contains("auth.sign_in_failed"); }));
        QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QByteArray &l) { return l.contains("data.export"); }));
    }

    // Last: tampers with the store.
    void verify_tamperedAuditRow_exit4NamesRow()
    {
        QVERIFY(asAdmin({QStringLiteral("verify")}).exitCode == 0);
        // A support engineer with the raw key edits one audit row.
        auto recovery = crypto::RecoveryKey::parse(m_recoveryKey);
        QVERIFY(recovery.has_value());
        auto slotFile = crypto::KeyslotFile::load(m_store + QStringLiteral("/keyslots.json"));
        auto key = crypto::unlockKeyslot(*slotFile->recoverySlot(), recovery->bytes);
        QVERIFY(key.has_value());
        {
            auto db = store::Database::open(m_store + QStringLiteral("/clinic.db"), *key, store::Database::Mode::OpenExisting);
            QVERIFY(db.has_value());
            QVERIFY((*db)->execute(QStringLiteral("UPDATE audit SET actor = 'nobody' WHERE seq = 3")).has_value());
        }
        const auto r = asAdmin({QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 4);
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(QStringLiteral("intact")).toBool(true), false);
        QCOMPARE(report.value(QStringLiteral("audit")).toObject().value(QStringLiteral("firstBadSeq")).toInt(), 3);
        QVERIFY(r.err.contains("tampered"));
    }

    void verify_bytesFlippedWithFileTools_exit4()
    {
        // Flip bytes in several pages of the encrypted file, as a plain editor would.
        QFile f(m_store + QStringLiteral("/clinic.db"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        for (qint64 pos = 4096 + 200; pos < size; pos += 4096) {
            f.seek(pos);
            f.putChar('\x5a');
        }
        f.close();
        const auto r = asAdmin({QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 4);
        noTrace(r);
        QVERIFY(r.err.contains("damaged") || r.err.contains("tampered"));
    }
};

QTEST_GUILESS_MAIN(TestCliniclinkctl)
#include "tst_cliniclinkctl.moc"
