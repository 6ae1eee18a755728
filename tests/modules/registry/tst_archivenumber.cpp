// Requirement: the 17-digit archive number is the 12-digit clinic code + a 5-digit sequence
// allocated in creation order; numbers given on import are kept and never reused.
#include "cliniclink/registry/archivenumber.h"
#include "registryfixture.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::registry;

class TestArchiveNumber : public QObject {
    Q_OBJECT
private slots:
    void format_validInput_gives17Digits_data()
    {
        QTest::addColumn<QString>("clinic");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<QString>("number");
        QTest::newRow("first") << QStringLiteral("450102001001") << 1 << QStringLiteral("45010200100100001");
        QTest::newRow("last") << QStringLiteral("450102001001") << 99999 << QStringLiteral("45010200100199999");
        QTest::newRow("sequence 0") << QStringLiteral("450102001001") << 0 << QString();
        QTest::newRow("sequence 100000") << QStringLiteral("450102001001") << 100000 << QString();
        QTest::newRow("short clinic code") << QStringLiteral("45010200100") << 1 << QString();
        QTest::newRow("letters in clinic code") << QStringLiteral("45010200100A") << 1 << QString();
    }
    void format_validInput_gives17Digits()
    {
        QFETCH(QString, clinic);
        QFETCH(int, sequence);
        QFETCH(QString, number);
        QCOMPARE(formatArchiveNumber(clinic, sequence), number);
        if (!number.isEmpty()) {
            QVERIFY(isValidArchiveNumber(number));
            QCOMPARE(archiveClinicCode(number), clinic);
            QCOMPARE(archiveSequence(number), sequence);
        }
    }

    void validate_badNumbers_areRejected_data()
    {
        QTest::addColumn<QString>("number");
        QTest::newRow("16 digits") << QStringLiteral("4501020010010001");
        QTest::newRow("18 digits") << QStringLiteral("450102001001000011");
        QTest::newRow("sequence zero") << QStringLiteral("45010200100100000");
        QTest::newRow("letter") << QStringLiteral("4501020010010000X");
    }
    void validate_badNumbers_areRejected()
    {
        QFETCH(QString, number);
        QVERIFY(!isValidArchiveNumber(number));
    }

    void create_allocatesInOrder_andSkipsImportedNumbers()
    {
        test::RegistryFixture f;
        f.setUp();
        auto a = f.registry->create(test::RegistryFixture::resident(QStringLiteral("甲")));
        QVERIFY2(a.has_value(), a ? "" : qPrintable(a.error().toString()));
        QCOMPARE(a->archiveNumber(), QStringLiteral("45010200100100001"));
        QJsonObject given = test::RegistryFixture::resident(QStringLiteral("乙"));
        given.insert(QStringLiteral("archiveNumber"), QStringLiteral("45010200100100005"));
        auto b = f.registry->create(given);
        QVERIFY(b.has_value());
        QCOMPARE(b->archiveNumber(), QStringLiteral("45010200100100005"));
        auto c = f.registry->create(test::RegistryFixture::resident(QStringLiteral("丙")));
        QVERIFY(c.has_value());
        QCOMPARE(c->archiveNumber(), QStringLiteral("45010200100100006"));
        // Another village's number (transferred archive) does not move this clinic's sequence.
        given.insert(QStringLiteral("archiveNumber"), QStringLiteral("45010200110100042"));
        given.insert(QStringLiteral("name"), QStringLiteral("丁"));
        QVERIFY(f.registry->create(given).has_value());
        auto d = f.registry->create(test::RegistryFixture::resident(QStringLiteral("戊")));
        QVERIFY(d.has_value());
        QCOMPARE(d->archiveNumber(), QStringLiteral("45010200100100007"));
    }

    void create_duplicateOrMalformedNumber_isRefused_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("in use") << QStringLiteral("45010200100100001") << ErrorCode::DuplicateArchiveNumber;
        QTest::newRow("16 digits") << QStringLiteral("4501020010010001") << ErrorCode::InvalidArchiveNumber;
    }
    void create_duplicateOrMalformedNumber_isRefused()
    {
        QFETCH(QString, number);
        QFETCH(ErrorCode, code);
        test::RegistryFixture f;
        f.setUp();
        QVERIFY(f.registry->create(test::RegistryFixture::resident(QStringLiteral("甲"))).has_value());
        QJsonObject given = test::RegistryFixture::resident(QStringLiteral("乙"));
        given.insert(QStringLiteral("archiveNumber"), number);
        auto r = f.registry->create(given);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().detail, QStringLiteral("archiveNumber"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveNumber)
#include "tst_archivenumber.moc"
