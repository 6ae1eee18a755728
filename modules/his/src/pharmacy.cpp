#include "cliniclink/his/pharmacy.h"

#include "cliniclink/core/uuid7.h"
#include "cliniclink/his/catalogue.h"
#include "cliniclink/his/hisrecords.h"
#include "cliniclink/his/prescribing.h"
#include "cliniclink/identity/session.h"
#include "hislogging.h"
#include "stockqueries.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cliniclink::his {

using identity::Permission;

namespace {
StockBatch batchFromRow(const store::Row &r)
{
    return {r[0].toString(), r[1].toString(), r[2].toString(), QDate::fromString(r[3].toString(), Qt::ISODate),
            r[4].toLongLong(), QDateTime::fromString(r[5].toString(), Qt::ISODateWithMs)};
}
const QString kBatchColumns = u"id, drug_id, batch_no, expiry, quantity, received_at"_s;
} // namespace

Pharmacy::Pharmacy(identity::Session &session, Prescribing &prescribing) : m_session(session), m_prescribing(prescribing) {}

QDate Pharmacy::today() const { return m_session.clock().nowUtc().toLocalTime().date(); }

// One movement: the guarded quantity change and its record, in the caller's transaction.
// The WHERE clause refuses a change that would go below zero; the table's CHECK backs it up.
Result<void> Pharmacy::move(const QString &kind, const QString &drugId, const QString &batchId, qint64 delta,
                            const QString &refId, const QJsonObject &extra)
{
    store::Store &s = m_session.store();
    auto changed = s.db().execute(u"UPDATE stock_batch SET quantity = quantity + ? WHERE id = ? AND quantity + ? >= 0"_s,
                                  {delta, batchId, delta});
    if (!changed)
        return fail(changed.error());
    if (*changed != 1)
        return fail(ErrorCode::StockInsufficient, u"batch"_s);
    const QString id = newId(m_session.clock());
    const QString at = m_session.clock().nowUtc().toString(Qt::ISODateWithMs);
    QJsonObject payload = extra;
    payload.insert(u"kind"_s, kind);
    payload.insert(u"drugId"_s, drugId);
    payload.insert(u"batchId"_s, batchId);
    payload.insert(u"quantity"_s, delta);
    payload.insert(u"refId"_s, refId);
    payload.insert(u"at"_s, at);
    auto rec = s.putRecord(QLatin1String(kStockMovementRecord), id, 0, payload);
    if (!rec)
        return fail(rec.error());
    const QJsonValue item = extra.value(u"item"_s);
    auto idx = s.db().execute(u"INSERT INTO stock_movement_index(id, drug_id, batch_id, kind, quantity, ref_id, item, at) "
                              "VALUES(?,?,?,?,?,?,?,?)"_s,
                              {id, drugId, batchId, kind, delta, refId.isEmpty() ? QVariant() : QVariant(refId),
                               item.isDouble() ? QVariant(item.toInt()) : QVariant(), at});
    if (!idx)
        return fail(idx.error());
    return {};
}

Result<StockBatch> Pharmacy::receive(const StockReceipt &r)
{
    CL_TRY(m_session.require(Permission::ManageStock));
    if (r.quantity < 1 || r.unitCostFen < 0 || r.unitCostFen > kMaxAmountFen)
        return fail(ErrorCode::InvalidQuantity, u"receipt"_s);
    if (!r.expiry.isValid())
        return fail(ErrorCode::InvalidDate, u"expiry"_s);
    if (r.expiry < today()) // usable through its expiry day, as dispensing counts it
        return fail(ErrorCode::BatchAlreadyExpired, r.expiry.toString(Qt::ISODate));
    if (r.batchNo.trimmed().isEmpty())
        return fail(ErrorCode::RequiredFieldMissing, u"batchNo"_s);
    Catalogue catalogue(m_session);
    auto drug = catalogue.drug(r.drugId);
    if (!drug)
        return fail(drug.error());
    store::Store &s = m_session.store();
    StockBatch b{newId(m_session.clock()), r.drugId, r.batchNo.trimmed(), r.expiry, 0, m_session.clock().nowUtc()};
    CL_TRY(s.db().transaction([&]() -> Result<void> {
        auto rec = s.putRecord(QLatin1String(kStockBatchRecord), b.id, 0,
                               {{u"drugId"_s, b.drugId},
                                {u"batchNo"_s, b.batchNo},
                                {u"expiry"_s, b.expiry.toString(Qt::ISODate)},
                                {u"supplier"_s, r.supplier.trimmed()},
                                {u"receivedQuantity"_s, r.quantity},
                                {u"unitCostFen"_s, r.unitCostFen},
                                {u"receivedAt"_s, b.receivedUtc.toString(Qt::ISODateWithMs)}});
        if (!rec)
            return fail(rec.error());
        auto ins = s.db().execute(u"INSERT INTO stock_batch(id, drug_id, batch_no, expiry, quantity, received_at) VALUES(?,?,?,?,0,?)"_s,
                                  {b.id, b.drugId, b.batchNo, b.expiry.toString(Qt::ISODate), b.receivedUtc.toString(Qt::ISODateWithMs)});
        if (!ins)
            return fail(ins.error());
        return move(u"receipt"_s, b.drugId, b.id, r.quantity, b.id);
    }));
    b.quantity = r.quantity;
    return b;
}

