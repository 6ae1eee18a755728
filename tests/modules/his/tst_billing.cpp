// Requirement: charge lines come from the registration, a signed prescription and fee items,
// priced in integer fen; a payment (cash, bank card, health card, social-security card, other)
// must equal the amount due and settles every open line; refunds reverse a whole payment once
// and never for drugs still dispensed; the daily report per cashier sums exactly by method;
// 10,000 lines through the store add up to the exact total.
#include "hisfixture.h"

#include "cliniclink/his/hisrecords.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::his;

class TestBilling : public QObject {
    Q_OBJECT
    test::HisFixture f;
    QString patient;
    FeeItem registration, injection;
    Drug drug;

    QString newVisit()
    {
        return f.outpatient->registerVisit(patient, emr::VisitKind::First, emr::FeeCategory::ResidentInsurance)->id;
    }

private slots:
    void initTestCase()
    {
        f.setUp();
        patient = f.addResident(QStringLiteral("缴费人"), QDate(1975, 3, 3));
        registration = *f.catalogue->saveFeeItem({{}, 0, QStringLiteral("G1"), QStringLiteral("挂号费"), FeeKind::Registration, 100,
                                                  QStringLiteral("次"), {}, {}, true});
        injection = *f.catalogue->saveFeeItem({{}, 0, QStringLiteral("I1"), QStringLiteral("肌肉注射"), FeeKind::Injection, 250,
                                               QStringLiteral("次"), {}, {}, true});
        drug = f.saveDrug(QStringLiteral("罗红霉素片"), 150, 37);
        f.receive(drug.id, 1000, f.today().addYears(1));
    }

    void charges_fromRegistrationPrescriptionAndFees_sumExactly()
    {
        const QString visit = newVisit();
        QVERIFY(f.billing->chargeRegistration(visit).has_value());
        QCOMPARE(f.billing->chargeRegistration(visit).error().code, ErrorCode::AlreadyExists);
        auto v = f.outpatient->visit(visit);
        auto p = f.prescribing->create(visit, PrescriptionType::Ordinary);
        Prescription edit = *p;
        edit.items = {test::HisFixture::item(drug.id, 150, QStringLiteral("bid"), 5)}; // 10 × 37 fen
        auto saved = f.prescribing->save(edit);
        QCOMPARE(f.billing->chargePrescription(saved->id).error().code, ErrorCode::PrescriptionNotSigned);
        auto s = f.prescribing->sign(saved->id, saved->version);
        QVERIFY(s.has_value());
        auto lines = f.billing->chargePrescription(s->id);
        QVERIFY2(lines.has_value(), lines ? "" : qPrintable(lines.error().toString()));
        QCOMPARE(lines->first().amountFen, 370);
        QCOMPARE(f.billing->chargePrescription(s->id).error().code, ErrorCode::AlreadyExists);
        QVERIFY(f.billing->chargeFeeItem(visit, injection.id, 2).has_value());
        QCOMPARE(*f.billing->amountDue(visit), 100 + 370 + 500);
        QCOMPARE(f.billing->charges(visit)->size(), 3);
    }

    void pay_amountMustMatchDue_thenAlreadyPaid()
    {
        const QString visit = newVisit();
        QVERIFY(f.billing->chargeRegistration(visit).has_value());
        QCOMPARE(f.billing->pay(visit, PaymentMethod::Cash, 99).error().code, ErrorCode::PaymentAmountMismatch);
        QCOMPARE(f.billing->pay(visit, PaymentMethod::Cash, 101).error().code, ErrorCode::PaymentAmountMismatch);
        auto paid = f.billing->pay(visit, PaymentMethod::HealthCard, 100);
        QVERIFY(paid.has_value());
        QCOMPARE(paid->amountFen, 100);
        QCOMPARE(paid->cashier, QStringLiteral("wang"));
        QCOMPARE(*f.billing->amountDue(visit), 0);
        QCOMPARE(f.billing->pay(visit, PaymentMethod::Cash, 0).error().code, ErrorCode::AlreadyPaid);
        // New charges after a payment are due on their own.
        QVERIFY(f.billing->chargeFeeItem(visit, injection.id).has_value());
        QCOMPARE(*f.billing->amountDue(visit), 250);
    }

    void refund_oncePerPayment_notForDispensedDrugs()
    {
        const QString visit = newVisit();
        f.billing->chargeRegistration(visit);
        auto paid = f.billing->pay(visit, PaymentMethod::SocialSecurityCard, 100);
        QCOMPARE(f.billing->refund(paid->id, QString()).error().code, ErrorCode::RequiredFieldMissing);
        auto r = f.billing->refund(paid->id, QStringLiteral("患者未就诊"));
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->amountFen, -100);
        QCOMPARE(r->method, PaymentMethod::SocialSecurityCard);
        QCOMPARE(f.billing->refund(paid->id, QStringLiteral("again")).error().code, ErrorCode::RefundNotAllowed);
        QCOMPARE(f.billing->charges(visit)->first().status, ChargeStatus::Refunded);

