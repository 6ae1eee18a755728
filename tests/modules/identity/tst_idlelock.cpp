// Requirement: the workstation locks itself after a configurable idle time (default 10 minutes).
#include "cliniclink/identity/idlelock.h"

#include <QSignalSpy>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::identity;

class TestIdleLock : public QObject {
    Q_OBJECT
private slots:
    void idle_afterTimeout_emitsOnce()
    {
        ManualClock clock;
        IdleLock lock(clock);
        QCOMPARE(lock.timeoutMinutes(), 10);
        QSignalSpy spy(&lock, &IdleLock::idle);
        lock.start();
        clock.advance(9 * 60 * 1000 + 59 * 1000);
        lock.check();
        QCOMPARE(spy.count(), 0);
        clock.advance(1000);
        lock.check();
        QCOMPARE(spy.count(), 1);
        clock.advance(60 * 60 * 1000);
        lock.check();
        QCOMPARE(spy.count(), 1); // stopped until started again
        QVERIFY(!lock.isRunning());
    }

    void activity_postponesLock()
    {
        ManualClock clock;
        IdleLock lock(clock);
        lock.setTimeoutMinutes(2);
        QSignalSpy spy(&lock, &IdleLock::idle);
        lock.start();
        for (int i = 0; i < 10; ++i) {
            clock.advance(90 * 1000);
            lock.activity();
            lock.check();
        }
        QCOMPARE(spy.count(), 0);
        clock.advance(120 * 1000);
        lock.check();
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
