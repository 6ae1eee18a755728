#include "cliniclink/sync/platformclient.h"

#include "cliniclink/protocol/gzip.h"
#include "synclogging.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

namespace cliniclink::sync {

PlatformClient::PlatformClient(TransportSettings settings) : m_settings(std::move(settings))
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (!m_settings.caFile.isEmpty())
        m_ssl.setCaCertificates(QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem));
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_nam.setAutoDeleteReplies(false);
}

Result<void> PlatformClient::checkTransportAllowed(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("platform URL"));
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() != QLatin1String("http"))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("platform URL must be https://"));
    const QHostAddress addr(url.host());
    if (url.host() == QLatin1String("localhost") || (!addr.isNull() && addr.isLoopback()))
        return {};
    return fail(ErrorCode::InsecureTransport, url.host());
}

Result<std::unique_ptr<QNetworkReply>> PlatformClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                                                            bool gzipBody, qsizetype *sentBytes)
{
    CL_TRY(checkTransportAllowed(m_settings.platform));
    QUrl url = m_settings.platform;
    const int q = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    if (url.scheme() == QLatin1String("https"))
        req.setSslConfiguration(m_ssl);
    req.setTransferTimeout(m_settings.timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!m_settings.token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_settings.token.toLatin1());
    QByteArray payload = body;
    if (!body.isEmpty()) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (gzipBody) {
            payload = protocol::gzipCompress(body);
            req.setRawHeader("Content-Encoding", "gzip");
        }
    }
    *sentBytes = payload.size();
    return std::unique_ptr<QNetworkReply>(m_nam.sendCustomRequest(req, verb, payload));
}

Result<QByteArray> PlatformClient::finish(QNetworkReply &reply, qsizetype sentBytes)
{
    QEventLoop loop;
    QObject::connect(&reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // Backstop in case the transfer timeout does not fire (e.g. stuck TLS handshake).
    QTimer::singleShot(m_settings.timeoutMs + 5000, &loop, [&] { reply.abort(); });
    if (!reply.isFinished())
        loop.exec();
    ++m_stats.requests;
    m_stats.bytesSent += sentBytes;

    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError err = reply.error();
    const QByteArray answer = reply.readAll();
    m_stats.bytesReceived += answer.size();
    if (err == QNetworkReply::SslHandshakeFailedError)
        return fail(ErrorCode::CertificateRejected, reply.errorString());
    if (status == 401)
        return fail(ErrorCode::DeviceNotAuthorized);
    if (status == 403) {
        const QJsonObject e = QJsonDocument::fromJson(answer).object();
        return fail(e.value(QLatin1String("code")).toInt() == int(ErrorCode::EnrolmentCodeInvalid) ? ErrorCode::EnrolmentCodeInvalid
                                                                                                   : ErrorCode::OutOfScope);
    }
    if (status == 404)
        return fail(ErrorCode::NotFound);
    if (status == 400)
        return fail(ErrorCode::PlatformProtocolError, QStringLiteral("platform refused the request as malformed"));
    if (err != QNetworkReply::NoError || status != 200) {
        // No usable answer: the platform may or may not have acted (ambiguous).
        qCInfo(lcSync) << "request failed" << int(err) << status;
        return fail(ErrorCode::PlatformUnreachable, reply.errorString());
    }
    return answer;
}

Result<QByteArray> PlatformClient::request(const QByteArray &verb, const QString &path, const QByteArray &body, bool gzipBody)
{
    qsizetype sent = 0;
    auto reply = send(verb, path, body, gzipBody, &sent);
    if (!reply)
        return fail(reply.error());
    return finish(**reply, sent);
}

Result<PlatformClient::EnrolResult> PlatformClient::enrol(const QString &code, const QString &deviceName)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("deviceName"), deviceName}})
                                .toJson(QJsonDocument::Compact);
    auto answer = request("POST", QStringLiteral("/v1/enroll"), body, false);
    if (!answer)
        return fail(answer.error());
    const QJsonObject o = QJsonDocument::fromJson(*answer).object();
    EnrolResult r{o.value(QLatin1String("deviceId")).toString(), o.value(QLatin1String("token")).toString(),
                  o.value(QLatin1String("orgCode")).toString(), o.value(QLatin1String("orgName")).toString()};
    if (r.token.isEmpty() || r.orgCode.isEmpty())
        return fail(ErrorCode::PlatformProtocolError, QStringLiteral("enrolment answer"));
    return r;
}

Result<QList<protocol::ChangeResult>> PlatformClient::push(const QByteArray &pushJson)
{
    auto answer = request("POST", QStringLiteral("/v1/push"), pushJson, true);
    if (!answer)
        return fail(answer.error());
    return protocol::decodeResults(*answer);
}

std::unique_ptr<PlatformClient::PendingPull> PlatformClient::startPull(const QString &cursor, int limit, const QString &scope)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("cursor"), cursor);
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!scope.isEmpty())
        q.addQueryItem(QStringLiteral("scope"), scope);
    auto pending = std::make_unique<PendingPull>();
    auto reply = send("GET", QStringLiteral("/v1/pull?") + q.toString(QUrl::FullyEncoded), {}, false, &pending->sentBytes);
    if (reply)
        pending->reply = std::move(*reply);
    else
        pending->refused = reply.error();
    return pending;
}

Result<protocol::PullPage> PlatformClient::finishPull(std::unique_ptr<PendingPull> pending)
{
    if (!pending->reply)
        return fail(pending->refused);
    auto answer = finish(*pending->reply, pending->sentBytes);
    if (!answer)
        return fail(answer.error());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(*answer, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(ErrorCode::PlatformUnreachable, QStringLiteral("truncated or garbled page"));
    return protocol::PullPage::fromJson(doc.object());
}

Result<protocol::PullPage> PlatformClient::pull(const QString &cursor, int limit, const QString &scope)
{
    return finishPull(startPull(cursor, limit, scope));
}

Result<protocol::FeedEntry> PlatformClient::readRecord(const QString &type, const QString &id)
{
    auto answer = request("GET", QStringLiteral("/v1/records/%1/%2").arg(type, id), {}, false);
    if (!answer)
        return fail(answer.error());
    return protocol::FeedEntry::fromJson(QJsonDocument::fromJson(*answer).object());
}

} // namespace cliniclink::sync
