#pragma once
// The registry's tables beside the records (store migration 2): resident_index (one row per
// archive), resident_search (prefix tokens), archive_sequence. Callers run these inside the
// transaction that writes the record.
#include "cliniclink/core/result.h"
#include "cliniclink/registry/namepinyin.h"
#include "cliniclink/registry/resident.h"
#include "cliniclink/store/database.h"

#include <functional>
#include <optional>

namespace cliniclink::registry::detail {

Result<void> writeResidentIndex(store::Database &db, const QString &id, const QJsonObject &payload);
// A deleted archive leaves search and the index (its archive number is then free again).
Result<void> removeResidentIndex(store::Database &db, const QString &id);
// A non-merged resident other than excludeId holding this ID number.
Result<std::optional<QString>> residentWithIdNumber(store::Database &db, const QString &idNumber,
                                                    const QString &excludeId = {});
Result<bool> archiveNumberTaken(store::Database &db, const QString &number);
// Next free number for the clinic; ArchiveSequenceExhausted after 99999.
Result<QString> allocateArchiveNumber(store::Database &db, const QString &clinicCode);
// A number given from outside (import, transfer in) with this clinic's code moves the sequence past it.
Result<void> reserveArchiveNumber(store::Database &db, const QString &number);
// `pinyinOf` turns the Han part of a mixed query ("张s") into the full pinyin and initials the
// archive would store for it (the clinic's surname readings apply).
Result<QList<SearchHit>> searchResidents(store::Database &db, const QString &text, int limit,
                                         const std::function<NamePinyin(const QString &)> &pinyinOf);

// Normalised query forms, exposed for tests: lower-case, spaces and separators removed.
QString searchKey(const QString &text);

} // namespace cliniclink::registry::detail
