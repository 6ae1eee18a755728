// Requirement: the CSV import screen detects the encoding, shows progress, lists every
// rejected row with row, column and reason in Chinese, and saves that report as CSV without
// patient data; the good rows are imported and found by search (issue 4, ui/registry).
#include "cliniclink/identity/session.h"
#include "cliniclink/registry/registry.h"
#include "cliniclink/ui/registry/importdialog.h"
#include "phtesthelpers.h"
#include "uitestsupport.h"

#include <QFile>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;

class TestImportDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_store;
    QTemporaryDir m_files;
    std::unique_ptr<identity::Session> m_doctor;

private slots:
    void initTestCase()
    {
        uitest::useTemporarySettings(m_settings.path());
        uitest::installLanguage();
        m_doctor = uitest::clinicWithVillageDoctor(m_store.path());
        QVERIFY(m_doctor);
    }

    void cleanupTestCase() { m_doctor.reset(); }

    void gb18030File_importsGoodRows_reportsBadOnes_exportsReport()
    {
        const QString good1 = uitest::makeIdNumber(QDate(1955, 1, 20), 101);
        const QString good2 = uitest::makeIdNumber(QDate(1988, 9, 9), 102);
        const QString other = uitest::makeIdNumber(QDate(1990, 1, 1), 103);
        QString badCheck = good1.left(17) + (good1.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'));
        const QString csv = QStringLiteral("姓名,性别,出生日期,身份证号,联系电话\r\n")
            + QStringLiteral("欧阳锋,男,1955-01-20,%1,13900000001\r\n").arg(good1)   // row 2 ok
            + QStringLiteral("黄药师,男,,%1,\r\n").arg(badCheck)                      // row 3 invalid ID
            + QStringLiteral(",女,1988-09-09,%1,\r\n").arg(good2)                     // row 4 missing name
            + QStringLiteral("洪七公,男,1950-01-01,%1,\r\n").arg(other)               // row 5 birth date contradicts
            + QStringLiteral("段智兴,女,1988-09-09,%1,\r\n").arg(good2)               // row 6 ok
            + QStringLiteral("周伯通,男,1955-01-20,%1,\r\n").arg(good1);              // row 7 duplicate ID
        const QString path = m_files.filePath(QStringLiteral("archives.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QStringEncoder gb("GB18030");
        f.write(gb.encode(csv));
        f.close();

        registry::Registry reg(*m_doctor);
        ui::registry::ImportDialog dialog(reg);
        dialog.show();
        QVERIFY2(dialog.importFile(path), qPrintable(dialog.summary()));
        QVERIFY2(dialog.encodingText().contains(QStringLiteral("GB18030")), qPrintable(dialog.encodingText()));
        QCOMPARE(dialog.progressValue(), dialog.progressMaximum());
        QCOMPARE(dialog.report().imported, 2);
        QCOMPARE(dialog.report().rejected, 4);
        QVERIFY2(dialog.summary().contains(QString::fromUtf8("导入")), qPrintable(dialog.summary()));

        QTableWidget *t = dialog.errorTable();
        QCOMPARE(t->rowCount(), 4);
        QStringList rows;
        for (int i = 0; i < t->rowCount(); ++i)
            rows << t->item(i, 0)->text() + QLatin1Char('|') + t->item(i, 1)->text();
        QCOMPARE(rows, (QStringList{QStringLiteral("3|身份证号"), QStringLiteral("4|姓名"), QStringLiteral("5|出生日期"),
                                    QStringLiteral("7|身份证号")}));
        // Reasons read in Chinese: the translated error of each code.
        QVERIFY2(t->item(0, 2)->text().contains(QString::fromUtf8("身份证")), qPrintable(t->item(0, 2)->text()));
        QVERIFY2(t->item(3, 2)->text().contains(QString::fromUtf8("已有档案")) || t->item(3, 2)->text().contains(QString::fromUtf8("身份证")),
                 qPrintable(t->item(3, 2)->text()));

        const QString reportPath = m_files.filePath(QStringLiteral("report.csv"));
        QVERIFY(dialog.exportReport(reportPath));
        QFile r(reportPath);
        QVERIFY(r.open(QIODevice::ReadOnly));
        const QByteArray bytes = r.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes);
        QCOMPARE(text.count(QStringLiteral("\r\n")), 5); // header + 4 rows
        QVERIFY(text.contains(QStringLiteral("InvalidIdNumber")));
        QVERIFY(text.contains(QStringLiteral("DuplicateIdNumber")));
        // Rows and columns only: no names or ID numbers from the file.
        for (const QString &secret : {QStringLiteral("黄药师"), QStringLiteral("周伯通"), badCheck, good1})
            QVERIFY2(!text.contains(secret), qPrintable(secret));

        auto hits = reg.search(QStringLiteral("oyf"));
        QVERIFY(hits && hits->size() == 1);
        QCOMPARE(hits->first().name, QString::fromUtf8("欧阳锋"));
    }

    void unreadableFile_saysSoInChinese()
    {
        registry::Registry reg(*m_doctor);
        ui::registry::ImportDialog dialog(reg);
        QVERIFY(!dialog.importFile(m_files.filePath(QStringLiteral("missing.csv"))));
        QVERIFY2(dialog.summary().contains(QStringLiteral("CSV")), qPrintable(dialog.summary()));
        QCOMPARE(dialog.errorTable()->rowCount(), 0);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
