// Requirement (issue 6, background sync): syncs every few minutes, shortly after saves (one
// sync for a burst), on "sync now", when the network comes back (back-off restarted), at
// sign-out with a bounded wait; failures retried with jittered exponential back-off; never two
// syncs at once. The platform here is a closed loopback port (refused at once) or a server that
// accepts and never answers; real-platform runs are in tests/ui/sync/tst_syncui.
#include "cliniclink/identity/session.h"
#include "cliniclink/sync/syncengine.h"
#include "cliniclink/sync/syncscheduler.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;
using sync::SchedulerSettings;
using sync::SyncScheduler;

namespace {
const QString kPassword = QStringLiteral("Admin#2026pw");

// Accepts connections, counts how many are open at once, never answers.
class SilentServer : public QTcpServer {
public:
    int open = 0;
    int maxOpen = 0;
    int total = 0;

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *s = new QTcpSocket(this);
        s->setSocketDescriptor(fd);
        ++total;
        maxOpen = qMax(maxOpen, ++open);
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            --open;
            s->deleteLater();
        });
    }
};
} // namespace

class TestSyncScheduler : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<identity::Session> m_session;

    void enrolAt(const QString &url)
    {
        QVERIFY(m_session->store().setMeta(QLatin1String(sync::metakey::PlatformUrl), url));
        QVERIFY(m_session->store().setMeta(QLatin1String(sync::metakey::Token), QStringLiteral("cl1.test")));
    }
    std::unique_ptr<SyncScheduler> scheduler(SchedulerSettings s)
    {
        identity::Session *session = m_session.get();
        return std::make_unique<SyncScheduler>([session] { return session->openWorkerStore(); }, s);
    }
    static SchedulerSettings fast()
    {
        SchedulerSettings s;
        s.intervalMs = 3600 * 1000; // not in the way unless a test wants it
        s.debounceMs = 200;
        s.signOutWaitMs = 800;
        s.requestTimeoutMs = 2000;
        s.backoffBaseMs = 40;
        s.backoffCapMs = 400;
        return s;
    }
    static QString closedPortUrl()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const quint16 port = probe.serverPort();
        probe.close();
        return QStringLiteral("http://127.0.0.1:%1").arg(port);
    }