Result<DispenseOutcome> Pharmacy::dispense(const QString &prescriptionId)
{
    CL_TRY(m_session.require(Permission::Dispense));
    store::Store &s = m_session.store();
    DispenseOutcome out;
    // Everything from the read of the prescription to the last movement is one BEGIN IMMEDIATE
    // transaction: a second PC dispensing the same drug waits, then sees the reduced stock.
    CL_TRY(s.db().transaction([&]() -> Result<void> {
        auto p = m_prescribing.prescription(prescriptionId);
        if (!p)
            return fail(p.error());
        if (p->status == PrescriptionStatus::Draft)
            return fail(ErrorCode::PrescriptionNotSigned);
        if (p->status == PrescriptionStatus::Dispensed)
            return fail(ErrorCode::NothingToDispense);
        auto paid = s.db().queryOne(u"SELECT count(*), COALESCE(SUM(status = 'paid'), 0) FROM charge_index "
                                    "WHERE source_type = 'prescription' AND source_id = ?"_s,
                                    {prescriptionId});
        if (!paid)
            return fail(paid.error());
        const qint64 lines = (**paid)[0].toLongLong();
        if (lines == 0 || (**paid)[1].toLongLong() != lines)
            return fail(ErrorCode::ChargesUnpaid);

        const QString day = today().toString(Qt::ISODate);
        qint64 dispensedNow = 0;
        bool complete = true;
        for (int n = 0; n < p->items.size(); ++n) {
            PrescriptionItem &item = p->items[n];
            qint64 outstanding = item.quantity - item.dispensed;
            if (outstanding <= 0)
                continue;
            auto batches = s.db().query(u"SELECT id, quantity FROM stock_batch WHERE drug_id = ? AND quantity > 0 AND expiry >= ? "
                                        "ORDER BY expiry, received_at, id"_s,
                                        {item.drugId, day});
            if (!batches)
                return fail(batches.error());
            for (const store::Row &b : *batches) {
                if (outstanding == 0)
                    break;
                const qint64 take = std::min(outstanding, b[1].toLongLong());
                CL_TRY(move(u"dispense"_s, item.drugId, b[0].toString(), -take, prescriptionId, {{u"item"_s, n}}));
                out.lines.append({n, item.drugId, b[0].toString(), take});
                item.dispensed += take;
                outstanding -= take;
                dispensedNow += take;
            }
            if (outstanding > 0)
                complete = false;
        }
        if (dispensedNow == 0)
            return fail(ErrorCode::StockInsufficient, u"nothing dispensable"_s);
        p->status = complete ? PrescriptionStatus::Dispensed : PrescriptionStatus::PartiallyDispensed;
        auto w = m_prescribing.write(*p, p->version);
        if (!w)
            return fail(w.error());
        out.prescription = *w;
        out.complete = complete;
        return {};
    }));
    qCInfo(lcHis) << "dispensed" << prescriptionId << "lines" << out.lines.size() << (out.complete ? "complete" : "partial");
    return out;
}

Result<QList<DispenseLine>> Pharmacy::returnItem(const QString &prescriptionId, int item, qint64 quantity, const QString &reason)
{
    CL_TRY(m_session.require(Permission::Dispense));
    if (quantity < 1)
        return fail(ErrorCode::InvalidQuantity, u"return"_s);
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::RequiredFieldMissing, u"reason"_s);
    store::Store &s = m_session.store();
    QList<DispenseLine> lines;
    CL_TRY(s.db().transaction([&]() -> Result<void> {
        auto p = m_prescribing.prescription(prescriptionId);
        if (!p)
            return fail(p.error());
        if (item < 0 || item >= p->items.size() || quantity > p->items.at(item).dispensed)
            return fail(ErrorCode::InvalidQuantity, u"return exceeds dispensed"_s);
        // Net units still out per batch for this item; the batch taken last goes back first.
        auto rows = s.db().query(u"SELECT m.batch_id, -SUM(m.quantity) FROM stock_movement_index m JOIN stock_batch b ON b.id = m.batch_id "
                                 "WHERE m.ref_id = ? AND m.item = ? AND m.kind IN ('dispense', 'return') "
                                 "GROUP BY m.batch_id HAVING -SUM(m.quantity) > 0 ORDER BY b.expiry DESC, b.received_at DESC"_s,
                                 {prescriptionId, item});
        if (!rows)
            return fail(rows.error());
        qint64 left = quantity;
        PrescriptionItem &it = p->items[item];
        for (const store::Row &r : *rows) {
            if (left == 0)
                break;
            const qint64 back = std::min(left, r[1].toLongLong());
            CL_TRY(move(u"return"_s, it.drugId, r[0].toString(), back, prescriptionId,
                        {{u"item"_s, item}, {u"reason"_s, reason.trimmed()}}));
            lines.append({item, it.drugId, r[0].toString(), back});
            left -= back;
        }
        if (left != 0)
            return fail(ErrorCode::InvalidQuantity, u"return exceeds dispensed"_s);
        it.dispensed -= quantity;
        bool any = false;
        bool complete = true;
        for (const PrescriptionItem &i : p->items) {
            any = any || i.dispensed > 0;
            complete = complete && i.dispensed >= i.quantity;
        }
        p->status = complete ? PrescriptionStatus::Dispensed : any ? PrescriptionStatus::PartiallyDispensed : PrescriptionStatus::Signed;
        auto w = m_prescribing.write(*p, p->version);
        if (!w)
            return fail(w.error());
        return {};
    }));
    return lines;
}

