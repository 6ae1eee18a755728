// Requirement: the dispensed quantity is computed from dose, strength, frequency and days,
// rounded up to whole dispensing units; unknown frequencies and prn without a quantity are
// refused.
#include "cliniclink/his/frequency.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::his;

class TestFrequency : public QObject {
    Q_OBJECT
private slots:
    void computeQuantity_doseFrequencyDays_units_data()
    {
        QTest::addColumn<double>("dose");
        QTest::addColumn<double>("perUnit");
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("units");
        QTest::newRow("500 mg tid 3 d of 250 mg") << 500.0 << 250.0 << QStringLiteral("tid") << 3 << qint64(18);
        QTest::newRow("qd 7 d") << 10.0 << 10.0 << QStringLiteral("qd") << 7 << qint64(7);
        QTest::newRow("bid upper case") << 1.0 << 1.0 << QStringLiteral("BID") << 5 << qint64(10);
        QTest::newRow("qid") << 200.0 << 200.0 << QStringLiteral("qid") << 2 << qint64(8);
        QTest::newRow("qn") << 2.5 << 2.5 << QStringLiteral("qn") << 7 << qint64(7);
        QTest::newRow("half tablet rounds up") << 125.0 << 250.0 << QStringLiteral("tid") << 3 << qint64(5); // 4.5 → 5
        QTest::newRow("float product exact") << 0.1 << 0.1 << QStringLiteral("tid") << 1 << qint64(3);
        QTest::newRow("qod 3 days = 2 doses") << 1.0 << 1.0 << QStringLiteral("qod") << 3 << qint64(2);
        QTest::newRow("qw 7 days = 1 dose") << 1.0 << 1.0 << QStringLiteral("qw") << 7 << qint64(1);
        QTest::newRow("st once") << 2.0 << 1.0 << QStringLiteral("st") << 3 << qint64(2);
        QTest::newRow("q8h = tid") << 1.0 << 1.0 << QStringLiteral("q8h") << 2 << qint64(6);
    }
    void computeQuantity_doseFrequencyDays_units()
    {
        QFETCH(double, dose);
        QFETCH(double, perUnit);
        QFETCH(QString, frequency);
        QFETCH(int, days);
        QFETCH(qint64, units);
        auto q = computeQuantity(dose, perUnit, frequency, days);
        QVERIFY2(q.has_value(), q ? "" : qPrintable(q.error().toString()));
        QCOMPARE(*q, units);
    }

    void computeQuantity_invalid_refused_data()
    {
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<double>("dose");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown frequency") << QStringLiteral("tds") << 1.0 << 1 << int(ErrorCode::InvalidFrequency);
        QTest::newRow("prn needs quantity") << QStringLiteral("prn") << 1.0 << 1 << int(ErrorCode::InvalidQuantity);
        QTest::newRow("zero dose") << QStringLiteral("qd") << 0.0 << 1 << int(ErrorCode::InvalidQuantity);
        QTest::newRow("zero days") << QStringLiteral("qd") << 1.0 << 0 << int(ErrorCode::InvalidQuantity);
    }
    void computeQuantity_invalid_refused()
    {
        QFETCH(QString, frequency);
        QFETCH(double, dose);
        QFETCH(int, days);
        QFETCH(int, code);
        auto q = computeQuantity(dose, 1.0, frequency, days);
        QVERIFY(!q);
        QCOMPARE(int(q.error().code), code);
    }
};

QTEST_GUILESS_MAIN(TestFrequency)
#include "tst_frequency.moc"
