// Requirement: issue 3 cliniclink-dicom — info prints JSON, render writes a PNG at native size,
// stats prints ROI JSON; exit codes 0 ok, 2 usage, 4 unreadable/unsupported input; never a crash.
#include "cliniclink/dicom/dicomwriter.h"

#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;

class TestDicomTool : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_tool, m_ct;

private slots:
    void initTestCase()
    {
        m_tool = test::buildDir() + QStringLiteral("/app/tools/cliniclink-dicom/cliniclink-dicom");
        QVERIFY2(QFile::exists(m_tool), qPrintable(m_tool));
        dicom::SyntheticImage img;
        img.rows = 8;
        img.columns = 10;
        for (int i = 0; i < 80; ++i)
            img.values.push_back(1000 + i);
        img.rescaleSlope = 1;
        img.rescaleIntercept = -1024;
        img.pixelSpacing = std::array<double, 2>{0.5, 0.5};
        img.patientNameBytes = QByteArray("Wang^XiaoDong=\xCD\xF5^\xD0\xA1\xB6\xAB");
        m_ct = m_dir.filePath(QStringLiteral("ct.dcm"));
        QVERIFY(dicom::writeSyntheticImage(img, m_ct));
    }

    void run_arguments_exitCode_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        const QString png = m_dir.filePath(QStringLiteral("out.png"));
        QTest::newRow("noArgs_usage") << QStringList{} << 2;
        QTest::newRow("unknownCommand_usage") << QStringList{QStringLiteral("frobnicate")} << 2;
        QTest::newRow("info_ok") << QStringList{QStringLiteral("info"), m_ct} << 0;
        QTest::newRow("info_missingFile_4") << QStringList{QStringLiteral("info"), m_dir.filePath(QStringLiteral("x"))} << 4;
        QTest::newRow("render_ok") << QStringList{QStringLiteral("render"), m_ct, QStringLiteral("--out"), png,
                                                  QStringLiteral("--window"), QStringLiteral("40,400")} << 0;
        QTest::newRow("render_noOut_usage") << QStringList{QStringLiteral("render"), m_ct} << 2;
        QTest::newRow("render_badFrame_usage") << QStringList{QStringLiteral("render"), m_ct, QStringLiteral("--out"), png,
                                                              QStringLiteral("--frame"), QStringLiteral("5")} << 2;
        QTest::newRow("render_badWindow_usage") << QStringList{QStringLiteral("render"), m_ct, QStringLiteral("--out"), png,
                                                               QStringLiteral("--window"), QStringLiteral("40")} << 2;
        QTest::newRow("stats_ok") << QStringList{QStringLiteral("stats"), m_ct, QStringLiteral("--frame"), QStringLiteral("0"),
                                                 QStringLiteral("--roi"), QStringLiteral("rect:0,0,2,2")} << 0;
        QTest::newRow("stats_badRoi_usage") << QStringList{QStringLiteral("stats"), m_ct, QStringLiteral("--roi"),
                                                           QStringLiteral("circle:1")} << 2;
    }
    void run_arguments_exitCode()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const test::ProcessResult r = test::runProcess(m_tool, args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, exitCode);
    }

    void info_json_utf8NameAndGuessFlag()
    {
        const test::ProcessResult r = test::runProcess(m_tool, {QStringLiteral("info"), m_ct});
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QLatin1String("patientName")).toString(), QStringLiteral("Wang^XiaoDong=\u738B^\u5C0F\u4E1C"));
        QVERIFY(o.value(QLatin1String("charsetGuessed")).toBool());
        QCOMPARE(o.value(QLatin1String("spacingSource")).toString(), QStringLiteral("PixelSpacing"));
        QCOMPARE(o.value(QLatin1String("rows")).toInt(), 8);
    }

    void stats_json_huAndArea()
    {
        const test::ProcessResult r = test::runProcess(
            m_tool, {QStringLiteral("stats"), m_ct, QStringLiteral("--roi"), QStringLiteral("rect:0,0,2,2")});
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        // Stored 1000, 1001, 1010, 1011 → −24, −23, −14, −13.
        QCOMPARE(o.value(QLatin1String("mean")).toDouble(), -18.5);
        QCOMPARE(o.value(QLatin1String("count")).toInt(), 4);
        QCOMPARE(o.value(QLatin1String("area")).toDouble(), 1.0);
        QCOMPARE(o.value(QLatin1String("calibration")).toString(), QStringLiteral("PixelSpacing"));
    }
};

QTEST_GUILESS_MAIN(TestDicomTool)
#include "tst_dicomtool.moc"
