#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/store/store.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace cliniclink::sync {

// Who saved one side of a conflict, and when (UTC). Empty when the platform did not say.
struct ConflictSide {
    QString author;
    QDateTime time;
    QString device;
};

struct ConflictField {
    QString field; // dotted path ("bp.systolic"); "_deleted" when one side deleted the record
    QJsonValue base;   // the platform value both sides started from
    QJsonValue local;  // this PC's value
    QJsonValue remote; // the platform's value (the record holds it until a person decides)
};

// One open sync_conflict record as a person sees it.
struct OpenConflict {
    QString conflictId;
    qint64 conflictVersion = 0;
    QString recordType;
    QString recordId;
    qint64 remoteVersion = 0;
    QList<ConflictField> fields;
    ConflictSide local;
    ConflictSide remote;
    QDateTime detectedAt;
    QString detectedBy; // device id
};

enum class ConflictChoice { Local, Remote, Edited };

struct FieldResolution {
    ConflictChoice choice = ConflictChoice::Remote;
    QJsonValue edited; // the value typed by the person when choice == Edited
};

// Open conflicts, oldest first (also those another PC of the scope detected and synced here).
Result<QList<OpenConflict>> openConflicts(store::Store &store);

// Resolves one conflict: every field needs a choice (InvalidArgument otherwise). In one local
// transaction the record gets the chosen values as a new version (through putRecord, so the
// outbox sends it like any save), the conflict record becomes "resolved" with who, when and the
// choices (also synced: the platform audits it as sync.conflict_resolved), and the local audit
// chain gets sync.conflict_resolve. A conflict resolved meanwhile elsewhere gives NotFound;
// a record changed meanwhile on this PC gives VersionConflict — nothing is written in either case.
Result<void> resolveConflict(store::Store &store, const QString &conflictId, const QMap<QString, FieldResolution> &choices);

} // namespace cliniclink::sync
