// Requirement: issue 3 measurement calibration — Pixel Spacing; Imager Pixel Spacing ÷ Estimated
// Radiographic Magnification Factor; ultrasound region under the points; else pixels. Every
// measurement names its calibration source.
#include "cliniclink/imaging/calibration.h"

#include <QTest>

using namespace cliniclink::imaging;
using cliniclink::dicom::DicomInfo;
using cliniclink::dicom::UltrasoundRegion;

Q_DECLARE_METATYPE(cliniclink::dicom::SpacingSource)

namespace {
DicomInfo withUsRegion()
{
    DicomInfo info;
    UltrasoundRegion r;
    r.minX = 10;
    r.minY = 20;
    r.maxX = 109;
    r.maxY = 219;
    r.unitsX = r.unitsY = 3; // cm
    r.physicalDeltaX = 0.01;
    r.physicalDeltaY = 0.02;
    info.ultrasoundRegions.push_back(r);
    return info;
}
} // namespace

class TestCalibration : public QObject {
    Q_OBJECT
private slots:
    void calibrationFor_eachSource_spacingAndSource_data()
    {
        QTest::addColumn<DicomInfo>("info");
        QTest::addColumn<std::vector<QPointF>>("points");
        QTest::addColumn<double>("rowSpacing");
        QTest::addColumn<double>("columnSpacing");
        QTest::addColumn<SpacingSource>("source");

        DicomInfo ps;
        ps.pixelSpacing = std::array<double, 2>{0.5, 0.25};
        ps.imagerPixelSpacing = std::array<double, 2>{0.2, 0.2}; // Pixel Spacing wins
        QTest::newRow("pixelSpacing") << ps << std::vector<QPointF>{} << 0.5 << 0.25 << SpacingSource::PixelSpacing;

        DicomInfo ermf;
        ermf.imagerPixelSpacing = std::array<double, 2>{0.2, 0.2};
        ermf.magnificationFactor = 1.25;
        QTest::newRow("imagerSpacing_dividedByErmf") << ermf << std::vector<QPointF>{} << 0.16 << 0.16
                                                     << SpacingSource::ImagerPixelSpacingCorrected;

        DicomInfo ips;
        ips.imagerPixelSpacing = std::array<double, 2>{0.15, 0.15};
        QTest::newRow("imagerSpacing_noErmf") << ips << std::vector<QPointF>{} << 0.15 << 0.15
                                              << SpacingSource::ImagerPixelSpacing;

        QTest::newRow("usRegion_pointsInside_cmToMm")
            << withUsRegion() << std::vector<QPointF>{{15, 25}, {100, 200}} << 0.2 << 0.1 << SpacingSource::UltrasoundRegion;
        QTest::newRow("usRegion_pointOutside_pixels")
            << withUsRegion() << std::vector<QPointF>{{15, 25}, {300, 200}} << 1.0 << 1.0 << SpacingSource::None;
        QTest::newRow("nothing_pixels") << DicomInfo{} << std::vector<QPointF>{} << 1.0 << 1.0 << SpacingSource::None;
    }
    void calibrationFor_eachSource_spacingAndSource()
    {
        QFETCH(DicomInfo, info);
        QFETCH(std::vector<QPointF>, points);
        QFETCH(double, rowSpacing);
        QFETCH(double, columnSpacing);
        QFETCH(SpacingSource, source);
        const Calibration cal = calibrationFor(info, points);
        QCOMPARE(cal.source, source);
        QVERIFY(qFuzzyCompare(cal.rowSpacing, rowSpacing));
        QVERIFY(qFuzzyCompare(cal.columnSpacing, columnSpacing));
        QCOMPARE(cal.lengthUnit(), source == SpacingSource::None ? QStringLiteral("px") : QStringLiteral("mm"));
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