private slots:
    void initTestCase()
    {
        identity::ClinicSetup setup{QStringLiteral("450102001001"), QStringLiteral("test"), QStringLiteral("admin"),
                                    QStringLiteral("Admin"), kPassword};
        QVERIFY(identity::setUpClinic(m_dir.path(), setup));
        auto s = identity::Session::signIn(m_dir.path(), QStringLiteral("admin"), kPassword);
        QVERIFY(s);
        m_session = std::move(*s);
    }
    void cleanupTestCase() { m_session->signOut(); }

    // Runs first: the store has no platform settings yet.
    void notEnrolled_failsWithoutRetry()
    {
        auto sch = scheduler(fast());
        QSignalSpy finished(sch.get(), &SyncScheduler::syncFinished);
        sch->syncNow();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(sch->lastError().code, ErrorCode::NotEnrolled);
        QCOMPARE(sch->scheduledRetryMs(), qint64(-1)); // a person must enrol; no retry loop
        QTest::qWait(300);
        QCOMPARE(sch->syncsStarted(), 1);
    }

    void unreachable_retriesWithJitteredBackoff_thenNetworkBackRestartsIt()
    {
        enrolAt(closedPortUrl());
        auto sch = scheduler(fast());
        QSignalSpy finished(sch.get(), &SyncScheduler::syncFinished);
        sch->start();
        // Each failure schedules the next attempt by itself, within [d/2, d], d = base·2^(n-1)
        // (equal jitter: spread out, never almost at once).
        for (int n = 1; n <= 4; ++n) {
            QVERIFY(finished.wait(5000));
            QCOMPARE(finished.last().first().toBool(), false);
            QCOMPARE(sch->lastError().code, ErrorCode::PlatformUnreachable);
            QCOMPARE(sch->consecutiveFailures(), n);
            QVERIFY2(sch->scheduledRetryMs() >= qMin<qint64>(400, 40LL << (n - 1)) / 2,
                     qPrintable(QString::number(sch->scheduledRetryMs())));
            QVERIFY2(sch->scheduledRetryMs() <= qMin<qint64>(400, 40LL << (n - 1)),
                     qPrintable(QString::number(sch->scheduledRetryMs())));
        }
        QVERIFY(sch->syncsStarted() >= 4); // all but the first were retries nobody asked for

        // Offline: nothing runs (no retries, no periodic syncs) until the network returns.
        sch->setReachable(false);
        QTRY_VERIFY(!sch->isSyncing());
        const int before = sch->syncsStarted();
        QTest::qWait(600);
        QCOMPARE(sch->syncsStarted(), before);
        // Back: the back-off starts again from nothing and a sync starts at once.
        QSignalSpy started(sch.get(), &SyncScheduler::syncStarted);
        sch->setReachable(true);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().value<SyncScheduler::Trigger>(), SyncScheduler::Trigger::NetworkBack);
        QCOMPARE(sch->consecutiveFailures(), 0);
        QVERIFY(finished.wait(5000));
        QCOMPARE(sch->consecutiveFailures(), 1);
    }

    void burstOfSaves_syncsOnceAfterDebounce()
    {
        SilentServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        enrolAt(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
        SchedulerSettings s = fast();
        s.debounceMs = 300;
        s.requestTimeoutMs = 300;
        s.backoffBaseMs = 60000; // the failed syncs must not retry inside this test
        s.backoffCapMs = 60000;
        auto sch = scheduler(s);
        sch->setReachable(true);
        QSignalSpy started(sch.get(), &SyncScheduler::syncStarted);
        QSignalSpy saved(sch.get(), &SyncScheduler::localChangesSaved);
        // Not started: saves are still announced (the indicator), but nothing syncs.
        sch->noteLocalSave();
        QCOMPARE(saved.size(), 1);
        QTest::qWait(400);
        QCOMPARE(started.size(), 0);

        sch->start();
        QCOMPARE(started.size(), 1); // the first sync starts with the scheduler
        QSignalSpy finished(sch.get(), &SyncScheduler::syncFinished);
        QVERIFY(finished.wait(5000));
        started.clear();
        for (int i = 0; i < 5; ++i) {
            sch->noteLocalSave();
            QTest::qWait(50);
        }
        QCOMPARE(started.size(), 0); // still within the debounce
        QVERIFY(started.wait(2000));
        QCOMPARE(started.first().first().value<SyncScheduler::Trigger>(), SyncScheduler::Trigger::AfterSave);
        QTest::qWait(200);
        QCOMPARE(started.size(), 1);
    }

    void requestsDuringSync_neverOverlap_runOnceAfter()
    {
        SilentServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        enrolAt(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
        SchedulerSettings s = fast();
        s.requestTimeoutMs = 700;
        s.backoffBaseMs = 60000; // keep retries out of this test
        s.backoffCapMs = 60000;
        auto sch = scheduler(s);
        QSignalSpy started(sch.get(), &SyncScheduler::syncStarted);
        QSignalSpy finished(sch.get(), &SyncScheduler::syncFinished);
        sch->syncNow();
        QTRY_COMPARE(server.total, 1);
        for (int i = 0; i < 5; ++i)
            sch->syncNow(); // a person clicking repeatedly while it hangs
        sch->noteLocalSave();
        QCOMPARE(started.size(), 1);
        QVERIFY(sch->isSyncing());
        QVERIFY(finished.wait(5000));
        // The requests collapsed into one more sync, started right after the first ended.
        QCOMPARE(started.size(), 2);
        QVERIFY(finished.wait(5000));
        QTest::qWait(300);
        QCOMPARE(started.size(), 2);
        QCOMPARE(server.maxOpen, 1); // never two at once on the wire either
    }

    void signOut_waitsBoundedTime_whenPlatformHangs()
    {
        SilentServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        enrolAt(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
        SchedulerSettings s = fast();
        s.requestTimeoutMs = 60000; // a request that would hang for a minute
        s.signOutWaitMs = 700;
        QElapsedTimer t;
        {
            auto sch = scheduler(s);
            sch->start();
            QTRY_COMPARE(server.total, 1);
            t.start();
            QVERIFY(!sch->finishForSignOut()); // did not finish in time: reported, not waited for
        } // the destructor leaves the hanging request to end by itself
        // Sign-out took about signOutWaitMs twice (last sync + shutdown), never the minute.
        QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
    }

    void signOut_runsLastSync_andReportsSuccessOrFailure()
    {
        enrolAt(closedPortUrl());
        auto sch = scheduler(fast());
        QSignalSpy started(sch.get(), &SyncScheduler::syncStarted);
        QVERIFY(!sch->finishForSignOut()); // refused at once: finished in time, but failed
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().value<SyncScheduler::Trigger>(), SyncScheduler::Trigger::SignOut);
        QCOMPARE(sch->lastError().code, ErrorCode::PlatformUnreachable);
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
