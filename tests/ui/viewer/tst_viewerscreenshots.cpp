// Requirement: issue 3 §Show — screenshots under a real X server (xvfb-run) of a CT with an ROI and
// a Chinese patient name, and of a CR with a ruler, for a person to look at — in Chinese.
#include "viewertesthelpers.h"

#include "cliniclink/dicom/dicomfile.h"
#include "cliniclink/imaging/seriesloader.h"
#include "cliniclink/ui/viewer/measurementlist.h"
#include "uitestsupport.h"

#include <QDir>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace cliniclink;
using namespace cliniclink::ui::viewer;

namespace {
QString shared(const QString &relative)
{
    const QString dir = qEnvironmentVariable("CLINICLINK_SHARED_DIR");
    const QString path = dir + QStringLiteral("/testdata/dicom/") + relative;
    return !dir.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("CLINICLINK_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}
} // namespace

class TestViewerScreenshots : public QObject {
    Q_OBJECT
private slots:
    // Chinese is the product's first language: the screenshots show what a clinic sees.
    void initTestCase() { uitest::installLanguage(QStringLiteral("zh_CN")); }

    void init()
    {
        m_viewer = std::make_unique<ViewerWidget>();
        m_viewer->resize(1400, 900);
        m_viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer.get()));
    }
    void cleanup() { m_viewer.reset(); }

    void ctWithEllipseRoi_chinesePatientName_screenshot()
    {
        const QString source = shared(QStringLiteral("ct/series_CT_3slices_dcmqi/CT_slice01.dcm"));
        if (source.isEmpty())
            QSKIP("shared DICOM corpus not present");
        // The corpus has no CT with a Chinese name: rewrite the real slice's pixels and geometry with
        // a GB18030 name (王小东), the way a township CT would send it.
        auto file = dicom::DicomFile::open(source);
        QVERIFY(file.has_value());
        auto frame = file->decodeFrame(0);
        QVERIFY(frame.has_value());
        const dicom::DicomInfo &info = file->info();
        dicom::SyntheticImage img;
        img.rows = info.rows;
        img.columns = info.columns;
        img.isSigned = info.pixelSigned;
        img.values.resize(size_t(img.rows) * size_t(img.columns));
        for (int r = 0; r < img.rows; ++r)
            for (int c = 0; c < img.columns; ++c)
                img.values[size_t(r) * size_t(img.columns) + size_t(c)] = frame->value(r, c);
        img.pixelSpacing = info.pixelSpacing;
        img.imagePosition = info.imagePosition;
        img.imageOrientation = info.imageOrientation;
        img.rescaleSlope = info.rescale.slope;
        img.rescaleIntercept = info.rescale.intercept;
        img.windowCenter = info.windows.front().center;
        img.windowWidth = info.windows.front().width;
        img.paddingValue = info.paddingValue;
        img.specificCharacterSet = "GB18030";
        img.patientNameBytes = QByteArray("Wang^XiaoDong=\xCD\xF5^\xD0\xA1\xB6\xAB=");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ct_gb18030.dcm"));
        QVERIFY(dicom::writeSyntheticImage(img, path).has_value());

        QVERIFY(openAndWait(*m_viewer, {path}));
        Viewport *v = m_viewer->activeViewport();
        QCOMPARE(v->currentImage()->info->patientName, QStringLiteral("Wang^XiaoDong=王^小东="));
        m_viewer->setTool(Tool::Ellipse);
        // An ellipse in the liver (the large organ on the image's left of this slice).
        dragMouse(v, v->mapFromImage(QPointF(170, 200)), v->mapFromImage(QPointF(250, 260)), Qt::LeftButton);
        QCOMPARE(v->annotations().size(), 1);
        QVERIFY2(v->annotations().front().value.contains(QStringLiteral("HU")), qPrintable(v->annotations().front().value));
        QTest::qWait(50);
        const QString out = screenshotPath(QStringLiteral("viewer_ct_roi_chinese_name.png"));
        QVERIFY(m_viewer->grab().save(out));
        qInfo("screenshot: %s", qPrintable(out));
    }

