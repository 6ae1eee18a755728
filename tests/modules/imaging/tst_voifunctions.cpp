// Requirement: issue 3 pixel pipeline — VOI LINEAR (PS3.3 C.11.2.1.2.1), LINEAR_EXACT (C.11.2.1.3.2)
// and SIGMOID (C.11.2.1.3.1) give the hand-computed outputs, including at the clipping edges.
#include "cliniclink/imaging/pixelpipeline.h"

#include <QTest>

using namespace cliniclink::imaging;
using cliniclink::dicom::VoiFunction;

class TestVoiFunctions : public QObject {
    Q_OBJECT
private slots:
    void apply_atEdgesAndCentre_matchesHandComputed_data()
    {
        QTest::addColumn<int>("function");
        QTest::addColumn<double>("center");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("expected"); // output scaled to 0..255
        const int L = int(VoiFunction::Linear), E = int(VoiFunction::LinearExact), S = int(VoiFunction::Sigmoid);
        // LINEAR c=40 w=400: lower edge c-0.5-(w-1)/2 = -160, upper edge c-0.5+(w-1)/2 = 239.
        QTest::newRow("linear_atLowerEdge_min") << L << 40.0 << 400.0 << -160.0 << 0.0;
        QTest::newRow("linear_justAboveLowerEdge") << L << 40.0 << 400.0 << -159.0 << (-198.5 / 399 + 0.5) * 255;
        QTest::newRow("linear_centre") << L << 40.0 << 400.0 << 40.0 << (0.5 / 399 + 0.5) * 255;
        QTest::newRow("linear_atUpperEdge_max") << L << 40.0 << 400.0 << 239.0 << 255.0;
        QTest::newRow("linear_aboveUpperEdge_max") << L << 40.0 << 400.0 << 240.0 << 255.0;
        QTest::newRow("linear_width1_threshold_low") << L << 100.0 << 1.0 << 99.5 << 0.0;
        QTest::newRow("linear_width1_threshold_high") << L << 100.0 << 1.0 << 99.6 << 255.0;
        // LINEAR_EXACT c=40 w=400: edges at c ± w/2 = -160 / 240.
        QTest::newRow("exact_atLowerEdge_min") << E << 40.0 << 400.0 << -160.0 << 0.0;
        QTest::newRow("exact_justAboveLowerEdge") << E << 40.0 << 400.0 << -159.0 << (1.0 / 400) * 255;
        QTest::newRow("exact_centre_half") << E << 40.0 << 400.0 << 40.0 << 127.5;
        QTest::newRow("exact_atUpperEdge_max") << E << 40.0 << 400.0 << 240.0 << 255.0;
        QTest::newRow("exact_fractionalWidth") << E << 0.0 << 0.5 << 0.125 << 0.75 * 255;
        // SIGMOID: y = 255 / (1 + exp(-4 (x - c) / w)).
        QTest::newRow("sigmoid_centre_half") << S << 40.0 << 400.0 << 40.0 << 127.5;
        QTest::newRow("sigmoid_plusHalfWidth") << S << 40.0 << 400.0 << 240.0 << 255 / (1 + std::exp(-2.0));
        QTest::newRow("sigmoid_minusHalfWidth") << S << 40.0 << 400.0 << -160.0 << 255 / (1 + std::exp(2.0));
    }
    void apply_atEdgesAndCentre_matchesHandComputed()
    {
        QFETCH(int, function);
        QFETCH(double, center);
        QFETCH(double, width);
        QFETCH(double, x);
        QFETCH(double, expected);
        const VoiSetting voi = VoiSetting::window(center, width, VoiFunction(function));
        QVERIFY2(qAbs(voi.apply(x) * 255 - expected) < 1e-9,
                 qPrintable(QStringLiteral("got %1 want %2").arg(voi.apply(x) * 255).arg(expected)));
    }

    void voiLinear_outputRange_isRespected()
    {
        QCOMPARE(voiLinear(-1000, 40, 400, 10, 20), 10.0);
        QCOMPARE(voiLinear(1000, 40, 400, 10, 20), 20.0);
        QCOMPARE(voiLinearExact(40, 40, 400, 10, 20), 15.0);
        QCOMPARE(voiSigmoid(40, 40, 400, 10, 20), 15.0);
    }

    void voiLut_lookup_scalesByEntryBits()
    {
        cliniclink::dicom::LookupTable lut;
        lut.firstMapped = -10;
        lut.bitsPerEntry = 8;
        lut.data = {0, 51, 102, 255};
        const VoiSetting voi = VoiSetting::fromLut(lut);
        QCOMPARE(voi.apply(-100), 0.0);      // below the table: first entry
        QCOMPARE(voi.apply(-9) * 255, 51.0); // entry 1
        QCOMPARE(voi.apply(500), 1.0);       // above: last entry
    }
};

QTEST_GUILESS_MAIN(TestVoiFunctions)
#include "tst_voifunctions.moc"
