// Requirement: issue 3 pixel pipeline order — padding on stored values, then Modality LUT or
// rescale, then VOI, then MONOCHROME1 inversion, then 8 bits; default VOI = first window, else
// first VOI LUT, else the full modality range.
#include "cliniclink/imaging/pixelpipeline.h"

#include "syntheticframe.h"

#include <QTest>

using namespace cliniclink::imaging;
using cliniclink::dicom::VoiFunction;

namespace {
DicomInfo ctInfo()
{
    DicomInfo info;
    info.modality = QStringLiteral("CT");
    info.rescale = {1, -1024, {}, true};
    info.paddingValue = -2000;
    info.windows.push_back({40, 400, VoiFunction::Linear, {}});
    return info;
}

QList<int> rendered(const DicomFrame &f, const DicomInfo &info, DisplayOptions opt = {})
{
    const DisplayImage img = renderFrame(f, info, opt);
    QList<int> out;
    for (char c : img.pixels)
        out << int(static_cast<uchar>(c));
    return out;
}
} // namespace

class TestDisplayPipeline : public QObject {
    Q_OBJECT
private slots:
    void render_ct_paddingBlackRescaleThenWindow_data()
    {
        QTest::addColumn<QString>("photometric");
        QTest::addColumn<QList<int>>("expected");
        // stored -2000 (padding), 1024 → 0 HU, 1064 → 40 HU, 2000 → 976 HU; window 40/400 LINEAR.
        // 0 HU: ((0 - 39.5)/399 + 0.5)·255 = 102.26 → 102; 40 HU: 128.14 → 128; 976 HU → 255.
        QTest::newRow("monochrome2") << QStringLiteral("MONOCHROME2") << QList<int>{0, 102, 128, 255};
        // MONOCHROME1 inverts after VOI: 255 − 102.26 = 152.74 → 153; 126.86 → 127; 0. Padding stays black.
        QTest::newRow("monochrome1") << QStringLiteral("MONOCHROME1") << QList<int>{0, 153, 127, 0};
    }
    void render_ct_paddingBlackRescaleThenWindow()
    {
        QFETCH(QString, photometric);
        QFETCH(QList<int>, expected);
        const DicomFrame f = syntheticFrame(2, 2, {-2000, 1024, 1064, 2000}, true, 16, qPrintable(photometric));
        QCOMPARE(rendered(f, ctInfo()), expected);
    }

    void render_userInvert_flipsOutput()
    {
        const DicomFrame f = syntheticFrame(1, 2, {1024, 2000}, true);
        DisplayOptions opt;
        opt.invert = true;
        QCOMPARE(rendered(f, ctInfo(), opt), (QList<int>{153, 0}));
    }

    void render_modalityLut_takesPrecedenceOverRescale()
    {
        DicomInfo info;
        info.rescale = {2, 100, {}, true}; // must be ignored
        info.modalityLut.firstMapped = 0;
        info.modalityLut.data = {10, 20, 30, 40};
        const DicomFrame f = syntheticFrame(1, 4, {0, 1, 2, 3}, false, 8);
        DisplayOptions opt;
        opt.voi = VoiSetting::window(25, 20, VoiFunction::LinearExact); // 15..35
        // 10 → 0; 20 → ((20-25)/20 + .5)·255 = 63.75 → 64; 30 → 191.25 → 191; 40 → 255.
        QCOMPARE(rendered(f, info, opt), (QList<int>{0, 64, 191, 255}));
    }

    void render_voiLut_appliedToModalityValues()
    {
        DicomInfo info;
        info.rescale = {1, -1, {}, true};
        cliniclink::dicom::LookupTable lut;
        lut.firstMapped = 0;
        lut.bitsPerEntry = 8;
        lut.data = {0, 51, 102, 255};
        info.voiLuts.push_back(lut);
        const DicomFrame f = syntheticFrame(1, 4, {1, 2, 3, 4}, false, 8);
        QCOMPARE(rendered(f, info), (QList<int>{0, 51, 102, 255}));
    }

