// Every service rule at its boundary values, and the self-care bands.
#include "cliniclink/publichealth/servicerules.h"

#include <QTest>

using namespace cliniclink::publichealth;

class TestServiceRules : public QObject {
    Q_OBJECT
private slots:
    void hypertensionControl_data()
    {
        QTest::addColumn<int>("sbp");
        QTest::addColumn<int>("dbp");
        QTest::addColumn<bool>("controlled");
        QTest::newRow("139/89 controlled") << 139 << 89 << true;
        QTest::newRow("140/89 not") << 140 << 89 << false;
        QTest::newRow("139/90 not") << 139 << 90 << false;
        QTest::newRow("140/90 not") << 140 << 90 << false;
        QTest::newRow("110/70 controlled") << 110 << 70 << true;
    }
    void hypertensionControl()
    {
        QFETCH(int, sbp);
        QFETCH(int, dbp);
        QFETCH(bool, controlled);
        const Suggestion s = ::hypertensionControl({sbp, dbp});
        QCOMPARE(s.kind, controlled ? SuggestionKind::Controlled : SuggestionKind::Uncontrolled);
        QCOMPARE(s.field, QStringLiteral("classification"));
        QCOMPARE(s.value.toString(), controlled ? QStringLiteral("1") : QStringLiteral("2"));
        // The reason names the reading and the threshold.
        QVERIFY(s.reasonText().contains(QStringLiteral("%1/%2").arg(sbp).arg(dbp)));
        QVERIFY(s.reasonText().contains(QStringLiteral("140/90")));
    }

    void hypertensionUrgent_data()
    {
        QTest::addColumn<int>("sbp");
        QTest::addColumn<int>("dbp");
        QTest::addColumn<bool>("urgent");
        QTest::newRow("179/109 no") << 179 << 109 << false;
        QTest::newRow("180/100 yes") << 180 << 100 << true;
        QTest::newRow("179/110 yes") << 179 << 110 << true;
        QTest::newRow("185/115 yes") << 185 << 115 << true;
    }
    void hypertensionUrgent()
    {
        QFETCH(int, sbp);
        QFETCH(int, dbp);
        QFETCH(bool, urgent);
        const auto s = hypertensionUrgentReferral(BloodPressure{sbp, dbp}, {QStringLiteral("0")});
        QCOMPARE(s.has_value(), urgent);
        if (urgent) {
            QCOMPARE(s->kind, SuggestionKind::UrgentReferral);
            QVERIFY(s->reasonText().contains(QString::number(sbp)));
        }
    }
    void hypertensionUrgentOnDangerSign()
    {
        QVERIFY(!hypertensionUrgentReferral(BloodPressure{120, 80}, {QStringLiteral("0")}));
        const auto s = hypertensionUrgentReferral(BloodPressure{120, 80}, {QStringLiteral("2")});
        QVERIFY(s);
        QCOMPARE(s->kind, SuggestionKind::UrgentReferral);
        QVERIFY(hypertensionUrgentReferral(std::nullopt, {QStringLiteral("5")}));
    }

    void diabetesControl_data()
    {
        QTest::addColumn<double>("glucose");
        QTest::addColumn<bool>("controlled");
        QTest::newRow("6.9 controlled") << 6.9 << true;
        QTest::newRow("7.0 not") << 7.0 << false;
        QTest::newRow("6.95 rounds to 7.0: not") << 6.95 << false;
        QTest::newRow("5.2 controlled") << 5.2 << true;
    }
    void diabetesControl()
    {
        QFETCH(double, glucose);
        QFETCH(bool, controlled);
        const Suggestion s = ::diabetesControl(glucose);
        QCOMPARE(s.kind, controlled ? SuggestionKind::Controlled : SuggestionKind::Uncontrolled);
        QVERIFY(s.reasonText().contains(QStringLiteral("7.0")));
    }

    void diabetesUrgent_data()
    {
        QTest::addColumn<double>("glucose");
        QTest::addColumn<int>("sbp");
        QTest::addColumn<int>("dbp");
        QTest::addColumn<bool>("urgent");
        QTest::newRow("16.6 no") << 16.6 << 120 << 80 << false;
        QTest::newRow("16.7 yes") << 16.7 << 120 << 80 << true;
        QTest::newRow("4.0 no") << 4.0 << 120 << 80 << false;
        QTest::newRow("3.9 yes") << 3.9 << 120 << 80 << true;
        QTest::newRow("3.8 yes") << 3.8 << 120 << 80 << true;
        QTest::newRow("bp 180 yes") << 6.0 << 180 << 80 << true;
        QTest::newRow("bp 179/110 yes") << 6.0 << 179 << 110 << true;
        QTest::newRow("bp 179/109 no") << 6.0 << 179 << 109 << false;
    }
    void diabetesUrgent()
    {
        QFETCH(double, glucose);
        QFETCH(int, sbp);
        QFETCH(int, dbp);
        QFETCH(bool, urgent);
        const auto s = diabetesUrgentReferral(glucose, BloodPressure{sbp, dbp}, {});
        QCOMPARE(s.has_value(), urgent);
        if (s) {
            QCOMPARE(s->rule, QStringLiteral("diabetes.urgentReferral"));
            QVERIFY(!s->reasonText().isEmpty());
        }
    }

