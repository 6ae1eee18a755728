#include "synccommands.h"

#include "cliniclink/emr/remoteindexing.h"
#include "cliniclink/his/remoteindexing.h"
#include "cliniclink/identity/session.h"
#include "cliniclink/publichealth/remoteindexing.h"
#include "cliniclink/registry/remoteindexing.h"
#include "cliniclink/sync/backoff.h"
#include "cliniclink/sync/syncengine.h"
#include "exitcodes.h"

#include <QJsonDocument>
#include <QThread>

using namespace cliniclink;

namespace {
int report(Invocation &inv, const Error &e)
{
    inv.err << "error: " << e.untranslatedMessage() << " (" << e.name() << ")";
    if (!e.detail.isEmpty())
        inv.err << ": " << e.detail;
    inv.err << Qt::endl;
    return exitCodeFor(e.code);
}
QString option(Invocation &inv, const char *name) { return inv.parser.value(QString::fromLatin1(name)); }
} // namespace

int cmdEnroll(Invocation &inv, identity::Session &s)
{
    if (auto ok = s.require(identity::Permission::ConfigureClinic); !ok)
        return report(inv, ok.error());
    const QUrl url(option(inv, "platform"));
    if (option(inv, "platform").isEmpty() || option(inv, "code").isEmpty()) {
        inv.err << "usage error: enroll needs --platform URL and --code CODE" << Qt::endl;
        return ExitUsage;
    }
    auto r = sync::enrol(s.store(), url, option(inv, "ca"), option(inv, "code"));
    if (r && !option(inv, "ca").isEmpty())
        (void)s.store().setMeta(QLatin1String(sync::metakey::CaFile), option(inv, "ca"));
    if (!r)
        return report(inv, r.error());
    inv.out << QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), r->deviceId}, {QStringLiteral("org"), r->orgCode},
                                         {QStringLiteral("orgName"), r->orgName}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
    return ExitOk;
}

int cmdSync(Invocation &inv, identity::Session &s)
{
    if (auto ok = s.require(identity::Permission::Sync); !ok)
        return report(inv, ok.error());
    QString ca = option(inv, "ca");
    if (ca.isEmpty()) { // the CA pinned at enrolment from the workstation's set-up
        auto pinned = s.store().meta(QLatin1String(sync::metakey::CaFile));
        if (pinned && pinned->has_value())
            ca = **pinned;
    }
    auto settings = sync::SyncEngine::transportFor(s.store(), ca);
    if (!settings)
        return report(inv, settings.error());
    if (!option(inv, "platform").isEmpty())
        settings->platform = QUrl(option(inv, "platform"));
    if (!option(inv, "timeout").isEmpty())
        settings->timeoutMs = option(inv, "timeout").toInt();
    // Pulled records reach search, due lists and the dispensing queue (store/indexers.h).
    registry::installIndexers(s.store());
    publichealth::installIndexers(s.store());
    emr::installIndexers(s.store());
    his::installIndexers(s.store());
    sync::PlatformClient client(*settings);
    sync::SyncEngine engine(s.store(), client);
    if (!option(inv, "batch").isEmpty())
        engine.setBatchSize(option(inv, "batch").toInt());
    const int attempts = qBound(1, option(inv, "attempts").isEmpty() ? 1 : option(inv, "attempts").toInt(), 100);
    sync::Backoff backoff(500, 8000);
    Result<sync::SyncReport> r;
    for (int i = 0; i < attempts; ++i) {
        r = engine.syncOnce();
        // Only "unknown outcome" failures are worth another try; auth/scope/TLS are not.
        if (r || (r.error().code != ErrorCode::PlatformUnreachable && r.error().code != ErrorCode::SyncInterrupted))
            break;
        if (i + 1 < attempts)
            QThread::msleep(quint64(backoff.nextDelayMs()));
    }
    QJsonObject out = r ? r->toJson() : QJsonObject{{QStringLiteral("error"), r.error().name()}};
    const auto &w = client.stats();
    out.insert(QStringLiteral("wire"), QJsonObject{{QStringLiteral("requests"), w.requests},
                                                   {QStringLiteral("bytesSent"), w.bytesSent},
                                                   {QStringLiteral("bytesReceived"), w.bytesReceived}});
    inv.out << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
    return r ? int(ExitOk) : report(inv, r.error());
}

int cmdStatus(Invocation &inv, identity::Session &s)
{
    auto st = sync::syncStatus(s.store());
    if (!st)
        return report(inv, st.error());
    inv.out << QJsonDocument(*st).toJson(inv.parser.isSet(QStringLiteral("json")) ? QJsonDocument::Compact : QJsonDocument::Indented);
    if (inv.parser.isSet(QStringLiteral("json")))
        inv.out << Qt::endl;
    return ExitOk;
}
