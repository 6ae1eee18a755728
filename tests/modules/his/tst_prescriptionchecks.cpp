// Requirement: before signing, the doctor sees each check — allergy (from the resident
// archive's coded allergies and free text), duplicate drug, dose above the catalogue maximum
// (single and daily), stock insufficient — and signing is refused until each is confirmed with
// a reason; confirmed findings are kept on the signed prescription; a clean prescription signs
// directly; saving enforces the legal rules and computes quantities; signing locks the sheet.
#include "hisfixture.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::his;

class TestPrescriptionChecks : public QObject {
    Q_OBJECT
    test::HisFixture f;
    QString allergic; // penicillin (code 2) and, in free text, 布洛芬
    QString plain;
    Drug amoxicillin, ibuprofen, ibuprofenOther, vitaminC;

    QList<CheckFinding> findingsOf(const QString &resident, const QList<PrescriptionItem> &items)
    {
        auto p = f.draft(resident, items);
        if (!p)
            qFatal("draft: %s", qPrintable(p.error().toString()));
        auto found = f.prescribing->findings(p->id);
        return found ? *found : QList<CheckFinding>{};
    }

private slots:
    void initTestCase()
    {
        f.setUp();
        allergic = f.addResident(QStringLiteral("过敏者"), QDate(1970, 1, 1), {QStringLiteral("2")}, QStringLiteral("布洛芬"));
        plain = f.addResident(QStringLiteral("普通人"), QDate(1970, 1, 1));
        amoxicillin = f.saveDrug(QStringLiteral("阿莫西林胶囊"), 250, 35, 1000, 4000, {QStringLiteral("2")});
        ibuprofen = f.saveDrug(QStringLiteral("布洛芬片"), 200, 20, 800, 2400);
        ibuprofenOther = f.saveDrug(QStringLiteral("布洛芬片"), 100, 15); // same generic, other strength
        vitaminC = f.saveDrug(QStringLiteral("维生素C片"), 100, 5);
        for (const Drug &d : {amoxicillin, ibuprofen, ibuprofenOther, vitaminC})
            f.receive(d.id, 1000, f.today().addYears(1));
    }

    void findings_eachCheck_data()
    {
        QTest::addColumn<bool>("allergicPatient");
        QTest::addColumn<QStringList>("drugs"); // a=amoxicillin, i=ibuprofen, j=ibuprofen other strength, c=vitamin C
        QTest::addColumn<double>("dose");
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<QStringList>("expected"); // "kind@item"
        QTest::newRow("clean") << false << QStringList{QStringLiteral("a"), QStringLiteral("c")} << 500.0 << QStringLiteral("tid") << QStringList{};
        QTest::newRow("allergy by archive code") << true << QStringList{QStringLiteral("a")} << 500.0 << QStringLiteral("tid")
                                                 << QStringList{QStringLiteral("allergy@0")};
        QTest::newRow("allergy by archive free text") << true << QStringList{QStringLiteral("c"), QStringLiteral("i")} << 200.0
                                                      << QStringLiteral("tid") << QStringList{QStringLiteral("allergy@1")};
        QTest::newRow("duplicate same drug") << false << QStringList{QStringLiteral("c"), QStringLiteral("c")} << 100.0
                                             << QStringLiteral("tid") << QStringList{QStringLiteral("duplicate_drug@1")};
        QTest::newRow("duplicate same generic name") << false << QStringList{QStringLiteral("i"), QStringLiteral("j")} << 200.0
                                                     << QStringLiteral("bid") << QStringList{QStringLiteral("duplicate_drug@1")};
        QTest::newRow("single dose at maximum") << false << QStringList{QStringLiteral("a")} << 1000.0 << QStringLiteral("qid")
                                                << QStringList{};
        QTest::newRow("single dose above maximum") << false << QStringList{QStringLiteral("a")} << 1250.0 << QStringLiteral("bid")
                                                   << QStringList{QStringLiteral("dose_above_maximum@0")};
        QTest::newRow("daily dose above maximum") << false << QStringList{QStringLiteral("i")} << 800.0 << QStringLiteral("qid")
                                                  << QStringList{QStringLiteral("dose_above_maximum@0")};
    }
    void findings_eachCheck()
    {
        QFETCH(bool, allergicPatient);
        QFETCH(QStringList, drugs);
        QFETCH(double, dose);
        QFETCH(QString, frequency);
        QFETCH(QStringList, expected);
        QList<PrescriptionItem> items;
        for (const QString &k : drugs) {
            const Drug &d = k == QLatin1String("a") ? amoxicillin : k == QLatin1String("i") ? ibuprofen
                : k == QLatin1String("j")                                                    ? ibuprofenOther
                                                                                             : vitaminC;
            items << test::HisFixture::item(d.id, dose, frequency, 3);
        }
        QStringList got;
        for (const CheckFinding &c : findingsOf(allergicPatient ? allergic : plain, items))
            got << checkKindKey(c.kind) + QLatin1Char('@') + QString::number(c.item);
        QCOMPARE(got, expected);
    }

