#include "cliniclink/platform/pgconnection.h"

#include "platformlogging.h"

#include <QThreadStorage>

#include <libpq-fe.h>

namespace cliniclink::platform {

namespace {
Error pgError(PGconn *conn, PGresult *res, const QString &what)
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    const char *msg = res ? PQresultErrorMessage(res) : PQerrorMessage(conn);
    return Error{ErrorCode::PlatformDatabaseError, what + QStringLiteral(": ") + QString::fromUtf8(msg).trimmed(),
                 state ? QString::fromLatin1(state) : QString()};
}

// Turns $-less '?' placeholders into $1, $2 … so SQL reads like the store's SQLite code.
QByteArray numberPlaceholders(const QString &sql)
{
    QByteArray out;
    const QByteArray in = sql.toUtf8();
    out.reserve(in.size() + 16);
    int n = 0;
    bool quoted = false;
    for (char c : in) {
        if (c == '\'')
            quoted = !quoted;
        if (c == '?' && !quoted)
            out += '$' + QByteArray::number(++n);
        else
            out += c;
    }
    return out;
}
} // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const QString &url)
{
    PGconn *c = PQconnectdb(url.toUtf8().constData());
    if (PQstatus(c) != CONNECTION_OK) {
        Error e{ErrorCode::PlatformDatabaseError, QStringLiteral("connect: ") + QString::fromUtf8(PQerrorMessage(c)).trimmed(), {}};
        PQfinish(c);
        return fail(e);
    }
    std::unique_ptr<PgConnection> conn(new PgConnection(c));
    // Every statement sees UTC and a bounded wait for locks.
    CL_TRY(conn->execute(QStringLiteral("SET TIME ZONE 'UTC'")));
    CL_TRY(conn->execute(QStringLiteral("SET client_min_messages = warning")));
    return conn;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<void> PgConnection::exec(const QString &sql)
{
    PGresult *res = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType st = PQresultStatus(res);
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        Error e = pgError(m_conn, res, QStringLiteral("exec"));
        PQclear(res);
        return fail(e);
    }
    PQclear(res);
    return {};
}

Result<QList<PgRow>> PgConnection::query(const QString &sql, const QVariantList &params)
{
    QList<QByteArray> values;
    std::vector<const char *> ptrs;
    values.reserve(params.size());
    for (const QVariant &p : params) {
        if (p.isNull()) {
            values.append(QByteArray());
        } else if (p.typeId() == QMetaType::QByteArray) {
            values.append(p.toByteArray());
        } else if (p.typeId() == QMetaType::Bool) {
            values.append(p.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
        } else {
            values.append(p.toString().toUtf8());
        }
    }
    for (int i = 0; i < params.size(); ++i)
        ptrs.push_back(params[i].isNull() ? nullptr : values[i].constData());
    const QByteArray text = numberPlaceholders(sql);
    PGresult *res = PQexecParams(m_conn, text.constData(), int(ptrs.size()), nullptr, ptrs.data(), nullptr, nullptr, 0);
    const ExecStatusType st = PQresultStatus(res);
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        Error e = pgError(m_conn, res, QStringLiteral("query"));
        PQclear(res);
        return fail(e);
    }
    QList<PgRow> rows;
    const int nrows = PQntuples(res), ncols = PQnfields(res);
    rows.reserve(nrows);
    for (int r = 0; r < nrows; ++r) {
        PgRow row;
        row.reserve(ncols);
        for (int c = 0; c < ncols; ++c)
            row.append(PQgetisnull(res, r, c) ? QVariant() : QVariant(QString::fromUtf8(PQgetvalue(res, r, c), PQgetlength(res, r, c))));
        rows.append(row);
    }
    PQclear(res);
    return rows;
}

Result<std::optional<PgRow>> PgConnection::queryOne(const QString &sql, const QVariantList &params)
{
    auto rows = query(sql, params);
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<PgRow>();
    return std::optional<PgRow>(rows->first());
}

Result<qint64> PgConnection::execute(const QString &sql, const QVariantList &params)
{
    QList<QByteArray> values;
    std::vector<const char *> ptrs;
    for (const QVariant &p : params)
        values.append(p.typeId() == QMetaType::Bool ? QByteArray(p.toBool() ? "true" : "false")
                      : p.typeId() == QMetaType::QByteArray ? p.toByteArray() : p.toString().toUtf8());
    for (int i = 0; i < params.size(); ++i)
        ptrs.push_back(params[i].isNull() ? nullptr : values[i].constData());
    const QByteArray text = numberPlaceholders(sql);
    PGresult *res = PQexecParams(m_conn, text.constData(), int(ptrs.size()), nullptr, ptrs.data(), nullptr, nullptr, 0);
    const ExecStatusType st = PQresultStatus(res);
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
        Error e = pgError(m_conn, res, QStringLiteral("execute"));
        PQclear(res);
        return fail(e);
    }
    const qint64 n = QByteArray(PQcmdTuples(res)).toLongLong();
    PQclear(res);
    return n;
}

Result<void> PgConnection::transaction(const std::function<Result<void>()> &fn)
{
    CL_TRY(execute(QStringLiteral("BEGIN")));
    auto r = fn();
    if (!r) {
        execute(QStringLiteral("ROLLBACK"));
        return r;
    }
    auto c = execute(QStringLiteral("COMMIT"));
    if (!c) {
        execute(QStringLiteral("ROLLBACK"));
        return fail(c.error());
    }
    return {};
}

bool PgConnection::isHealthy() const { return PQstatus(m_conn) == CONNECTION_OK; }

int PgConnection::socket() const { return PQsocket(m_conn); }

QStringList PgConnection::takeNotifications(const QString &channel)
{
    QStringList out;
    PQconsumeInput(m_conn);
    while (PGnotify *n = PQnotifies(m_conn)) {
        if (QString::fromUtf8(n->relname) == channel)
            out << QString::fromUtf8(n->extra);
        PQfreemem(n);
    }
    return out;
}

Result<PgConnection *> PgPool::connection()
{
    // QThreadStorage deletes each thread's connection when the thread ends.
    static QThreadStorage<PgConnection *> perThread;
    if (perThread.hasLocalData() && perThread.localData() && !perThread.localData()->isHealthy()) {
        qCWarning(lcPlatform) << "reconnecting a broken database connection";
        delete perThread.localData();
        perThread.setLocalData(nullptr);
    }
    if (!perThread.hasLocalData() || !perThread.localData()) {
        auto c = PgConnection::connect(m_url);
        if (!c)
            return fail(c.error());
        perThread.setLocalData(c->release());
    }
    return perThread.localData();
}

} // namespace cliniclink::platform
