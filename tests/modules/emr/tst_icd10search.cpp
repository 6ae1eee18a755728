// Requirement: ICD-10 diagnoses are found by code (with or without the dot), by pinyin
// initials of the Chinese name and by part of the name; the table is data with its code
// system and version, and a clinic's own table of the same shape loads.
#include "cliniclink/emr/icd10.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::emr;

class TestIcd10Search : public QObject {
    Q_OBJECT
    const DiagnosisCatalogue &c = DiagnosisCatalogue::builtIn();

private slots:
    void builtIn_loads_withSystemVersionAndHundredsOfCodes()
    {
        QCOMPARE(c.system(), QStringLiteral("ICD-10"));
        QVERIFY(!c.version().isEmpty());
        QVERIFY2(c.entries().size() >= 200, qPrintable(QString::number(c.entries().size())));
        for (const DiagnosisCode &d : c.entries())
            QVERIFY2(!d.initials.isEmpty(), qPrintable(d.code));
    }

    void search_query_firstHit_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("code exact") << QStringLiteral("J06.9") << QStringLiteral("J06.9");
        QTest::newRow("code lower case without dot") << QStringLiteral("j069") << QStringLiteral("J06.9");
        QTest::newRow("category code") << QStringLiteral("I10") << QStringLiteral("I10");
        QTest::newRow("initials 急性上呼吸道感染") << QStringLiteral("jxshxdgr") << QStringLiteral("J06.9");
        QTest::newRow("initials prefix upper case") << QStringLiteral("JXSHX") << QStringLiteral("J06.9");
        QTest::newRow("initials 2型糖尿病") << QStringLiteral("2xtnb") << QStringLiteral("E11.2");
        QTest::newRow("initials 痛风") << QStringLiteral("tf") << QStringLiteral("M10.9");
        QTest::newRow("name part") << QStringLiteral("上呼吸道") << QStringLiteral("J06.9");
        QTest::newRow("name prefix 高血压") << QStringLiteral("高血压") << QStringLiteral("I11.9");
    }
    void search_query_firstHit()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        const auto hits = c.search(query);
        QVERIFY2(!hits.isEmpty(), qPrintable(query));
        QCOMPARE(hits.first().code, code);
    }

    void search_initials_returnsOnlyMatchingInitials()
    {
        const auto hits = c.search(QStringLiteral("gxy"));
        QVERIFY(!hits.isEmpty());
        for (const DiagnosisCode &d : hits)
            QVERIFY2(d.initials.startsWith(QLatin1String("gxy")), qPrintable(d.code));
    }

    void search_codePrefix_listsTheCategory()
    {
        const auto hits = c.search(QStringLiteral("E11"));
        QVERIFY(hits.size() >= 4);
        for (const DiagnosisCode &d : hits)
            QVERIFY(d.code.startsWith(QLatin1String("E11")));
    }

    void fromJson_clinicTable_keepsEditedInitials()
    {
        auto t = DiagnosisCatalogue::fromJson(
            R"({"system":"ICD-10","version":"国家临床版2.0","entries":[{"code":"I10.x00","name":"高血压","initials":"gxy"},
               {"code":"J00.x00","name":"急性鼻咽炎"}]})");
        QVERIFY(t.has_value());
        QCOMPARE(t->version(), QStringLiteral("国家临床版2.0"));
        QCOMPARE(t->search(QStringLiteral("jxbyy")).value(0).code, QStringLiteral("J00.X00"));
        QVERIFY(t->find(QStringLiteral("i10.x00")));
    }

    void fromJson_broken_refused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no version") << QByteArray(R"({"system":"ICD-10","entries":[{"code":"A00","name":"霍乱"}]})");
        QTest::newRow("no entries") << QByteArray(R"({"system":"ICD-10","version":"x","entries":[]})");
        QTest::newRow("entry without name") << QByteArray(R"({"system":"ICD-10","version":"x","entries":[{"code":"A00"}]})");
    }
    void fromJson_broken_refused()
    {
        QFETCH(QByteArray, json);
        auto t = DiagnosisCatalogue::fromJson(json);
        QVERIFY(!t);
        QCOMPARE(t.error().code, ErrorCode::CodeSetsInvalid);
    }
};

QTEST_GUILESS_MAIN(TestIcd10Search)
#include "tst_icd10search.moc"