    void findings_stockExactlyEnoughVersusOneShort()
    {
        const Drug scarce = f.saveDrug(QStringLiteral("硝苯地平片"), 10, 8);
        f.receive(scarce.id, 50, f.today(), QStringLiteral("EXPIRED"));
        f.reg.clinic.clock.advance(qint64(24) * 3600 * 1000); // the day passes: EXPIRED does not count
        f.receive(scarce.id, 9, f.today().addYears(1));
        auto enough = findingsOf(plain, {test::HisFixture::item(scarce.id, 10, QStringLiteral("tid"), 3)}); // 9 units
        QVERIFY(enough.isEmpty());
        auto shortBy1 = findingsOf(plain, {test::HisFixture::item(scarce.id, 10, QStringLiteral("qid"), 3)}); // 12 units
        QCOMPARE(shortBy1.size(), 1);
        QCOMPARE(shortBy1.first().kind, CheckKind::StockInsufficient);
    }

    void sign_withFindings_refusedUntilEachConfirmedWithReason()
    {
        auto p = f.draft(allergic, {test::HisFixture::item(amoxicillin.id, 1250, QStringLiteral("tid"), 3)});
        QVERIFY(p.has_value());
        QCOMPARE(p->items.first().quantity, 45); // 1250 mg / 250 mg = 5 × tid × 3 days
        auto refused = f.prescribing->sign(p->id, p->version);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PrescriptionChecksPending);
        QCOMPARE(refused.error().detail, QStringLiteral("allergy,dose_above_maximum"));

        // One confirmed, one not; an empty reason does not count.
        auto partial = f.prescribing->sign(p->id, p->version,
                                           {{CheckKind::Allergy, 0, QStringLiteral("皮试阴性")}, {CheckKind::DoseAboveMaximum, 0, QString()}});
        QCOMPARE(partial.error().detail, QStringLiteral("dose_above_maximum"));

        auto s = f.prescribing->sign(p->id, p->version,
                                     {{CheckKind::Allergy, 0, QStringLiteral("皮试阴性")}, {CheckKind::DoseAboveMaximum, 0, QStringLiteral("重症感染")}});
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().toString()));
        QCOMPARE(s->status, PrescriptionStatus::Signed);
        QCOMPARE(s->signedBy, QStringLiteral("wang"));
        QCOMPARE(s->acknowledgements.size(), 2);
        QCOMPARE(s->acknowledgements[1].reason, QStringLiteral("重症感染"));

        // Locked.
        Prescription edit = *s;
        edit.items.first().days = 1;
        auto locked = f.prescribing->save(edit);
        QCOMPARE(locked.error().code, ErrorCode::PrescriptionSigned);
        QCOMPARE(f.prescribing->sign(p->id, s->version).error().code, ErrorCode::PrescriptionSigned);
    }

    void sign_clean_signsWithoutConfirmation()
    {
        auto p = f.draft(plain, {test::HisFixture::item(vitaminC.id, 100, QStringLiteral("tid"), 7)});
        auto s = f.prescribing->sign(p->id, p->version);
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().toString()));
        QVERIFY(s->acknowledgements.isEmpty());
        auto queue = f.prescribing->dispensingQueue();
        QVERIFY(std::any_of(queue->begin(), queue->end(), [&](const Prescription &q) { return q.id == p->id; }));
    }

    void save_ruleBroken_refusedAtOnce_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("code");
        QTest::newRow("5 drugs, 7 days") << 5 << 7 << 0;
        QTest::newRow("6 drugs") << 6 << 3 << int(ErrorCode::PrescriptionTooManyDrugs);
        QTest::newRow("8 days") << 1 << 8 << int(ErrorCode::PrescriptionDurationExceeded);
    }
    void save_ruleBroken_refusedAtOnce()
    {
        QFETCH(int, count);
        QFETCH(int, days);
        QFETCH(int, code);
        QList<PrescriptionItem> items;
        for (int n = 0; n < count; ++n)
            items << test::HisFixture::item(vitaminC.id, 100, QStringLiteral("tid"), days);
        auto p = f.draft(plain, items);
        if (code == 0)
            QVERIFY2(p.has_value(), p ? "" : qPrintable(p.error().toString()));
        else
            QCOMPARE(int(p.error().code), code);
    }

    void create_paediatricPatient_ageTextAndTypeRule()
    {
        const QString baby = f.addResident(QStringLiteral("小宝"), f.today().addDays(-12).addMonths(-3));
        auto p = f.draft(baby, {test::HisFixture::item(vitaminC.id, 50, QStringLiteral("qd"), 3)}, PrescriptionType::Paediatric);
        QCOMPARE(p.error().code, ErrorCode::PatientWeightRequired);
        auto v = f.outpatient->registerVisit(baby, emr::VisitKind::First, emr::FeeCategory::SelfPay);
        auto d = f.prescribing->create(v->id, PrescriptionType::Paediatric);
        QCOMPARE(d->ageText, QStringLiteral("3月12天"));
        Prescription edit = *d;
        edit.items = {test::HisFixture::item(vitaminC.id, 50, QStringLiteral("qd"), 3)};
        edit.weightKg = 6.2;
        auto saved = f.prescribing->save(edit);
        QVERIFY2(saved.has_value(), saved ? "" : qPrintable(saved.error().toString()));
        QCOMPARE(*saved->weightKg, 6.2);
        edit = *saved;
        edit.type = PrescriptionType::Ordinary;
        QCOMPARE(f.prescribing->save(edit).error().code, ErrorCode::PrescriptionTypeNotAllowed);
    }

    void prescribe_pharmacist_permissionDenied()
    {
        test::HisFixture ph;
        ph.setUp(identity::Role::Pharmacist);
        auto r = ph.prescribing->create(QStringLiteral("any"), PrescriptionType::Ordinary);
        QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestPrescriptionChecks)
#include "tst_prescriptionchecks.moc"
