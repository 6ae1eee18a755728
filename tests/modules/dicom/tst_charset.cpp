// Requirement: issue 3 text — Specific Character Set → UTF-8 for names (ISO_IR 192, GB18030, GBK,
// ISO 2022 IR 58, Latin-1); an undeclared charset with GBK bytes decodes as GB18030 and is marked
// "charset guessed"; undeclared Latin-1 names stay Latin-1.
#include "cliniclink/dicom/dicomfile.h"
#include "cliniclink/dicom/dicomwriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;

class TestCharset : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void patientName_declaredOrGuessed_utf8_data()
    {
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("guessed");
        const QString wang = QStringLiteral("Wang^XiaoDong=\u738B^\u5C0F\u4E1C");
        const QByteArray gbk("Wang^XiaoDong=\xCD\xF5^\xD0\xA1\xB6\xAB");
        QTest::newRow("gb18030_declared") << QByteArray("GB18030") << gbk << wang << false;
        QTest::newRow("gbk_declared") << QByteArray("GBK") << gbk << wang << false;
        QTest::newRow("undeclared_gbk_guessed") << QByteArray() << gbk << wang << true;
        QTest::newRow("utf8_declared") << QByteArray("ISO_IR 192") << wang.toUtf8() << wang << false;
        QTest::newRow("ir58_escapes")
            << QByteArray("\\ISO 2022 IR 58") << QByteArray("Zhang^XiaoDong=\x1b$)A\xD5\xC5^\x1b$)A\xD0\xA1\xB6\xAB")
            << QStringLiteral("Zhang^XiaoDong=\u5F20^\u5C0F\u4E1C") << false;
        QTest::newRow("latin1_declared") << QByteArray("ISO_IR 100") << QByteArray("Buc^J\xE9r\xF4me")
                                         << QStringLiteral("Buc^J\u00E9r\u00F4me") << false;
        QTest::newRow("undeclared_latin1_notGuessed") << QByteArray() << QByteArray("M\xFCller^Hans")
                                                      << QStringLiteral("M\u00FCller^Hans") << false;
        QTest::newRow("ascii") << QByteArray() << QByteArray("Doe^John") << QStringLiteral("Doe^John") << false;
    }
    void patientName_declaredOrGuessed_utf8()
    {
        QFETCH(QByteArray, charset);
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        QFETCH(bool, guessed);
        dicom::SyntheticImage img;
        img.rows = img.columns = 2;
        img.values = {0, 1, 2, 3};
        img.specificCharacterSet = charset;
        img.patientNameBytes = raw;
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".dcm"));
        QVERIFY(dicom::writeSyntheticImage(img, path));
        auto file = dicom::DicomFile::open(path);
        QVERIFY2(file, qPrintable(file ? QString() : file.error().toString()));
        QCOMPARE(file->info().patientName, expected);
        QCOMPARE(file->info().charsetGuessed, guessed);
        QVERIFY(!file->info().charsetConversionFailed);
    }
};

QTEST_GUILESS_MAIN(TestCharset)
#include "tst_charset.moc"
