#pragma once

#include "cliniclink/core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cliniclink::store {
class Database;
}

namespace cliniclink::emr {

// One line of a patient's timeline: which record, when, of what kind. Modules add their own
// kinds (public-health forms, images, consults) by writing entries in the transaction of their
// putRecord; the timeline reads only this table and never parses other modules' payloads.
struct TimelineEntry {
    QString recordType;
    QString recordId;
    QString residentId;
    QDateTime atUtc;
    QString kind; // "visit", "note", "prescription", …
};

// Inserts or replaces the entry of (recordType, recordId); call inside the write transaction.
Result<void> putTimelineEntry(store::Database &db, const TimelineEntry &entry);
// Newest first.
Result<QList<TimelineEntry>> timelineOf(store::Database &db, const QString &residentId);

} // namespace cliniclink::emr
