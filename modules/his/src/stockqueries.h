#pragma once
// Stock questions shared by prescribing (stock check) and the pharmacy.
#include "cliniclink/core/result.h"

#include <QDate>
#include <QHash>
#include <QStringList>

namespace cliniclink::store {
class Database;
}

namespace cliniclink::his::detail {

// Units in batches that have not expired on `day` (a batch is usable through its expiry date).
Result<QHash<QString, qint64>> availableUnits(store::Database &db, const QStringList &drugIds, const QDate &day);

} // namespace cliniclink::his::detail
