#include "cliniclink/his/billing.h"

#include "cliniclink/core/uuid7.h"
#include "cliniclink/emr/outpatient.h"
#include "cliniclink/his/catalogue.h"
#include "cliniclink/his/hisrecords.h"
#include "cliniclink/his/prescribing.h"
#include "cliniclink/identity/session.h"

#include "hisindex.h"
#include "jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cliniclink::his {

using identity::Permission;

QString paymentMethodKey(PaymentMethod m)
{
    switch (m) {
    case PaymentMethod::Cash: return u"cash"_s;
    case PaymentMethod::BankCard: return u"bank_card"_s;
    case PaymentMethod::HealthCard: return u"health_card"_s;
    case PaymentMethod::SocialSecurityCard: return u"social_security_card"_s;
    case PaymentMethod::Other: return u"other"_s;
    }
    return {};
}

QList<PaymentMethod> allPaymentMethods()
{
    return {PaymentMethod::Cash, PaymentMethod::BankCard, PaymentMethod::HealthCard, PaymentMethod::SocialSecurityCard,
            PaymentMethod::Other};
}

PaymentMethod parsePaymentMethod(const QString &key)
{
    return detail::enumFromKey(key, {PaymentMethod::Cash, PaymentMethod::BankCard, PaymentMethod::HealthCard,
                                     PaymentMethod::SocialSecurityCard},
                               paymentMethodKey, PaymentMethod::Other);
}

namespace {
QString statusKey(ChargeStatus s)
{
    return s == ChargeStatus::Paid ? u"paid"_s : s == ChargeStatus::Refunded ? u"refunded"_s : u"unpaid"_s;
}

QJsonObject lineJson(const ChargeLine &l)
{
    return {{u"visitId"_s, l.visitId},       {u"residentId"_s, l.residentId}, {u"sourceType"_s, l.sourceType},
            {u"sourceId"_s, l.sourceId},     {u"sourceItem"_s, l.sourceItem}, {u"name"_s, l.name},
            {u"unitPriceFen"_s, l.unitPriceFen}, {u"quantity"_s, l.quantity}, {u"amountFen"_s, l.amountFen},
            {u"status"_s, statusKey(l.status)}, {u"paymentId"_s, l.paymentId}};
}

ChargeLine lineFromRecord(const store::Record &r)
{
    const QJsonObject &o = r.payload;
    ChargeLine l;
    l.id = r.id;
    l.version = r.version;
    l.visitId = o.value(u"visitId"_s).toString();
    l.residentId = o.value(u"residentId"_s).toString();
    l.sourceType = o.value(u"sourceType"_s).toString();
    l.sourceId = o.value(u"sourceId"_s).toString();
    l.sourceItem = o.value(u"sourceItem"_s).toInt(-1);
    l.name = o.value(u"name"_s).toString();
    l.unitPriceFen = o.value(u"unitPriceFen"_s).toInteger();
    l.quantity = o.value(u"quantity"_s).toInteger();
    l.amountFen = o.value(u"amountFen"_s).toInteger();
    const QString s = o.value(u"status"_s).toString();
    l.status = s == u"paid"_s ? ChargeStatus::Paid : s == u"refunded"_s ? ChargeStatus::Refunded : ChargeStatus::Unpaid;
    l.paymentId = o.value(u"paymentId"_s).toString();
    return l;
}

Payment paymentFromRecord(const store::Record &r)
{
    const QJsonObject &o = r.payload;
    Payment p;
    p.id = r.id;
    p.visitId = o.value(u"visitId"_s).toString();
    p.kind = o.value(u"kind"_s).toString();
    p.method = parsePaymentMethod(o.value(u"method"_s).toString());
    p.amountFen = o.value(u"amountFen"_s).toInteger();
    p.cashier = o.value(u"cashier"_s).toString();
    p.businessDay = QDate::fromString(o.value(u"businessDay"_s).toString(), Qt::ISODate);
    p.chargeIds = detail::stringListField(o, "chargeIds"_L1);
    p.refersTo = o.value(u"refersTo"_s).toString();
    p.reason = o.value(u"reason"_s).toString();
    p.atUtc = detail::utcField(o, "at"_L1);
    return p;
}
} // namespace

