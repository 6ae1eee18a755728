// Requirement: issue 3 §3 — view tools: presets on keys 1–9, zoom/fit/1:1, rotate and flip keep
// image↔screen mapping consistent, series scrolling and cine, magnifier, angle/Cobb/polygon/
// freehand/rectangle measurements (ROI statistics in HU), editing and deleting measurements.
#include "viewertesthelpers.h"

#include "cliniclink/imaging/imageseries.h"
#include "cliniclink/imaging/seriesloader.h"

#include <QTemporaryDir>

#include <cmath>

using namespace cliniclink;
using namespace cliniclink::ui::viewer;

class TestViewport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            auto img = calibratedCt();
            img.instanceNumber = 3 - i; // written in reverse order: the view must sort them
            img.imageOrientation = std::array<double, 6>{1, 0, 0, 0, 1, 0};
            img.imagePosition = std::array<double, 3>{0, 0, double(10 - i)};
            files << m_dir.filePath(QStringLiteral("s%1.dcm").arg(i));
            QVERIFY(dicom::writeSyntheticImage(img, files.back()).has_value());
        }
        m_viewer = std::make_unique<ViewerWidget>();
        m_viewer->resize(900, 700);
        m_viewer->show();
        QVERIFY(openAndWait(*m_viewer, files));
        m_view = m_viewer->activeViewport();
        QCOMPARE(m_view->series()->size(), 3);
    }
    void init()
    {
        m_view->setCurrentIndex(0);
        m_view->clearAnnotations();
        m_view->resetWindow();
        m_view->resetView();
        m_view->setTool(Tool::WindowLevel);
    }

    void series_positions_sortedAlongNormal()
    {
        double last = -1e9;
        for (const auto &img : m_view->series()->images()) {
            QVERIFY((*img->info->imagePosition)[2] > last);
            last = (*img->info->imagePosition)[2];
        }
    }

    void keys_presetDigits_applyPresetAndNineRestoresFileWindow()
    {
        QTest::keyClick(m_view, Qt::Key_4); // lung
        QCOMPARE(m_view->voi().center, -600.0);
        QCOMPARE(m_view->voi().width, 1500.0);
        QTest::keyClick(m_view, Qt::Key_9);
        QCOMPARE(m_view->voi().center, 40.0);
        QCOMPARE(m_view->voi().width, 400.0);
    }

    void wheelAndArrows_scrollThroughSeries_clampedAtEnds()
    {
        QTest::keyClick(m_view, Qt::Key_Down);
        QCOMPARE(m_view->currentIndex(), 1);
        QWheelEvent down(QPointF(50, 50), m_view->mapToGlobal(QPointF(50, 50)), {}, QPoint(0, -120), Qt::NoButton,
                         Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view, &down);
        QCOMPARE(m_view->currentIndex(), 2);
        QApplication::sendEvent(m_view, &down);
        QCOMPARE(m_view->currentIndex(), 2);
        m_view->step(1, true); // cine wraps
        QCOMPARE(m_view->currentIndex(), 0);
    }

    void fitAndActualSize_zoomMatchesWidgetOrOne()
    {
        m_view->fitToWindow();
        QCOMPARE(m_view->zoom(), std::min(m_view->width(), m_view->height()) / 256.0);
        m_view->actualSize();
        QCOMPARE(m_view->zoom(), 1.0);
        m_view->setZoom(2.0, QPointF(10, 10));
        QCOMPARE(m_view->zoom(), 2.0);
    }

    void rotateAndFlip_mapping_roundTripsAndMovesCorner()
    {
        const QPointF corner(0, 0);
        const QPointF before = m_view->mapFromImage(corner);
        m_view->rotate90(); // clockwise: the top-left corner goes to the top right…
        const QPointF rotated = m_view->mapFromImage(corner);
        QVERIFY(rotated.x() > before.x() + 10 && qAbs(rotated.y() - before.y()) < 1e-6);
        m_view->flipVertical(); // …and a vertical flip on screen takes it to the bottom right
        const QPointF after = m_view->mapFromImage(corner);
        QVERIFY(after.y() > before.y() + 10 && qAbs(after.x() - rotated.x()) < 1e-6);
        const QPointF back = m_view->mapToImage(after);
        QVERIFY(QLineF(back, corner).length() < 1e-6);
        QCOMPARE(m_view->rotation(), 90);
    }

    void rectangleRoi_columnsAsHu_meanInHounsfield()
    {
        m_view->setTool(Tool::Rectangle);
        // Columns 100..119 → HU 100..119: mean 109.5.
        dragMouse(m_view, m_view->mapFromImage(QPointF(100, 50)), m_view->mapFromImage(QPointF(120, 70)), Qt::LeftButton);
        QCOMPARE(m_view->annotations().size(), 1);
        const QString value = m_view->annotations().front().value;
        QVERIFY2(value.startsWith(QStringLiteral("mean 109.5 HU")), qPrintable(value));
        QVERIFY2(value.contains(QStringLiteral("area 100.0 mm²")), qPrintable(value)); // 20×20 px × 0.25 mm²
    }

    void angleClicks_rightAngle_ninetyDegrees()
    {
        m_view->setTool(Tool::Angle);
        clickMouse(m_view, m_view->mapFromImage(QPointF(50, 10)));
        clickMouse(m_view, m_view->mapFromImage(QPointF(50, 50)));
        clickMouse(m_view, m_view->mapFromImage(QPointF(90, 50)));
        QCOMPARE(m_view->annotations().size(), 1);
        QCOMPARE(m_view->annotations().front().value, QStringLiteral("90.0°"));
    }

    void cobbClicks_perpendicularLines_ninetyDegrees()
    {
        m_view->setTool(Tool::Cobb);
        for (const QPointF p : {QPointF(10, 10), QPointF(60, 10), QPointF(100, 20), QPointF(100, 90)})
            clickMouse(m_view, m_view->mapFromImage(p));
        QCOMPARE(m_view->annotations().size(), 1);
        QCOMPARE(m_view->annotations().front().value, QStringLiteral("Cobb 90.0°"));
    }

    void polygonClicksAndDoubleClick_square_areaInMm2()
    {
        m_view->setTool(Tool::Polygon);
        for (const QPointF p : {QPointF(40, 40), QPointF(80, 40), QPointF(80, 80)})
            clickMouse(m_view, m_view->mapFromImage(p));
        const QPointF last = m_view->mapFromImage(QPointF(40, 80));
        clickMouse(m_view, last);
        sendMouse(m_view, QEvent::MouseButtonDblClick, last, Qt::LeftButton, Qt::LeftButton);
        sendMouse(m_view, QEvent::MouseButtonRelease, last, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(m_view->annotations().size(), 1);
        QCOMPARE(m_view->annotations().front().points.size(), size_t(4));
        const QString value = m_view->annotations().front().value;
        QVERIFY2(value.contains(QStringLiteral("area 400.0 mm²")), qPrintable(value)); // 40×40 px × 0.25
    }

    void freehandDrag_closedOutline_hasStatistics()
    {
        m_view->setTool(Tool::Freehand);
        const QPointF c = m_view->mapFromImage(QPointF(128, 128));
        sendMouse(m_view, QEvent::MouseButtonPress, c + QPointF(30, 0), Qt::LeftButton, Qt::LeftButton);
        for (int k = 1; k <= 36; ++k) {
            const double a = k * M_PI / 18;
            sendMouse(m_view, QEvent::MouseMove, c + QPointF(30 * std::cos(a), 30 * std::sin(a)), Qt::NoButton, Qt::LeftButton);
        }
        sendMouse(m_view, QEvent::MouseButtonRelease, c + QPointF(30, 0), Qt::LeftButton, Qt::NoButton);
        QCOMPARE(m_view->annotations().size(), 1);
        QVERIFY(m_view->annotations().front().points.size() > 20);
        QVERIFY2(m_view->annotations().front().value.startsWith(QStringLiteral("mean ")), qPrintable(m_view->annotations().front().value));
    }

    void magnifierPress_paintsLens_imageDiffersFromPlainView()
    {
        m_view->setTool(Tool::Magnifier);
        const QImage plain = m_view->grab().toImage();
        const QPointF c(m_view->width() / 2.0, m_view->height() / 2.0);
        sendMouse(m_view, QEvent::MouseButtonPress, c, Qt::LeftButton, Qt::LeftButton);
        sendMouse(m_view, QEvent::MouseMove, c + QPointF(5, 5), Qt::NoButton, Qt::LeftButton);
        const QImage lens = m_view->grab().toImage();
        sendMouse(m_view, QEvent::MouseButtonRelease, c, Qt::LeftButton, Qt::NoButton);
        QVERIFY(plain != lens);
        QCOMPARE(m_view->grab().toImage(), plain); // the lens goes with the button
    }

    void cine_playAtSixtyFps_advancesAndWraps()
    {
        m_viewer->setCineRunning(true);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->currentIndex() == 2, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(m_view->currentIndex() == 0, 2000);
        m_viewer->setCineRunning(false);
        QVERIFY(!m_viewer->isCineRunning());
    }

    void handleDrag_editsRulerAndDeleteKeyRemovesIt()
    {
        m_view->setTool(Tool::Ruler);
        dragMouse(m_view, m_view->mapFromImage(QPointF(10, 10)), m_view->mapFromImage(QPointF(10, 50)), Qt::LeftButton);
        QCOMPARE(m_view->annotations().front().value.left(7), QStringLiteral("20.0 mm"));
        // Drag the end handle further down: 80 px = 40 mm.
        dragMouse(m_view, m_view->mapFromImage(QPointF(10, 50)), m_view->mapFromImage(QPointF(10, 90)), Qt::LeftButton);
        QCOMPARE(m_view->annotations().size(), 1);
        QCOMPARE(m_view->annotations().front().value.left(7), QStringLiteral("40.0 mm"));
        m_view->setAnnotationLabel(m_view->annotations().front().id, QStringLiteral("lesion"));
        QCOMPARE(m_view->annotations().front().label, QStringLiteral("lesion"));
        QTest::keyClick(m_view, Qt::Key_Delete);
        QVERIFY(m_view->annotations().isEmpty());
    }

    void invert_monochrome2_darkBecomesBright()
    {
        const auto px = [&] { return reinterpret_cast<const uchar *>(m_view->displayImage().pixels.constData())[0]; };
        const uchar normal = px(); // HU 0 at window 40/400
        m_view->setInverted(true);
        QCOMPARE(int(px()), 255 - normal);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ViewerWidget> m_viewer;
    Viewport *m_view = nullptr;
};

QTEST_MAIN(TestViewport)
#include "tst_viewport.moc"