    void crWithRuler_screenshot()
    {
        const QString source = shared(QStringLiteral("cr_dx/CR_MONOCHROME1_2446x2010_JPEGBaseline8bit_PS_and_IPS.dcm"));
        if (source.isEmpty())
            QSKIP("shared DICOM corpus not present");
        QVERIFY(openAndWait(*m_viewer, {source}));
        Viewport *v = m_viewer->activeViewport();
        m_viewer->setTool(Tool::Ruler);
        // 1000 pixels down the image at 0.175 mm = 175 mm.
        dragMouse(v, v->mapFromImage(QPointF(1000, 600)), v->mapFromImage(QPointF(1000, 1600)), Qt::LeftButton);
        QCOMPARE(v->annotations().size(), 1);
        const QString value = v->annotations().front().value;
        QVERIFY2(value.startsWith(QStringLiteral("175.0 mm")), qPrintable(value));
        QTest::qWait(50);
        const QString out = screenshotPath(QStringLiteral("viewer_cr_ruler.png"));
        QVERIFY(m_viewer->grab().save(out));
        qInfo("screenshot: %s", qPrintable(out));
    }

    void fourSeries2x2_colourMapsAndTools_screenshot()
    {
        const QString mr = shared(QStringLiteral("mr/series_MR_wrist_16slices_dcm4che"));
        const QString nm = shared(QStringLiteral("nm_pt/NM_64x64_13frames_16bit_heart.dcm"));
        const QString rgb = shared(QStringLiteral("color/RGB_TestPattern_640x400.dcm"));
        const QString us = shared(QStringLiteral("cr_dx/DX_MONOCHROME1_169x211_PS_and_IPS_highdicom.dcm"));
        if (mr.isEmpty() || nm.isEmpty() || rgb.isEmpty() || us.isEmpty())
            QSKIP("shared DICOM corpus not present");
        QVERIFY(openAndWait(*m_viewer, {mr, nm, rgb, us}));
        QCOMPARE(m_viewer->loader()->series().size(), size_t(4));
        m_viewer->setLayoutViews(4);
        // Series arrive in decode order: find each view by what it shows.
        auto viewOf = [&](const QString &modality) -> Viewport * {
            for (int i = 0; i < 4; ++i)
                if (m_viewer->viewport(i)->currentImage()->info->modality == modality)
                    return m_viewer->viewport(i);
            return nullptr;
        };
        Viewport *mrView = viewOf(QStringLiteral("MR"));
        Viewport *nmView = viewOf(QStringLiteral("NM"));
        Viewport *dxView = viewOf(QStringLiteral("DX"));
        Viewport *rgbView = viewOf(QStringLiteral("OT"));
        QVERIFY(mrView && nmView && dxView && rgbView);
        QCOMPARE(mrView->series()->size(), 16);
        mrView->setCurrentIndex(8);
        mrView->setFocus();
        m_viewer->setTool(Tool::Angle);
        clickMouse(mrView, mrView->mapFromImage(QPointF(60, 60)));
        clickMouse(mrView, mrView->mapFromImage(QPointF(130, 120)));
        clickMouse(mrView, mrView->mapFromImage(QPointF(200, 70)));
        m_viewer->setTool(Tool::Probe);
        clickMouse(mrView, mrView->mapFromImage(QPointF(128, 160)));
        QCOMPARE(mrView->annotations().size(), 2);
        QCOMPARE(nmView->series()->size(), 13); // a multi-frame file is a cine series
        nmView->step(5);
        nmView->setColourMap(ColourMap::HotIron);
        dxView->rotate90();
        rgbView->setInverted(true);
        QTest::qWait(50);
        const QString out = screenshotPath(QStringLiteral("viewer_2x2_mr_nm_rgb_dx.png"));
        QVERIFY(m_viewer->grab().save(out));
        qInfo("screenshot: %s", qPrintable(out));
    }

