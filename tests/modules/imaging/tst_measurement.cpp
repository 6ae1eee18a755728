// Requirement: issue 3 measurement maths in physical units — length, angle, Cobb angle, area and
// perimeter of rectangle, ellipse, polygon and freehand outlines, with anisotropic spacing.
#include "cliniclink/imaging/measurement.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace cliniclink::imaging;

namespace {
Calibration mm(double row, double col)
{
    Calibration c;
    c.rowSpacing = row;
    c.columnSpacing = col;
    c.source = SpacingSource::PixelSpacing;
    return c;
}
bool near(double a, double b, double eps = 1e-9) { return std::abs(a - b) <= eps * std::max(1.0, std::abs(b)); }
} // namespace

class TestMeasurement : public QObject {
    Q_OBJECT
private slots:
    void measureLength_spacing_physicalDistance_data()
    {
        QTest::addColumn<double>("rowSpacing");
        QTest::addColumn<double>("colSpacing");
        QTest::addColumn<double>("expected");
        QTest::newRow("isotropic_345") << 0.5 << 0.5 << 2.5;                    // (3,4) px → 5 px · 0.5
        QTest::newRow("anisotropic") << 2.0 << 1.0 << std::sqrt(9.0 + 64.0);    // 3·1, 4·2
    }
    void measureLength_spacing_physicalDistance()
    {
        QFETCH(double, rowSpacing);
        QFETCH(double, colSpacing);
        QFETCH(double, expected);
        const Measurement m = measureLength({1, 1}, {4, 5}, mm(rowSpacing, colSpacing));
        QVERIFY(near(m.value, expected));
        QCOMPARE(m.unit, QStringLiteral("mm"));
        QCOMPARE(m.source, SpacingSource::PixelSpacing);
    }

    void measureLength_uncalibrated_pixels()
    {
        const Measurement m = measureLength({0, 0}, {3, 4}, Calibration{});
        QCOMPARE(m.value, 5.0);
        QCOMPARE(m.unit, QStringLiteral("px"));
        QCOMPARE(m.source, SpacingSource::None);
    }

    void measureAngle_rightAngle_90()
    {
        QVERIFY(near(measureAngle({10, 0}, {0, 0}, {0, 10}, mm(1, 1)).value, 90));
        QVERIFY(near(measureAngle({10, 0}, {0, 0}, {10, 10}, mm(1, 1)).value, 45));
        // Anisotropic spacing changes the physical angle: (10,10) px with row spacing 2 → atan(20/10).
        QVERIFY(near(measureAngle({10, 0}, {0, 0}, {10, 10}, mm(2, 1)).value, std::atan(2.0) * 180 / std::numbers::pi));
    }

    void measureCobb_lines_acuteAngle_data()
    {
        QTest::addColumn<QPointF>("b2");
        QTest::addColumn<double>("expected");
        QTest::newRow("30deg") << QPointF(10 * std::cos(std::numbers::pi / 6), 10 * std::sin(std::numbers::pi / 6)) << 30.0;
        QTest::newRow("reversed_still30") << QPointF(-10 * std::cos(std::numbers::pi / 6), -10 * std::sin(std::numbers::pi / 6)) << 30.0;
        QTest::newRow("parallel_0") << QPointF(10, 0) << 0.0;
    }
    void measureCobb_lines_acuteAngle()
    {
        QFETCH(QPointF, b2);
        QFETCH(double, expected);
        const Measurement m = measureCobb({0, 0}, {10, 0}, {0, 0}, b2, mm(1, 1));
        QVERIFY2(near(m.value, expected, 1e-9), qPrintable(QString::number(m.value)));
        QCOMPARE(m.unit, QStringLiteral("deg"));
    }

    void measureRectangle_areaAndPerimeter()
    {
        const Measurement m = measureRectangle(QRectF(5, 5, 10, 20), mm(0.5, 2));
        QVERIFY(near(m.value, 20.0 * 10.0)); // 10·2 mm × 20·0.5 mm
        QVERIFY(near(m.perimeter, 2 * (20.0 + 10.0)));
        QCOMPARE(m.unit, QStringLiteral("mm2"));
    }

    void measureEllipse_circleAndEllipse()
    {
        const Measurement circle = measureEllipse({0, 0}, 10, 10, mm(0.5, 0.5));
        QVERIFY(near(circle.value, std::numbers::pi * 25));
        QVERIFY(near(circle.perimeter, 2 * std::numbers::pi * 5));
        const Measurement e = measureEllipse({0, 0}, 10, 5, mm(1, 1));
        QVERIFY(near(e.value, std::numbers::pi * 50));
        QVERIFY(near(e.perimeter, 48.44224110273838, 1e-6)); // exact elliptic integral value
    }

    void measurePolygon_triangleAndFreehandCircle()
    {
        const Measurement tri = measurePolygon({{0, 0}, {4, 0}, {0, 3}}, mm(1, 2));
        QVERIFY(near(tri.value, 0.5 * 8 * 3));              // legs 4·2 and 3·1
        QVERIFY(near(tri.perimeter, 8 + 3 + std::sqrt(73.0)));
        std::vector<QPointF> outline;
        for (int i = 0; i < 3600; ++i) {
            const double a = 2 * std::numbers::pi * i / 3600;
            outline.emplace_back(50 + 20 * std::cos(a), 50 + 20 * std::sin(a));
        }
        const Measurement free = measurePolygon(outline, mm(1, 1));
        QVERIFY(near(free.value, std::numbers::pi * 400, 1e-5));
        QVERIFY(near(free.perimeter, 2 * std::numbers::pi * 20, 1e-5));
    }
};

QTEST_GUILESS_MAIN(TestMeasurement)
#include "tst_measurement.moc"
