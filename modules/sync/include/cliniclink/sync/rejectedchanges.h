#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/store/store.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cliniclink::sync {

// A record whose last sent change the platform refused. It never blocks the others; a person
// decides to send it again (after the cause was fixed, e.g. the scope on the platform) or to
// keep it on this PC only.
struct RejectedRecord {
    QString recordType;
    QString recordId;
    QString reason; // protocol::reason::* (invalid, out_of_scope, unknown_record, too_large)
    QString author; // who saved the refused change
    QDateTime savedAt;
    int attempts = 0;
};

Result<QList<RejectedRecord>> rejectedRecords(store::Store &store);

// Sends the record again: the platform keeps the outcome of every change id, so a retry is a
// new change (a new local version with the current payload, through putRecord); the refused
// outbox rows become "retried". Audited (sync.retry). NotFound if nothing is rejected for it.
Result<void> retryRejected(store::Store &store, const QString &recordType, const QString &recordId);

// Keeps the record on this PC and stops showing it: its refused rows become "discarded"
// (nothing is deleted). Audited (sync.discard).
Result<void> discardRejected(store::Store &store, const QString &recordType, const QString &recordId);

} // namespace cliniclink::sync