// The index rows of a charge line / payment (hisindex.h); here beside the record readers.
Result<void> detail::writeChargeIndex(store::Database &db, const ChargeLine &l)
{
    static const QStringList columns = {u"id"_s, u"visit_id"_s, u"source_type"_s, u"source_id"_s, u"amount_fen"_s, u"status"_s, u"payment_id"_s};
    return db.replaceRow(u"charge_index"_s, columns,
                         {l.id, l.visitId, l.sourceType, l.sourceId, l.amountFen, statusKey(l.status),
                          l.paymentId.isEmpty() ? QVariant() : QVariant(l.paymentId)},
                         {{u"id"_s}});
}

Result<void> detail::writePaymentIndex(store::Database &db, const Payment &p)
{
    static const QStringList columns = {u"id"_s, u"visit_id"_s, u"cashier"_s, u"business_day"_s, u"method"_s, u"kind"_s, u"amount_fen"_s, u"refers_to"_s};
    return db.replaceRow(u"payment_index"_s, columns,
                         {p.id, p.visitId, p.cashier, p.businessDay.toString(Qt::ISODate), paymentMethodKey(p.method), p.kind,
                          p.amountFen, p.refersTo.isEmpty() ? QVariant() : QVariant(p.refersTo)},
                         {{u"id"_s}});
}

ChargeLine detail::chargeLineOf(const store::Record &r) { return lineFromRecord(r); }
Payment detail::paymentOf(const store::Record &r) { return paymentFromRecord(r); }

Billing::Billing(identity::Session &session, emr::Outpatient &outpatient, Catalogue &catalogue, Prescribing &prescribing)
    : m_session(session), m_outpatient(outpatient), m_catalogue(catalogue), m_prescribing(prescribing)
{
}

Result<ChargeLine> Billing::addLine(ChargeLine l)
{
    auto amount = multiplyFen(l.unitPriceFen, l.quantity);
    if (!amount)
        return fail(amount.error());
    l.amountFen = *amount;
    l.id = newId(m_session.clock());
    store::Store &s = m_session.store();
    CL_TRY(s.db().transaction([&]() -> Result<void> {
        auto rec = s.putRecord(QLatin1String(kChargeRecord), l.id, 0, lineJson(l));
        if (!rec)
            return fail(rec.error());
        l.version = rec->version;
        return detail::writeChargeIndex(s.db(), l);
    }));
    return l;
}

Result<ChargeLine> Billing::chargeRegistration(const QString &visitId)
{
    CL_TRY(m_session.require(Permission::Billing));
    auto v = m_outpatient.visit(visitId);
    if (!v)
        return fail(v.error());
    auto existing = m_session.store().db().scalar(
        u"SELECT count(*) FROM charge_index WHERE source_type = 'registration' AND source_id = ? AND status <> 'refunded'"_s, {visitId});
    if (!existing)
        return fail(existing.error());
    if (existing->toLongLong() > 0)
        return fail(ErrorCode::AlreadyExists, u"registration charge"_s);
    auto fee = m_catalogue.firstFeeItemOfKind(FeeKind::Registration);
    if (!fee)
        return fail(fee.error());
    if (!fee->has_value())
        return fail(ErrorCode::NotFound, u"registration fee item"_s);
    ChargeLine l;
    l.visitId = visitId;
    l.residentId = v->residentId;
    l.sourceType = u"registration"_s;
    l.sourceId = visitId;
    l.name = (*fee)->name;
    l.unitPriceFen = (*fee)->priceFen;
    l.quantity = 1;
    return addLine(l);
}

