#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace cliniclink::test {

// A throw-away PostgreSQL 15 cluster: initdb + pg_ctl in a temporary directory, loopback only,
// run as the `postgres` user (initdb refuses root). Stopped and removed by the destructor.
class PgCluster {
public:
    PgCluster();
    ~PgCluster();
    bool start(QString *error); // picks a free port
    QString url() const;
    quint16 port() const { return m_port; }

private:
    bool runAsPostgres(const QStringList &args, QString *error);
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    bool m_running = false;
};

// One cliniclink-platform instance (a child process), plain HTTP on 127.0.0.1.
class PlatformInstance {
public:
    PlatformInstance(QString databaseUrl, QString name);
    ~PlatformInstance();
    // TLS (https://) with a PEM certificate and key; call before start().
    void setTls(const QString &certFile, const QString &keyFile);
    bool start(QString *error);
    void stop();
    qint64 pid() const;
    QString url() const { return QStringLiteral("%1://127.0.0.1:%2").arg(m_tlsCert.isEmpty() ? QStringLiteral("http") : QStringLiteral("https")).arg(m_port); }
    quint16 port() const { return m_port; }
    QByteArray log() const { return m_log; }

private:
    QString m_databaseUrl;
    QString m_name;
    quint16 m_port = 0;
    QString m_tlsCert, m_tlsKey;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
};

QString platformExecutable();
QString ctlExecutable();
quint16 freeLoopbackPort();
// cliniclink-platform --database URL admin …; returns stdout, or empty on failure.
QByteArray platformAdmin(const QString &databaseUrl, const QStringList &args, const QByteArray &stdinData = {});
// The organisation tree the sync tests use: county 青秀区, township 刘圩镇卫生院 under it, and each
// village (村卫生室) under the township, added with `admin org add`; false when one is refused.
bool addOrgTree(const QString &databaseUrl, const QString &county, const QString &township, const QStringList &villages);

} // namespace cliniclink::test
