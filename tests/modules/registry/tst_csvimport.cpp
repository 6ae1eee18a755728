// Requirement: residents are imported from UTF-8 or GB18030 CSV (detected) matched by header
// names; bad rows are rejected with row, column and reason while the rest is imported;
// families are built from 户主身份证号 / 与户主关系.
#include "cliniclink/registry/csvreader.h"
#include "cliniclink/registry/residentimport.h"
#include "registryfixture.h"

#include <QJsonArray>
#include <QStringEncoder>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::registry;

class TestCsvImport : public QObject {
    Q_OBJECT

    static QByteArray gb18030(const QString &s)
    {
        QStringEncoder e("GB18030");
        return e.encode(s);
    }
    static QString id(int seq, const QDate &birth = QDate(1970, 1, 1))
    {
        return test::makeIdNumber(QStringLiteral("450102"), birth, seq);
    }

private slots:
    void detectEncoding_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("encoding");
        const QString text = QStringLiteral("姓名,性别\n张三,男\n");
        QTest::newRow("utf-8") << text.toUtf8() << int(TextEncoding::Utf8);
        QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(TextEncoding::Utf8);
        QTest::newRow("gb18030") << gb18030(text) << int(TextEncoding::Gb18030);
        QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << int(TextEncoding::Utf8);
    }
    void detectEncoding()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, encoding);
        QCOMPARE(int(registry::detectEncoding(data)), encoding);
        auto t = parseCsv(data);
        QVERIFY(t.has_value());
        QCOMPARE(t->header.first(), data.startsWith("a,") ? QStringLiteral("a") : QStringLiteral("姓名"));
    }

    void parseCsv_quotesAndLineEnds()
    {
        const QByteArray data = "姓名,现住址\r\n\"王,五\",\"一行\n二行\"\r\n\r\n\"说\"\"好\"\"\",x\n";
        auto t = parseCsv(data);
        QVERIFY(t.has_value());
        QCOMPARE(t->rows.size(), 3);
        QCOMPARE(t->rows[0], (QStringList{QStringLiteral("王,五"), QStringLiteral("一行\n二行")}));
        QVERIFY(t->rows[1].isEmpty()); // blank line keeps the row numbering
        QCOMPARE(t->rows[2].first(), QStringLiteral("说\"好\""));
        QVERIFY(!parseCsv("a,\"b\n").has_value());
        QVERIFY(!parseCsv("").has_value());
    }

    void import_rejectsBadRowsWithReasons_importsTheRest()
    {
        test::RegistryFixture f;
        f.setUp();
        QVERIFY(f.registry->create(test::RegistryFixture::resident(QStringLiteral("已有"), id(901))).has_value());
        const QString bad = id(5).left(17) + (id(5).endsWith(QLatin1Char('0')) ? QLatin1Char('1') : QLatin1Char('0'));
        const QStringList lines = {
            QStringLiteral("姓名,性别,出生日期,身份证号,联系电话,现住址,民族,血型,档案编号,户主身份证号,与户主关系"),
            QStringLiteral("张一,男,1970-01-01,%1,13800000001,青山村1组,汉族,A型,,,").arg(id(1)),            // row 2 ok (head)
            QStringLiteral("张二,女,1970/1/1,%1,,青山村1组,汉,O,,%2,妻").arg(id(2), id(1)),                    // row 3 ok member
            QStringLiteral(",男,1970-01-01,%1,,,,,,,").arg(id(3)),                                            // row 4 no name
            QStringLiteral("张四,男,1970-01-01,%1,,,,,,,").arg(bad),                                          // row 5 bad check
            QStringLiteral("张五,男,1971-01-01,%1,,,,,,,").arg(id(7)),                                        // row 6 date contradicts
            QStringLiteral("张六,男,1970-01-01,%1,,,,,,,").arg(id(1)),                                        // row 7 duplicate in file
            QStringLiteral("张七,男,1970-01-01,%1,,,,,,,").arg(id(901)),                                      // row 8 duplicate in store
            QStringLiteral("张八,男,1970-01-01,%1,,,火星族,,,,").arg(id(9)),                                  // row 9 bad ethnicity
            QStringLiteral("张九,男,1970-01-01,%1,,,,,,%2,子").arg(id(11), id(555)),                          // row 10 head unknown
            QString(),                                                                                       // row 11 blank
            QStringLiteral("李十,男,,'%1,,,,,45010200100100777,,").arg(QStringLiteral("440524800101001")),   // row 12 ok, 15-digit, Excel '
            QStringLiteral("王十一,女,1970-01-01,%1,,,,,,%2,妻").arg(id(4), id(13)),                           // row 13 ok, head later in file
            QStringLiteral("王十二,男,1970-01-01,%1,,,,,,%1,户主").arg(id(13)),                               // row 14 ok head
        };
        ResidentImporter importer(*f.registry);
        importer.setBatchSize(3); // several transactions
        auto report = importer.importCsv(gb18030(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")));
        QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->encoding, QStringLiteral("GB18030"));
        QCOMPARE(report->imported, 5);
        QCOMPARE(report->rejected, 7);
        QList<std::tuple<int, QString, QString>> got;
        for (const ImportError &e : report->errors)
            got << std::make_tuple(e.row, e.column, e.reason());
        const QList<std::tuple<int, QString, QString>> expected = {
            {4, QStringLiteral("姓名"), QStringLiteral("RequiredFieldMissing")},
            {5, QStringLiteral("身份证号"), QStringLiteral("InvalidIdNumber")},
            {6, QStringLiteral("出生日期"), QStringLiteral("BirthDateContradictsIdNumber")},
            {7, QStringLiteral("身份证号"), QStringLiteral("DuplicateIdNumber")},
            {8, QStringLiteral("身份证号"), QStringLiteral("DuplicateIdNumber")},
            {9, QStringLiteral("民族"), QStringLiteral("InvalidCode")},
            {10, QStringLiteral("户主身份证号"), QStringLiteral("HeadOfHouseholdNotFound")},
        };
        QCOMPARE(got, expected);
        QCOMPARE(report->familiesCreated, 2);
        QCOMPARE(report->familyMembersLinked, 2);
        const QJsonObject json = report->toJson();
        QCOMPARE(json.value(QStringLiteral("errors")).toArray().size(), 7);

        auto li = f.registry->search(QStringLiteral("lishi"));
        QVERIFY(li.has_value() && li->size() == 1);
        QCOMPARE(li->first().idNumber, QStringLiteral("440524198001010013"));
        QCOMPARE(li->first().archiveNumber, QStringLiteral("45010200100100777"));
        auto wife = f.registry->residentByIdNumber(id(2));
        QVERIFY(wife.has_value() && wife->has_value());
        QCOMPARE((*wife)->relation(), QStringLiteral("12"));
        auto w11 = f.registry->residentByIdNumber(id(4));
        QVERIFY(w11.has_value() && w11->has_value());
        QCOMPARE((*w11)->relation(), QStringLiteral("12"));
        QVERIFY(f.store().verify().intact);
    }

    void import_withoutNameColumn_failsForTheFile()
    {
        test::RegistryFixture f;
        f.setUp();
        ResidentImporter importer(*f.registry);
        auto r = importer.importCsv(QStringLiteral("名字,性别\n张三,男\n").toUtf8());
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::ImportFileUnreadable);
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
