#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/his/money.h"
#include "cliniclink/his/prescription.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::his {

class Prescribing;

struct StockReceipt {
    QString drugId;
    QString batchNo;
    QDate expiry; // last day of use
    QString supplier;
    qint64 quantity = 0; // dispensing units
    Fen unitCostFen = 0;
};

struct StockBatch {
    QString id;
    QString drugId;
    QString batchNo;
    QDate expiry;
    qint64 quantity = 0;
    QDateTime receivedUtc;
};

// kind: "receipt", "dispense", "return", "adjust"; quantity is the signed change.
struct StockMovement {
    QString id;
    QString kind;
    QString drugId;
    QString batchId;
    qint64 quantity = 0;
    QString refId; // prescription or stocktake
    QDateTime atUtc;
};

struct DispenseLine {
    int item = -1;
    QString drugId;
    QString batchId;
    qint64 quantity = 0;
};

struct DispenseOutcome {
    Prescription prescription; // with the new dispensed counts and status
    QList<DispenseLine> lines;
    bool complete = false; // false: partially dispensed, the rest stays in the queue
};

struct StockCount {
    QString batchId;
    qint64 counted = 0;
};

struct StocktakeLine {
    QString batchId;
    QString drugId;
    qint64 expected = 0;
    qint64 counted = 0;
    qint64 difference = 0; // counted − expected
};

struct LowStock {
    QString drugId;
    qint64 available = 0;
    int threshold = 0;
};

// The clinic pharmacy. Quantities live in the stock_batch table (CHECK quantity ≥ 0) and every
// change is a stock_movement record written with it in one BEGIN IMMEDIATE transaction, so
// two PCs or threads dispensing the last units are serialized and cannot drive stock below
// zero. Receipts and stocktakes need ManageStock; dispensing and returns need Dispense.
class Pharmacy {
public:
    Pharmacy(identity::Session &session, Prescribing &prescribing);

    Result<StockBatch> receive(const StockReceipt &receipt);
    // Against a signed, paid prescription: takes each item's outstanding units from unexpired
    // batches, earliest expiry first. What stock cannot cover stays outstanding (partial
    // dispensing, status partially_dispensed). StockInsufficient when nothing at all could be
    // dispensed, NothingToDispense when all is out, ChargesUnpaid before payment.
    Result<DispenseOutcome> dispense(const QString &prescriptionId);
    // Takes units of one item back into the batches they came from (latest dispensing first).
    Result<QList<DispenseLine>> returnItem(const QString &prescriptionId, int item, qint64 quantity, const QString &reason);
    // Sets each counted batch to its count; the differences become "adjust" movements.
    Result<QList<StocktakeLine>> stocktake(const QList<StockCount> &counts, const QString &note = {});

    Result<qint64> available(const QString &drugId); // unexpired units
    Result<QList<StockBatch>> batches(const QString &drugId, bool includeEmpty = false);
    // Active drugs whose unexpired stock is below their threshold.
    Result<QList<LowStock>> lowStock();
    // Batches with stock that expire within `days` days (expired ones included), soonest first.
    Result<QList<StockBatch>> nearExpiry(int days);
    Result<QList<StockMovement>> movements(const QString &drugId);

private:
    Result<void> move(const QString &kind, const QString &drugId, const QString &batchId, qint64 delta,
                      const QString &refId, const QJsonObject &extra = {});
    QDate today() const;

    identity::Session &m_session;
    Prescribing &m_prescribing;
};

} // namespace cliniclink::his
