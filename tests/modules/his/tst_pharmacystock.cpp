// Requirement: stock is received by batch (expiry, supplier); dispensing against a signed and
// paid prescription takes the earliest-expiring unexpired batch first (FIFO by expiry), records
// partial dispensing and completes it later; returns go back to the batch they came from;
// stocktakes record differences; low-stock and near-expiry lists; every movement is a record
// with an outbox entry; a batch quantity can never become negative, even by direct SQL.
#include "hisfixture.h"

#include "cliniclink/his/hisrecords.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::his;

class TestPharmacyStock : public QObject {
    Q_OBJECT
    test::HisFixture f;
    QString patient;

    qint64 batchQuantity(const QString &batchId)
    {
        return f.store().db().scalar(QStringLiteral("SELECT quantity FROM stock_batch WHERE id = ?"), {batchId})->toLongLong();
    }

private slots:
    void initTestCase()
    {
        f.setUp();
        patient = f.addResident(QStringLiteral("取药人"), QDate(1965, 6, 6));
    }

    void dispense_fifoByExpiry_skipsExpiredTakesEarliestFirst()
    {
        const Drug d = f.saveDrug(QStringLiteral("二甲双胍片"), 500, 12);
        const QString expired = f.receive(d.id, 50, f.today(), QStringLiteral("OLD")); // expires today...
        f.reg.clinic.clock.advance(qint64(24) * 3600 * 1000);                              // ...and the day passes
        const QString late = f.receive(d.id, 10, f.today().addMonths(18), QStringLiteral("LATE"));
        const QString early = f.receive(d.id, 10, f.today().addMonths(6), QStringLiteral("EARLY")); // received later, expires first
        const QString today = f.receive(d.id, 2, f.today(), QStringLiteral("TODAY")); // usable through its expiry day
        auto p = f.signedAndPaid(patient, {test::HisFixture::item(d.id, 500, QStringLiteral("tid"), 5)}); // 15 units
        QVERIFY2(p.has_value(), p ? "" : qPrintable(p.error().toString()));
        auto out = f.pharmacy->dispense(p->id);
        QVERIFY2(out.has_value(), out ? "" : qPrintable(out.error().toString()));
        QVERIFY(out->complete);
        QCOMPARE(out->lines.size(), 3);
        QCOMPARE(out->lines[0].batchId, today);
        QCOMPARE(out->lines[0].quantity, 2);
        QCOMPARE(out->lines[1].batchId, early);
        QCOMPARE(out->lines[1].quantity, 10);
        QCOMPARE(out->lines[2].batchId, late);
        QCOMPARE(out->lines[2].quantity, 3);
        QCOMPARE(batchQuantity(expired), 50);
        QCOMPARE(batchQuantity(late), 7);
        QCOMPARE(*f.pharmacy->available(d.id), 7);
        QCOMPARE(out->prescription.status, PrescriptionStatus::Dispensed);
        QCOMPARE(f.pharmacy->dispense(p->id).error().code, ErrorCode::NothingToDispense);
    }

    void dispense_insufficient_partialThenCompleted()
    {
        const Drug d = f.saveDrug(QStringLiteral("氨氯地平片"), 5, 30);
        f.receive(d.id, 4, f.today().addYears(1));
        auto p = f.signedAndPaid(patient, {test::HisFixture::item(d.id, 5, QStringLiteral("qd"), 7)}); // 7 units
        QVERIFY2(p.has_value(), p ? "" : qPrintable(p.error().toString()));
        auto first = f.pharmacy->dispense(p->id);
        QVERIFY(first.has_value());
        QVERIFY(!first->complete);
        QCOMPARE(first->prescription.status, PrescriptionStatus::PartiallyDispensed);
        QCOMPARE(first->prescription.items.first().dispensed, 4);
        QCOMPARE(*f.pharmacy->available(d.id), 0);
        // Still queued; nothing more to give until stock arrives.
        auto queue = f.prescribing->dispensingQueue();
        QVERIFY(std::any_of(queue->begin(), queue->end(), [&](const Prescription &q) { return q.id == p->id; }));
        QCOMPARE(f.pharmacy->dispense(p->id).error().code, ErrorCode::StockInsufficient);
        f.receive(d.id, 10, f.today().addYears(1), QStringLiteral("B2"));
        auto second = f.pharmacy->dispense(p->id);
        QVERIFY(second.has_value());
        QVERIFY(second->complete);
        QCOMPARE(second->lines.size(), 1);
        QCOMPARE(second->lines.first().quantity, 3);
        QCOMPARE(*f.pharmacy->available(d.id), 7);
    }