Result<QList<ChargeLine>> Billing::chargePrescription(const QString &prescriptionId)
{
    CL_TRY(m_session.require(Permission::Billing));
    auto p = m_prescribing.prescription(prescriptionId);
    if (!p)
        return fail(p.error());
    if (p->status == PrescriptionStatus::Draft)
        return fail(ErrorCode::PrescriptionNotSigned);
    auto drugs = m_prescribing.drugsOf(*p);
    if (!drugs)
        return fail(drugs.error());
    QList<ChargeLine> out;
    CL_TRY(m_session.store().db().transaction([&]() -> Result<void> {
        auto existing = m_session.store().db().scalar(
            u"SELECT count(*) FROM charge_index WHERE source_type = 'prescription' AND source_id = ? AND status <> 'refunded'"_s,
            {prescriptionId});
        if (!existing)
            return fail(existing.error());
        if (existing->toLongLong() > 0)
            return fail(ErrorCode::AlreadyExists, u"prescription charge"_s);
        for (int n = 0; n < p->items.size(); ++n) {
            const PrescriptionItem &i = p->items.at(n);
            const Drug &d = drugs->value(i.drugId);
            ChargeLine l;
            l.visitId = p->visitId;
            l.residentId = p->residentId;
            l.sourceType = u"prescription"_s;
            l.sourceId = prescriptionId;
            l.sourceItem = n;
            l.name = d.genericName + u' ' + d.strength;
            l.unitPriceFen = d.priceFen;
            l.quantity = i.quantity;
            auto added = addLine(l);
            if (!added)
                return fail(added.error());
            out.append(*added);
        }
        return {};
    }));
    return out;
}

Result<ChargeLine> Billing::chargeFeeItem(const QString &visitId, const QString &feeItemId, qint64 quantity)
{
    CL_TRY(m_session.require(Permission::Billing));
    if (quantity < 1)
        return fail(ErrorCode::InvalidQuantity, u"fee quantity"_s);
    auto v = m_outpatient.visit(visitId);
    if (!v)
        return fail(v.error());
    auto fee = m_catalogue.feeItem(feeItemId);
    if (!fee)
        return fail(fee.error());
    ChargeLine l;
    l.visitId = visitId;
    l.residentId = v->residentId;
    l.sourceType = u"fee_item"_s;
    l.sourceId = feeItemId;
    l.name = fee->name;
    l.unitPriceFen = fee->priceFen;
    l.quantity = quantity;
    return addLine(l);
}

Result<ChargeLine> Billing::line(const QString &id)
{
    auto rec = m_session.store().record(QLatin1String(kChargeRecord), id);
    if (!rec)
        return fail(rec.error());
    if (!rec->has_value())
        return fail(ErrorCode::NotFound, u"charge"_s);
    return lineFromRecord(**rec);
}

Result<QList<ChargeLine>> Billing::charges(const QString &visitId)
{
    auto rows = m_session.store().db().query(u"SELECT id FROM charge_index WHERE visit_id = ? ORDER BY id"_s, {visitId});
    if (!rows)
        return fail(rows.error());
    QList<ChargeLine> out;
    for (const store::Row &r : *rows) {
        auto l = line(r[0].toString());
        if (!l)
            return fail(l.error());
        out.append(*l);
    }
    return out;
}

Result<Fen> Billing::amountDue(const QString &visitId)
{
    auto lines = charges(visitId);
    if (!lines)
        return fail(lines.error());
    Fen due = 0;
    for (const ChargeLine &l : *lines) {
        if (l.status != ChargeStatus::Unpaid)
            continue;
        auto sum = addFen(due, l.amountFen);
        if (!sum)
            return fail(sum.error());
        due = *sum;
    }
    return due;
}

Result<void> Billing::setLineStatus(const ChargeLine &l, ChargeStatus status, const QString &paymentId)
{
    ChargeLine u = l;
    u.status = status;
    u.paymentId = paymentId;
    store::Store &s = m_session.store();
    auto rec = s.putRecord(QLatin1String(kChargeRecord), l.id, l.version, lineJson(u));
    if (!rec)
        return fail(rec.error());
    return detail::writeChargeIndex(s.db(), u);
}

