#include "platformharness.h"

#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QThread>

namespace cliniclink::test {

namespace {
const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin/");
}

quint16 freeLoopbackPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QString platformExecutable() { return buildDir() + QStringLiteral("/app/platform/cliniclink-platform"); }
QString ctlExecutable() { return buildDir() + QStringLiteral("/app/tools/cliniclinkctl/cliniclinkctl"); }

PgCluster::PgCluster() : m_dir(QDir::tempPath() + QStringLiteral("/clpg.XXXXXX")) {}

PgCluster::~PgCluster()
{
    if (m_running) {
        QString ignored;
        runAsPostgres({kPgBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                       QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                      &ignored);
    }
}

bool PgCluster::runAsPostgres(const QStringList &args, QString *error)
{
    const ProcessResult r = runProcess(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                                              QStringLiteral("--")} + args,
                                       {}, 120000);
    if (r.exitCode != 0 || r.crashed) {
        *error = QString::fromUtf8(r.err + r.out);
        return false;
    }
    return true;
}

bool PgCluster::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temp dir");
        return false;
    }
    // The cluster runs as postgres: it must own the directory.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                            | QFileDevice::ReadOther | QFileDevice::ExeOther);
    if (runProcess(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir.path()}).exitCode != 0) {
        *error = QStringLiteral("chown postgres failed (tests must run as root or postgres)");
        return false;
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!runAsPostgres({kPgBin + QStringLiteral("initdb"), QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
                        QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                        QStringLiteral("--no-sync")},
                       error))
        return false;
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freeLoopbackPort();
        const QString opts = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200")
                                 .arg(m_port)
                                 .arg(m_dir.path());
        m_running = runAsPostgres({kPgBin + QStringLiteral("pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-l"),
                                   m_dir.filePath(QStringLiteral("pg.log")), QStringLiteral("-o"), opts, QStringLiteral("-w"),
                                   QStringLiteral("start")},
                                  error);
    }
    return m_running;
}

QString PgCluster::url() const { return QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(m_port); }

QByteArray platformAdmin(const QString &databaseUrl, const QStringList &args, const QByteArray &stdinData)
{
    const ProcessResult r = runProcess(platformExecutable(), QStringList{QStringLiteral("--database"), databaseUrl,
                                                                         QStringLiteral("admin")} + args,
                                       stdinData);
    return r.exitCode == 0 ? r.out.trimmed() : QByteArray();
}

bool addOrgTree(const QString &databaseUrl, const QString &county, const QString &township, const QStringList &villages)
{
    auto add = [&](const QString &code, const QString &name, const QString &parent) {
        QStringList args{QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--code"), code, QStringLiteral("--name"), name};
        if (!parent.isEmpty())
            args << QStringLiteral("--parent") << parent;
        return !platformAdmin(databaseUrl, args).isEmpty();
    };
    bool ok = add(county, QString::fromUtf8("青秀区"), {}) && add(township, QString::fromUtf8("刘圩镇卫生院"), county);
    for (const QString &village : villages)
        ok = ok && add(village, QString::fromUtf8("村卫生室"), township);
    return ok;
}

PlatformInstance::PlatformInstance(QString databaseUrl, QString name) : m_databaseUrl(std::move(databaseUrl)), m_name(std::move(name)) {}

PlatformInstance::~PlatformInstance() { stop(); }

void PlatformInstance::setTls(const QString &certFile, const QString &keyFile)
{
    m_tlsCert = certFile;
    m_tlsKey = keyFile;
}

qint64 PlatformInstance::pid() const { return m_process ? m_process->processId() : 0; }

bool PlatformInstance::start(QString *error)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freeLoopbackPort();
        m_process = std::make_unique<QProcess>();
        QStringList args{QStringLiteral("--database"), m_databaseUrl, QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--instance"), m_name};
        if (!m_tlsCert.isEmpty())
            args << QStringLiteral("--tls-cert") << m_tlsCert << QStringLiteral("--tls-key") << m_tlsKey;
        m_process->start(platformExecutable(), args);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            m_process->waitForReadyRead(200);
            m_log += m_process->readAllStandardError();
            if (m_log.contains("\"event\":\"listening\""))
                return true;
            if (m_process->state() == QProcess::NotRunning)
                break;
        }
        stop();
    }
    *error = QString::fromUtf8(m_log);
    return false;
}

void PlatformInstance::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_log += m_process->readAllStandardError();
    m_process.reset();
}

} // namespace cliniclink::test