    void dispense_unsignedOrUnpaid_refused()
    {
        const Drug d = f.saveDrug(QStringLiteral("复方甘草片"), 1, 3);
        f.receive(d.id, 100, f.today().addYears(1));
        auto draft = f.draft(patient, {test::HisFixture::item(d.id, 2, QStringLiteral("tid"), 3)});
        QCOMPARE(f.pharmacy->dispense(draft->id).error().code, ErrorCode::PrescriptionNotSigned);
        auto s = f.prescribing->sign(draft->id, draft->version);
        QVERIFY(s.has_value());
        QCOMPARE(f.pharmacy->dispense(s->id).error().code, ErrorCode::ChargesUnpaid);
        QVERIFY(f.billing->chargePrescription(s->id).has_value());
        QCOMPARE(f.pharmacy->dispense(s->id).error().code, ErrorCode::ChargesUnpaid);
        QCOMPARE(*f.pharmacy->available(d.id), 100);
    }

    void returnItem_goesBackToTheBatchTakenLast()
    {
        const Drug d = f.saveDrug(QStringLiteral("头孢氨苄胶囊"), 250, 25);
        const QString early = f.receive(d.id, 5, f.today().addMonths(3), QStringLiteral("E"));
        const QString late = f.receive(d.id, 20, f.today().addMonths(12), QStringLiteral("L"));
        auto p = f.signedAndPaid(patient, {test::HisFixture::item(d.id, 500, QStringLiteral("qid"), 3)}); // 24 units
        QVERIFY(f.pharmacy->dispense(p->id).has_value());
        QCOMPARE(batchQuantity(early), 0);
        QCOMPARE(batchQuantity(late), 1);
        QCOMPARE(f.pharmacy->returnItem(p->id, 0, 25, QStringLiteral("过量")).error().code, ErrorCode::InvalidQuantity);
        QCOMPARE(f.pharmacy->returnItem(p->id, 0, 2, QString()).error().code, ErrorCode::RequiredFieldMissing);
        auto back = f.pharmacy->returnItem(p->id, 0, 21, QStringLiteral("过敏停药"));
        QVERIFY2(back.has_value(), back ? "" : qPrintable(back.error().toString()));
        QCOMPARE(back->size(), 2);
        QCOMPARE(back->at(0).batchId, late);
        QCOMPARE(back->at(0).quantity, 19);
        QCOMPARE(back->at(1).batchId, early);
        QCOMPARE(back->at(1).quantity, 2);
        QCOMPARE(batchQuantity(late), 20);
        QCOMPARE(batchQuantity(early), 2);
        auto after = f.prescribing->prescription(p->id);
        QCOMPARE(after->items.first().dispensed, 3);
        QCOMPARE(after->status, PrescriptionStatus::PartiallyDispensed);
    }

    void stocktake_differencesRecordedAsAdjustments()
    {
        const Drug d = f.saveDrug(QStringLiteral("葡萄糖注射液"), 1, 150);
        const QString a = f.receive(d.id, 30, f.today().addYears(1), QStringLiteral("A"));
        const QString b = f.receive(d.id, 10, f.today().addYears(2), QStringLiteral("B"));
        auto lines = f.pharmacy->stocktake({{a, 28}, {b, 10}}, QStringLiteral("月末盘点"));
        QVERIFY2(lines.has_value(), lines ? "" : qPrintable(lines.error().toString()));
        QCOMPARE(lines->size(), 2);
        QCOMPARE(lines->at(0).expected, 30);
        QCOMPARE(lines->at(0).counted, 28);
        QCOMPARE(lines->at(0).difference, -2);
        QCOMPARE(lines->at(1).difference, 0);
        QCOMPARE(batchQuantity(a), 28);
        auto moves = f.pharmacy->movements(d.id);
        QCOMPARE(moves->size(), 3); // two receipts, one adjustment
        QCOMPARE(moves->last().kind, QStringLiteral("adjust"));
        QCOMPARE(moves->last().quantity, -2);
        QCOMPARE(f.pharmacy->stocktake({{a, -1}}).error().code, ErrorCode::InvalidQuantity);
    }

