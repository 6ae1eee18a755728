#pragma once

#include "cliniclink/core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cliniclink::store {

class Database;

// One line of a patient's timeline: which record, when, of what kind, with a short title.
// It lives at the store's level so every clinical module (emr, his, publichealth, imaging
// later) can write its own rows in the transaction of its putRecord; the timeline reads only
// this table and never parses another module's payload.
struct TimelineEntry {
    QString recordType;
    QString recordId;
    QString residentId;
    QDateTime atUtc;
    QString kind;  // "visit", "note", "prescription", "public_health_form", "image", "consult"
    QString title; // e.g. "初诊 · 自费", "J03.9 急性扁桃体炎", "高血压患者随访服务记录表"
};

// Inserts or replaces the entry of (recordType, recordId); call inside the write transaction.
Result<void> putTimelineEntry(Database &db, const TimelineEntry &entry);
// Removes the entry of a deleted record (a tombstone that arrived by sync).
Result<void> removeTimelineEntry(Database &db, const QString &recordType, const QString &recordId);
// Newest first.
Result<QList<TimelineEntry>> timelineOf(Database &db, const QString &residentId);

} // namespace cliniclink::store
