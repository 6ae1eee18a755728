#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/his/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cliniclink::identity {
class Session;
}
namespace cliniclink::emr {
class Outpatient;
}

namespace cliniclink::his {

class Catalogue;
class Prescribing;

// 现金, 银行卡, 居民健康卡, 社会保障卡, 其他 (the four ways of §11.7.2.5 plus "other").
enum class PaymentMethod { Cash, BankCard, HealthCard, SocialSecurityCard, Other };
QString paymentMethodKey(PaymentMethod m); // "cash", "bank_card", "health_card", "social_security_card", "other"
PaymentMethod parsePaymentMethod(const QString &key);
QList<PaymentMethod> allPaymentMethods();

enum class ChargeStatus { Unpaid, Paid, Refunded };

struct ChargeLine {
    QString id;
    qint64 version = 0;
    QString visitId;
    QString residentId;
    QString sourceType; // "registration", "prescription", "fee_item"
    QString sourceId;
    int sourceItem = -1; // prescription item index
    QString name;
    Fen unitPriceFen = 0;
    qint64 quantity = 0;
    Fen amountFen = 0;
    ChargeStatus status = ChargeStatus::Unpaid;
    QString paymentId;
};

struct Payment {
    QString id;
    QString visitId;
    QString kind; // "payment" or "refund"
    PaymentMethod method = PaymentMethod::Cash;
    Fen amountFen = 0; // negative for a refund
    QString cashier;
    QDate businessDay;
    QStringList chargeIds;
    QString refersTo; // refund: the payment refunded
    QString reason;
    QDateTime atUtc;
};

// 日结 of one cashier for one day: exact sums in fen per method.
struct DailyReport {
    QString cashier;
    QDate day;
    QMap<QString, Fen> receivedByMethod; // payment method key → fen
    QMap<QString, Fen> refundedByMethod; // positive numbers
    Fen received = 0;
    Fen refunded = 0;
    Fen net = 0;
    int payments = 0;
    int refunds = 0;
};

// Charges and payments; all amounts integer fen. Needs Permission::Billing.
class Billing {
public:
    Billing(identity::Session &session, emr::Outpatient &outpatient, Catalogue &catalogue, Prescribing &prescribing);

    // The registration fee (the catalogue's first active registration fee item).
    Result<ChargeLine> chargeRegistration(const QString &visitId);
    // One line per item of a signed prescription (price × quantity); AlreadyExists if charged.
    Result<QList<ChargeLine>> chargePrescription(const QString &prescriptionId);
    Result<ChargeLine> chargeFeeItem(const QString &visitId, const QString &feeItemId, qint64 quantity = 1);

    Result<QList<ChargeLine>> charges(const QString &visitId);
    Result<Fen> amountDue(const QString &visitId); // sum of unpaid lines
    // Pays every unpaid line of the visit; the amount must equal amountDue
    // (PaymentAmountMismatch), AlreadyPaid when nothing is due.
    Result<Payment> pay(const QString &visitId, PaymentMethod method, Fen amountFen);
    // Refunds a whole payment by its method. RefundNotAllowed when already refunded or when
    // drugs of its prescription lines are still dispensed (return them first).
    Result<Payment> refund(const QString &paymentId, const QString &reason);
    // The visit's payments and refunds, oldest first (ids are time-ordered).
    Result<QList<Payment>> payments(const QString &visitId);

    Result<DailyReport> dailyReport(const QString &cashier, const QDate &day);
    // Stores the day's report as a daily_settlement record (日结), for the signed-in cashier.
    Result<DailyReport> closeDay(const QDate &day);

private:
    Result<ChargeLine> addLine(ChargeLine line);
    Result<ChargeLine> line(const QString &id);
    Result<void> setLineStatus(const ChargeLine &l, ChargeStatus status, const QString &paymentId);
    Result<Payment> writePayment(Payment p);

    identity::Session &m_session;
    emr::Outpatient &m_outpatient;
    Catalogue &m_catalogue;
    Prescribing &m_prescribing;
};

} // namespace cliniclink::his
