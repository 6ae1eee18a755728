// Requirement: ages are 实足年龄 (completed years); infants are written in days and months
// (处方管理办法), small children in years and months.
#include "cliniclink/emr/patientage.h"

#include <QTest>

using namespace cliniclink::emr;

class TestPatientAge : public QObject {
    Q_OBJECT
private slots:
    void ageOn_birthAndDay_yearsMonthsDaysAndText_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("years");
        QTest::addColumn<QString>("text");
        QTest::newRow("newborn 18 days") << QDate(2026, 1, 1) << QDate(2026, 1, 19) << 0 << QStringLiteral("18天");
        QTest::newRow("3 months 12 days") << QDate(2025, 10, 1) << QDate(2026, 1, 13) << 0 << QStringLiteral("3月12天");
        QTest::newRow("day before first birthday") << QDate(2025, 1, 2) << QDate(2026, 1, 1) << 0 << QStringLiteral("11月30天");
        QTest::newRow("first birthday") << QDate(2025, 1, 1) << QDate(2026, 1, 1) << 1 << QStringLiteral("1岁");
        QTest::newRow("1 year 2 months") << QDate(2024, 11, 1) << QDate(2026, 1, 5) << 1 << QStringLiteral("1岁2月");
        QTest::newRow("day before 14th birthday") << QDate(2012, 1, 2) << QDate(2026, 1, 1) << 13 << QStringLiteral("13岁");
        QTest::newRow("14th birthday") << QDate(2012, 1, 1) << QDate(2026, 1, 1) << 14 << QStringLiteral("14岁");
        QTest::newRow("born 29 Feb, 28 Feb next year") << QDate(2024, 2, 29) << QDate(2025, 2, 28) << 1 << QStringLiteral("1岁");
    }
    void ageOn_birthAndDay_yearsMonthsDaysAndText()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, on);
        QFETCH(int, years);
        QFETCH(QString, text);
        const PatientAge a = ageOn(birth, on);
        QVERIFY(a.valid);
        QCOMPARE(a.years, years);
        QCOMPARE(a.text(), text);
    }

    void ageOn_birthAfterDay_invalid() { QVERIFY(!ageOn(QDate(2026, 2, 1), QDate(2026, 1, 1)).valid); }
};

QTEST_GUILESS_MAIN(TestPatientAge)
#include "tst_patientage.moc"
