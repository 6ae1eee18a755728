#pragma once
// ph_register rows, written inside the caller's transaction.
#include "cliniclink/publichealth/registers.h"
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
// Adds the resident to the register of a saved form unless already there (keeps the earlier
// `since`); `until` is updated when given.
Result<void> noteFormRegister(store::Store &store, Population p, const QString &residentId, const QDate &since,
                              const QDate &until);

} // namespace cliniclink::publichealth::detail