Result<Payment> Billing::writePayment(Payment p)
{
    store::Store &s = m_session.store();
    auto rec = s.putRecord(QLatin1String(kPaymentRecord), p.id, 0,
                           {{u"visitId"_s, p.visitId},
                            {u"kind"_s, p.kind},
                            {u"method"_s, paymentMethodKey(p.method)},
                            {u"amountFen"_s, p.amountFen},
                            {u"cashier"_s, p.cashier},
                            {u"businessDay"_s, p.businessDay.toString(Qt::ISODate)},
                            {u"chargeIds"_s, QJsonArray::fromStringList(p.chargeIds)},
                            {u"refersTo"_s, p.refersTo},
                            {u"reason"_s, p.reason},
                            {u"at"_s, p.atUtc.toString(Qt::ISODateWithMs)}});
    if (!rec)
        return fail(rec.error());
    CL_TRY(detail::writePaymentIndex(s.db(), p));
    return p;
}

Result<Payment> Billing::pay(const QString &visitId, PaymentMethod method, Fen amountFen)
{
    CL_TRY(m_session.require(Permission::Billing));
    Payment p;
    CL_TRY(m_session.store().db().transaction([&]() -> Result<void> {
        auto lines = charges(visitId);
        if (!lines)
            return fail(lines.error());
        Fen due = 0;
        QList<ChargeLine> unpaid;
        for (const ChargeLine &l : *lines) {
            if (l.status != ChargeStatus::Unpaid)
                continue;
            auto sum = addFen(due, l.amountFen);
            if (!sum)
                return fail(sum.error());
            due = *sum;
            unpaid.append(l);
        }
        if (unpaid.isEmpty())
            return fail(ErrorCode::AlreadyPaid);
        if (amountFen != due)
            return fail(ErrorCode::PaymentAmountMismatch, u"due %1, given %2"_s.arg(due).arg(amountFen));
        p.id = newId(m_session.clock());
        p.visitId = visitId;
        p.kind = u"payment"_s;
        p.method = method;
        p.amountFen = due;
        p.cashier = m_session.store().actor().username;
        p.atUtc = m_session.clock().nowUtc();
        p.businessDay = p.atUtc.toLocalTime().date();
        for (const ChargeLine &l : unpaid) {
            p.chargeIds << l.id;
            CL_TRY(setLineStatus(l, ChargeStatus::Paid, p.id));
        }
        auto w = writePayment(p);
        if (!w)
            return fail(w.error());
        return {};
    }));
    return p;
}

Result<Payment> Billing::refund(const QString &paymentId, const QString &reason)
{
    CL_TRY(m_session.require(Permission::Billing));
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::RequiredFieldMissing, u"reason"_s);
    Payment r;
    CL_TRY(m_session.store().db().transaction([&]() -> Result<void> {
        auto rec = m_session.store().record(QLatin1String(kPaymentRecord), paymentId);
        if (!rec)
            return fail(rec.error());
        if (!rec->has_value())
            return fail(ErrorCode::NotFound, u"payment"_s);
        const Payment original = paymentFromRecord(**rec);
        if (original.kind != u"payment"_s)
            return fail(ErrorCode::RefundNotAllowed, u"not a payment"_s);
        auto done = m_session.store().db().scalar(u"SELECT count(*) FROM payment_index WHERE refers_to = ?"_s, {paymentId});
        if (!done)
            return fail(done.error());
        if (done->toLongLong() > 0)
            return fail(ErrorCode::RefundNotAllowed, u"already refunded"_s);
        QList<ChargeLine> lines;
        for (const QString &id : original.chargeIds) {
            auto l = line(id);
            if (!l)
                return fail(l.error());
            if (l->sourceType == u"prescription"_s) {
                auto p = m_prescribing.prescription(l->sourceId);
                if (!p)
                    return fail(p.error());
                if (l->sourceItem >= 0 && l->sourceItem < p->items.size() && p->items.at(l->sourceItem).dispensed > 0)
                    return fail(ErrorCode::RefundNotAllowed, u"drugs dispensed"_s);
            }
            lines.append(*l);
        }
        r.id = newId(m_session.clock());
        r.visitId = original.visitId;
        r.kind = u"refund"_s;
        r.method = original.method;
        r.amountFen = -original.amountFen;
        r.cashier = m_session.store().actor().username;
        r.atUtc = m_session.clock().nowUtc();
        r.businessDay = r.atUtc.toLocalTime().date();
        r.chargeIds = original.chargeIds;
        r.refersTo = paymentId;
        r.reason = reason.trimmed();
        for (const ChargeLine &l : lines)
            CL_TRY(setLineStatus(l, ChargeStatus::Refunded, l.paymentId));
        auto w = writePayment(r);
        if (!w)
            return fail(w.error());
        return {};
    }));
    return r;
}

