// Requirement: `cliniclinkctl residents import FILE.csv` prints a JSON report (imported,
// rejected, errors: row, column, reason) and `residents search TEXT --json` a JSON array of
// matches (id, name, sex, birthDate, idNumber, archiveNumber), best match first; a generated
// 100,000-resident GB18030 file imports with exactly the planted malformed rows rejected.
#include "cliniclink/registry/csvreader.h"
#include "residentpopulation.h"
#include "registryfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;
using test::ProcessResult;

class TestCliniclinkctlResidents : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_store;

    static QString ctl() { return test::buildDir() + QStringLiteral("/app/tools/cliniclinkctl/cliniclinkctl"); }
    ProcessResult run(const QStringList &args, const QByteArray &stdinData, int timeoutMs = 60000)
    {
        return test::runProcess(ctl(), QStringList{QStringLiteral("--store"), m_store} + args, stdinData, timeoutMs);
    }
    ProcessResult asDoctor(const QStringList &args, int timeoutMs = 60000)
    {
        return run(QStringList{QStringLiteral("--user"), QStringLiteral("li"), QStringLiteral("--password-stdin")} + args,
                   "Doctor#2026\n", timeoutMs);
    }
    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(data);
        return path;
    }
    static QByteArray gb18030(const QString &s)
    {
        QStringEncoder e("GB18030");
        return e.encode(s);
    }

