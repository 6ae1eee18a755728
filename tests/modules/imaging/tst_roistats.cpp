// Requirement: issue 3 ROI statistics — mean, SD, min, max and pixel count in modality units
// (HU for CT), padding pixels excluded; area in mm² with its calibration source; pixel probe.
#include "cliniclink/imaging/roistats.h"

#include "syntheticframe.h"

#include <QTest>

#include <cmath>

using namespace cliniclink::imaging;
using cliniclink::ErrorCode;

namespace {
// 4×4 CT slice, stored values; -2000 is padding; rescale −1024.
DicomInfo ctInfo()
{
    DicomInfo info;
    info.modality = QStringLiteral("CT");
    info.rescale = {1, -1024, {}, true};
    info.paddingValue = -2000;
    info.pixelSpacing = std::array<double, 2>{0.5, 0.5};
    return info;
}
DicomFrame ctFrame()
{
    return syntheticFrame(4, 4,
                          {-2000, 1024, 1034, 1044, //
                           1054, 1064, 1074, 1084,  //
                           1094, 1104, 1114, 1124,  //
                           1134, 1144, 1154, -2000},
                          true);
}
} // namespace

class TestRoiStats : public QObject {
    Q_OBJECT
private slots:
    void roiStatistics_rect_excludesPaddingInHu()
    {
        // Rows 0–1, columns 0–1: padding, 0, 30, 40 HU.
        auto st = roiStatistics(ctFrame(), ctInfo(), Roi::rectangle(0, 0, 2, 2));
        QVERIFY(st);
        QCOMPARE(st->count, qint64(3));
        QCOMPARE(st->paddingCount, qint64(1));
        QCOMPARE(st->mean, (0.0 + 30 + 40) / 3);
        QCOMPARE(st->min, 0.0);
        QCOMPARE(st->max, 40.0);
        const double m = 70.0 / 3;
        QVERIFY(std::abs(st->sd - std::sqrt((m * m + (30 - m) * (30 - m) + (40 - m) * (40 - m)) / 3)) < 1e-9);
        QCOMPARE(st->unit, QStringLiteral("HU"));
        QCOMPARE(st->area.value, 1.0); // 2·0.5 × 2·0.5 mm
        QCOMPARE(st->area.unit, QStringLiteral("mm2"));
        QCOMPARE(st->area.source, SpacingSource::PixelSpacing);
    }

    void roiStatistics_ellipse_pixelCentresInside_data()
    {
        QTest::addColumn<double>("rx");
        QTest::addColumn<qint64>("count");
        // Centre (2,2), the corner between four pixels: radius 0.8 covers those four centres (±0.5).
        QTest::newRow("r0.8_fourCentres") << 0.8 << qint64(4);
        // Radius 1.6 adds the 8 edge-adjacent centres at distance √(1.5²+0.5²)=1.58; corners are 2.12.
        // The corner pixel (3,3) is padding and is outside anyway.
        QTest::newRow("r1.6_twelveCentres") << 1.6 << qint64(12);
    }
    void roiStatistics_ellipse_pixelCentresInside()
    {
        QFETCH(double, rx);
        QFETCH(qint64, count);
        auto st = roiStatistics(ctFrame(), ctInfo(), Roi::ellipse(2, 2, rx, rx));
        QVERIFY(st);
        QCOMPARE(st->count, count);
        QVERIFY(std::abs(st->area.value - M_PI * rx * rx * 0.25) < 1e-9);
    }

    void roiStatistics_polygon_triangle()
    {
        // Triangle covering centres (0.5,3.5),(1.5,3.5),(0.5,2.5): stored 1134, 1144, 1094 → 110, 120, 70 HU.
        auto st = roiStatistics(ctFrame(), ctInfo(), Roi::polygon({{0, 2}, {2.2, 4}, {0, 4}}));
        QVERIFY(st);
        QCOMPARE(st->count, qint64(3));
        QCOMPARE(st->mean, 100.0);
    }

    void roiStatistics_outside_error()
    {
        auto st = roiStatistics(ctFrame(), ctInfo(), Roi::rectangle(10, 10, 2, 2));
        QVERIFY(!st);
        QCOMPARE(st.error().code, ErrorCode::RoiOutsideImage);
    }

    void probePixel_storedAndModality()
    {
        auto p = probePixel(ctFrame(), ctInfo(), 1, 1);
        QVERIFY(p);
        QCOMPARE(p->stored, 1064);
        QCOMPARE(p->modality, 40.0);
        QVERIFY(!p->padding);
        QVERIFY(probePixel(ctFrame(), ctInfo(), 0, 0)->padding);
        QVERIFY(!probePixel(ctFrame(), ctInfo(), 4, 0));
    }
};

QTEST_GUILESS_MAIN(TestRoiStats)
#include "tst_roistats.moc"
