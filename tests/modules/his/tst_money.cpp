// Requirement: money is integer fen: products and sums are exact over any number of lines
// (10,000 lines of awkward prices add up to the exact total, where doubles drift), overflow
// and negative inputs are refused, and yuan text converts both ways without rounding.
#include "cliniclink/his/money.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::his;

class TestMoney : public QObject {
    Q_OBJECT
private slots:
    void sum_tenThousandLines_exactWhereDoubleDrifts()
    {
        // Prices 0.01 … 0.99 yuan and quantities 1 … 7, the kind that drift in binary floating point.
        Fen total = 0;
        double drifting = 0;
        qint64 expected = 0;
        for (int n = 0; n < 10000; ++n) {
            const Fen price = 1 + n % 99;
            const qint64 quantity = 1 + n % 7;
            auto line = multiplyFen(price, quantity);
            QVERIFY(line.has_value());
            auto sum = addFen(total, *line);
            QVERIFY(sum.has_value());
            total = *sum;
            drifting += double(price) / 100.0 * double(quantity);
            expected += price * quantity;
        }
        QCOMPARE(total, expected);
        QCOMPARE(formatYuan(total), QStringLiteral("%1.%2").arg(expected / 100).arg(expected % 100, 2, 10, QLatin1Char('0')));
        // The contrast that motivates integer fen: the double sum is not the exact total.
        // (IEEE doubles give 19996.019999999993 here instead of 19996.02.)
        QVERIFY(drifting * 100.0 != double(expected));
    }

    void multiplyFen_limits_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("code");
        QTest::newRow("ordinary") << qint64(1234) << qint64(3) << true << 0;
        QTest::newRow("zero quantity") << qint64(1234) << qint64(0) << true << 0;
        QTest::newRow("at the limit") << kMaxAmountFen << qint64(1) << true << 0;
        QTest::newRow("beyond the limit") << kMaxAmountFen << qint64(2) << false << int(ErrorCode::AmountOutOfRange);
        QTest::newRow("qint64 overflow") << qint64(1) << std::numeric_limits<qint64>::max() << false << int(ErrorCode::AmountOutOfRange);
        QTest::newRow("negative quantity") << qint64(100) << qint64(-1) << false << int(ErrorCode::InvalidQuantity);
        QTest::newRow("negative price") << qint64(-100) << qint64(1) << false << int(ErrorCode::InvalidQuantity);
    }
    void multiplyFen_limits()
    {
        QFETCH(qint64, price);
        QFETCH(qint64, quantity);
        QFETCH(bool, ok);
        QFETCH(int, code);
        auto r = multiplyFen(price, quantity);
        QCOMPARE(r.has_value(), ok);
        if (ok)
            QCOMPARE(*r, price * quantity);
        else
            QCOMPARE(int(r.error().code), code);
    }

    void formatYuan_amounts_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
        QTest::newRow("one fen") << qint64(1) << QStringLiteral("0.01");
        QTest::newRow("ten fen") << qint64(10) << QStringLiteral("0.10");
        QTest::newRow("yuan") << qint64(123456) << QStringLiteral("1234.56");
        QTest::newRow("refund") << qint64(-2550) << QStringLiteral("-25.50");
    }
    void formatYuan_amounts()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, text);
        QCOMPARE(formatYuan(fen), text);
    }

    void parseYuan_text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("integer") << QStringLiteral("12") << qint64(1200);
        QTest::newRow("one decimal") << QStringLiteral("12.3") << qint64(1230);
        QTest::newRow("two decimals") << QStringLiteral(" 0.07 ") << qint64(7);
        QTest::newRow("three decimals") << QStringLiteral("1.005") << qint64(-1);
        QTest::newRow("junk") << QStringLiteral("1,00") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-1") << qint64(-1);
    }
    void parseYuan_text()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        auto r = parseYuan(text);
        if (fen < 0) {
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::InvalidQuantity);
        } else {
            QCOMPARE(*r, fen);
        }
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