private slots:
    void initTestCase()
    {
        m_store = m_tmp.filePath(QStringLiteral("store"));
        auto init = run({QStringLiteral("--password-stdin"), QStringLiteral("init"), QStringLiteral("--clinic-code"),
                         QStringLiteral("450102001001"), QStringLiteral("--clinic-name"), QStringLiteral("青山村卫生室"),
                         QStringLiteral("--admin"), QStringLiteral("admin")},
                        "Admin#2026\n");
        QCOMPARE(init.exitCode, 0);
        auto add = run({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin"), QStringLiteral("user"),
                        QStringLiteral("add"), QStringLiteral("li"), QStringLiteral("--role"), QStringLiteral("village_doctor")},
                       "Admin#2026\nDoctor#2026\n");
        QCOMPARE(add.exitCode, 0);
    }

    void import_smallUtf8File_reportsRowsAndSearchFindsThem()
    {
        const QString id1 = test::makeIdNumber(QStringLiteral("450109"), QDate(1955, 3, 3), 1);
        const QString csv = QStringLiteral("姓名,性别,出生日期,身份证号,联系电话,现住址,民族,血型\n"
                                           "单田芳,男,1955-03-03,%1,13877700001,青山村,汉族,A\n"
                                           "张三,男,1960-01-01,110105194912310021,,,,\n"
                                           ",女,1960-01-01,,,,,\n").arg(id1);
        const auto r = asDoctor({QStringLiteral("residents"), QStringLiteral("import"), writeFile(QStringLiteral("small.csv"), csv.toUtf8())});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject rep = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(rep.value(QStringLiteral("imported")).toInt(), 1);
        QCOMPARE(rep.value(QStringLiteral("rejected")).toInt(), 2);
        const QJsonArray errors = rep.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).toObject(), (QJsonObject{{QStringLiteral("row"), 3}, {QStringLiteral("column"), QStringLiteral("身份证号")},
                                                       {QStringLiteral("reason"), QStringLiteral("InvalidIdNumber")}}));
        QCOMPARE(errors.at(1).toObject(), (QJsonObject{{QStringLiteral("row"), 4}, {QStringLiteral("column"), QStringLiteral("姓名")},
                                                       {QStringLiteral("reason"), QStringLiteral("RequiredFieldMissing")}}));

        for (const QString &query : {QStringLiteral("stf"), QStringLiteral("shantianfang"), QStringLiteral("单田"), id1.left(8),
                                     QStringLiteral("138777")}) {
            const auto s = asDoctor({QStringLiteral("residents"), QStringLiteral("search"), query, QStringLiteral("--json")});
            QCOMPARE(s.exitCode, 0);
            const QJsonArray hits = QJsonDocument::fromJson(s.out).array();
            QVERIFY2(hits.size() == 1, qPrintable(query));
            const QJsonObject h = hits.first().toObject();
            QCOMPARE(h.value(QStringLiteral("name")).toString(), QStringLiteral("单田芳"));
            QCOMPARE(h.value(QStringLiteral("sex")).toString(), QStringLiteral("1"));
            QCOMPARE(h.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1955-03-03"));
            QCOMPARE(h.value(QStringLiteral("idNumber")).toString(), id1);
            QCOMPARE(h.value(QStringLiteral("archiveNumber")).toString().size(), 17);
            QVERIFY(!h.value(QStringLiteral("id")).toString().isEmpty());
        }
        // Nothing about the patient in the store's log directory or stderr.
        QVERIFY(test::filesContaining(m_store, id1.toUtf8()).isEmpty());
    }

    void usageAndPermission_errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("residents")} << 2;
        QTest::newRow("import without file") << QStringList{QStringLiteral("residents"), QStringLiteral("import")} << 2;
        QTest::newRow("missing file") << QStringList{QStringLiteral("residents"), QStringLiteral("import"), QStringLiteral("/nonexistent.csv")} << 5;
        QTest::newRow("search without --json") << QStringList{QStringLiteral("residents"), QStringLiteral("search"), QStringLiteral("z")} << 2;
    }
    void usageAndPermission_errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QCOMPARE(asDoctor(args).exitCode, exitCode);
    }

    void search_asAdministrator_isRefused()
    {
        const auto r = run({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin"), QStringLiteral("residents"),
                            QStringLiteral("search"), QStringLiteral("z"), QStringLiteral("--json")},
                           "Admin#2026\n");
        QCOMPARE(r.exitCode, 3);
    }

    void import_100kGb18030_rejectsPlantedRowsWithReasons()
    {
        constexpr int kRows = 100000;
        registry::bench::Population population(11);
        QString csv = QStringLiteral("姓名,性别,出生日期,身份证号,联系电话,现住址,民族,血型,档案编号,户主身份证号,与户主关系\r\n");
        csv.reserve(kRows * 80);
        // Planted faults: row (spreadsheet numbering) → expected column and reason.
        QMap<int, QPair<QString, QString>> planted;
        QString firstId;
        registry::bench::SyntheticResident first;
        for (int i = 0; i < kRows; ++i) {
            const int row = i + 2;
            auto p = population.make(i);
            if (i == 0) {
                firstId = p.idNumber;
                first = p;
            }
            QString name = p.name, birth = p.birthDate.toString(Qt::ISODate), id = p.idNumber, ethnicity = QStringLiteral("汉族");
            switch (i % 10007) {
            case 101:
                name.clear();
                planted.insert(row, {QStringLiteral("姓名"), QStringLiteral("RequiredFieldMissing")});
                break;
            case 202:
                id[17] = id[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
                planted.insert(row, {QStringLiteral("身份证号"), QStringLiteral("InvalidIdNumber")});
                break;
            case 303:
                birth = p.birthDate.addDays(1).toString(Qt::ISODate);
                planted.insert(row, {QStringLiteral("出生日期"), QStringLiteral("BirthDateContradictsIdNumber")});
                break;
            case 404: // the first resident entered again under another name
                id = first.idNumber;
                birth = first.birthDate.toString(Qt::ISODate);
                p.sexLabel = first.sexLabel;
                planted.insert(row, {QStringLiteral("身份证号"), QStringLiteral("DuplicateIdNumber")});
                break;
            case 505:
                ethnicity = QStringLiteral("不存在族");
                planted.insert(row, {QStringLiteral("民族"), QStringLiteral("InvalidCode")});
                break;
            default:
                break;
            }
            csv += QStringLiteral("%1,%2,%3,%4,%5,青山村%6组,%7,,%8,,\r\n")
                       .arg(name, p.sexLabel, birth, id, p.phone, QString::number(i % 12 + 1), ethnicity, p.archiveNumber);
        }
        const QByteArray data = gb18030(csv);
        QCOMPARE(registry::detectEncoding(data), registry::TextEncoding::Gb18030);
        const QString path = writeFile(QStringLiteral("residents-100k.csv"), data);

        QElapsedTimer t;
        t.start();
        const auto r = asDoctor({QStringLiteral("residents"), QStringLiteral("import"), path}, 1500 * 1000);
        qInfo("100,000-row GB18030 import: %.1f s", t.elapsed() / 1000.0);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject rep = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(rep.value(QStringLiteral("encoding")).toString(), QStringLiteral("GB18030"));
        QMap<int, QPair<QString, QString>> reported;
        for (const QJsonValue &v : rep.value(QStringLiteral("errors")).toArray()) {
            const QJsonObject e = v.toObject();
            reported.insert(e.value(QStringLiteral("row")).toInt(),
                            {e.value(QStringLiteral("column")).toString(), e.value(QStringLiteral("reason")).toString()});
        }
        for (auto it = reported.cbegin(); it != reported.cend(); ++it)
            QVERIFY2(planted.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("row %1: %2 %3").arg(it.key()).arg(it->first, it->second)));
        QCOMPARE(reported, planted);
        QCOMPARE(rep.value(QStringLiteral("rejected")).toInt(), int(planted.size()));
        QCOMPARE(rep.value(QStringLiteral("imported")).toInt(), kRows - int(planted.size()));

        const auto s = asDoctor({QStringLiteral("residents"), QStringLiteral("search"), firstId, QStringLiteral("--json")});
        QCOMPARE(s.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(s.out).array();
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().toObject().value(QStringLiteral("idNumber")).toString(), firstId);
    }
};

QTEST_GUILESS_MAIN(TestCliniclinkctlResidents)
#include "tst_cliniclinkctl_residents.moc"
