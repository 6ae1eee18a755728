#include "commands.h"

#include "cliniclink/identity/passwordpolicy.h"
#include "cliniclink/identity/session.h"
#include "cliio.h"
#include "exitcodes.h"
#include "residentcommands.h"
#include "synccommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cliniclink;

namespace {

// Secrets come from stdin, one per line, never from the command line (it shows in `ps`).
bool readSecret(Invocation &inv, QString &secret)
{
    if (!inv.parser.isSet(QStringLiteral("password-stdin")))
        return false;
    secret = inv.in.readLine();
    return !secret.isNull();
}

QString option(Invocation &inv, const char *name) { return inv.parser.value(QString::fromLatin1(name)); }

Result<std::unique_ptr<identity::Session>> signIn(Invocation &inv)
{
    const QString user = option(inv, "user");
    QString password;
    if (user.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("--user is required"));
    if (!readSecret(inv, password))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("--password-stdin and a password line on stdin are required"));
    inv.signInPassword = password;
    if (user == QLatin1String("recovery"))
        return identity::Session::signInWithRecoveryKey(option(inv, "store"), password);
    return identity::Session::signIn(option(inv, "store"), user, password);
}

int cmdInit(Invocation &inv)
{
    identity::ClinicSetup setup;
    setup.clinicCode = option(inv, "clinic-code");
    setup.clinicName = option(inv, "clinic-name");
    setup.adminUsername = option(inv, "admin");
    setup.adminDisplayName = option(inv, "display-name");
    if (setup.clinicCode.isEmpty() || setup.clinicName.isEmpty() || setup.adminUsername.isEmpty())
        return usage(inv, QStringLiteral("init needs --clinic-code, --clinic-name and --admin"));
    if (inv.parser.isSet(QStringLiteral("audit-hash"))) {
        auto alg = crypto::parseHashAlgorithm(option(inv, "audit-hash"));
        if (!alg)
            return usage(inv, QStringLiteral("--audit-hash must be sha256 or sm3"));
        setup.auditHash = *alg;
    }
    if (!readSecret(inv, setup.adminPassword))
        return usage(inv, QStringLiteral("init needs --password-stdin and the administrator's password on stdin"));
    auto r = identity::setUpClinic(option(inv, "store"), setup);
    if (!r)
        return report(inv, r.error());
    inv.err << "Recovery key (print it and keep it locked away; it is shown only once):\n"
            << r->recoveryKey << Qt::endl;
    inv.out << QJsonDocument(QJsonObject{{QStringLiteral("store"), option(inv, "store")},
                                         {QStringLiteral("deviceId"), r->deviceId}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    return ExitOk;
}

QJsonObject userJson(const identity::User &u)
{
    return QJsonObject{{QStringLiteral("username"), u.username},
                       {QStringLiteral("displayName"), u.displayName},
                       {QStringLiteral("role"), identity::roleKey(u.role)},
                       {QStringLiteral("disabled"), u.disabled},
                       {QStringLiteral("mustChangePassword"), u.mustChangePassword}};
}

int cmdUser(Invocation &inv, identity::Session &s)
{
    const QString sub = inv.words.value(1);
    const QString name = inv.words.value(2);
    if (sub == QLatin1String("list")) {
        auto users = s.users();
        if (!users)
            return report(inv, users.error());
        QJsonArray arr;
        for (const auto &u : *users)
            arr.append(userJson(u));
        inv.out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (name.isEmpty())
        return usage(inv, QStringLiteral("user %1 needs a user name").arg(sub));
    if (sub == QLatin1String("add") || sub == QLatin1String("enable") || sub == QLatin1String("reset-password")) {
        QString password;
        if (!readSecret(inv, password))
            return usage(inv, QStringLiteral("the new user's password must follow on the next stdin line"));
        Result<void> r;
        if (sub == QLatin1String("add")) {
            auto role = identity::parseRole(option(inv, "role"));
            if (!role)
                return usage(inv, QStringLiteral("--role must be one of village_doctor, township_doctor, radiologist, "
                                                 "pharmacist, administrator"));
            auto u = s.addUser({name, option(inv, "display-name"), *role, password});
            if (!u)
                return report(inv, u.error());
            inv.out << QJsonDocument(userJson(*u)).toJson(QJsonDocument::Compact) << Qt::endl;
            return ExitOk;
        }
        r = sub == QLatin1String("enable") ? s.enableUser(name, password) : s.resetPassword(name, password);
        if (!r)
            return report(inv, r.error());
        return ExitOk;
    }
    if (sub == QLatin1String("disable")) {
        auto r = s.disableUser(name);
        return r ? int(ExitOk) : report(inv, r.error());
    }
    return usage(inv, QStringLiteral("unknown user command '%1'").arg(sub));
}

int cmdVerify(Invocation &inv, identity::Session &s)
{
    const auto v = s.store().verify();
    inv.out << QJsonDocument(v.report).toJson(QJsonDocument::Indented);
    if (!v.intact) {
        inv.err << "error: " << errorCodeMessage(v.code) << " (" << errorCodeName(v.code) << ")" << Qt::endl;
        return ExitIntegrity;
    }
    return ExitOk;
}

int cmdAudit(Invocation &inv, identity::Session &s)
{
    if (inv.words.value(1) != QLatin1String("export"))
        return usage(inv, QStringLiteral("unknown audit command"));
    const QString out = option(inv, "out");
    if (out.isEmpty())
        return usage(inv, QStringLiteral("audit export needs --out FILE.jsonl"));
    auto allowed = s.require(identity::Permission::ExportData);
    if (!allowed)
        return report(inv, allowed.error());
    auto logged = s.store().audit().append(QLatin1String(store::audit::Export), QStringLiteral("audit"), QString(),
                                           QJsonObject{{QStringLiteral("format"), QStringLiteral("jsonl")}});
    if (!logged)
        return report(inv, logged.error());
    auto n = s.store().audit().exportJsonl(out);
    if (!n)
        return report(inv, n.error());
    inv.out << QJsonDocument(QJsonObject{{QStringLiteral("exported"), *n}, {QStringLiteral("file"), out}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    return ExitOk;
}

int cmdPasswd(Invocation &inv, identity::Session &s)
{
    QString newPassword;
    if (!readSecret(inv, newPassword))
        return usage(inv, QStringLiteral("the new password must follow on the next stdin line"));
    auto r = s.changePassword(inv.signInPassword, newPassword);
    return r ? int(ExitOk) : report(inv, r.error());
}

} // namespace

int runCommand(Invocation &inv)
{
    const QString command = inv.words.value(0);
    if (command.isEmpty())
        return usage(inv, QStringLiteral("no command given"));
    if (option(inv, "store").isEmpty())
        return usage(inv, QStringLiteral("--store DIR is required"));
    if (command == QLatin1String("init"))
        return cmdInit(inv);
    static const QStringList known = {QStringLiteral("user"), QStringLiteral("verify"), QStringLiteral("audit"),
                                      QStringLiteral("passwd"), QStringLiteral("residents"),
                                      QStringLiteral("enroll"), QStringLiteral("sync"), QStringLiteral("status")};
    if (!known.contains(command))
        return usage(inv, QStringLiteral("unknown command '%1'").arg(command));

    auto session = signIn(inv);
    if (!session) {
        if (command == QLatin1String("verify") && exitCodeFor(session.error().code) == ExitIntegrity) {
            inv.out << QJsonDocument(QJsonObject{{QStringLiteral("intact"), false},
                                                 {QStringLiteral("error"), session.error().toString()}})
                           .toJson(QJsonDocument::Indented);
        }
        return session.error().code == ErrorCode::InvalidArgument ? usage(inv, session.error().detail)
                                                                   : report(inv, session.error());
    }
    if (command == QLatin1String("user"))
        return cmdUser(inv, **session);
    if (command == QLatin1String("verify"))
        return cmdVerify(inv, **session);
    if (command == QLatin1String("passwd"))
        return cmdPasswd(inv, **session);
    if (command == QLatin1String("residents"))
        return cmdResidents(inv, **session);
    if (command == QLatin1String("enroll"))
        return cmdEnroll(inv, **session);
    if (command == QLatin1String("sync"))
        return cmdSync(inv, **session);
    if (command == QLatin1String("status"))
        return cmdStatus(inv, **session);
    return cmdAudit(inv, **session);
}
