// Requirement: issue 3 modules/dicom — read DICOMDIR: every referenced file with its patient,
// study and series, resolved case-insensitively; missing files listed; the medium never written;
// malformed DICOMDIRs give an error, never a crash.
#include "cliniclink/dicom/dicomdir.h"
#include "cliniclink/dicom/dicomwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;

namespace {
dicom::SyntheticImage image(const QString &series, int instance)
{
    dicom::SyntheticImage img;
    img.rows = img.columns = 8;
    img.values.assign(64, instance * 10);
    img.seriesInstanceUid = series;
    img.instanceNumber = instance;
    img.specificCharacterSet = "ISO_IR 192";
    img.patientNameBytes = QStringLiteral("Wang^XiaoDong=王^小东").toUtf8();
    return img;
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}
} // namespace

class TestDicomDir : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString a = QStringLiteral("1.2.826.0.1.3680043.8.498.10"), b = QStringLiteral("1.2.826.0.1.3680043.8.498.11");
        QVERIFY(dicom::writeSyntheticImage(image(a, 1), m_dir.filePath(QStringLiteral("IMG00001"))).has_value());
        QVERIFY(dicom::writeSyntheticImage(image(a, 2), m_dir.filePath(QStringLiteral("IMG00002"))).has_value());
        QVERIFY(dicom::writeSyntheticImage(image(b, 1), m_dir.filePath(QStringLiteral("IMG00003"))).has_value());
        auto written = dicom::writeDicomDir(m_dir.path());
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    }

    void readDicomDir_threeImagesTwoSeries_entriesWithHierarchy()
    {
        const QString dicomdir = m_dir.filePath(QStringLiteral("DICOMDIR"));
        const QByteArray before = sha(dicomdir);
        auto contents = dicom::readDicomDir(dicomdir);
        QVERIFY2(contents, qPrintable(contents ? QString() : contents.error().toString()));
        QCOMPARE(contents->entries.size(), size_t(3));
        QVERIFY(contents->missingFiles.isEmpty());
        QStringList series, files;
        for (const auto &e : contents->entries) {
            series << e.seriesInstanceUid;
            files << QFileInfo(e.path).fileName();
            QCOMPARE(e.recordType, QStringLiteral("IMAGE"));
            QVERIFY(!e.studyInstanceUid.isEmpty());
        }
        files.sort();
        QCOMPARE(files, (QStringList{QStringLiteral("IMG00001"), QStringLiteral("IMG00002"), QStringLiteral("IMG00003")}));
        series.removeDuplicates();
        QCOMPARE(series.size(), 2);
        QCOMPARE(contents->entries.front().patientName, QStringLiteral("Wang^XiaoDong=王^小东"));
        QCOMPARE(sha(dicomdir), before); // reading never rewrites the medium
    }

    void readDicomDir_lowerCaseNamesAndMissingFile_resolvedAndReported()
    {
        QTemporaryDir copy;
        for (const QString &n : QDir(m_dir.path()).entryList(QDir::Files))
            QVERIFY(QFile::copy(m_dir.filePath(n), copy.filePath(n == QLatin1String("DICOMDIR") ? n : n.toLower())));
        QVERIFY(QFile::remove(copy.filePath(QStringLiteral("img00003"))));
        auto contents = dicom::readDicomDir(copy.filePath(QStringLiteral("DICOMDIR")));
        QVERIFY(contents);
        QCOMPARE(contents->entries.size(), size_t(2));
        QVERIFY(contents->entries.front().path.endsWith(QLatin1String("img00001")) || contents->entries.front().path.endsWith(QLatin1String("img00002")));
        QCOMPARE(contents->missingFiles, QStringList{QStringLiteral("IMG00003")});
    }

    void readDicomDir_garbageOrAbsent_errorNotCrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("DICOMDIR"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(3000, '\x7f'));
        f.close();
        auto garbage = dicom::readDicomDir(path);
        QVERIFY(!garbage || garbage->entries.empty());
        QCOMPARE(QFileInfo(path).size(), qint64(3000)); // untouched
        QVERIFY(!dicom::readDicomDir(dir.filePath(QStringLiteral("nothing/DICOMDIR"))));
    }
};

QTEST_GUILESS_MAIN(TestDicomDir)
#include "tst_dicomdir.moc"
