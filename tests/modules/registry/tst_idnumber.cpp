// Requirement: 18-digit ID numbers are validated with the GB 11643 MOD 11-2 check character and
// the birth date they encode; 15-digit numbers are converted; sex comes from the sequence digit.
#include "cliniclink/registry/idnumber.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::registry;

class TestIdNumber : public QObject {
    Q_OBJECT
    const QDate m_today{2026, 1, 1};

private slots:
    void parse_validNumber_givesBirthDateAndSex_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QString>("sex");
        QTest::newRow("GB test vector, X check") << QStringLiteral("11010519491231002X") << QStringLiteral("11010519491231002X")
                                                 << QDate(1949, 12, 31) << QStringLiteral("2");
        QTest::newRow("lower-case x stored upper") << QStringLiteral("11010519491231002x") << QStringLiteral("11010519491231002X")
                                                   << QDate(1949, 12, 31) << QStringLiteral("2");
        QTest::newRow("male, digit check") << QStringLiteral("440524188001010014") << QStringLiteral("440524188001010014")
                                           << QDate(1880, 1, 1) << QStringLiteral("1");
        QTest::newRow("Feb 29 in leap year 2000") << QStringLiteral("450102200002290012") << QStringLiteral("450102200002290012")
                                                  << QDate(2000, 2, 29) << QStringLiteral("1");
        QTest::newRow("surrounding spaces") << QStringLiteral(" 11010519491231002X ") << QStringLiteral("11010519491231002X")
                                            << QDate(1949, 12, 31) << QStringLiteral("2");
    }
    void parse_validNumber_givesBirthDateAndSex()
    {
        QFETCH(QString, input);
        QFETCH(QString, stored);
        QFETCH(QDate, birth);
        QFETCH(QString, sex);
        const auto r = parseIdNumber(input, m_today);
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->value, stored);
        QCOMPARE(r->birthDate, birth);
        QCOMPARE(r->sexCode, sex);
    }

    void parse_invalidNumber_isRejectedWithReason_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("wrong check digit") << QStringLiteral("110105194912310021") << QStringLiteral("check");
        QTest::newRow("X where a digit belongs") << QStringLiteral("44052418800101001X") << QStringLiteral("check");
        QTest::newRow("17 digits") << QStringLiteral("11010519491231002") << QStringLiteral("length");
        QTest::newRow("19 digits") << QStringLiteral("1101051949123100211") << QStringLiteral("length");
        QTest::newRow("letter inside") << QStringLiteral("11010519491A31002X") << QStringLiteral("length");
        QTest::newRow("empty") << QString() << QStringLiteral("length");
        QTest::newRow("Feb 29 in 2001 (not leap)") << QStringLiteral("450102200102290011") << QStringLiteral("date");
        QTest::newRow("Feb 29 in 1900 (not leap)") << QStringLiteral("450102190002290014") << QStringLiteral("date");
        QTest::newRow("Feb 30") << QStringLiteral("450102200002300010") << QStringLiteral("date");
        QTest::newRow("month 13") << QStringLiteral("450102200013010010") << QStringLiteral("date");
        QTest::newRow("day 00") << QStringLiteral("450102200001000010") << QStringLiteral("date");
        QTest::newRow("born tomorrow") << QStringLiteral("450102202601020010") << QStringLiteral("date");
        QTest::newRow("before 1880") << QStringLiteral("450102187912310010") << QStringLiteral("date");
    }
    void parse_invalidNumber_isRejectedWithReason()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        const auto r = parseIdNumber(input, m_today);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::InvalidIdNumber);
        QCOMPARE(r.error().detail, reason);
        QVERIFY(input.isEmpty() || !r.error().toString().contains(input.left(10))); // no ID number in errors
    }

    void convert15_insertsCenturyAndCheck_data()
    {
        QTest::addColumn<QString>("fifteen");
        QTest::addColumn<QString>("eighteen");
        QTest::newRow("1949-12-31 female") << QStringLiteral("110105491231002") << QStringLiteral("11010519491231002X");
        QTest::newRow("1980-01-01 male") << QStringLiteral("440524800101001") << QStringLiteral("440524198001010013");
        QTest::newRow("not digits") << QStringLiteral("44052480010100A") << QString();
        QTest::newRow("14 digits") << QStringLiteral("44052480010100") << QString();
    }
    void convert15_insertsCenturyAndCheck()
    {
        QFETCH(QString, fifteen);
        QFETCH(QString, eighteen);
        QCOMPARE(convertIdNumber15To18(fifteen), eighteen);
        if (!eighteen.isEmpty()) {
            const auto r = parseIdNumber(fifteen, m_today);
            QVERIFY(r.has_value());
            QCOMPARE(r->value, eighteen);
        }
    }

    void parse15_badDate_isRejected()
    {
        const auto r = parseIdNumber(QStringLiteral("450102010229001"), m_today); // 1901-02-29
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().detail, QStringLiteral("date"));
    }

    void checkCharacter_allRemainders_mapToTable()
    {
        // Every check character of "10X98765432" is reachable; a changed digit changes the check.
        QSet<QChar> seen;
        for (int i = 0; i < 200; ++i) {
            const QString first17 = QStringLiteral("45010219800101%1").arg(i, 3, 10, QLatin1Char('0'));
            seen.insert(idNumberCheckCharacter(first17));
        }
        QCOMPARE(seen.size(), 11);
        QCOMPARE(idNumberCheckCharacter(u"1234"), QChar());
    }
};

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
