// Quarterly indicators on a generated population whose expected figures are known by
// construction.
#include "publichealthfixture.h"

#include "cliniclink/publichealth/indicators.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::publichealth;
using namespace cliniclink::test;

class TestIndicators : public QObject {
    Q_OBJECT
private slots:
    void quarterBounds()
    {
        QCOMPARE(Quarter::containing(QDate(2025, 11, 30)).quarter, 4);
        QCOMPARE(Quarter({2025, 4}).last(), QDate(2025, 12, 31));
        QCOMPARE(Quarter({2024, 1}).last(), QDate(2024, 3, 31));
        QCOMPARE(Quarter({2025, 3}).first(), QDate(2025, 7, 1));
    }

    void formulasOnAGeneratedPopulation()
    {
        PublicHealthFixture fx;
        fx.setUpPublicHealth();
        const QDate today = fx.today(); // 2026-01-01: the fourth quarter of 2025 has ended
        const Quarter q{2025, 4};
        // 12 hypertension patients: i % 3 == 0 → 4 clinic visits, last controlled;
        // i % 3 == 1 → 4 visits of which one by telephone (not standard), last uncontrolled;
        // i % 3 == 2 → 2 visits, last controlled.
        int standard = 0, controlled = 0;
        for (int i = 0; i < 12; ++i) {
            const auto r = fx.file(QStringLiteral("高%1").arg(QChar(0x4e00 + i)), QDate(1950 + i, 1, 1), {QStringLiteral("2")});
            const int visits = i % 3 == 2 ? 2 : 4;
            for (int v = 0; v < visits; ++v) {
                const QDate d = QDate(2025, 2, 10).addMonths(3 * v);
                const bool last = v == visits - 1;
                const bool ctrl = !(i % 3 == 1 && last);
                const QString mode = i % 3 == 1 && v == 0 ? QStringLiteral("3") : QStringLiteral("1");
                fx.htnVisit(r.id, d, ctrl ? 130 : 150, ctrl ? 80 : 95, mode);
            }
            standard += i % 3 == 0;
            controlled += i % 3 != 1;
        }
        // A visit after the quarter does not count.
        // 5 diabetes patients, 4 visits each; last glucose 6.9 (controlled) for 3 and 7.0 for 2.
        for (int i = 0; i < 5; ++i) {
            const auto r = fx.file(QStringLiteral("糖%1").arg(QChar(0x4e00 + i)), QDate(1955, 1, 1), {QStringLiteral("3")});
            for (int v = 0; v < 4; ++v)
                fx.dmVisit(r.id, QDate(2025, 1, 20).addMonths(3 * v), v == 3 && i >= 3 ? 7.0 : 6.9);
        }
        // 65+: 4 residents of whom 1 has a 2025 health examination and 1 a 2024 one.
        QStringList elderly;
        for (int i = 0; i < 4; ++i)
            elderly << fx.file(QStringLiteral("老%1").arg(QChar(0x4e00 + i)), QDate(1940, 5, 5)).id;
        auto examOn = [&](const QString &id, const QDate &d) {
            QJsonObject e = fx.example(QStringLiteral("health-exam"), id);
            e.insert(QStringLiteral("examDate"), d.toString(Qt::ISODate));
            QVERIFY(fx.forms->save(QStringLiteral("health-exam"), id, e, true));
        };
        examOn(elderly[0], QDate(2025, 9, 1));
        examOn(elderly[1], QDate(2024, 9, 1));
        // The hypertension patients born 1950–1960 are 65+ too (by 31 Dec 2025: born ≤ 1960-12-31).
        int elderlyTotal = 4 + 5; // the diabetes patients born 1955 as well
        for (int i = 0; i < 12; ++i)
            elderlyTotal += 1950 + i <= 1960;

        Indicators ind(*fx.session);
        auto none = ind.compute(q);
        QVERIFY(none.has_value());
        QCOMPARE(none->first().id, QStringLiteral("filingRate"));
        QVERIFY(!none->first().percent().has_value()); // no population set yet
        QVERIFY(ind.setResidentPopulation(100).has_value() == false); // a village doctor may not configure
        // The administrator sets the population.
        {
            auto admin = fx.clinic.signIn(QStringLiteral("admin"), kAdminPassword);
            QVERIFY(admin.has_value());
            QVERIFY(Indicators(**admin).setResidentPopulation(50).has_value());
        }
        auto figures = ind.compute(q);
        QVERIFY(figures.has_value());
        QHash<QString, Indicator> by;
        for (const Indicator &i : *figures) {
            by.insert(i.id, i);
            QVERIFY(QString::fromUtf8(i.definition).size() > 20);
        }
        QCOMPARE(by[QStringLiteral("filingRate")].numerator, 21);
        QCOMPARE(by[QStringLiteral("filingRate")].denominator, 50);
        QCOMPARE(by[QStringLiteral("filingRate")].percent().value(), 42.0);
        QCOMPARE(by[QStringLiteral("hypertensionStandardManagement")].denominator, 12);
        QCOMPARE(by[QStringLiteral("hypertensionStandardManagement")].numerator, standard);
        QCOMPARE(by[QStringLiteral("bloodPressureControl")].numerator, controlled);
        QCOMPARE(by[QStringLiteral("diabetesStandardManagement")].numerator, 5);
        QCOMPARE(by[QStringLiteral("diabetesStandardManagement")].denominator, 5);
        QCOMPARE(by[QStringLiteral("glucoseControl")].numerator, 3);
        QCOMPARE(by[QStringLiteral("elderlyManagement")].numerator, 1);
        QCOMPARE(by[QStringLiteral("elderlyManagement")].denominator, elderlyTotal);
        Q_UNUSED(today)
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
