#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/protocol/wire.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QUrl>

#include <QNetworkReply>

#include <memory>

namespace cliniclink::sync {

struct TransportSettings {
    QUrl platform;       // https://host:port, or http:// to a loopback address only
    QString caFile;      // PEM; when set, the only CA trusted for the platform (pinning)
    QString token;       // device credential (Bearer)
    int timeoutMs = 30000;
};

// Counts what went over the wire (bodies as sent, i.e. compressed), for status and benchmarks.
struct WireStats {
    qint64 requests = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
};

// HTTP to the platform, synchronous for the caller (a local event loop per request), one
// keep-alive connection. Refuses plain HTTP to any non-loopback host before connecting.
// Failure classes the sync engine relies on:
//   PlatformUnreachable — no answer (refused, reset, timeout, truncated): outcome unknown, resend;
//   DeviceNotAuthorized / OutOfScope / CertificateRejected / InsecureTransport — stop;
//   PlatformProtocolError — an answer that does not parse: treated like "unknown", resend.
class PlatformClient {
public:
    explicit PlatformClient(TransportSettings settings);

    static Result<void> checkTransportAllowed(const QUrl &url);

    struct EnrolResult {
        QString deviceId;
        QString token;
        QString orgCode;
        QString orgName;
    };
    Result<EnrolResult> enrol(const QString &code, const QString &deviceName);
    Result<QList<protocol::ChangeResult>> push(const QByteArray &pushJson);
    Result<protocol::PullPage> pull(const QString &cursor, int limit, const QString &scope = {});
    // The same in two halves, so the next page travels while the caller stores this one.
    // Destroying an unfinished PendingPull aborts it.
    struct PendingPull {
        std::unique_ptr<QNetworkReply> reply;
        qsizetype sentBytes = 0;
        Error refused; // why send() refused (reply is null then)
    };
    std::unique_ptr<PendingPull> startPull(const QString &cursor, int limit, const QString &scope = {});
    Result<protocol::PullPage> finishPull(std::unique_ptr<PendingPull> pending);
    Result<protocol::FeedEntry> readRecord(const QString &type, const QString &id);

    const WireStats &stats() const { return m_stats; }
    void setToken(const QString &token) { m_settings.token = token; }

private:
    Result<QByteArray> request(const QByteArray &verb, const QString &path, const QByteArray &body, bool gzipBody);
    // request() = finish(send()); send() returns nullptr when the transport is refused.
    Result<std::unique_ptr<QNetworkReply>> send(const QByteArray &verb, const QString &path, const QByteArray &body, bool gzipBody,
                                                qsizetype *sentBytes);
    Result<QByteArray> finish(QNetworkReply &reply, qsizetype sentBytes);

    TransportSettings m_settings;
    QNetworkAccessManager m_nam;
    QSslConfiguration m_ssl;
    WireStats m_stats;
};

} // namespace cliniclink::sync
