#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cliniclink::store {

// Who is acting on this PC: the signed-in user and the device.
struct Actor {
    QString userId;
    QString username;
    QString deviceId;
};

// A clinical record as the store keeps it: a versioned JSON document. Modules keep their own
// index tables beside it, written in the same transaction.
struct Record {
    QString type;
    QString id;
    qint64 version = 0;
    QJsonObject payload;
    QDateTime createdUtc;
    QDateTime updatedUtc;
    QString author;
    QString device;
    bool deleted = false;
};

enum class ChangeOperation { Create, Update, Delete };

// One outbox entry: what the sync engine must send. Written in the same transaction as the
// record change it describes.
struct OutboxEntry {
    qint64 seq = 0;
    QString changeId; // UUIDv7; doubles as the idempotency key on the wire
    QString recordType;
    QString recordId;
    qint64 version = 0;
    qint64 baseVersion = 0;
    ChangeOperation operation = ChangeOperation::Create;
    QString author;
    QString device;
    QDateTime createdUtc;
    QString state; // pending, in_flight, acked, rejected, conflict
};

QString changeOperationName(ChangeOperation op);

} // namespace cliniclink::store