    void nextVisitIntervals()
    {
        const QDate d(2025, 3, 10);
        // Controlled → quarterly.
        auto s = nextVisit({d, true, false, false, false}, std::nullopt);
        QCOMPARE(s.kind, SuggestionKind::NextVisit);
        QCOMPARE(s.value.toString(), QStringLiteral("2025-06-10"));
        // First uncontrolled → 2 weeks.
        s = nextVisit({d, false, false, false, false}, VisitOutcome{d.addMonths(-3), true});
        QCOMPARE(s.kind, SuggestionKind::NextVisit);
        QCOMPARE(s.value.toString(), QStringLiteral("2025-03-24"));
        // Second consecutive uncontrolled → referral, 2 weeks.
        s = nextVisit({d, false, false, false, false}, VisitOutcome{d.addDays(-14), false});
        QCOMPARE(s.kind, SuggestionKind::Referral);
        QCOMPARE(s.value.toString(), QStringLiteral("2025-03-24"));
        QVERIFY(s.reasonText().contains(QStringLiteral("14")));
        // Adverse reaction while controlled → 2 weeks.
        s = nextVisit({d, true, true, false, false}, std::nullopt);
        QCOMPARE(s.value.toString(), QStringLiteral("2025-03-24"));
        // New complication → referral.
        s = nextVisit({d, true, false, true, false}, std::nullopt);
        QCOMPARE(s.kind, SuggestionKind::Referral);
        // Urgent referral wins.
        s = nextVisit({d, false, false, false, true}, VisitOutcome{d.addDays(-14), false});
        QCOMPARE(s.kind, SuggestionKind::UrgentReferral);
    }
    void nextVisitAcrossMonthEnds_data()
    {
        QTest::addColumn<QDate>("visit");
        QTest::addColumn<bool>("controlled");
        QTest::addColumn<QDate>("next");
        QTest::newRow("Nov 30 + 3 months → Feb 28") << QDate(2025, 11, 30) << true << QDate(2026, 2, 28);
        QTest::newRow("Nov 30 + 3 months → Feb 29 (leap)") << QDate(2027, 11, 30) << true << QDate(2028, 2, 29);
        QTest::newRow("Aug 31 + 3 months → Nov 30") << QDate(2025, 8, 31) << true << QDate(2025, 11, 30);
        QTest::newRow("Dec 31 + 3 months → Mar 31") << QDate(2025, 12, 31) << true << QDate(2026, 3, 31);
        QTest::newRow("Jan 25 + 14 days → Feb 8") << QDate(2026, 1, 25) << false << QDate(2026, 2, 8);
        QTest::newRow("Dec 20 + 14 days → Jan 3") << QDate(2025, 12, 20) << false << QDate(2026, 1, 3);
        QTest::newRow("Feb 20 + 14 days → Mar 6 (non-leap)") << QDate(2026, 2, 20) << false << QDate(2026, 3, 6);
    }
    void nextVisitAcrossMonthEnds()
    {
        QFETCH(QDate, visit);
        QFETCH(bool, controlled);
        QFETCH(QDate, next);
        QCOMPARE(nextVisit({visit, controlled, false, false, false}, std::nullopt).value.toString(), next.toString(Qt::ISODate));
    }

    void selfCareBands_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("code");
        QTest::newRow("0") << 0 << QStringLiteral("1");
        QTest::newRow("3") << 3 << QStringLiteral("1");
        QTest::newRow("4") << 4 << QStringLiteral("2");
        QTest::newRow("8") << 8 << QStringLiteral("2");
        QTest::newRow("9") << 9 << QStringLiteral("3");
        QTest::newRow("18") << 18 << QStringLiteral("3");
        QTest::newRow("19") << 19 << QStringLiteral("4");
        QTest::newRow("37") << 37 << QStringLiteral("4");
    }
    void selfCareBands()
    {
        QFETCH(int, score);
        QFETCH(QString, code);
        const Suggestion s = selfCareBand(score);
        QCOMPARE(s.value.toString(), code);
        QVERIFY(s.reasonText().contains(QString::number(score)));
    }

    void parametersAreData()
    {
        // A province with other thresholds changes the data, not the code.
        auto p = RuleParameters::fromJson(R"({"bloodPressure": {"controlBelowSystolic": 130, "controlBelowDiastolic": 80},
            "selfCareBands": [{"from": 0, "to": 99, "code": "1", "label": "x"}]})");
        QVERIFY(p.has_value());
        QCOMPARE(::hypertensionControl({135, 75}, *p).kind, SuggestionKind::Uncontrolled);
        QCOMPARE(::hypertensionControl({135, 75}).kind, SuggestionKind::Controlled);
        QVERIFY(!RuleParameters::fromJson("{}").has_value());
    }
};

QTEST_GUILESS_MAIN(TestServiceRules)
#include "tst_servicerules.moc"
