#pragma once

#include "cliniclink/core/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>

struct pg_conn;

namespace cliniclink::platform {

// One result row: each column as QString, or a null QVariant for SQL NULL.
using PgRow = QVariantList;

// The only libpq user: one PostgreSQL connection. Not thread-safe — one per thread
// (PgPool hands each worker thread its own).
//
// Parameters bind from QVariant: null → NULL, QByteArray → its bytes, bool → true/false,
// anything else → QVariant::toString(). Errors are PlatformDatabaseError with the SQLSTATE in
// Error::context, so callers can retry serialization failures (40001) and deadlocks (40P01).
class PgConnection {
public:
    static Result<std::unique_ptr<PgConnection>> connect(const QString &url);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    Result<void> exec(const QString &sql); // one or more statements, no parameters
    Result<QList<PgRow>> query(const QString &sql, const QVariantList &params = {});
    Result<std::optional<PgRow>> queryOne(const QString &sql, const QVariantList &params = {});
    Result<qint64> execute(const QString &sql, const QVariantList &params = {}); // rows affected
    // BEGIN … COMMIT around fn; ROLLBACK when fn fails or the commit fails.
    Result<void> transaction(const std::function<Result<void>()> &fn);

    bool isHealthy() const;
    // LISTEN support: the socket to watch and the payloads of notifications received so far.
    int socket() const;
    QStringList takeNotifications(const QString &channel);

private:
    explicit PgConnection(pg_conn *c) : m_conn(c) {}
    pg_conn *m_conn = nullptr;
};

// Hands every thread its own connection, opened lazily and reopened after it broke.
class PgPool {
public:
    explicit PgPool(QString url) : m_url(std::move(url)) {}
    Result<PgConnection *> connection();
    QString url() const { return m_url; }

private:
    QString m_url;
};

inline bool isRetryable(const Error &e)
{
    return e.code == ErrorCode::PlatformDatabaseError
        && (e.context == QLatin1String("40001") || e.context == QLatin1String("40P01"));
}

} // namespace cliniclink::platform