    void lists_lowStockAndNearExpiry()
    {
        Drug d = f.saveDrug(QStringLiteral("硝酸甘油片"), 0.5, 40);
        d.lowStockThreshold = 20;
        d = *f.catalogue->saveDrug(d);
        f.receive(d.id, 100, f.today(), QStringLiteral("GONE"));
        f.reg.clinic.clock.advance(qint64(3) * 24 * 3600 * 1000); // GONE expired: not available, listed as expiring
        const QString soon = f.receive(d.id, 15, f.today().addDays(30), QStringLiteral("SOON"));
        auto low = f.pharmacy->lowStock();
        QVERIFY(std::any_of(low->begin(), low->end(), [&](const LowStock &l) { return l.drugId == d.id && l.available == 15; }));
        auto near = f.pharmacy->nearExpiry(30);
        QStringList batchNos;
        for (const StockBatch &b : *near)
            if (b.drugId == d.id)
                batchNos << b.batchNo;
        QCOMPARE(batchNos, (QStringList{QStringLiteral("GONE"), QStringLiteral("SOON")}));
        auto notYet = f.pharmacy->nearExpiry(29);
        QVERIFY(std::none_of(notYet->begin(), notYet->end(), [&](const StockBatch &b) { return b.id == soon; }));
        f.receive(d.id, 5, f.today().addYears(1), QStringLiteral("MORE"));
        low = f.pharmacy->lowStock();
        QVERIFY(std::none_of(low->begin(), low->end(), [&](const LowStock &l) { return l.drugId == d.id; }));
    }

    void movements_everyOneARecordWithOutbox()
    {
        auto idx = f.store().db().scalar(QStringLiteral("SELECT count(*) FROM stock_movement_index"));
        auto recs = f.store().records(QLatin1String(kStockMovementRecord));
        QCOMPARE(qint64(recs->size()), idx->toLongLong());
        auto outbox = f.store().outbox(QStringLiteral("pending"), 1000000);
        qint64 n = 0;
        for (const auto &e : *outbox)
            n += e.recordType == QLatin1String(kStockMovementRecord);
        QCOMPARE(n, idx->toLongLong());
        // Stock equals the sum of its movements, per batch.
        auto mismatched = f.store().db().scalar(QStringLiteral(
            "SELECT count(*) FROM stock_batch b WHERE b.quantity <> (SELECT SUM(quantity) FROM stock_movement_index m WHERE m.batch_id = b.id)"));
        QCOMPARE(mismatched->toLongLong(), 0);
    }

    void stockBatch_negativeQuantity_refusedBySqlCheck()
    {
        auto r = f.store().db().execute(QStringLiteral("UPDATE stock_batch SET quantity = quantity - 1000000"));
        QVERIFY(!r);
        auto negative = f.store().db().scalar(QStringLiteral("SELECT count(*) FROM stock_batch WHERE quantity < 0"));
        QCOMPARE(negative->toLongLong(), 0);
    }

    void receive_invalid_refused()
    {
        const Drug d = f.saveDrug(QStringLiteral("碘伏"), 1, 500);
        QCOMPARE(f.pharmacy->receive({d.id, QStringLiteral("X"), f.today(), {}, 0, 1}).error().code, ErrorCode::InvalidQuantity);
        QCOMPARE(f.pharmacy->receive({d.id, QString(), f.today(), {}, 1, 1}).error().code, ErrorCode::RequiredFieldMissing);
        QCOMPARE(f.pharmacy->receive({d.id, QStringLiteral("X"), QDate(), {}, 1, 1}).error().code, ErrorCode::InvalidDate);
        // Already expired stock is refused at the door (a batch expiring today is still usable).
        QCOMPARE(f.pharmacy->receive({d.id, QStringLiteral("X"), f.today().addDays(-1), {}, 1, 1}).error().code,
                 ErrorCode::BatchAlreadyExpired);
        QVERIFY(f.pharmacy->receive({d.id, QStringLiteral("X"), f.today(), {}, 1, 1}).has_value());
        QCOMPARE(f.pharmacy->receive({QStringLiteral("nope"), QStringLiteral("X"), f.today(), {}, 1, 1}).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPharmacyStock)
#include "tst_pharmacystock.moc"
