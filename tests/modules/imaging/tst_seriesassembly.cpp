// Requirement: issue 3 series assembly — group by Series Instance UID, order along the slice
// normal, fall back to Instance Number, detect gaps and mixed sizes.
#include "cliniclink/imaging/series.h"

#include <QTest>

using namespace cliniclink::imaging;

namespace {
SliceDescriptor slice(const char *id, const char *series, std::optional<double> z, int instance, int size = 512)
{
    SliceDescriptor d;
    d.id = QString::fromLatin1(id);
    d.seriesInstanceUid = QString::fromLatin1(series);
    if (z) {
        d.imagePosition = std::array<double, 3>{-100, -100, *z};
        d.imageOrientation = std::array<double, 6>{1, 0, 0, 0, 1, 0};
    }
    d.instanceNumber = instance;
    d.rows = d.columns = size;
    return d;
}
QStringList ids(const AssembledSeries &s)
{
    QStringList out;
    for (const auto &d : s.slices)
        out << d.id;
    return out;
}
} // namespace

class TestSeriesAssembly : public QObject {
    Q_OBJECT
private slots:
    void assemble_positions_orderedAlongNormalNotInstance()
    {
        // Instance numbers disagree with geometry on purpose.
        const auto out = assembleSeries({slice("c", "1", 2.5, 1), slice("a", "1", -2.5, 3), slice("b", "1", 0, 2)});
        QCOMPARE(out.size(), size_t(1));
        QVERIFY(out[0].orderedByPosition);
        QCOMPARE(ids(out[0]), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(out[0].sliceSpacing, 2.5);
        QVERIFY(!out[0].hasGaps);
        QVERIFY(!out[0].mixedSizes);
    }

    void assemble_obliqueNormal_usesProjection()
    {
        // Sagittal: orientation (0,1,0)/(0,0,1) → normal +x; positions differ in x only.
        std::vector<SliceDescriptor> v;
        for (double x : {30.0, 10.0, 20.0}) {
            SliceDescriptor d = slice(qPrintable(QString::number(x)), "s", 0, 1);
            d.imagePosition = std::array<double, 3>{x, 0, 0};
            d.imageOrientation = std::array<double, 6>{0, 1, 0, 0, 0, 1};
            v.push_back(d);
        }
        QCOMPARE(ids(assembleSeries(v)[0]), (QStringList{QStringLiteral("10"), QStringLiteral("20"), QStringLiteral("30")}));
    }

    void assemble_missingSlice_gapDetected()
    {
        const auto out = assembleSeries({slice("a", "1", 0, 1), slice("b", "1", 1, 2), slice("c", "1", 2, 3), slice("e", "1", 4, 5)});
        QVERIFY(out[0].hasGaps);
    }

    void assemble_noGeometry_instanceNumberFallback()
    {
        const auto out = assembleSeries({slice("x3", "1", std::nullopt, 3), slice("x1", "1", std::nullopt, 1),
                                         slice("x2", "1", std::nullopt, 2)});
        QVERIFY(!out[0].orderedByPosition);
        QCOMPARE(ids(out[0]), (QStringList{QStringLiteral("x1"), QStringLiteral("x2"), QStringLiteral("x3")}));
        QVERIFY(!out[0].hasGaps);
    }

    void assemble_twoSeriesAndMixedSizes_grouped()
    {
        const auto out = assembleSeries({slice("a1", "A", 0, 1), slice("b1", "B", 0, 1), slice("a2", "A", 1, 2, 256)});
        QCOMPARE(out.size(), size_t(2));
        QCOMPARE(out[0].seriesInstanceUid, QStringLiteral("A"));
        QCOMPARE(out[0].slices.size(), size_t(2));
        QVERIFY(out[0].mixedSizes);
        QVERIFY(!out[1].mixedSizes);
    }
};

QTEST_GUILESS_MAIN(TestSeriesAssembly)
#include "tst_seriesassembly.moc"
