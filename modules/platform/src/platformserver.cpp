#include "cliniclink/platform/platformserver.h"

#include "cliniclink/platform/platformservice.h"
#include "cliniclink/protocol/gzip.h"
#include "platformlogging.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QtConcurrent>

#include <cstdio>

Q_LOGGING_CATEGORY(lcPlatform, "cliniclink.platform")

namespace cliniclink::platform {

using Status = QHttpServerResponder::StatusCode;

void logEvent(const QString &event, QJsonObject fields)
{
    static QMutex mutex;
    fields.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("event"), event);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&mutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

namespace {
constexpr qsizetype kMaxBody = 16 * 1024 * 1024;

// What a worker needs of a request; QHttpServerRequest itself stays on the event-loop thread.
struct RequestInfo {
    QByteArray body;
    QString token;
    bool gzipBody = false;
    bool acceptsGzip = false;
    QUrlQuery query;
    QString peer;
};

RequestInfo infoOf(const QHttpServerRequest &req)
{
    RequestInfo i;
    i.body = req.body();
    const QByteArray auth = req.value("Authorization");
    if (auth.startsWith("Bearer "))
        i.token = QString::fromLatin1(auth.mid(7).trimmed());
    i.gzipBody = req.value("Content-Encoding").trimmed().toLower() == "gzip";
    i.acceptsGzip = req.value("Accept-Encoding").toLower().contains("gzip");
    i.query = req.query();
    i.peer = req.remoteAddress().toString();
    return i;
}

QHttpServerResponse jsonResponse(const QByteArray &json, bool gzip, Status status = Status::Ok)
{
    // Small bodies are not worth a gzip header and the CPU.
    if (gzip && json.size() > 512) {
        QHttpServerResponse r(QByteArrayLiteral("application/json"), protocol::gzipCompress(json), status);
        r.addHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
        return r;
    }
    return QHttpServerResponse(QByteArrayLiteral("application/json"), json, status);
}

QHttpServerResponse errorResponse(const Error &e)
{
    Status status = Status::InternalServerError;
    switch (e.code) {
    case ErrorCode::DeviceNotAuthorized: status = Status::Unauthorized; break;
    case ErrorCode::OutOfScope:
    case ErrorCode::EnrolmentCodeInvalid: status = Status::Forbidden; break;
    case ErrorCode::InvalidArgument:
    case ErrorCode::InvalidOrgCode: status = Status::BadRequest; break;
    case ErrorCode::NotFound: status = Status::NotFound; break;
    case ErrorCode::PlatformDatabaseError: status = Status::ServiceUnavailable; break;
    default: break;
    }
    const QJsonObject body{{QStringLiteral("error"), e.name()}, {QStringLiteral("code"), e.number()}};
    return QHttpServerResponse(QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

// Every device route starts the same way: a pooled connection and the device behind the bearer
// token (DeviceNotAuthorized when unknown or revoked); a failure is the response.
template <typename Handler>
QHttpServerResponse asDevice(PgPool &pool, const QString &token, Handler handler)
{
    auto db = pool.connection();
    if (!db)
        return errorResponse(db.error());
    auto device = authenticateDevice(**db, token);
    if (!device)
        return errorResponse(device.error());
    return handler(**db, *device);
}

Result<QByteArray> requestBody(const RequestInfo &info)
{
    if (info.body.size() > kMaxBody)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("body too large"));
    if (!info.gzipBody)
        return info.body;
    return protocol::gzipDecompress(info.body, 8 * kMaxBody);
}
} // namespace

PlatformServer::PlatformServer(ServerConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_pool(m_config.databaseUrl)
{
    m_workers.setMaxThreadCount(qMax(2, m_config.workerThreads));
    m_pollers.setMaxThreadCount(64);
    m_workers.setExpiryTimeout(-1); // threads own database connections; keep them
    m_pollers.setExpiryTimeout(-1);
}

PlatformServer::~PlatformServer()
{
    {
        QMutexLocker lock(&m_feedMutex);
        ++m_feedGeneration;
        m_feedChanged.wakeAll();
    }
    m_http.reset();
    m_pollers.waitForDone();
    m_workers.waitForDone();
}

Result<quint16> PlatformServer::start()
{
    const bool tls = !m_config.tlsCertFile.isEmpty() || !m_config.tlsKeyFile.isEmpty();
    if (!tls && !m_config.address.isLoopback())
        return fail(ErrorCode::InsecureTransport, QStringLiteral("plain HTTP is allowed on loopback only; give --tls-cert and --tls-key"));
    auto listener = PgConnection::connect(m_config.databaseUrl);
    if (!listener)
        return fail(listener.error());
    m_listener = std::move(*listener);
    CL_TRY(ensureSchema(*m_listener));
    CL_TRY(m_listener->execute(QStringLiteral("LISTEN ") + QLatin1String(kFeedChannel)));
    m_listenNotifier = new QSocketNotifier(m_listener->socket(), QSocketNotifier::Read, this);
    connect(m_listenNotifier, &QSocketNotifier::activated, this, &PlatformServer::onNotification);

    m_http = std::make_unique<QHttpServer>();
    if (tls) {
        QFile certFile(m_config.tlsCertFile), keyFile(m_config.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return fail(ErrorCode::IoError, QStringLiteral("TLS certificate or key unreadable"));
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        const QSslKey ecKey = key.isNull() ? QSslKey(keyFile.seek(0) ? &keyFile : nullptr, QSsl::Ec, QSsl::Pem) : key;
        if (cert.isNull() || ecKey.isNull())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("TLS certificate or key not PEM"));
        m_http->sslSetup(cert, ecKey);
    }
    installRoutes();
    const quint16 port = m_http->listen(m_config.address, m_config.port);
    if (port == 0)
        return fail(ErrorCode::IoError, QStringLiteral("cannot listen on %1:%2").arg(m_config.address.toString()).arg(m_config.port));
    logEvent(QStringLiteral("listening"), {{QStringLiteral("address"), m_config.address.toString()},
                                           {QStringLiteral("port"), int(port)},
                                           {QStringLiteral("tls"), tls},
                                           {QStringLiteral("instance"), m_config.instanceName}});
    return port;
}

void PlatformServer::onNotification()
{
    const QStringList n = m_listener->takeNotifications(QLatin1String(kFeedChannel));
    if (n.isEmpty())
        return;
    m_notifications += n.size();
    QMutexLocker lock(&m_feedMutex);
    ++m_feedGeneration;
    m_feedChanged.wakeAll();
}

void PlatformServer::waitForFeed(quint64 seenGeneration, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_feedMutex);
    while (m_feedGeneration == seenGeneration && !deadline.hasExpired())
        m_feedChanged.wait(&m_feedMutex, deadline);
}

void PlatformServer::installRoutes()
{
    using Method = QHttpServerRequest::Method;
    const QString instance = m_config.instanceName;

    m_http->route(QStringLiteral("/health"), Method::Get, [this, instance](const QHttpServerRequest &) {
        return QtConcurrent::run(&m_workers, [this, instance] {
            auto db = m_pool.connection();
            const bool ok = db && (*db)->query(QStringLiteral("SELECT 1")).has_value();
            const QJsonObject body{{QStringLiteral("status"), ok ? QStringLiteral("ok") : QStringLiteral("degraded")},
                                   {QStringLiteral("database"), ok ? QStringLiteral("ok") : QStringLiteral("unreachable")},
                                   {QStringLiteral("instance"), instance},
                                   {QStringLiteral("notifications"), m_notifications.load()}};
            return QHttpServerResponse(QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                                       ok ? Status::Ok : Status::ServiceUnavailable);
        });
    });

    m_http->route(QStringLiteral("/v1/enroll"), Method::Post, [this](const QHttpServerRequest &req) {
        return QtConcurrent::run(&m_workers, [this, info = infoOf(req)] {
            auto body = requestBody(info);
            if (!body)
                return errorResponse(body.error());
            const QJsonObject o = QJsonDocument::fromJson(*body).object();
            auto db = m_pool.connection();
            if (!db)
                return errorResponse(db.error());
            auto e = enrolDevice(**db, o.value(QLatin1String("code")).toString(), o.value(QLatin1String("deviceName")).toString());
            logEvent(QStringLiteral("enrol"), {{QStringLiteral("ok"), bool(e)},
                                               {QStringLiteral("device"), e ? e->deviceId : QString()},
                                               {QStringLiteral("peer"), info.peer}});
            if (!e)
                return errorResponse(e.error());
            const QJsonObject out{{QStringLiteral("deviceId"), e->deviceId}, {QStringLiteral("token"), e->token},
                                  {QStringLiteral("orgCode"), e->orgCode}, {QStringLiteral("orgName"), e->orgName}};
            return jsonResponse(QJsonDocument(out).toJson(QJsonDocument::Compact), false);
        });
    });

    m_http->route(QStringLiteral("/v1/push"), Method::Post, [this](const QHttpServerRequest &req) {
        return QtConcurrent::run(&m_workers, [this, info = infoOf(req)] {
            QElapsedTimer t;
            t.start();
            return asDevice(m_pool, info.token, [&](PgConnection &db, const DeviceIdentity &device) -> QHttpServerResponse {
                auto body = requestBody(info);
                if (!body)
                    return errorResponse(body.error());
                QList<protocol::ChangeResult> invalid;
                auto changes = protocol::decodePush(*body, &invalid);
                if (!changes)
                    return errorResponse(changes.error());
                auto results = applyChanges(db, device, *changes);
                if (!results)
                    return errorResponse(results.error());
                QJsonObject counts;
                for (const auto &r : *results)
                    counts.insert(protocol::resultStatusName(r.status), counts.value(protocol::resultStatusName(r.status)).toInt() + 1);
                logEvent(QStringLiteral("push"), {{QStringLiteral("device"), device.deviceId},
                                                  {QStringLiteral("changes"), int(changes->size() + invalid.size())},
                                                  {QStringLiteral("results"), counts},
                                                  {QStringLiteral("bytes"), int(info.body.size())},
                                                  {QStringLiteral("ms"), int(t.elapsed())}});
                return jsonResponse(protocol::encodeResults(invalid + *results), info.acceptsGzip);
            });
        });
    });

    m_http->route(QStringLiteral("/v1/pull"), Method::Get, [this](const QHttpServerRequest &req) {
        const RequestInfo info = infoOf(req);
        const int waitMs = qBound(0, info.query.queryItemValue(QStringLiteral("wait")).toInt(), 30) * 1000;
        return QtConcurrent::run(waitMs > 0 ? &m_pollers : &m_workers, [this, info, waitMs] {
            QElapsedTimer t;
            t.start();
            return asDevice(m_pool, info.token, [&](PgConnection &db, const DeviceIdentity &device) -> QHttpServerResponse {
                const QString scope = info.query.queryItemValue(QStringLiteral("scope"));
                const QString cursor = info.query.queryItemValue(QStringLiteral("cursor"));
                const int limit = info.query.hasQueryItem(QStringLiteral("limit"))
                    ? info.query.queryItemValue(QStringLiteral("limit")).toInt() : 500;
                quint64 generation;
                {
                    QMutexLocker lock(&m_feedMutex);
                    generation = m_feedGeneration;
                }
                auto page = pullChanges(db, device, scope, cursor, limit);
                if (page && page->entries.isEmpty() && waitMs > 0) {
                    waitForFeed(generation, waitMs); // any instance's commit wakes us (LISTEN/NOTIFY)
                    page = pullChanges(db, device, scope, cursor, limit);
                }
                logEvent(QStringLiteral("pull"), {{QStringLiteral("device"), device.deviceId},
                                                  {QStringLiteral("ok"), bool(page)},
                                                  {QStringLiteral("records"), page ? int(page->entries.size()) : 0},
                                                  {QStringLiteral("ms"), int(t.elapsed())}});
                if (!page)
                    return errorResponse(page.error());
                return jsonResponse(page->encode(), info.acceptsGzip);
            });
        });
    });

    // Read-only FHIR R4 view of the clinical documents, scoped like /v1/records.
    m_http->route(QStringLiteral("/fhir/<arg>/<arg>"), Method::Get,
                  [this](const QString &type, const QString &id, const QHttpServerRequest &req) {
        return QtConcurrent::run(&m_workers, [this, type, id, info = infoOf(req)] {
            return asDevice(m_pool, info.token, [&](PgConnection &db, const DeviceIdentity &device) -> QHttpServerResponse {
                auto r = readFhirResource(db, device, type, id);
                if (!r) {
                    if (r.error().code == ErrorCode::OutOfScope)
                        logEvent(QStringLiteral("scope_refused"), {{QStringLiteral("device"), device.deviceId},
                                                                   {QStringLiteral("resourceType"), type}});
                    if (r.error().code == ErrorCode::NotFound && r.error().detail == QLatin1String("gone"))
                        return QHttpServerResponse(QByteArrayLiteral("application/fhir+json"), QByteArrayLiteral("{\"resourceType\":\"OperationOutcome\","
                                                   "\"issue\":[{\"severity\":\"error\",\"code\":\"deleted\"}]}"), Status::Gone);
                    return errorResponse(r.error());
                }
                QHttpServerResponse response(QByteArrayLiteral("application/fhir+json"), QJsonDocument(*r).toJson(QJsonDocument::Compact));
                return response;
            });
        });
    });

    m_http->route(QStringLiteral("/v1/records/<arg>/<arg>"), Method::Get,
                  [this](const QString &type, const QString &id, const QHttpServerRequest &req) {
        return QtConcurrent::run(&m_workers, [this, type, id, info = infoOf(req)] {
            return asDevice(m_pool, info.token, [&](PgConnection &db, const DeviceIdentity &device) -> QHttpServerResponse {
                auto e = readRecord(db, device, type, id);
                if (!e) {
                    if (e.error().code == ErrorCode::OutOfScope)
                        logEvent(QStringLiteral("scope_refused"), {{QStringLiteral("device"), device.deviceId},
                                                                   {QStringLiteral("recordType"), type}});
                    return errorResponse(e.error());
                }
                return jsonResponse(QJsonDocument(e->toJson()).toJson(QJsonDocument::Compact), info.acceptsGzip);
            });
        });
    });
}

} // namespace cliniclink::platform