        auto p = f.signedAndPaid(patient, {test::HisFixture::item(drug.id, 150, QStringLiteral("qd"), 3)});
        QVERIFY(p.has_value());
        QVERIFY(f.pharmacy->dispense(p->id).has_value());
        auto payments = f.store().db().scalar(QStringLiteral("SELECT id FROM payment_index WHERE visit_id = ? AND kind = 'payment'"), {p->visitId});
        QCOMPARE(f.billing->refund(payments->toString(), QStringLiteral("退药")).error().code, ErrorCode::RefundNotAllowed);
        QVERIFY(f.pharmacy->returnItem(p->id, 0, 3, QStringLiteral("退药")).has_value());
        QVERIFY(f.billing->refund(payments->toString(), QStringLiteral("退药")).has_value());
    }

    void dailyReport_perCashierAndMethod_exact()
    {
        // A fresh day: the clock moves to tomorrow.
        f.reg.clinic.clock.advance(24LL * 3600 * 1000);
        const QDate day = f.today();
        const QList<std::pair<PaymentMethod, int>> visits = {{PaymentMethod::Cash, 1}, {PaymentMethod::Cash, 3},
                                                             {PaymentMethod::BankCard, 2}, {PaymentMethod::Other, 1}};
        QString refundMe;
        for (const auto &[method, injections] : visits) {
            const QString visit = newVisit();
            f.billing->chargeRegistration(visit);
            f.billing->chargeFeeItem(visit, injection.id, injections);
            auto p = f.billing->pay(visit, method, *f.billing->amountDue(visit));
            QVERIFY(p.has_value());
            if (method == PaymentMethod::BankCard)
                refundMe = p->id;
        }
        QVERIFY(f.billing->refund(refundMe, QStringLiteral("重复收费")).has_value());
        auto rep = f.billing->dailyReport(QStringLiteral("wang"), day);
        QVERIFY(rep.has_value());
        QCOMPARE(rep->receivedByMethod.value(QStringLiteral("cash")), (100 + 250) + (100 + 750));
        QCOMPARE(rep->receivedByMethod.value(QStringLiteral("bank_card")), 100 + 500);
        QCOMPARE(rep->receivedByMethod.value(QStringLiteral("other")), 100 + 250);
        QCOMPARE(rep->refundedByMethod.value(QStringLiteral("bank_card")), 600);
        QCOMPARE(rep->received, 350 + 850 + 600 + 350);
        QCOMPARE(rep->refunded, 600);
        QCOMPARE(rep->net, 350 + 850 + 350);
        QCOMPARE(rep->payments, 4);
        QCOMPARE(rep->refunds, 1);
        QCOMPARE(f.billing->dailyReport(QStringLiteral("someone-else"), day)->received, 0);
        auto closed = f.billing->closeDay(day);
        QCOMPARE(closed->net, rep->net);
        QCOMPARE(f.store().records(QLatin1String(kSettlementRecord))->size(), 1);
    }

    void tenThousandLines_throughTheStore_exactTotalAndReport()
    {
        f.reg.clinic.clock.advance(24LL * 3600 * 1000);
        const QDate day = f.today();
        // Fee items at awkward prices (1 fen … 99.99 yuan).
        QList<FeeItem> items;
        for (Fen price : {1, 7, 33, 99, 1999, 9999})
            items << *f.catalogue->saveFeeItem({{}, 0, QStringLiteral("P%1").arg(price), QStringLiteral("项目%1").arg(price),
                                                FeeKind::Procedure, price, QStringLiteral("次"), {}, {}, true});
        const QString visit = newVisit();
        Fen expected = 0;
        QVERIFY(f.store().db().transaction([&]() -> Result<void> {
            for (int n = 0; n < 10000; ++n) {
                const FeeItem &it = items.at(n % items.size());
                const qint64 quantity = 1 + n % 5;
                CL_TRY(f.billing->chargeFeeItem(visit, it.id, quantity));
                expected += it.priceFen * quantity;
            }
            return {};
        }).has_value());
        QCOMPARE(*f.billing->amountDue(visit), expected);
        auto sumOfRecords = f.store().db().scalar(QStringLiteral("SELECT SUM(amount_fen) FROM charge_index WHERE visit_id = ?"), {visit});
        QCOMPARE(sumOfRecords->toLongLong(), expected);
        QVERIFY(f.billing->pay(visit, PaymentMethod::Cash, expected).has_value());
        QCOMPARE(f.billing->dailyReport(QStringLiteral("wang"), day)->received, expected);
        QCOMPARE(formatYuan(expected), QStringLiteral("%1.%2").arg(expected / 100).arg(expected % 100, 2, 10, QLatin1Char('0')));
    }

    void billing_townshipDoctor_permissionDenied()
    {
        test::HisFixture t;
        t.setUp(identity::Role::TownshipDoctor);
        QCOMPARE(t.billing->pay(QStringLiteral("v"), PaymentMethod::Cash, 1).error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestBilling)
#include "tst_billing.moc"
