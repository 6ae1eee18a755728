// cliniclink-platform — the platform service the clinic workstations sync with.
#include "admincommands.h"
#include "serverconfig.h"

#include "cliniclink/platform/epolldispatcher.h"
#include "cliniclink/platform/platformserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <csignal>

#include <sys/resource.h>

using namespace cliniclink;

int main(int argc, char *argv[])
{
    // epoll instead of Qt's poll()-based dispatchers: thousands of idle keep-alive connections
    // must not make every request pay for every socket (CLINICLINK_EVENT_DISPATCHER=qt: Qt's own).
    if (qEnvironmentVariable("CLINICLINK_EVENT_DISPATCHER") != QLatin1String("qt"))
        QCoreApplication::setEventDispatcher(new platform::EpollDispatcher);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cliniclink-platform"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLINICLINK_VERSION));
    // A client vanishing mid-response must not kill the server.
    std::signal(SIGPIPE, SIG_IGN);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "ClinicLink platform service.\n\n"
        "  (no command)                                   serve the sync API\n"
        "  admin org add --code CODE --name NAME [--parent CODE]\n"
        "  admin enroll-code --org CODE                   print a one-time enrolment code (24 h)\n"
        "  admin user add NAME --role ROLE --org CODE     password on stdin\n\n"
        "Plain HTTP is accepted only when listening on loopback."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("config"), QStringLiteral("JSON configuration file (flags override it)."), QStringLiteral("FILE")},
        {QStringLiteral("listen"), QStringLiteral("Address and port, e.g. 127.0.0.1:8443."), QStringLiteral("HOST:PORT")},
        {QStringLiteral("database"), QStringLiteral("PostgreSQL connection URL."), QStringLiteral("URL")},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate (chain)."), QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key."), QStringLiteral("FILE")},
        {QStringLiteral("instance"), QStringLiteral("Name of this instance in logs."), QStringLiteral("NAME")},
        {QStringLiteral("workers"), QStringLiteral("Database worker threads (default 8)."), QStringLiteral("N")},
        {QStringLiteral("code"), QStringLiteral("Organisation code (admin org add)."), QStringLiteral("CODE")},
        {QStringLiteral("name"), QStringLiteral("Organisation name (admin org add)."), QStringLiteral("NAME")},
        {QStringLiteral("parent"), QStringLiteral("Parent organisation code."), QStringLiteral("CODE")},
        {QStringLiteral("org"), QStringLiteral("Organisation code."), QStringLiteral("CODE")},
        {QStringLiteral("role"), QStringLiteral("Platform user role: administrator, radiologist, specialist, township_doctor."),
         QStringLiteral("ROLE")},
    });
    parser.process(app);

    QTextStream in(stdin), out(stdout), err(stderr);
    const QStringList words = parser.positionalArguments();
    if (words.value(0) == QLatin1String("admin"))
        return runAdminCommand(parser, words, in, out, err);
    if (!words.isEmpty()) {
        err << "usage error: unknown command '" << words.value(0) << "'" << Qt::endl;
        return 2;
    }
    auto config = serverConfigFrom(parser);
    if (!config) {
        err << "usage error: " << config.error().detail << Qt::endl;
        return 2;
    }
    // One descriptor per client connection: use the whole hard limit (the default soft limit,
    // often 1024, would cap the instance at about a thousand clinics connected at once).
    rlimit fds{};
    if (getrlimit(RLIMIT_NOFILE, &fds) == 0 && fds.rlim_cur < fds.rlim_max) {
        fds.rlim_cur = fds.rlim_max;
        setrlimit(RLIMIT_NOFILE, &fds);
    }
    platform::PlatformServer server(*config);
    auto port = server.start();
    if (!port) {
        platform::logEvent(QStringLiteral("start_failed"), {{QStringLiteral("error"), port.error().toString()}});
        return port.error().code == ErrorCode::InsecureTransport ? 2 : 5;
    }
    // Graceful stop on SIGTERM/SIGINT: finish in-flight requests, close connections.
    for (int sig : {SIGTERM, SIGINT})
        std::signal(sig, [](int) { QCoreApplication::quit(); });
    const int rc = app.exec();
    platform::logEvent(QStringLiteral("stopped"));
    return rc;
}
