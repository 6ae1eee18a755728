// Due-list buckets across week and month ends, due dates per register, and the list per doctor
// and village.
#include "publichealthfixture.h"

#include "cliniclink/publichealth/duelist.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::publichealth;
using namespace cliniclink::test;

Q_DECLARE_METATYPE(std::optional<DueBucket>)

class TestDueList : public QObject {
    Q_OBJECT
private slots:
    void buckets_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<int>("bucket"); // -1 = not listed
        const QDate wed(2026, 1, 28); // Wednesday; the week ends Sunday 1 February, the month on the 31st
        QTest::newRow("yesterday overdue") << wed << wed.addDays(-1) << int(DueBucket::Overdue);
        QTest::newRow("today this week") << wed << wed << int(DueBucket::ThisWeek);
        QTest::newRow("Sat 31 Jan this week") << wed << QDate(2026, 1, 31) << int(DueBucket::ThisWeek);
        QTest::newRow("Sun 1 Feb this week though next month") << wed << QDate(2026, 2, 1) << int(DueBucket::ThisWeek);
        QTest::newRow("Mon 2 Feb not listed") << wed << QDate(2026, 2, 2) << -1;
        const QDate mon(2026, 2, 2);
        QTest::newRow("Sun 8 Feb this week") << mon << QDate(2026, 2, 8) << int(DueBucket::ThisWeek);
        QTest::newRow("Mon 9 Feb this month") << mon << QDate(2026, 2, 9) << int(DueBucket::ThisMonth);
        QTest::newRow("28 Feb this month") << mon << QDate(2026, 2, 28) << int(DueBucket::ThisMonth);
        QTest::newRow("1 Mar not listed") << mon << QDate(2026, 3, 1) << -1;
        const QDate leap(2028, 2, 21);
        QTest::newRow("29 Feb leap this month") << leap << QDate(2028, 2, 29) << int(DueBucket::ThisMonth);
        const QDate dec(2025, 12, 29); // Monday; week ends 4 January 2026
        QTest::newRow("year end: 3 Jan this week") << dec << QDate(2026, 1, 3) << int(DueBucket::ThisWeek);
        QTest::newRow("year end: 31 Dec this week") << dec << QDate(2025, 12, 31) << int(DueBucket::ThisWeek);
        QTest::newRow("invalid not listed") << dec << QDate() << -1;
    }
    void buckets()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, due);
        QFETCH(int, bucket);
        const auto b = dueBucket(due, today);
        QCOMPARE(b ? int(*b) : -1, bucket);
    }

    void dueDates()
    {
        const RegisterRule htn = *registerRule(Population::Hypertension);
        const QDate since(2025, 6, 1);
        // Never seen: due on joining.
        QCOMPARE(dueDate(htn, since, {}, {}, {}, 0), since);
        // The form's next visit date wins.
        QCOMPARE(dueDate(htn, since, {}, QDate(2025, 11, 30), QDate(2025, 12, 14), 1), QDate(2025, 12, 14));
        // Without one: visit + interval, clamped at month end.
        QCOMPARE(dueDate(htn, since, {}, QDate(2025, 11, 30), {}, 1), QDate(2026, 2, 28));
        // Elderly: yearly examination; 29 February → 28 February.
        const RegisterRule old = *registerRule(Population::Elderly);
        QCOMPARE(dueDate(old, since, {}, QDate(2028, 2, 29), {}, 1), QDate(2029, 2, 28));
        // Children: the next check age (1, 3, 6, 8 months); month ends clamp.
        const RegisterRule child = *registerRule(Population::Child);
        const QDate birth(2025, 10, 31);
        QCOMPARE(dueDate(child, birth, birth, {}, {}, 0), QDate(2025, 11, 30));
        QCOMPARE(dueDate(child, birth, birth, QDate(2025, 12, 1), {}, 1), QDate(2026, 1, 31));
        QCOMPARE(dueDate(child, birth, birth, QDate(2025, 12, 1), {}, 2), QDate(2026, 4, 30));
        QVERIFY(!dueDate(child, birth, birth, QDate(2026, 7, 1), {}, 4).isValid());
    }

    void listPerDoctorAndVillage()
    {
        PublicHealthFixture fx;
        fx.setUpPublicHealth();
        const QDate today = fx.today(); // 2026-01-01 (Thursday)
        const auto a = fx.file(QStringLiteral("刘一"), QDate(1970, 1, 1), {QStringLiteral("2")},
                               {{QStringLiteral("responsibleDoctor"), QStringLiteral("wang")},
                                {QStringLiteral("village"), QStringLiteral("东村")}});
        const auto b = fx.file(QStringLiteral("陈二"), QDate(1972, 1, 1), {QStringLiteral("2")},
                               {{QStringLiteral("responsibleDoctor"), QStringLiteral("li")},
                                {QStringLiteral("village"), QStringLiteral("西村")}});
        const auto c = fx.file(QStringLiteral("杨三"), QDate(1973, 1, 1), {QStringLiteral("3")},
                               {{QStringLiteral("responsibleDoctor"), QStringLiteral("wang")},
                                {QStringLiteral("village"), QStringLiteral("西村")}});
        // a: seen 80 days ago, next visit two days ago → overdue.
        fx.htnVisit(a.id, today.addDays(-80), 130, 80, QStringLiteral("1"), today.addDays(-2));
        // b: next visit in 3 days → this week (the week ends Sunday 4 January).
        fx.htnVisit(b.id, today.addDays(-10), 150, 95, QStringLiteral("1"), today.addDays(3));
        // c: diabetes, never seen → due since 2020 → overdue.
        auto all = DueList(*fx.session).items(today);
        QVERIFY(all.has_value());
        QCOMPARE(all->size(), 3);
        auto find = [&](const QString &id) {
            for (const DueItem &i : *all)
                if (i.residentId == id)
                    return i;
            return DueItem{};
        };
        QCOMPARE(find(a.id).bucket, DueBucket::Overdue);
        QCOMPARE(find(a.id).dueDate, today.addDays(-2));
        QCOMPARE(find(a.id).lastVisit, today.addDays(-80));
        QCOMPARE(find(b.id).bucket, DueBucket::ThisWeek);
        QCOMPARE(find(c.id).bucket, DueBucket::Overdue);
        QCOMPARE(find(c.id).formId, QStringLiteral("diabetes-followup"));
        QCOMPARE(find(c.id).name, QStringLiteral("杨三"));

        auto wang = DueList(*fx.session).items(today, {QStringLiteral("wang"), {}});
        QCOMPARE(wang->size(), 2);
        auto west = DueList(*fx.session).items(today, {{}, QStringLiteral("西村")});
        QCOMPARE(west->size(), 2);
        auto wangWest = DueList(*fx.session).items(today, {QStringLiteral("wang"), QStringLiteral("西村")});
        QCOMPARE(wangWest->size(), 1);
        QCOMPARE(wangWest->first().residentId, c.id);

        // A visit today with the next one in 3 months takes a off the list.
        fx.htnVisit(a.id, today, 132, 82);
        auto after = DueList(*fx.session).items(today);
        QCOMPARE(after->size(), 2);
    }

    void ageRegisters()
    {
        PublicHealthFixture fx;
        fx.setUpPublicHealth();
        const QDate today = fx.today();
        fx.file(QStringLiteral("老人"), today.addYears(-70));
        const auto turning = fx.file(QStringLiteral("将满"), today.addYears(-65).addDays(10));
        fx.file(QStringLiteral("幼儿"), today.addMonths(-2));
        fx.file(QStringLiteral("大孩"), today.addYears(-8));
        QCOMPARE(fx.registers->members(Population::Elderly, today)->size(), 1);
        QCOMPARE(fx.registers->members(Population::Elderly, today.addDays(10))->size(), 2);
        QCOMPARE(fx.registers->members(Population::Child, today)->size(), 1);
        // The one turning 65 in 10 days is due this month or next, not overdue.
        auto items = DueList(*fx.session).items(today);
        for (const DueItem &i : *items)
            QVERIFY(i.residentId != turning.id || i.bucket != DueBucket::Overdue);
    }
};

QTEST_GUILESS_MAIN(TestDueList)
#include "tst_duelist.moc"
