#include "serverconfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cliniclink;

namespace {
// "127.0.0.1:8443", "[::1]:8443", ":8443" (loopback) or "0.0.0.0:443".
bool parseListen(const QString &text, platform::ServerConfig &c)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    c.address = host.isEmpty() ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    c.port = quint16(port);
    return !c.address.isNull();
}
} // namespace

Result<platform::ServerConfig> serverConfigFrom(const QCommandLineParser &parser)
{
    platform::ServerConfig c;
    QJsonObject file;
    if (parser.isSet(QStringLiteral("config"))) {
        QFile f(parser.value(QStringLiteral("config")));
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorCode::IoError, QStringLiteral("config file unreadable"));
        QJsonParseError pe;
        file = QJsonDocument::fromJson(f.readAll(), &pe).object();
        if (pe.error != QJsonParseError::NoError)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("config file is not JSON: ") + pe.errorString());
    }
    auto value = [&](const char *flag, const char *key) {
        const QString f = parser.value(QString::fromLatin1(flag));
        return f.isEmpty() ? file.value(QLatin1String(key)).toString() : f;
    };
    const QString listen = value("listen", "listen");
    if (!parseListen(listen.isEmpty() ? QStringLiteral("127.0.0.1:8443") : listen, c))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("--listen must be HOST:PORT"));
    c.databaseUrl = value("database", "database");
    c.tlsCertFile = value("tls-cert", "tlsCert");
    c.tlsKeyFile = value("tls-key", "tlsKey");
    c.instanceName = value("instance", "instance");
    const QString workers = value("workers", "workers");
    if (!workers.isEmpty())
        c.workerThreads = workers.toInt();
    else if (file.contains(QLatin1String("workers")))
        c.workerThreads = file.value(QLatin1String("workers")).toInt(8);
    if (c.databaseUrl.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("--database URL is required"));
    if (c.tlsCertFile.isEmpty() != c.tlsKeyFile.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("--tls-cert and --tls-key go together"));
    return c;
}
