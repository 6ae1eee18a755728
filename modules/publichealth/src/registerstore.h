#pragma once
// ph_register rows, written inside the caller's transaction.
#include "cliniclink/publichealth/registers.h"
#include "cliniclink/registry/resident.h"
#include "cliniclink/store/store.h"

namespace cliniclink::publichealth::detail {

struct Place {
    QString doctor;
    QString village;
};
// 责任医生 and village of an archive: the village field, else the village segment of the
// 17-digit archive number.
Place placeOf(const QJsonObject &residentPayload);

Result<void> putRegisterEntry(store::Database &db, const RegisterEntry &entry);
// Registers::noteResident without the session: archive- and age-derived entries of one resident
// re-derived as of `today` (also for residents that arrive by sync).
Result<void> deriveRegisters(store::Database &db, const registry::Resident &resident, const QDate &today);
// Adds the resident to the register of a saved form unless already there (keeps the earlier
// `since`); `until` is updated when given.
Result<void> noteFormRegister(store::Store &store, Population p, const QString &residentId, const QDate &since,
                              const QDate &until);

} // namespace cliniclink::publichealth::detail
