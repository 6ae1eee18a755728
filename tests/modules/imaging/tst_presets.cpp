// Requirement: issue 3 window presets — CT brain 40/80, subdural 75/215, stroke 40/40, lung −600/1500,
// mediastinum 50/350, abdomen 40/400, liver 60/160, bone 400/1800; configurable from JSON.
#include "cliniclink/imaging/presets.h"

#include <QTest>

using namespace cliniclink::imaging;

class TestPresets : public QObject {
    Q_OBJECT
private slots:
    void defaultCtPresets_values_matchRequirement_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<double>("center");
        QTest::addColumn<double>("width");
        const double v[8][2] = {{40, 80}, {75, 215}, {40, 40}, {-600, 1500}, {50, 350}, {40, 400}, {60, 160}, {400, 1800}};
        for (int i = 0; i < 8; ++i)
            QTest::newRow(qPrintable(QStringLiteral("key%1").arg(i + 1))) << i << v[i][0] << v[i][1];
    }
    void defaultCtPresets_values_matchRequirement()
    {
        QFETCH(int, index);
        QFETCH(double, center);
        QFETCH(double, width);
        const auto p = defaultCtPresets();
        QCOMPARE(p.size(), 8);
        QCOMPARE(p[index].center, center);
        QCOMPARE(p[index].width, width);
    }

    void presetsFromJson_invalidEntries_skipped()
    {
        const auto p = presetsFromJson(R"([{"name":"Spine","center":250,"width":1000},
                                           {"name":"bad","center":1,"width":0}, {"center":3,"width":4}])");
        QCOMPARE(p.size(), 1);
        QCOMPARE(p[0].name, QStringLiteral("Spine"));
    }

    void presetsToJson_roundTrip_keepsOrderAndCutsAtEight()
    {
        QList<WindowPreset> many;
        for (int i = 0; i < 10; ++i)
            many.append({QString::fromUtf8("预设%1").arg(i), -500.0 + i, 100.5 + i});
        const auto back = presetsFromJson(presetsToJson(many));
        QCOMPARE(back.size(), kMaxWindowPresets);
        for (int i = 0; i < kMaxWindowPresets; ++i) {
            QCOMPARE(back[i].name, many[i].name);
            QCOMPARE(back[i].center, many[i].center);
            QCOMPARE(back[i].width, many[i].width);
        }
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "tst_presets.moc"
