// Requirement: a writer killed with SIGKILL in the middle of a large transaction leaves a store
// that opens, passes verify, and holds all or none of that transaction, outbox in step.
#include "storefixture.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>

#include <csignal>

using namespace cliniclink;
using namespace cliniclink::store;

class TestCrashSafety : public QObject {
    Q_OBJECT

    QString writer() const { return QCoreApplication::applicationDirPath() + QStringLiteral("/crashwriter"); }

    // Starts the writer and SIGKILLs it once it reports `killAfter` progress; returns the highest
    // committed count it reported.
    int runAndKill(test::StoreFixture &f, const QString &mode, int count, int killAfter)
    {
        f.store.reset();
        QProcess p;
        p.start(writer(), {mode, QString::number(count)});
        if (!p.waitForStarted())
            return -1;
        p.write(f.dir.path().toUtf8() + '\n' + f.key.toHex() + '\n');
        int committed = 0;
        bool killed = false;
        QByteArray pending;
        while (!killed && p.state() == QProcess::Running) {
            p.waitForReadyRead(100);
            pending += p.readAllStandardOutput();
            int nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (line.startsWith("committed "))
                    committed = line.mid(10).toInt();
                if (line.startsWith("progress ") && line.mid(9).toInt() >= killAfter && !killed) {
                    ::kill(pid_t(p.processId()), SIGKILL);
                    killed = true;
                    break;
                }
            }
        }
        p.waitForFinished();
        pending += p.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n'))
            if (line.startsWith("committed "))
                committed = line.mid(10).toInt();
        if (p.exitStatus() != QProcess::CrashExit)
            qWarning() << "writer was not killed; stderr:" << p.readAllStandardError();
        return committed;
    }

    void checkConsistent(test::StoreFixture &f, qint64 expectedRecords)
    {
        f.reopen();
        const auto v = f.store->verify();
        QVERIFY2(v.intact, QJsonDocument(v.report).toJson().constData());
        const qint64 records = f.store->recordCountsByType()->value(QStringLiteral("resident"));
        const qint64 outbox = f.store->db().scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE record_type = 'resident'"))->toLongLong();
        const qint64 audits = f.store->db().scalar(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'record.create'"))->toLongLong();
        QCOMPARE(records, expectedRecords);
        QCOMPARE(outbox, records);
        QCOMPARE(audits, records);
    }

private slots:
    void sigkill_insideLargeTransaction_allOrNothing_data()
    {
        QTest::addColumn<int>("killAfter");
        for (int i = 0; i < 4; ++i) {
            const int at = 500 * (1 + QRandomGenerator::global()->bounded(30));
            QTest::addRow("kill-after-%d", at) << at;
        }
    }
    void sigkill_insideLargeTransaction_allOrNothing()
    {
        QFETCH(int, killAfter);
        test::StoreFixture f;
        f.create();
        const int committed = runAndKill(f, QStringLiteral("big"), 20000, killAfter);
        QCOMPARE(committed, 0); // killed before the commit
        checkConsistent(f, 0);
        // The store still takes writes after the crash.
        QVERIFY(f.store->putRecord(QStringLiteral("resident"), QStringLiteral("after"), 0, {}).has_value());
    }

    void sigkill_betweenSmallTransactions_keepsCommittedBatches()
    {
        test::StoreFixture f;
        f.create();
        const int committed = runAndKill(f, QStringLiteral("small"), 20000, 2000 + QRandomGenerator::global()->bounded(4000));
        QVERIFY(committed >= 1900);
        f.reopen();
        const qint64 records = f.store->recordCountsByType()->value(QStringLiteral("resident"));
        // Everything reported committed survived, plus at most the batch in flight.
        QVERIFY2(records >= committed && records <= committed + 100, qPrintable(QString::number(records)));
        QCOMPARE(records % 100, qint64(0));
        checkConsistent(f, records);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
