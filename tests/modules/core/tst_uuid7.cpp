// Requirement: record and change ids are UUIDv7, unique and time-ordered.
#include "cliniclink/core/clock.h"
#include "cliniclink/core/uuid7.h"

#include <QSet>
#include <QTest>

using namespace cliniclink;

class TestUuid7 : public QObject {
    Q_OBJECT
private slots:
    void generate_hasVersion7AndVariant()
    {
        const QUuid id = newUuid7();
        QCOMPARE(uuid7Version(id), 7);
        QCOMPARE(id.variant(), QUuid::DCE);
    }

    void generate_encodesClockTime()
    {
        // Ids never go backwards, so use a time after every id generated so far.
        ManualClock clock(QDateTime::currentDateTimeUtc().addDays(1));
        const QUuid id = newUuid7(clock);
        QCOMPARE(uuid7Timestamp(id), clock.msecsSinceEpoch());
    }

    void generate_strictlyIncreasingWithinOneMillisecond()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc().addDays(2));
        QString previous;
        QSet<QString> seen;
        for (int i = 0; i < 10000; ++i) {
            const QString id = newId(clock);
            QVERIFY2(id > previous, qPrintable(id));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            previous = id;
        }
    }

    void generate_clockGoingBack_staysIncreasing()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc().addDays(3));
        const QString a = newId(clock);
        clock.advance(-60000);
        QVERIFY(newId(clock) > a);
    }

    void timestamp_ofOtherVersion_isMinusOne()
    {
        QCOMPARE(uuid7Timestamp(QUuid::createUuid()), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestUuid7)
#include "tst_uuid7.moc"
