#include "cliniclink/protocol/wire.h"

#include <QJsonDocument>

namespace cliniclink::protocol {

namespace {
QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
qint64 num(const QJsonObject &o, const char *key) { return qint64(o.value(QLatin1String(key)).toDouble(-1)); }

bool validOperation(const QString &op)
{
    return op == QLatin1String("create") || op == QLatin1String("update") || op == QLatin1String("delete");
}
} // namespace

QJsonObject WireChange::toJson() const
{
    return QJsonObject{{QStringLiteral("changeId"), changeId},       {QStringLiteral("recordType"), recordType},
                       {QStringLiteral("recordId"), recordId},       {QStringLiteral("baseVersion"), baseVersion},
                       {QStringLiteral("version"), localVersion},    {QStringLiteral("operation"), operation},
                       {QStringLiteral("payload"), payload},         {QStringLiteral("author"), author},
                       {QStringLiteral("device"), device},           {QStringLiteral("time"), time},
                       {QStringLiteral("scope"), scope}};
}

Result<WireChange> WireChange::fromJson(const QJsonObject &o)
{
    WireChange c;
    c.changeId = str(o, "changeId");
    c.recordType = str(o, "recordType");
    c.recordId = str(o, "recordId");
    c.baseVersion = num(o, "baseVersion");
    c.localVersion = num(o, "version");
    c.operation = str(o, "operation");
    c.payload = o.value(QLatin1String("payload")).toObject();
    c.author = str(o, "author");
    c.device = str(o, "device");
    c.time = str(o, "time");
    c.scope = str(o, "scope");
    if (c.changeId.isEmpty() || c.changeId.size() > 64)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("changeId"));
    if (c.recordType.isEmpty() || c.recordType.size() > 64 || c.recordId.isEmpty() || c.recordId.size() > 64)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("record type/id"));
    if (c.baseVersion < 0 || !validOperation(c.operation) || !o.value(QLatin1String("payload")).isObject())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("baseVersion/operation/payload"));
    // A record created and deleted before it was ever sent arrives as a delete with base 0.
    if ((c.baseVersion == 0 && c.operation == QLatin1String("update")) || (c.baseVersion != 0 && c.operation == QLatin1String("create")))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("create needs baseVersion 0, update needs more"));
    return c;
}

QString resultStatusName(ResultStatus s)
{
    switch (s) {
    case ResultStatus::Applied: return QStringLiteral("applied");
    case ResultStatus::Duplicate: return QStringLiteral("duplicate");
    case ResultStatus::Conflict: return QStringLiteral("conflict");
    case ResultStatus::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

std::optional<ResultStatus> parseResultStatus(const QString &s)
{
    for (ResultStatus r : {ResultStatus::Applied, ResultStatus::Duplicate, ResultStatus::Conflict, ResultStatus::Rejected})
        if (resultStatusName(r) == s)
            return r;
    return std::nullopt;
}

QJsonObject ChangeResult::toJson() const
{
    QJsonObject o{{QStringLiteral("changeId"), changeId}, {QStringLiteral("status"), resultStatusName(status)}};
    if (status == ResultStatus::Duplicate)
        o.insert(QStringLiteral("outcome"), resultStatusName(outcome));
    if (version > 0)
        o.insert(QStringLiteral("version"), version);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    if (outcome == ResultStatus::Conflict) {
        o.insert(QStringLiteral("serverPayload"), serverPayload);
        o.insert(QStringLiteral("serverDeleted"), serverDeleted);
        if (!serverAuthor.isEmpty())
            o.insert(QStringLiteral("serverAuthor"), serverAuthor);
        if (!serverTime.isEmpty())
            o.insert(QStringLiteral("serverTime"), serverTime);
    }
    return o;
}

Result<ChangeResult> ChangeResult::fromJson(const QJsonObject &o)
{
    ChangeResult r;
    r.changeId = str(o, "changeId");
    const auto status = parseResultStatus(str(o, "status"));
    if (r.changeId.isEmpty() || !status)
        return fail(ErrorCode::PlatformProtocolError, QStringLiteral("result without changeId/status"));
    r.status = *status;
    r.outcome = r.status;
    if (r.status == ResultStatus::Duplicate) {
        const auto outcome = parseResultStatus(str(o, "outcome"));
        if (!outcome || *outcome == ResultStatus::Duplicate)
            return fail(ErrorCode::PlatformProtocolError, QStringLiteral("duplicate without outcome"));
        r.outcome = *outcome;
    }
    r.version = qMax<qint64>(0, num(o, "version"));
    r.reason = str(o, "reason");
    r.serverPayload = o.value(QLatin1String("serverPayload")).toObject();
    r.serverDeleted = o.value(QLatin1String("serverDeleted")).toBool();
    r.serverAuthor = str(o, "serverAuthor");
    r.serverTime = str(o, "serverTime");
    if (r.outcome == ResultStatus::Applied && r.version <= 0)
        return fail(ErrorCode::PlatformProtocolError, QStringLiteral("applied without version"));
    return r;
}

QJsonObject FeedEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("recordType"), recordType}, {QStringLiteral("recordId"), recordId},
                       {QStringLiteral("version"), version},       {QStringLiteral("deleted"), deleted},
                       {QStringLiteral("payload"), payload},       {QStringLiteral("scope"), scope},
                       {QStringLiteral("changeId"), changeId},     {QStringLiteral("author"), author},
                       {QStringLiteral("device"), device},         {QStringLiteral("time"), time}};
}

