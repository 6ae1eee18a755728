// Requirement: issue 3 §3 — decoding runs in background threads: images arrive (first image early)
// while the rest of the series loads, with progress; series are grouped and ordered; unreadable files
// are reported, never fatal.
#include "cliniclink/dicom/dicomdir.h"
#include "cliniclink/dicom/dicomwriter.h"
#include "cliniclink/imaging/seriesloader.h"

#include <QFile>

#include <optional>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;

namespace {
dicom::SyntheticImage slice(const QString &series, int instance, double z)
{
    dicom::SyntheticImage img;
    img.rows = img.columns = 64;
    img.values.assign(64 * 64, instance);
    img.seriesInstanceUid = series;
    img.instanceNumber = instance;
    img.imageOrientation = std::array<double, 6>{1, 0, 0, 0, 1, 0};
    img.imagePosition = std::array<double, 3>{0, 0, z};
    return img;
}
} // namespace

class TestSeriesLoader : public QObject {
    Q_OBJECT
private slots:
    void load_folderWithTwoSeriesAndJunk_groupsOrdersAndReportsFailure()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        const QString a = QStringLiteral("1.2.3.1"), b = QStringLiteral("1.2.3.2");
        // File names in the opposite order of the positions: order must come from the geometry.
        for (int i = 0; i < 6; ++i)
            QVERIFY(dicom::writeSyntheticImage(slice(a, i + 1, -5.0 * i), dir.filePath(QStringLiteral("a%1.dcm").arg(i))).has_value());
        QVERIFY(dicom::writeSyntheticImage(slice(b, 1, 0), dir.filePath(QStringLiteral("sub/b.dcm"))).has_value());
        QFile junk(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not DICOM");
        junk.close();

        imaging::SeriesLoader loader;
        QSignalSpy added(&loader, &imaging::SeriesLoader::seriesAdded);
        QSignalSpy progress(&loader, &imaging::SeriesLoader::progress);
        QSignalSpy failed(&loader, &imaging::SeriesLoader::fileFailed);
        QSignalSpy finished(&loader, &imaging::SeriesLoader::finished);
        loader.load({dir.path()});
        QCOMPARE(loader.filesTotal(), 8);
        QVERIFY(loader.isLoading());
        QVERIFY(finished.wait(30000));

        QCOMPARE(added.count(), 2);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.front().at(0).toString(), dir.filePath(QStringLiteral("notes.txt")));
        QCOMPARE(progress.back().at(0).toInt(), 8);
        QCOMPARE(loader.filesFailed(), 1);
        QCOMPARE(loader.series().size(), size_t(2));
        const auto &first = loader.series()[0]->key() == a ? loader.series()[0] : loader.series()[1];
        QCOMPARE(first->size(), 6);
        // Ascending position along the normal: instance 6 (z = -25) first.
        for (int i = 0; i < 6; ++i)
            QCOMPARE(*first->images()[size_t(i)]->info->instanceNumber, 6 - i);
        QVERIFY(!first->hasGaps());
    }

    void load_firstImage_arrivesBeforeLoadFinishes()
    {
        QTemporaryDir dir;
        QStringList files;
        for (int i = 0; i < 40; ++i) {
            files << dir.filePath(QStringLiteral("s%1.dcm").arg(i, 2, 10, QLatin1Char('0')));
            QVERIFY(dicom::writeSyntheticImage(slice(QStringLiteral("1.2.3.9"), i + 1, i), files.back()).has_value());
        }
        imaging::SeriesLoader loader;
        bool stillLoadingAtFirstImage = false;
        connect(&loader, &imaging::SeriesLoader::seriesAdded, this, [&] { stillLoadingAtFirstImage = loader.isLoading(); });
        QSignalSpy finished(&loader, &imaging::SeriesLoader::finished);
        loader.load(files);
        QVERIFY(finished.wait(30000));
        QVERIFY(stillLoadingAtFirstImage);
        QCOMPARE(loader.series().front()->size(), 40);
    }

    void load_seriesArriveOutOfOrder_insertedInSeriesNumberThenTimeOrder()
    {
        // Files sort (and so decode, roughly) in the reverse of series order; one series has no
        // number (last), two share number 2 and differ by series time.
        struct S {
            QString uid;
            std::optional<int> number;
            QByteArray time;
        };
        const QList<S> series{{QStringLiteral("1.2.9.5"), std::nullopt, {}},
                              {QStringLiteral("1.2.9.4"), 3, "090000"},
                              {QStringLiteral("1.2.9.3"), 2, "101500"},
                              {QStringLiteral("1.2.9.2"), 2, "093000"},
                              {QStringLiteral("1.2.9.1"), 1, "120000"}};
        QTemporaryDir dir;
        QStringList files;
        for (int k = 0; k < series.size(); ++k)
            for (int i = 0; i < 3; ++i) {
                dicom::SyntheticImage img = slice(series[k].uid, i + 1, i);
                img.seriesNumber = series[k].number;
                img.seriesTime = series[k].time;
                files << dir.filePath(QStringLiteral("%1_%2.dcm").arg(k).arg(i));
                QVERIFY(dicom::writeSyntheticImage(img, files.back()).has_value());
            }
        imaging::SeriesLoader loader;
        // A view of the list kept only from the signals, as the thumbnail strip does.
        QStringList mirrored;
        connect(&loader, &imaging::SeriesLoader::seriesAdded, this,
                [&](int index) { mirrored.insert(index, loader.series()[size_t(index)]->key()); });
        QSignalSpy finished(&loader, &imaging::SeriesLoader::finished);
        loader.load(files);
        QVERIFY(finished.wait(30000));
        QStringList keys;
        for (const auto &s : loader.series())
            keys << s->key();
        const QStringList expected{QStringLiteral("1.2.9.1"), QStringLiteral("1.2.9.2"), QStringLiteral("1.2.9.3"),
                                   QStringLiteral("1.2.9.4"), QStringLiteral("1.2.9.5")};
        QCOMPARE(keys, expected);
        QCOMPARE(mirrored, expected);
        QCOMPARE(*loader.series()[1]->images().front()->info->seriesNumber, 2);
        QCOMPARE(loader.series()[1]->images().front()->info->seriesTime, QStringLiteral("093000"));
    }

    void load_folderWithDicomDir_opensOnlyReferencedFiles()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 3; ++i)
            QVERIFY(dicom::writeSyntheticImage(slice(QStringLiteral("1.2.3.5"), i + 1, i), dir.filePath(QStringLiteral("IM%1").arg(i))).has_value());
        auto written = dicom::writeDicomDir(dir.path());
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QFile junk(dir.filePath(QStringLiteral("AUTORUN.INF"))); // written after the DICOMDIR: not listed
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("[autorun]");
        junk.close();
        for (const QString &given : {dir.path(), dir.filePath(QStringLiteral("DICOMDIR"))}) {
            imaging::SeriesLoader loader;
            QSignalSpy finished(&loader, &imaging::SeriesLoader::finished);
            loader.load({given});
            QCOMPARE(loader.filesTotal(), 3);
            QVERIFY(finished.wait(30000));
            QCOMPARE(loader.filesFailed(), 0);
            QCOMPARE(loader.series().size(), size_t(1));
            QCOMPARE(loader.series().front()->size(), 3);
        }
    }

    void cancel_midLoad_stopsAndKeepsConsistentCounts()
    {
        QTemporaryDir dir;
        QStringList files;
        for (int i = 0; i < 30; ++i) {
            files << dir.filePath(QStringLiteral("c%1.dcm").arg(i));
            QVERIFY(dicom::writeSyntheticImage(slice(QStringLiteral("1.2.3.7"), i + 1, i), files.back()).has_value());
        }
        imaging::SeriesLoader loader;
        QSignalSpy finished(&loader, &imaging::SeriesLoader::finished);
        loader.load(files);
        loader.cancel();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!loader.isLoading());
        QTest::qWait(200); // late results of the cancelled load are ignored
        QVERIFY(loader.series().empty() || loader.series().front()->size() < 30);
    }
};

QTEST_MAIN(TestSeriesLoader)
#include "tst_seriesloader.moc"
