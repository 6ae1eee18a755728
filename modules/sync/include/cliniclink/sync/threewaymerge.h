#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace cliniclink::sync {

// A field both sides changed differently since the base: a person must choose.
struct FieldConflict {
    QString field; // dotted path into nested objects, e.g. "bp.systolic"; "_deleted" for deletion
    QJsonValue base;
    QJsonValue local;
    QJsonValue remote;
};

struct MergeResult {
    QJsonObject merged; // remote + every local change that does not collide
    bool deleted = false;
    QList<FieldConflict> conflicts;
};

// Three-way, field-level merge of JSON documents (nested objects merge per field, arrays and
// scalars are whole values). A field changed on one side only takes that side's value; the
// same change on both sides is no conflict; different changes become a FieldConflict and the
// merged document keeps the remote value until a person decides. Deletion never wins silently:
// a delete on one side against an edit on the other is a "_deleted" conflict and the record
// stays as the remote side has it.
MergeResult threeWayMerge(const QJsonObject &base, bool baseDeleted, const QJsonObject &local, bool localDeleted,
                          const QJsonObject &remote, bool remoteDeleted);

} // namespace cliniclink::sync
