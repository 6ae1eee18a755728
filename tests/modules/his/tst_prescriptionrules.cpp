// Requirement: the rules of 处方管理办法 hold at their boundaries: at most 5 drugs per sheet
// (5 passes, 6 fails), ≤ 7 days (7/8), emergency ≤ 3 days (3/4), 麻醉·精一 ≤ 3 days, longer
// ordinary prescriptions only with a stated reason, paediatric sheet for under 14 years (13
// passes, 14 fails; ordinary for 13 fails), 中药饮片 on their own sheet, narcotic and
// psychotropic drugs only on their own sheets, infants' weight, the patient's ID number for
// 麻、精一.
#include "cliniclink/his/prescriptionrules.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::his;

namespace {
const QDate kToday(2026, 1, 1);

Drug drug(const QString &id, DrugCategory category = DrugCategory::Western, ControlClass control = ControlClass::None)
{
    Drug d;
    d.id = id;
    d.genericName = id;
    d.category = category;
    d.control = control;
    return d;
}

PrescriptionItem item(const QString &drugId, int days = 3)
{
    PrescriptionItem i;
    i.drugId = drugId;
    i.dose = 1;
    i.frequency = QStringLiteral("tid");
    i.days = days;
    i.quantity = 3 * days;
    return i;
}

PatientFacts adult(int years = 40)
{
    PatientFacts f;
    f.age = emr::ageOn(kToday.addYears(-years), kToday);
    f.hasIdNumber = true;
    return f;
}
} // namespace

class TestPrescriptionRules : public QObject {
    Q_OBJECT
    QHash<QString, Drug> drugs;

private slots:
    void initTestCase()
    {
        for (int n = 1; n <= 6; ++n)
            drugs.insert(QStringLiteral("w%1").arg(n), drug(QStringLiteral("w%1").arg(n)));
        drugs.insert(QStringLiteral("patent"), drug(QStringLiteral("patent"), DrugCategory::ChinesePatent));
        drugs.insert(QStringLiteral("herb1"), drug(QStringLiteral("herb1"), DrugCategory::HerbalPieces));
        drugs.insert(QStringLiteral("herb2"), drug(QStringLiteral("herb2"), DrugCategory::HerbalPieces));
        drugs.insert(QStringLiteral("morphine"), drug(QStringLiteral("morphine"), DrugCategory::Western, ControlClass::NarcoticPsych1));
        drugs.insert(QStringLiteral("diazepam"), drug(QStringLiteral("diazepam"), DrugCategory::Western, ControlClass::Psych2));
    }