Result<QList<Payment>> Billing::payments(const QString &visitId)
{
    CL_TRY(m_session.require(Permission::Billing));
    auto rows = m_session.store().db().query(u"SELECT id FROM payment_index WHERE visit_id = ? ORDER BY id"_s, {visitId});
    if (!rows)
        return fail(rows.error());
    QList<Payment> out;
    for (const store::Row &r : *rows) {
        auto rec = m_session.store().record(QLatin1String(kPaymentRecord), r[0].toString());
        if (!rec)
            return fail(rec.error());
        if (rec->has_value())
            out.append(paymentFromRecord(**rec));
    }
    return out;
}

Result<DailyReport> Billing::dailyReport(const QString &cashier, const QDate &day)
{
    CL_TRY(m_session.require(Permission::Billing));
    // Summed in SQL over INTEGER columns: exact, whatever the number of payments.
    auto rows = m_session.store().db().query(u"SELECT kind, method, SUM(amount_fen), count(*) FROM payment_index "
                                             "WHERE cashier = ? AND business_day = ? GROUP BY kind, method"_s,
                                             {cashier, day.toString(Qt::ISODate)});
    if (!rows)
        return fail(rows.error());
    DailyReport rep;
    rep.cashier = cashier;
    rep.day = day;
    for (const store::Row &r : *rows) {
        const Fen sum = r[2].toLongLong();
        if (r[0].toString() == u"refund"_s) {
            rep.refundedByMethod.insert(r[1].toString(), -sum);
            rep.refunded += -sum;
            rep.refunds += int(r[3].toLongLong());
        } else {
            rep.receivedByMethod.insert(r[1].toString(), sum);
            rep.received += sum;
            rep.payments += int(r[3].toLongLong());
        }
    }
    rep.net = rep.received - rep.refunded;
    return rep;
}

Result<DailyReport> Billing::closeDay(const QDate &day)
{
    const QString cashier = m_session.store().actor().username;
    auto rep = dailyReport(cashier, day);
    if (!rep)
        return fail(rep.error());
    QJsonObject received, refunded;
    for (auto it = rep->receivedByMethod.begin(); it != rep->receivedByMethod.end(); ++it)
        received.insert(it.key(), it.value());
    for (auto it = rep->refundedByMethod.begin(); it != rep->refundedByMethod.end(); ++it)
        refunded.insert(it.key(), it.value());
    auto rec = m_session.store().putRecord(QLatin1String(kSettlementRecord), newId(m_session.clock()), 0,
                                           {{u"cashier"_s, cashier},
                                            {u"day"_s, day.toString(Qt::ISODate)},
                                            {u"receivedByMethod"_s, received},
                                            {u"refundedByMethod"_s, refunded},
                                            {u"receivedFen"_s, rep->received},
                                            {u"refundedFen"_s, rep->refunded},
                                            {u"netFen"_s, rep->net},
                                            {u"payments"_s, rep->payments},
                                            {u"refunds"_s, rep->refunds}});
    if (!rec)
        return fail(rec.error());
    return rep;
}

} // namespace cliniclink::his