    void ultrasoundCine_regionRuler_probe_magnifier_screenshot()
    {
        // Walk-through of the tools on a real ultrasound clip: cine at a set speed, a ruler
        // calibrated by the region under its points, and the magnifier while the button is down.
        const QString source = shared(QStringLiteral("us/US_30frames_YBR_FULL_422_JPEGBaseline_USRegions.dcm"));
        if (source.isEmpty())
            QSKIP("shared DICOM corpus not present");
        QVERIFY(openAndWait(*m_viewer, {source}));
        Viewport *v = m_viewer->activeViewport();
        QCOMPARE(v->series()->size(), 30);
        const dicom::UltrasoundRegion region = v->currentImage()->info->ultrasoundRegions.front();
        m_viewer->findChild<QSpinBox *>()->setValue(25);
        m_viewer->setCineRunning(true);
        QTRY_VERIFY_WITH_TIMEOUT(v->currentIndex() >= 3, 3000); // 25 fps: a frame every 40 ms
        m_viewer->setCineRunning(false);
        const int stoppedAt = v->currentIndex();
        QTest::qWait(150);
        QCOMPARE(v->currentIndex(), stoppedAt);

        m_viewer->setTool(Tool::Ruler);
        const dicom::DicomInfo &usInfo = *v->currentImage()->info;
        qInfo("region x %d..%d y %d..%d, %g x %g cm/pixel, image %d x %d", region.minX, region.maxX, region.minY, region.maxY,
              region.physicalDeltaX, region.physicalDeltaY, usInfo.columns, usInfo.rows);
        // Inside both the region and the image.
        const double x0 = std::max(region.minX, 0) + 20, x1 = std::min(region.maxX, usInfo.columns - 1) - 20;
        const double y = (std::max(region.minY, 0) + std::min(region.maxY, usInfo.rows - 1)) / 2.0;
        const QPointF a(x0, y), b(x1, y);
        dragMouse(v, v->mapFromImage(a), v->mapFromImage(b), Qt::LeftButton);
        const QString ruler = v->annotations().back().value;
        const double expectedMm = (b.x() - a.x()) * region.physicalDeltaX * 10; // units cm → mm
        QVERIFY2(ruler.startsWith(QString::number(expectedMm, 'f', 1) + QStringLiteral(" mm")), qPrintable(ruler));
        QVERIFY2(ruler.contains(uitest::tr("AnnotationText", "ultrasound region")), qPrintable(ruler));
        m_viewer->setTool(Tool::Probe);
        clickMouse(v, v->mapFromImage(QPointF(a.x() + 40, a.y() - 20)));
        QCOMPARE(v->annotations().size(), 2);
        QVERIFY2(!v->annotations().back().value.contains(uitest::tr("AnnotationText", "outside the image")),
                 qPrintable(v->annotations().back().value));
        QVERIFY2(v->annotations().back().value.contains(v->currentImage()->frame.photometric), qPrintable(v->annotations().back().value));

        m_viewer->setTool(Tool::Magnifier);
        const QPointF at = v->mapFromImage(QPointF((a.x() + b.x()) / 2, a.y()));
        sendMouse(v, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton);
        sendMouse(v, QEvent::MouseMove, at + QPointF(5, 5), Qt::NoButton, Qt::LeftButton);
        QTest::qWait(50);
        const QString out = screenshotPath(QStringLiteral("viewer_us_region_ruler_magnifier.png"));
        QVERIFY(m_viewer->grab().save(out));
        sendMouse(v, QEvent::MouseButtonRelease, at + QPointF(5, 5), Qt::LeftButton, Qt::NoButton);
        qInfo("screenshot: %s", qPrintable(out));
    }

private:
    std::unique_ptr<ViewerWidget> m_viewer;
};

QTEST_MAIN(TestViewerScreenshots)
#include "tst_viewerscreenshots.moc"
