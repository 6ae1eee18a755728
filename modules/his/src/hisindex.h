#pragma once
// prescription_index, charge_index, payment_index and timeline rows of one record, written
// inside the transaction of its record: by Prescribing / Billing on a local save and by the
// sync indexer (remoteindexing.cpp).
#include "cliniclink/core/result.h"
#include "cliniclink/his/billing.h"
#include "cliniclink/his/prescription.h"
#include "cliniclink/store/database.h"
#include "cliniclink/store/record.h"

namespace cliniclink::his::detail {

Result<void> writePrescriptionIndex(store::Database &db, const Prescription &p);
Result<void> writeChargeIndex(store::Database &db, const ChargeLine &l);
Result<void> writePaymentIndex(store::Database &db, const Payment &p);
// billing.cpp's readers of stored records.
ChargeLine chargeLineOf(const store::Record &r);
Payment paymentOf(const store::Record &r);

} // namespace cliniclink::his::detail
