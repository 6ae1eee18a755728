#pragma once

#include "cliniclink/core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The sync protocol's messages (docs/sync-protocol.md). JSON, sent gzip-compressed.
namespace cliniclink::protocol {

inline constexpr char kApiPrefix[] = "/v1";
inline constexpr int kMaxBatch = 200;   // changes per push request the platform accepts
inline constexpr int kMaxPage = 1000;   // records per pull page the platform returns

// One saved change of one record, as the workstation pushes it. changeId is the idempotency key:
// the platform applies a changeId at most once and answers a resend with the stored result.
struct WireChange {
    QString changeId;
    QString recordType;
    QString recordId;
    qint64 baseVersion = 0; // the platform version this edit was based on (0 = create)
    qint64 localVersion = 0; // the workstation's own version counter (informational)
    QString operation;      // create, update, delete
    QJsonObject payload;
    QString author;
    QString device;
    QString time;  // ISO 8601 UTC of the save
    QString scope; // organisation code the record belongs to (for a new record)

    QJsonObject toJson() const;
    static Result<WireChange> fromJson(const QJsonObject &o);
};

enum class ResultStatus { Applied, Duplicate, Conflict, Rejected };
QString resultStatusName(ResultStatus s);
std::optional<ResultStatus> parseResultStatus(const QString &s);

// Rejection reasons (stable strings; the workstation shows them translated).
namespace reason {
inline constexpr char Invalid[] = "invalid";             // malformed change
inline constexpr char OutOfScope[] = "out_of_scope";     // the record lies outside the device's organisation
inline constexpr char UnknownRecord[] = "unknown_record"; // update of a record the platform never had
inline constexpr char TooLarge[] = "too_large";
} // namespace reason

// The platform's answer for one change. For Duplicate, `outcome` is the status the first
// delivery got and every other field is the stored result of that delivery.
struct ChangeResult {
    QString changeId;
    ResultStatus status = ResultStatus::Rejected;
    ResultStatus outcome = ResultStatus::Rejected; // == status unless status is Duplicate
    qint64 version = 0;     // applied: the new platform version; conflict: the platform's current version
    QString reason;         // rejected: one of reason::*
    QJsonObject serverPayload; // conflict: the platform's current document
    bool serverDeleted = false;
    QString serverAuthor;      // conflict: who saved the platform's current version, and when,
    QString serverTime;        // so the person resolving it sees both sides' who and when

    QJsonObject toJson() const;
    static Result<ChangeResult> fromJson(const QJsonObject &o);
};

// One entry of the change feed (the current version of a record in the caller's scope).
struct FeedEntry {
    QString recordType;
    QString recordId;
    qint64 version = 0;
    bool deleted = false;
    QJsonObject payload;
    // The payload as the platform stores it (compact JSON). When set, encode() splices it into
    // the page as is, so the platform never parses and re-serialises a document it serves.
    QByteArray payloadJson;
    QString scope;
    QString changeId; // the change that produced this version (lets a device recognise its own)
    QString author;
    QString device;
    QString time;

    QJsonObject toJson() const;
    static Result<FeedEntry> fromJson(const QJsonObject &o);
};

struct PullPage {
    QList<FeedEntry> entries;
    QString cursor; // opaque; send it back unchanged
    bool more = false;

    QJsonObject toJson() const;
    // The page as compact JSON; entries with payloadJson are spliced in unparsed.
    QByteArray encode() const;
    static Result<PullPage> fromJson(const QJsonObject &o);
};

// Push request/response bodies.
QByteArray encodePush(const QList<QJsonObject> &changes);
Result<QList<WireChange>> decodePush(const QByteArray &json, QList<ChangeResult> *invalid);
QByteArray encodeResults(const QList<ChangeResult> &results);
Result<QList<ChangeResult>> decodeResults(const QByteArray &json);

// Opaque pull cursors: the platform's feed sequence number, wrapped so that clients never
// do arithmetic on it (and the format can change).
QString encodeCursor(qint64 seq);
std::optional<qint64> decodeCursor(const QString &cursor); // "" → 0

} // namespace cliniclink::protocol
