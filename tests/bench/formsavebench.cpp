// Form-save benchmark (issue 4): saves hypertension follow-ups through the real path —
// FormRecords::save runs the form's validation and service rules, then putRecord (record +
// outbox entry + audit event), the form index and the registers in one transaction — and
// prints p50/p95 beside a baseline measured in the same run: a bare Store::putRecord of the
// same JSON payload (record + outbox + audit only). Goal: p95 <= 10 ms per save.
//   cliniclink_formsavebench [saves] [residents]
// With few saves (the CTest run uses 30) it is a smoke test: it checks that every save landed
// (records, outbox entries, form index rows) and never judges the times.
#include "cliniclink/identity/session.h"
#include "cliniclink/publichealth/formrecords.h"
#include "cliniclink/publichealth/registers.h"
#include "cliniclink/registry/registry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace cliniclink;

namespace {
QTextStream out(stdout);

struct Stats {
    double p50 = 0, p95 = 0, max = 0;
};
Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return {};
    auto at = [&](double q) { return ms.at(qMin(ms.size() - 1, qsizetype(q * ms.size()))); };
    return {at(0.50), at(0.95), ms.last()};
}

[[noreturn]] void fatal(const QString &what, const Error &e)
{
    out << "error: " << what << ": " << e.toString() << Qt::endl;
    std::exit(1);
}

