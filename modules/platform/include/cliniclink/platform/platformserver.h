#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/platform/pgconnection.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QThreadPool>
#include <QWaitCondition>

#include <atomic>
#include <memory>

class QHttpServer;
class QSocketNotifier;

namespace cliniclink::platform {

struct ServerConfig {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0: any free port
    QString databaseUrl;
    QString tlsCertFile; // both set → HTTPS; both empty → plain HTTP, allowed on loopback only
    QString tlsKeyFile;
    int workerThreads = 8;
    QString instanceName; // appears in logs and /health, to tell instances apart
};

// The HTTP API (docs/sync-protocol.md) on QHttpServer. Handlers never touch the database on
// the event-loop thread: they return a QFuture run on a worker pool whose threads each own a
// PostgreSQL connection. Nothing is kept in memory between requests except the LISTEN
// connection that wakes long-polling pulls when any instance commits a change.
class PlatformServer : public QObject {
    Q_OBJECT
public:
    explicit PlatformServer(ServerConfig config, QObject *parent = nullptr);
    ~PlatformServer() override;

    // Checks the configuration, creates/upgrades the schema, starts LISTEN and listens.
    // Returns the port actually bound.
    Result<quint16> start();
    qint64 notificationsReceived() const { return m_notifications.load(); }

private:
    void installRoutes();
    void onNotification();
    // Blocks a long-poll worker until any instance commits a change or the timeout passes.
    void waitForFeed(quint64 seenGeneration, int timeoutMs);

    ServerConfig m_config;
    PgPool m_pool;
    QThreadPool m_workers;
    QThreadPool m_pollers; // long-polling pulls wait here, never blocking pushes
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<PgConnection> m_listener;
    QSocketNotifier *m_listenNotifier = nullptr;
    std::atomic<qint64> m_notifications{0};
    QMutex m_feedMutex;
    QWaitCondition m_feedChanged;
    quint64 m_feedGeneration = 0;
};

// One structured log line (JSON) on stderr: ids, counts and codes only, never patient data.
void logEvent(const QString &event, QJsonObject fields = {});

} // namespace cliniclink::platform