    void defaultVoi_noWindow_fullRangeExcludingPadding()
    {
        DicomInfo info;
        info.paddingValue = 0;
        const DicomFrame f = syntheticFrame(1, 4, {0, 100, 150, 200}, false, 16);
        const VoiSetting v = defaultVoi(f, info);
        QCOMPARE(v.center, 150.5); // (100 + 200 + 1) / 2
        QCOMPARE(v.width, 101.0);  // 200 - 100 + 1
        QCOMPARE(rendered(f, info), (QList<int>{0, 0, 128, 255}));
    }

    void render_paddingRange_onStoredValues()
    {
        DicomInfo info;
        info.paddingValue = 10;
        info.paddingRangeLimit = 5; // stored 5..10 are padding
        info.windows.push_back({50, 100, VoiFunction::LinearExact, {}});
        const DicomFrame f = syntheticFrame(1, 3, {4, 7, 11}, false, 8);
        // 4 → (4-50)/100+.5 = .04 → 10.2 → 10; 7 padding → 0; 11 → .11 → 28.05 → 28.
        QCOMPARE(rendered(f, info), (QList<int>{10, 0, 28}));
    }

    void render_colourModelWithOneSample_blackNotPastTheBuffer()
    {
        // Found by tst_fuzz under ASan: a damaged header said RGB for a one-sample frame.
        DicomFrame f = syntheticFrame(2, 2, {200, 200, 200, 200}, false, 8, "RGB");
        f.samplesPerPixel = 1;
        const DisplayImage img = renderFrame(f, DicomInfo{});
        QVERIFY(img.rgb);
        QCOMPARE(img.pixels, QByteArray(12, 0));
    }

    void render_largeFrame_parallelMatchesSerialLut()
    {
        const int n = 1200;
        std::vector<int> values(size_t(n) * n);
        for (size_t i = 0; i < values.size(); ++i)
            values[i] = int(i % 4096) - 2048;
        const DicomFrame f = syntheticFrame(n, n, values, true);
        const DicomInfo info = ctInfo();
        const DisplayImage img = renderFrame(f, info);
        const std::vector<quint8> lut = buildDisplayLut(f, info, img.voiUsed, false);
        for (size_t i = 0; i < values.size(); i += 997)
            QCOMPARE(int(static_cast<uchar>(img.pixels[qsizetype(i)])), int(lut[size_t(quint16(values[i]))]));
    }

    void render_ybrFull_convertsToRgb()
    {
        DicomFrame f = syntheticFrame(1, 1, {0}, false, 8, "YBR_FULL");
        f.samplesPerPixel = 3;
        f.data = QByteArray("\x80\x80\xFF", 3); // Y=128, Cb=128, Cr=255 → R = 128 + 1.402·127 = 306 → 255
        const DisplayImage img = renderFrame(f, DicomInfo{});
        QVERIFY(img.rgb);
        QCOMPARE(int(static_cast<uchar>(img.pixels[0])), 255);
        QCOMPARE(int(static_cast<uchar>(img.pixels[1])), 37); // 128 − 0.714136·127 = 37.3
        QCOMPARE(int(static_cast<uchar>(img.pixels[2])), 128);
    }

    void render_palette16bit_scalesTo8bit()
    {
        DicomInfo info;
        for (auto *l : {&info.paletteRed, &info.paletteGreen, &info.paletteBlue}) {
            l->firstMapped = 0;
            l->bitsPerEntry = 16;
            l->data = {0, 0x8000, 0xFFFF};
        }
        DicomFrame f = syntheticFrame(1, 3, {0, 1, 2}, false, 8, "PALETTE COLOR");
        const DisplayImage img = renderFrame(f, info);
        QCOMPARE(int(static_cast<uchar>(img.pixels[3])), 128);
        QCOMPARE(int(static_cast<uchar>(img.pixels[8])), 255);
    }
};

QTEST_GUILESS_MAIN(TestDisplayPipeline)
#include "tst_displaypipeline.moc"