qint64 count(store::Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    if (!v)
        fatal(QStringLiteral("count"), v.error());
    return v->toLongLong();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("cliniclink.*.info=false"));
    const int saves = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 1000;
    const int residents = argc > 2 ? qMax(1, QString::fromLocal8Bit(argv[2]).toInt()) : qMax(1, saves / 10);

    QTemporaryDir dir;
    const QString adminPassword = QStringLiteral("Admin#2026"), doctorPassword = QStringLiteral("Doctor#2026");
    auto setup = identity::setUpClinic(dir.path(), {QStringLiteral("450102001001"), QStringLiteral("基准村卫生室"),
                                                    QStringLiteral("admin"), QStringLiteral("管理员"), adminPassword});
    if (!setup)
        fatal(QStringLiteral("set up"), setup.error());
    {
        auto admin = identity::Session::signIn(dir.path(), QStringLiteral("admin"), adminPassword);
        if (!admin)
            fatal(QStringLiteral("sign in"), admin.error());
        (*admin)->setKdfParams({1, 1024, 1});
        auto u = (*admin)->addUser({QStringLiteral("doctor"), QStringLiteral("医生"), identity::Role::VillageDoctor, doctorPassword});
        if (!u)
            fatal(QStringLiteral("add user"), u.error());
    }
    auto signedIn = identity::Session::signIn(dir.path(), QStringLiteral("doctor"), doctorPassword);
    if (!signedIn)
        fatal(QStringLiteral("sign in"), signedIn.error());
    identity::Session &session = **signedIn;
    store::Store &store = session.store();
    store::Database &db = store.db();

    // Hypertensive residents, filed through the registry (registers follow).
    registry::Registry reg(session);
    publichealth::followRegisters(reg);
    QStringList ids;
    const QDate today = session.clock().nowUtc().toLocalTime().date();
    for (int i = 0; i < residents; ++i) {
        auto r = reg.create({{QStringLiteral("name"), QStringLiteral("基准%1").arg(i)},
                             {QStringLiteral("sex"), i % 2 ? QStringLiteral("1") : QStringLiteral("2")},
                             {QStringLiteral("birthDate"), QDate(1940 + i % 30, 1 + i % 12, 1 + i % 28).toString(Qt::ISODate)},
                             {QStringLiteral("pastDiseases"),
                              QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("2")}, {QStringLiteral("diagnosedOn"), QStringLiteral("2019-04")}}}}});
        if (!r)
            fatal(QStringLiteral("create resident"), r.error());
        ids << r->id;
    }

    publichealth::FormRecords forms(session);
    const QString formId = QStringLiteral("hypertension-followup");
    const auto *def = forms.library().form(formId);
    QRandomGenerator rng(11);
    const qint64 outboxBefore = count(db, QStringLiteral("SELECT COUNT(*) FROM outbox"));
    const qint64 auditBefore = count(db, QStringLiteral("SELECT COUNT(*) FROM audit"));

    // The real path. Each resident's visits go back in time two weeks apart, so the
    // consecutive-visit rule always has history to read.
    QList<double> real;
    QList<QJsonObject> payloads;
    for (int i = 0; i < saves; ++i) {
        const QString &rid = ids.at(i % ids.size());
        const QDate visit = today.addDays(-14 * (i / ids.size()));
        auto ctx = forms.context(rid);
        if (!ctx)
            fatal(QStringLiteral("context"), ctx.error());
        QJsonObject v = publichealth::exampleValues(*def, *ctx);
        v.insert(QStringLiteral("visitDate"), visit.toString(Qt::ISODate));
        v.insert(QStringLiteral("nextVisitDate"), visit.addDays(90).toString(Qt::ISODate));
        v.insert(QStringLiteral("sbp"), 118 + int(rng.bounded(50u)));
        v.insert(QStringLiteral("dbp"), 70 + int(rng.bounded(28u)));
        v.insert(QStringLiteral("visitMode"), QStringLiteral("1"));
        QElapsedTimer t;
        t.start();
        auto saved = forms.save(formId, rid, v, true);
        real << t.nsecsElapsed() / 1e6;
        if (!saved)
            fatal(QStringLiteral("save form %1").arg(i), saved.error());
        payloads << saved->payload;
    }

    // Baseline: the same documents through a bare putRecord (no rules, no index, no registers).
    QList<double> bare;
    for (int i = 0; i < saves; ++i) {
        const QString id = QStringLiteral("bench-%1").arg(i);
        QElapsedTimer t;
        t.start();
        auto r = store.putRecord(QStringLiteral("bench_baseline"), id, 0, payloads.at(i));
        bare << t.nsecsElapsed() / 1e6;
        if (!r)
            fatal(QStringLiteral("baseline putRecord"), r.error());
    }

    // Every save landed: a record, an outbox entry and an audit event each; an index row per form.
    const qint64 formRecords = count(db, QStringLiteral("SELECT COUNT(*) FROM records WHERE type = 'ph_form'"));
    const qint64 indexRows = count(db, QStringLiteral("SELECT COUNT(*) FROM ph_form_index"));
    const qint64 outboxAdded = count(db, QStringLiteral("SELECT COUNT(*) FROM outbox")) - outboxBefore;
    const qint64 auditAdded = count(db, QStringLiteral("SELECT COUNT(*) FROM audit")) - auditBefore;
    const qint64 onRegister = count(db, QStringLiteral("SELECT COUNT(*) FROM ph_register WHERE population = 'hypertension'"));
    bool ok = formRecords == saves && indexRows == saves && outboxAdded == 2 * saves && auditAdded >= 2 * saves
        && onRegister == residents;

    const Stats r = stats(real), b = stats(bare);
    out << "hypertension follow-ups saved: " << saves << " over " << residents << " residents" << Qt::endl;
    out << QStringLiteral("  FormRecords::save (rules + record + outbox + audit + index + registers): p50 %1  p95 %2  max %3 ms")
               .arg(r.p50, 0, 'f', 3).arg(r.p95, 0, 'f', 3).arg(r.max, 0, 'f', 3)
        << Qt::endl;
    out << QStringLiteral("  baseline Store::putRecord of the same JSON (record + outbox + audit):    p50 %1  p95 %2  max %3 ms")
               .arg(b.p50, 0, 'f', 3).arg(b.p95, 0, 'f', 3).arg(b.max, 0, 'f', 3)
        << Qt::endl;
    out << QStringLiteral("  ratio real/baseline: p50 %1x  p95 %2x").arg(r.p50 / qMax(b.p50, 1e-6), 0, 'f', 2)
               .arg(r.p95 / qMax(b.p95, 1e-6), 0, 'f', 2)
        << Qt::endl;
    out << "  rows: ph_form " << formRecords << ", ph_form_index " << indexRows << ", outbox +" << outboxAdded << ", audit +"
        << auditAdded << ", hypertension register " << onRegister << Qt::endl;
    out << (ok ? "counts OK" : "counts WRONG") << "; goal p95 <= 10 ms: " << (r.p95 <= 10.0 ? "met" : "not met") << Qt::endl;
    return ok ? 0 : 2;
}