    void drugsPerSheet_fiveVersusSix_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("1 drug") << 1 << true;
        QTest::newRow("5 drugs") << 5 << true;
        QTest::newRow("6 drugs") << 6 << false;
    }
    void drugsPerSheet_fiveVersusSix()
    {
        QFETCH(int, count);
        QFETCH(bool, allowed);
        Prescription p;
        for (int n = 1; n <= count; ++n)
            p.items << item(QStringLiteral("w%1").arg(n));
        auto r = checkPrescriptionRules(p, drugs, adult());
        QCOMPARE(r.has_value(), allowed);
        if (!allowed)
            QCOMPARE(r.error().code, ErrorCode::PrescriptionTooManyDrugs);
    }

    void duration_limitByType_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("drugId");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("allowed");
        const int ord = int(PrescriptionType::Ordinary), emg = int(PrescriptionType::Emergency);
        QTest::newRow("ordinary 7 days") << ord << QStringLiteral("w1") << 7 << QString() << true;
        QTest::newRow("ordinary 8 days") << ord << QStringLiteral("w1") << 8 << QString() << false;
        QTest::newRow("ordinary 8 days with chronic reason") << ord << QStringLiteral("w1") << 8 << QStringLiteral("高血压稳定期") << true;
        QTest::newRow("ordinary 84 days with reason") << ord << QStringLiteral("w1") << 84 << QStringLiteral("慢病") << true;
        QTest::newRow("ordinary 85 days with reason") << ord << QStringLiteral("w1") << 85 << QStringLiteral("慢病") << false;
        QTest::newRow("emergency 3 days") << emg << QStringLiteral("w1") << 3 << QString() << true;
        QTest::newRow("emergency 4 days") << emg << QStringLiteral("w1") << 4 << QString() << false;
        QTest::newRow("emergency 4 days, reason does not extend") << emg << QStringLiteral("w1") << 4 << QStringLiteral("慢病") << false;
        QTest::newRow("narcotic 3 days") << int(PrescriptionType::NarcoticPsych1) << QStringLiteral("morphine") << 3 << QString() << true;
        QTest::newRow("narcotic 4 days") << int(PrescriptionType::NarcoticPsych1) << QStringLiteral("morphine") << 4 << QString() << false;
        QTest::newRow("psych2 7 days") << int(PrescriptionType::Psych2) << QStringLiteral("diazepam") << 7 << QString() << true;
        QTest::newRow("psych2 8 days") << int(PrescriptionType::Psych2) << QStringLiteral("diazepam") << 8 << QString() << false;
    }
    void duration_limitByType()
    {
        QFETCH(int, type);
        QFETCH(QString, drugId);
        QFETCH(int, days);
        QFETCH(QString, reason);
        QFETCH(bool, allowed);
        Prescription p;
        p.type = PrescriptionType(type);
        p.extendedReason = reason;
        p.items << item(drugId, days);
        auto r = checkPrescriptionRules(p, drugs, adult());
        QVERIFY2(r.has_value() == allowed, r ? "allowed" : qPrintable(r.error().toString()));
        if (!allowed)
            QCOMPARE(r.error().code, ErrorCode::PrescriptionDurationExceeded);
    }

    void paediatric_ageThirteenVersusFourteen_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("allowed");
        const int paed = int(PrescriptionType::Paediatric), ord = int(PrescriptionType::Ordinary);
        QTest::newRow("paediatric, 13 y 364 d") << paed << kToday.addYears(-14).addDays(1) << true;
        QTest::newRow("paediatric, 14th birthday") << paed << kToday.addYears(-14) << false;
        QTest::newRow("ordinary, 13 y 364 d") << ord << kToday.addYears(-14).addDays(1) << false;
        QTest::newRow("ordinary, 14th birthday") << ord << kToday.addYears(-14) << true;
        QTest::newRow("emergency, child") << int(PrescriptionType::Emergency) << kToday.addYears(-5) << true;
    }
    void paediatric_ageThirteenVersusFourteen()
    {
        QFETCH(int, type);
        QFETCH(QDate, birth);
        QFETCH(bool, allowed);
        Prescription p;
        p.type = PrescriptionType(type);
        p.items << item(QStringLiteral("w1"));
        PatientFacts f = adult();
        f.age = emr::ageOn(birth, kToday);
        auto r = checkPrescriptionRules(p, drugs, f);
        QCOMPARE(r.has_value(), allowed);
        if (!allowed)
            QCOMPARE(r.error().code, ErrorCode::PrescriptionTypeNotAllowed);
    }

    void infant_weightRequiredUnderOneYear_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("withWeight");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("11 months 30 days, no weight") << kToday.addYears(-1).addDays(1) << false << false;
        QTest::newRow("11 months 30 days, weight") << kToday.addYears(-1).addDays(1) << true << true;
        QTest::newRow("first birthday, no weight") << kToday.addYears(-1) << false << true;
        QTest::newRow("newborn 10 days, weight") << kToday.addDays(-10) << true << true;
    }
    void infant_weightRequiredUnderOneYear()
    {
        QFETCH(QDate, birth);
        QFETCH(bool, withWeight);
        QFETCH(bool, allowed);
        Prescription p;
        p.type = PrescriptionType::Paediatric;
        p.items << item(QStringLiteral("w1"));
        if (withWeight)
            p.weightKg = 7.5;
        PatientFacts f = adult();
        f.age = emr::ageOn(birth, kToday);
        auto r = checkPrescriptionRules(p, drugs, f);
        QCOMPARE(r.has_value(), allowed);
        if (!allowed)
            QCOMPARE(r.error().code, ErrorCode::PatientWeightRequired);
    }

    void sheetContents_mixing_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("drugIds");
        QTest::addColumn<int>("code"); // 0 = allowed
        const int ord = int(PrescriptionType::Ordinary);
        QTest::newRow("western + patent together") << ord << QStringList{QStringLiteral("w1"), QStringLiteral("patent")} << 0;
        QTest::newRow("herbal alone") << ord << QStringList{QStringLiteral("herb1"), QStringLiteral("herb2")} << 0;
        QTest::newRow("herbal with western") << ord << QStringList{QStringLiteral("herb1"), QStringLiteral("w1")} << int(ErrorCode::HerbalPrescriptionMixed);
        QTest::newRow("herbal with patent") << ord << QStringList{QStringLiteral("patent"), QStringLiteral("herb1")} << int(ErrorCode::HerbalPrescriptionMixed);
        QTest::newRow("morphine on ordinary") << ord << QStringList{QStringLiteral("morphine")} << int(ErrorCode::ControlledDrugWrongSheet);
        QTest::newRow("diazepam on ordinary") << ord << QStringList{QStringLiteral("diazepam")} << int(ErrorCode::ControlledDrugWrongSheet);
        QTest::newRow("diazepam on 麻精一") << int(PrescriptionType::NarcoticPsych1) << QStringList{QStringLiteral("diazepam")} << int(ErrorCode::ControlledDrugWrongSheet);
        QTest::newRow("ordinary drug on 精二") << int(PrescriptionType::Psych2) << QStringList{QStringLiteral("diazepam"), QStringLiteral("w1")} << int(ErrorCode::ControlledDrugWrongSheet);
        QTest::newRow("morphine on 麻精一") << int(PrescriptionType::NarcoticPsych1) << QStringList{QStringLiteral("morphine")} << 0;
        QTest::newRow("empty") << ord << QStringList{} << int(ErrorCode::EmptyPrescription);
    }
    void sheetContents_mixing()
    {
        QFETCH(int, type);
        QFETCH(QStringList, drugIds);
        QFETCH(int, code);
        Prescription p;
        p.type = PrescriptionType(type);
        for (const QString &id : drugIds)
            p.items << item(id);
        auto r = checkPrescriptionRules(p, drugs, adult());
        if (code == 0)
            QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
        else
            QCOMPARE(int(r.error().code), code);
    }

    void narcotic_withoutIdNumber_refused()
    {
        Prescription p;
        p.type = PrescriptionType::NarcoticPsych1;
        p.items << item(QStringLiteral("morphine"));
        PatientFacts f = adult();
        f.hasIdNumber = false;
        auto r = checkPrescriptionRules(p, drugs, f);
        QCOMPARE(r.error().code, ErrorCode::PatientIdRequired);
        f.hasIdNumber = true;
        QVERIFY(checkPrescriptionRules(p, drugs, f).has_value());
    }

    void item_invalidFrequencyOrQuantity_refused()
    {
        Prescription p;
        p.items << item(QStringLiteral("w1"));
        p.items[0].frequency = QStringLiteral("sometimes");
        QCOMPARE(checkPrescriptionRules(p, drugs, adult()).error().code, ErrorCode::InvalidFrequency);
        p.items[0] = item(QStringLiteral("w1"));
        p.items[0].quantity = 0;
        QCOMPARE(checkPrescriptionRules(p, drugs, adult()).error().code, ErrorCode::InvalidQuantity);
    }
};

QTEST_GUILESS_MAIN(TestPrescriptionRules)
#include "tst_prescriptionrules.moc"