Result<QList<StocktakeLine>> Pharmacy::stocktake(const QList<StockCount> &counts, const QString &note)
{
    CL_TRY(m_session.require(Permission::ManageStock));
    store::Store &s = m_session.store();
    QList<StocktakeLine> lines;
    const QString stocktakeId = newId(m_session.clock());
    CL_TRY(s.db().transaction([&]() -> Result<void> {
        QJsonArray recorded;
        for (const StockCount &c : counts) {
            if (c.counted < 0)
                return fail(ErrorCode::InvalidQuantity, u"count"_s);
            auto row = s.db().queryOne(u"SELECT drug_id, quantity FROM stock_batch WHERE id = ?"_s, {c.batchId});
            if (!row)
                return fail(row.error());
            if (!row->has_value())
                return fail(ErrorCode::NotFound, u"batch"_s);
            StocktakeLine l{c.batchId, (**row)[0].toString(), (**row)[1].toLongLong(), c.counted, 0};
            l.difference = l.counted - l.expected;
            if (l.difference != 0)
                CL_TRY(move(u"adjust"_s, l.drugId, l.batchId, l.difference, stocktakeId));
            recorded.append(QJsonObject{{u"batchId"_s, l.batchId}, {u"drugId"_s, l.drugId}, {u"expected"_s, l.expected},
                                        {u"counted"_s, l.counted}, {u"difference"_s, l.difference}});
            lines.append(l);
        }
        auto rec = s.putRecord(QLatin1String(kStocktakeRecord), stocktakeId, 0,
                               {{u"lines"_s, recorded}, {u"note"_s, note}, {u"day"_s, today().toString(Qt::ISODate)}});
        if (!rec)
            return fail(rec.error());
        return {};
    }));
    return lines;
}

Result<qint64> Pharmacy::available(const QString &drugId)
{
    auto units = detail::availableUnits(m_session.store().db(), {drugId}, today());
    if (!units)
        return fail(units.error());
    return units->value(drugId);
}

Result<QList<StockBatch>> Pharmacy::batches(const QString &drugId, bool includeEmpty)
{
    auto rows = m_session.store().db().query(u"SELECT "_s + kBatchColumns
                                                 + u" FROM stock_batch WHERE drug_id = ? AND (quantity > 0 OR ?) ORDER BY expiry, received_at, id"_s,
                                             {drugId, int(includeEmpty)});
    if (!rows)
        return fail(rows.error());
    QList<StockBatch> out;
    for (const store::Row &r : *rows)
        out.append(batchFromRow(r));
    return out;
}

Result<QList<LowStock>> Pharmacy::lowStock()
{
    Catalogue catalogue(m_session);
    auto drugs = catalogue.drugs();
    if (!drugs)
        return fail(drugs.error());
    QList<LowStock> out;
    for (const Drug &d : *drugs) {
        if (d.lowStockThreshold <= 0)
            continue;
        auto n = available(d.id);
        if (!n)
            return fail(n.error());
        if (*n < d.lowStockThreshold)
            out.append({d.id, *n, d.lowStockThreshold});
    }
    return out;
}

Result<QList<StockBatch>> Pharmacy::nearExpiry(int days)
{
    auto rows = m_session.store().db().query(u"SELECT "_s + kBatchColumns
                                                 + u" FROM stock_batch WHERE quantity > 0 AND expiry <= ? ORDER BY expiry, id"_s,
                                             {today().addDays(days).toString(Qt::ISODate)});
    if (!rows)
        return fail(rows.error());
    QList<StockBatch> out;
    for (const store::Row &r : *rows)
        out.append(batchFromRow(r));
    return out;
}

Result<QList<StockMovement>> Pharmacy::movements(const QString &drugId)
{
    auto rows = m_session.store().db().query(u"SELECT id, kind, drug_id, batch_id, quantity, ref_id, at FROM stock_movement_index "
                                             "WHERE drug_id = ? ORDER BY at, id"_s,
                                             {drugId});
    if (!rows)
        return fail(rows.error());
    QList<StockMovement> out;
    for (const store::Row &r : *rows)
        out.append({r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(), r[4].toLongLong(), r[5].toString(),
                    QDateTime::fromString(r[6].toString(), Qt::ISODateWithMs)});
    return out;
}

} // namespace cliniclink::his
