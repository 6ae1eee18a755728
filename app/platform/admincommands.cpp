#include "admincommands.h"

#include "cliniclink/platform/platformservice.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace cliniclink;

namespace {
enum { ExitOk = 0, ExitUsage = 2, ExitOther = 5 };

int report(QTextStream &err, const Error &e)
{
    err << "error: " << e.untranslatedMessage() << " (" << e.name() << ")";
    if (!e.detail.isEmpty())
        err << ": " << e.detail;
    err << Qt::endl;
    return e.code == ErrorCode::InvalidArgument || e.code == ErrorCode::InvalidOrgCode || e.code == ErrorCode::InvalidRole
        ? ExitUsage : ExitOther;
}
} // namespace

int runAdminCommand(const QCommandLineParser &parser, const QStringList &words, QTextStream &in, QTextStream &out,
                    QTextStream &err)
{
    const QString url = parser.value(QStringLiteral("database"));
    if (url.isEmpty()) {
        err << "usage error: --database URL is required" << Qt::endl;
        return ExitUsage;
    }
    auto db = platform::PgConnection::connect(url);
    if (!db)
        return report(err, db.error());
    if (auto s = platform::ensureSchema(**db); !s)
        return report(err, s.error());
    const QString what = words.value(1) + QLatin1Char(' ') + words.value(2);
    const QString org = parser.value(QStringLiteral("org"));

    if (what == QLatin1String("org add")) {
        const QString code = parser.value(QStringLiteral("code"));
        auto r = platform::addOrganisation(**db, code, parser.value(QStringLiteral("name")), parser.value(QStringLiteral("parent")));
        if (!r)
            return report(err, r.error());
        out << QJsonDocument(QJsonObject{{QStringLiteral("org"), code}}).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    if (words.value(1) == QLatin1String("enroll-code")) {
        auto code = platform::createEnrolmentCode(**db, org);
        if (!code)
            return report(err, code.error());
        out << *code << Qt::endl; // one line, for scripts
        return ExitOk;
    }
    if (what.startsWith(QLatin1String("user add"))) {
        const QString name = words.value(3);
        const QString password = in.readLine();
        if (name.isEmpty() || password.isEmpty()) {
            err << "usage error: admin user add NAME --role ROLE --org CODE, password on stdin" << Qt::endl;
            return ExitUsage;
        }
        auto r = platform::addPlatformUser(**db, name, parser.value(QStringLiteral("role")), org, password);
        if (!r)
            return report(err, r.error());
        out << QJsonDocument(QJsonObject{{QStringLiteral("user"), name}}).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    err << "usage error: unknown admin command" << Qt::endl;
    return ExitUsage;
}
