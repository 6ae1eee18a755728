// cliniclinkctl — the administrator's scriptable command line for a ClinicLink store.
#include "commands.h"
#include "exitcodes.h"

#include <QCoreApplication>
#include <QCommandLineParser>

#include <QLoggingCategory>

#include <cstdio>
#include <sys/stat.h>

int main(int argc, char *argv[])
{
    umask(077); // every file this tool creates is readable by its owner only
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("cliniclink.*.info=false"));
    QCoreApplication::setApplicationName(QStringLiteral("cliniclinkctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLINICLINK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Administers a ClinicLink store.\n\n"
        "Commands:\n"
        "  init --clinic-code CODE --clinic-name NAME --admin USER   create a store (recovery key on stderr)\n"
        "  user add NAME --role ROLE [--display-name TEXT]            new user's password on the next stdin line\n"
        "  user list | user disable NAME | user enable NAME | user reset-password NAME\n"
        "  passwd                                                     change your password (new one on next line)\n"
        "  verify                                                     check encryption, audit chain, blobs (JSON)\n"
        "  audit export --out FILE.jsonl\n"
        "  residents import FILE.csv                                  import archives (UTF-8/GB18030 CSV); JSON report\n"
        "  residents search TEXT --json [--limit N]                   name, pinyin, initials, ID, phone, archive no.\n"
        "  enroll --platform URL --code CODE [--ca FILE]              enrol this PC with the platform (one-time code)\n"
        "  sync [--platform URL] [--ca FILE] [--attempts N]           push unsent records, pull the scope's changes (JSON)\n"
        "  status --json                                              pending, in flight, rejected, conflicts, last success\n\n"
        "Secrets are read from stdin, one per line, with --password-stdin. --user recovery signs in\n"
        "with the recovery key. Exit codes: 0 ok, 2 usage, 3 authentication failed or account locked,\n"
        "4 integrity or tamper detected, 5 other error."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("store"), QStringLiteral("Store directory."), QStringLiteral("DIR")},
        {QStringLiteral("user"), QStringLiteral("Sign in as this user."), QStringLiteral("USER")},
        {QStringLiteral("password-stdin"), QStringLiteral("Read passwords from stdin, one per line.")},
        {QStringLiteral("clinic-code"), QStringLiteral("12-digit clinic code (init)."), QStringLiteral("CODE")},
        {QStringLiteral("clinic-name"), QStringLiteral("Clinic name (init)."), QStringLiteral("NAME")},
        {QStringLiteral("admin"), QStringLiteral("Administrator user name (init)."), QStringLiteral("USER")},
        {QStringLiteral("audit-hash"), QStringLiteral("Audit chain hash: sha256 or sm3 (init)."), QStringLiteral("ALG")},
        {QStringLiteral("role"), QStringLiteral("Role for user add."), QStringLiteral("ROLE")},
        {QStringLiteral("display-name"), QStringLiteral("Display name."), QStringLiteral("TEXT")},
        {QStringLiteral("out"), QStringLiteral("Output file."), QStringLiteral("FILE")},
        {QStringLiteral("json"), QStringLiteral("Print JSON (residents search).")},
        {QStringLiteral("limit"), QStringLiteral("Maximum number of matches (residents search, default 50)."), QStringLiteral("N")},
        {QStringLiteral("platform"), QStringLiteral("Platform URL (https://, or http:// on loopback)."), QStringLiteral("URL")},
        {QStringLiteral("ca"), QStringLiteral("PEM CA certificate to pin for the platform."), QStringLiteral("FILE")},
        {QStringLiteral("code"), QStringLiteral("One-time enrolment code (enroll)."), QStringLiteral("CODE")},
        {QStringLiteral("attempts"), QStringLiteral("Sync attempts with jittered back-off (default 1)."), QStringLiteral("N")},
        {QStringLiteral("batch"), QStringLiteral("Changes per push request (default 50)."), QStringLiteral("N")},
        {QStringLiteral("timeout"), QStringLiteral("Per-request timeout in ms (default 30000)."), QStringLiteral("MS")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("init, user, passwd, verify, audit, residents, enroll, sync or status"));

    QTextStream in(stdin), out(stdout), err(stderr);
    if (!parser.parse(QCoreApplication::arguments())) {
        err << "usage error: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    Invocation inv{parser, parser.positionalArguments(), in, out, err};
    return runCommand(inv);
}
