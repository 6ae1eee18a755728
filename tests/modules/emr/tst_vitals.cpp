// Requirement: vital signs outside their plausibility range (typing slips, °F, lb, mg/dL) are
// refused with VitalSignImplausible naming only the field; values at the range limits pass;
// a diastolic pressure not below the systolic is refused.
#include "cliniclink/emr/vitals.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::emr;

class TestVitals : public QObject {
    Q_OBJECT
private slots:
    void checkVitals_atAndBeyondLimits_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("plausible");
        for (const VitalRange &r : vitalRanges()) {
            const QString f = QLatin1String(r.field);
            const double step = (f == QLatin1String("temperature") || f == QLatin1String("weightKg")
                                 || f == QLatin1String("glucose") || f == QLatin1String("heightCm"))
                ? 0.1
                : 1.0;
            QTest::addRow("%s at min", r.field) << f << r.min << true;
            QTest::addRow("%s at max", r.field) << f << r.max << true;
            QTest::addRow("%s below min", r.field) << f << r.min - step << false;
            QTest::addRow("%s above max", r.field) << f << r.max + step << false;
        }
        QTest::newRow("temperature in Fahrenheit") << QStringLiteral("temperature") << 98.6 << false;
        QTest::newRow("glucose in mg/dL") << QStringLiteral("glucose") << 126.0 << false;
    }
    void checkVitals_atAndBeyondLimits()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        QFETCH(bool, plausible);
        QJsonObject o{{field, value}};
        // Keep the BP pair consistent so only the field under test decides.
        if (field == QLatin1String("systolic"))
            o.insert(QStringLiteral("diastolic"), 30);
        if (field == QLatin1String("diastolic"))
            o.insert(QStringLiteral("systolic"), 300);
        const Vitals v = Vitals::fromJson(o);
        auto r = checkVitals(v);
        QCOMPARE(r.has_value(), plausible);
        if (!plausible) {
            QCOMPARE(r.error().code, ErrorCode::VitalSignImplausible);
            QVERIFY(r.error().detail.split(QLatin1Char(',')).contains(field));
            QVERIFY(!r.error().detail.contains(QString::number(value))); // the value is not echoed
        }
    }

    void checkVitals_diastolicNotBelowSystolic_refused()
    {
        Vitals v;
        v.systolic = 120;
        v.diastolic = 120;
        auto r = checkVitals(v);
        QVERIFY(!r);
        QCOMPARE(r.error().detail, QStringLiteral("diastolic"));
        v.diastolic = 119;
        QVERIFY(checkVitals(v).has_value());
    }

    void toJson_roundTrip_keepsOnlyGivenValues()
    {
        Vitals v;
        v.systolic = 135;
        v.diastolic = 85;
        v.temperature = 37.6;
        v.spo2 = 97;
        const QJsonObject o = v.toJson();
        QCOMPARE(o.size(), 4);
        const Vitals back = Vitals::fromJson(o);
        QCOMPARE(*back.systolic, 135);
        QCOMPARE(*back.temperature, 37.6);
        QVERIFY(!back.weightKg.has_value());
    }
};

QTEST_GUILESS_MAIN(TestVitals)
#include "tst_vitals.moc"