Result<FeedEntry> FeedEntry::fromJson(const QJsonObject &o)
{
    FeedEntry e;
    e.recordType = str(o, "recordType");
    e.recordId = str(o, "recordId");
    e.version = num(o, "version");
    e.deleted = o.value(QLatin1String("deleted")).toBool();
    e.payload = o.value(QLatin1String("payload")).toObject();
    e.scope = str(o, "scope");
    e.changeId = str(o, "changeId");
    e.author = str(o, "author");
    e.device = str(o, "device");
    e.time = str(o, "time");
    if (e.recordType.isEmpty() || e.recordId.isEmpty() || e.version <= 0)
        return fail(ErrorCode::PlatformProtocolError, QStringLiteral("feed entry without type/id/version"));
    return e;
}

QJsonObject PullPage::toJson() const
{
    QJsonArray arr;
    for (const FeedEntry &e : entries)
        arr.append(e.toJson());
    return QJsonObject{{QStringLiteral("changes"), arr}, {QStringLiteral("cursor"), cursor}, {QStringLiteral("more"), more}};
}

QByteArray PullPage::encode() const
{
    QByteArray out = QByteArrayLiteral("{\"changes\":[");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const FeedEntry &e = entries[i];
        if (i)
            out += ',';
        if (e.payloadJson.isEmpty()) {
            out += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact);
            continue;
        }
        QJsonObject head = e.toJson();
        head.remove(QLatin1String("payload"));
        QByteArray h = QJsonDocument(head).toJson(QJsonDocument::Compact);
        h.chop(1); // the closing brace; the payload goes last
        out += h + QByteArrayLiteral(",\"payload\":") + e.payloadJson + '}';
    }
    out += QByteArrayLiteral("],\"cursor\":") + QJsonDocument(QJsonArray{cursor}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
        + QByteArrayLiteral(",\"more\":") + (more ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) + '}';
    return out;
}

Result<PullPage> PullPage::fromJson(const QJsonObject &o)
{
    PullPage p;
    if (!o.value(QLatin1String("changes")).isArray() || !o.value(QLatin1String("cursor")).isString())
        return fail(ErrorCode::PlatformProtocolError, QStringLiteral("page without changes/cursor"));
    for (const QJsonValue &v : o.value(QLatin1String("changes")).toArray()) {
        auto e = FeedEntry::fromJson(v.toObject());
        if (!e)
            return fail(e.error());
        p.entries.append(*e);
    }
    p.cursor = str(o, "cursor");
    p.more = o.value(QLatin1String("more")).toBool();
    return p;
}

QByteArray encodePush(const QList<QJsonObject> &changes)
{
    QJsonArray arr;
    for (const QJsonObject &c : changes)
        arr.append(c);
    return QJsonDocument(QJsonObject{{QStringLiteral("changes"), arr}}).toJson(QJsonDocument::Compact);
}

Result<QList<WireChange>> decodePush(const QByteArray &json, QList<ChangeResult> *invalid)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.object().value(QLatin1String("changes")).isArray())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("push body is not {\"changes\": [...]}"));
    const QJsonArray arr = doc.object().value(QLatin1String("changes")).toArray();
    if (arr.size() > kMaxBatch)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("more than %1 changes in one push").arg(kMaxBatch));
    QList<WireChange> out;
    for (const QJsonValue &v : arr) {
        auto c = WireChange::fromJson(v.toObject());
        if (c) {
            out.append(*c);
        } else if (invalid) {
            // A malformed change is rejected on its own; it never blocks the others.
            ChangeResult r;
            r.changeId = v.toObject().value(QLatin1String("changeId")).toString();
            r.status = r.outcome = ResultStatus::Rejected;
            r.reason = QLatin1String(reason::Invalid);
            invalid->append(r);
        }
    }
    return out;
}

QByteArray encodeResults(const QList<ChangeResult> &results)
{
    QJsonArray arr;
    for (const ChangeResult &r : results)
        arr.append(r.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("results"), arr}}).toJson(QJsonDocument::Compact);
}

Result<QList<ChangeResult>> decodeResults(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.object().value(QLatin1String("results")).isArray())
        return fail(ErrorCode::PlatformProtocolError, QStringLiteral("push response is not {\"results\": [...]}"));
    QList<ChangeResult> out;
    for (const QJsonValue &v : doc.object().value(QLatin1String("results")).toArray()) {
        auto r = ChangeResult::fromJson(v.toObject());
        if (!r)
            return fail(r.error());
        out.append(*r);
    }
    return out;
}

QString encodeCursor(qint64 seq)
{
    return QString::fromLatin1(QByteArray("f1:" + QByteArray::number(seq)).toBase64(QByteArray::Base64UrlEncoding
                                                                                  | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodeCursor(const QString &cursor)
{
    if (cursor.isEmpty())
        return 0;
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), QByteArray::Base64UrlEncoding
                                                                               | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("f1:"))
        return std::nullopt;
    bool ok = false;
    const qint64 seq = decoded.decoded.mid(3).toLongLong(&ok);
    if (!ok || seq < 0)
        return std::nullopt;
    return seq;
}

} // namespace cliniclink::protocol
