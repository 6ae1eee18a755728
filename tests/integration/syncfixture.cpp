#include "syncfixture.h"

#include "cliniclink/core/uuid7.h"

#include <QJsonDocument>

namespace cliniclink::test {

namespace {
const QString kAdmin = QStringLiteral("admin");
const QByteArray kPassword = "Admin#2026";
} // namespace

ClinicPc::ClinicPc(const QString &root, const QString &name, const QString &clinicCode) : m_store(root + QLatin1Char('/') + name)
{
    identity::ClinicSetup setup{clinicCode, name, kAdmin, QStringLiteral("Administrator"), QString::fromLatin1(kPassword)};
    auto r = identity::setUpClinic(m_store, setup);
    if (!r)
        qFatal("setUpClinic failed: %s", qPrintable(r.error().toString()));
}

std::unique_ptr<identity::Session> ClinicPc::signIn()
{
    auto s = identity::Session::signIn(m_store, kAdmin, QString::fromLatin1(kPassword));
    if (!s)
        qFatal("sign-in failed: %s", qPrintable(s.error().toString()));
    return std::move(*s);
}

QString ClinicPc::create(const QString &type, const QJsonObject &payload)
{
    auto s = signIn();
    const QString id = newId();
    auto r = s->store().putRecord(type, id, 0, payload);
    s->signOut();
    return r ? id : QString();
}

bool ClinicPc::update(const QString &type, const QString &id, const QJsonObject &fields)
{
    auto s = signIn();
    auto rec = s->store().record(type, id);
    if (!rec || !rec->has_value())
        return false;
    QJsonObject payload = (*rec)->payload;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        payload.insert(it.key(), it.value());
    const bool ok = s->store().putRecord(type, id, (*rec)->version, payload).has_value();
    s->signOut();
    return ok;
}

std::optional<store::Record> ClinicPc::record(const QString &type, const QString &id)
{
    auto s = signIn();
    auto rec = s->store().record(type, id);
    s->signOut();
    return rec ? *rec : std::nullopt;
}

QList<store::Record> ClinicPc::records(const QString &type)
{
    auto s = signIn();
    auto recs = s->store().records(type);
    s->signOut();
    return recs ? *recs : QList<store::Record>();
}

ProcessResult ClinicPc::ctl(const QStringList &args, int timeoutMs)
{
    return runProcess(ctlExecutable(), QStringList{QStringLiteral("--store"), m_store, QStringLiteral("--user"), kAdmin,
                                                   QStringLiteral("--password-stdin")} + args,
                      kPassword + '\n', timeoutMs);
}

bool ClinicPc::enrol(const QString &platformUrl, const QString &code)
{
    const ProcessResult r = ctl({QStringLiteral("enroll"), QStringLiteral("--platform"), platformUrl, QStringLiteral("--code"), code});
    if (r.exitCode != 0)
        qWarning("enroll failed: %s", r.err.constData());
    return r.exitCode == 0;
}

ProcessResult ClinicPc::sync(const QString &platformUrl, const QStringList &extra)
{
    return ctl(QStringList{QStringLiteral("sync"), QStringLiteral("--platform"), platformUrl} + extra);
}

QJsonObject ClinicPc::status()
{
    const ProcessResult r = ctl({QStringLiteral("status"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace cliniclink::test
