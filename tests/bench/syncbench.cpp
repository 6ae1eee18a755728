// Sync benchmarks for issue 6 (run by hand, not a timed test): bytes on the wire per
// hypertension follow-up in batches of 50, pushing 40 follow-ups over a 40 kbit/s / 700 ms link,
// a no-change sync, and the initial pull rate on loopback. Each figure is printed beside its goal
// and, where one makes sense, a baseline measured in the same run.
//
// Two initial pulls of `pull-records` each, both seeded straight into PostgreSQL and pulled
// through the real platform into a freshly enrolled store:
//  - generic: one record type without indexers (the record write and sync bookkeeping only);
//  - clinical: half residents (hypertension in the archive) and half hypertension follow-ups,
//    with payloads copied from a resident the Registry and a form FormRecords really saved, into
//    a store with every module's indexers installed (as the workstation and cliniclinkctl do), so
//    the search tokens, registers, form index and timeline are written in the pull pages; the
//    derived rows are counted afterwards. Printed beside the generic pull and the clinical pages
//    fetched and parsed without storing, both measured in the same run.
// Usage: cliniclink_syncbench [pull-records (default 100000) [pull-only]]
#include "cliniclink/core/uuid7.h"
#include "cliniclink/emr/remoteindexing.h"
#include "cliniclink/his/remoteindexing.h"
#include "cliniclink/platform/pgconnection.h"
#include "cliniclink/publichealth/formevaluation.h"
#include "cliniclink/publichealth/formrecords.h"
#include "cliniclink/publichealth/registers.h"
#include "cliniclink/publichealth/remoteindexing.h"
#include "cliniclink/registry/idnumber.h"
#include "cliniclink/registry/namepinyin.h"
#include "cliniclink/registry/registry.h"
#include "cliniclink/registry/remoteindexing.h"
#include "cliniclink/sync/syncengine.h"
#include "faultproxy.h"
#include "syncfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

#include <sys/resource.h>

using namespace cliniclink;
using namespace cliniclink::test;

namespace {
const QString kCounty = QStringLiteral("450102");
const QString kTownship = QStringLiteral("450102001");
const QString kVillageA = QStringLiteral("450102001001");
const QString kVillageB = QStringLiteral("450102001002");
const QString kVillageC = QStringLiteral("450102001003"); // the clinical pull's scope
const QString kFollowUp = QStringLiteral("hypertension_followup");

// The fields of the national hypertension follow-up form (国家基本公共卫生服务规范, 高血压患者随访服务记录表).
QJsonObject followUp(const QString &resident, int n)
{
    return {{QStringLiteral("resident"), resident},
            {QStringLiteral("visitDate"), QStringLiteral("2026-11-%1").arg(1 + n % 28, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("method"), QStringLiteral("clinic")},
            {QStringLiteral("symptoms"), QJsonArray{QStringLiteral("headache"), QStringLiteral("dizziness")}},
            {QStringLiteral("sbp"), 130 + n % 40}, {QStringLiteral("dbp"), 80 + n % 20},
            {QStringLiteral("weightKg"), 60.5 + n % 10}, {QStringLiteral("targetWeightKg"), 58},
            {QStringLiteral("bmi"), 23.4}, {QStringLiteral("heartRate"), 70 + n % 15},
            {QStringLiteral("otherSigns"), QString()},
            {QStringLiteral("cigarettesPerDay"), n % 3 == 0 ? 10 : 0}, {QStringLiteral("alcoholLiangPerDay"), 0},
            {QStringLiteral("exerciseTimesPerWeek"), 3}, {QStringLiteral("exerciseMinutes"), 30},
            {QStringLiteral("saltIntake"), QStringLiteral("moderate")}, {QStringLiteral("psychology"), QStringLiteral("good")},
            {QStringLiteral("compliance"), QStringLiteral("good")}, {QStringLiteral("adherence"), QStringLiteral("regular")},
            {QStringLiteral("adverseReactions"), false}, {QStringLiteral("classification"), QStringLiteral("controlled")},
            {QStringLiteral("medications"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("苯磺酸氨氯地平片")},
                                                                   {QStringLiteral("dose"), QStringLiteral("5 mg")},
                                                                   {QStringLiteral("frequency"), QStringLiteral("qd")}},
                                                       QJsonObject{{QStringLiteral("name"), QStringLiteral("厄贝沙坦片")},
                                                                   {QStringLiteral("dose"), QStringLiteral("150 mg")},
                                                                   {QStringLiteral("frequency"), QStringLiteral("qd")}}}},
            {QStringLiteral("referral"), QJsonObject{{QStringLiteral("needed"), false}}},
            {QStringLiteral("nextVisitDate"), QStringLiteral("2027-02-01")},
            {QStringLiteral("doctor"), QStringLiteral("admin")}};
}

void print(const char *what, const QString &value, const QString &goal, const QString &baseline = {})
{
    std::printf("%-46s %-22s goal %-14s %s\n", what, qPrintable(value), qPrintable(goal),
                baseline.isEmpty() ? "" : qPrintable(QStringLiteral("baseline: ") + baseline));
    std::fflush(stdout);
}

struct Bench {
    QTemporaryDir tmp;
    PgCluster pg;
    std::unique_ptr<PlatformInstance> platform;

    bool setUp()
    {
        QString error;
        if (!pg.start(&error) || !(platform = std::make_unique<PlatformInstance>(pg.url(), QStringLiteral("bench")))->start(&error)) {
            std::fprintf(stderr, "set-up failed: %s\n", qPrintable(error));
            return false;
        }
        const QString db = pg.url();
        platformAdmin(db, {QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--code"), kCounty, QStringLiteral("--name"), QStringLiteral("c")});
        platformAdmin(db, {QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--code"), kTownship, QStringLiteral("--name"), QStringLiteral("t"),
                           QStringLiteral("--parent"), kCounty});
        for (const QString &v : {kVillageA, kVillageB, kVillageC})
            platformAdmin(db, {QStringLiteral("org"), QStringLiteral("add"), QStringLiteral("--code"), v, QStringLiteral("--name"), QStringLiteral("v"),
                               QStringLiteral("--parent"), kTownship});
        return true;
    }
    std::unique_ptr<ClinicPc> newPc(const QString &name, const QString &org)
    {
        auto pc = std::make_unique<ClinicPc>(tmp.path(), name, org);
        const QString code = QString::fromLatin1(platformAdmin(pg.url(), {QStringLiteral("enroll-code"), QStringLiteral("--org"), org}));
        return pc->enrol(platform->url(), code) ? std::move(pc) : nullptr;
    }
    // Pushes what the PC has pending through `url` in process; returns ms.
    qint64 push(ClinicPc &pc, const QString &url, sync::WireStats *wire = nullptr)
    {
        auto s = pc.signIn();
        auto settings = sync::SyncEngine::transportFor(s->store(), {});
        settings->platform = QUrl(url);
        sync::PlatformClient client(*settings);
        sync::SyncEngine engine(s->store(), client);
        QElapsedTimer t;
        t.start();
        auto r = engine.push();
        const qint64 ms = t.elapsed();
        if (!r)
            std::fprintf(stderr, "push failed: %s\n", qPrintable(r.error().toString()));
        if (wire)
            *wire = client.stats();
        s->signOut();
        return ms;
    }
};

void bytesPerRecord(Bench &b)
{
    auto pc = b.newPc(QStringLiteral("bytes"), kVillageA);
    const QString resident = pc->create(QStringLiteral("resident"), {{QStringLiteral("name"), QStringLiteral("x")}});
    b.push(*pc, b.platform->url());
    constexpr int kRecords = 200; // 4 batches of 50
    qint64 rawJson = 0;
    for (int i = 0; i < kRecords; ++i) {
        const QJsonObject p = followUp(resident, i);
        rawJson += QJsonDocument(p).toJson(QJsonDocument::Compact).size();
        pc->create(kFollowUp, p);
    }
    FaultProxy proxy(b.platform->port());
    proxy.start();
    sync::WireStats wire;
    b.push(*pc, proxy.url(), &wire);
    const auto st = proxy.stats();
    print("push: bytes on the wire per follow-up (x50)", QStringLiteral("%1 B").arg((st.bytesUp + st.bytesDown) / kRecords), QStringLiteral("<= 600 B"),
          QStringLiteral("payload JSON alone %1 B; bodies %2 B up + %3 B down in %4 requests")
              .arg(rawJson / kRecords)
              .arg(wire.bytesSent)
              .arg(wire.bytesReceived)
              .arg(wire.requests));
}

void pushOverSlowLink(Bench &b)
{
    auto pc = b.newPc(QStringLiteral("slow"), kVillageB);
    const QString resident = pc->create(QStringLiteral("resident"), {{QStringLiteral("name"), QStringLiteral("x")}});
    b.push(*pc, b.platform->url());
    FaultProxy proxy(b.platform->port());
    proxy.start();
    for (int i = 0; i < 40; ++i)
        pc->create(kFollowUp, followUp(resident, i));
    const qint64 loopback = b.push(*pc, proxy.url());
    for (int i = 0; i < 40; ++i)
        pc->create(kFollowUp, followUp(resident, 100 + i));
    proxy.setLinkShape({40000, 700});
    proxy.resetStats();
    const qint64 slow = b.push(*pc, proxy.url());
    print("push 40 follow-ups at 40 kbit/s, 700 ms RTT", QStringLiteral("%1 ms (%2 B)").arg(slow).arg(proxy.stats().bytesUp + proxy.stats().bytesDown),
          QStringLiteral("<= 10000 ms"), QStringLiteral("same push on loopback %1 ms").arg(loopback));
}

void noChangeSync(Bench &b)
{
    auto pc = b.newPc(QStringLiteral("idle"), kVillageA);
    FaultProxy proxy(b.platform->port());
    proxy.start();
    pc->sync(proxy.url());
    proxy.resetStats();
    const ProcessResult r = pc->sync(proxy.url());
    const QJsonObject wire = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("wire")).toObject();
    const auto st = proxy.stats();
    print("no-change sync", QStringLiteral("%1 req, %2 B").arg(wire.value(QStringLiteral("requests")).toInt()).arg(st.bytesUp + st.bytesDown),
          QStringLiteral("1 req, < 2048 B"),
          QStringLiteral("bodies %1 B; %2 connection(s)")
              .arg(wire.value(QStringLiteral("bytesSent")).toInt() + wire.value(QStringLiteral("bytesReceived")).toInt())
              .arg(st.connections));
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct TimedPull {
    int pulled = 0;
    qint64 ms = 1;
    double cpu = 0;       // seconds of this process's CPU
    qint64 requests = 0;  // HTTP requests the pull made
};

// One initial pull into `store`, with the default page size cliniclinkctl uses.
template <typename Settings>
TimedPull timedPull(store::Store &store, const Settings &settings)
{
    sync::PlatformClient client(settings);
    sync::SyncEngine engine(store, client);
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    auto r = engine.pull();
    TimedPull out{r ? r->pulled : 0, qMax<qint64>(1, t.elapsed()), cpuSeconds() - cpu0, qint64(client.stats().requests)};
    if (!r)
        std::fprintf(stderr, "pull failed: %s\n", qPrintable(r.error().toString()));
    return out;
}

// Pages through the whole feed without storing anything; the number of entries fetched.
qint64 fetchAllPages(sync::PlatformClient &client)
{
    QString cursor;
    qint64 fetched = 0;
    for (int page = 0; page < 100000; ++page) {
        auto p = client.pull(cursor, protocol::kMaxPage);
        if (!p)
            break;
        fetched += p->entries.size();
        cursor = p->cursor;
        if (!p->more)
            break;
    }
    return fetched;
}

qint64 initialPull(Bench &b, int records)
{
    // Seeded straight into PostgreSQL (as the platform would have stored them) so that the
    // figure is the pull alone. Record ids are UUIDv7-shaped (time-ordered), as the
    // workstations make them; CLINICLINK_BENCH_RANDOM_IDS=1 uses random (v4) ids instead.
    auto db = platform::PgConnection::connect(b.pg.url());
    const QByteArray payload = QJsonDocument(followUp(QStringLiteral("r"), 7)).toJson(QJsonDocument::Compact);
    const QString ids = qEnvironmentVariableIntValue("CLINICLINK_BENCH_RANDOM_IDS")
        ? QStringLiteral("replace(gen_random_uuid()::text, '-', '')")
        : QStringLiteral("overlay(overlay(lpad(to_hex(1763800000000 + g), 12, '0') || substr(md5(g::text), 1, 20) "
                         "placing '7' from 13) placing '8' from 17)");
    QString sql = QStringLiteral(
                      "CREATE TEMP TABLE bench_hex AS SELECT g, %5 AS x FROM generate_series(1, %1) g;"
                      "CREATE TEMP TABLE bench_ids AS SELECT g, substr(x, 1, 8) || '-' || substr(x, 9, 4) || '-' || substr(x, 13, 4) "
                      "|| '-' || substr(x, 17, 4) || '-' || substr(x, 21, 12) AS id FROM bench_hex;"
                      "INSERT INTO documents SELECT '%2', id, '%3', 1, replace('%4', '\"sbp\":137', '\"sbp\":' || (100 + g % 80)), false, "
                      "gen_random_uuid()::text, 'bench', 'bench', '2026-11-01T08:00:00Z' FROM bench_ids;"
                      "INSERT INTO feed SELECT '%3', nextval('feed_seq'), '%2', id, 1 FROM bench_ids ORDER BY g;"
                      "ANALYZE documents; ANALYZE feed;")
                      .arg(records)
                      .arg(kFollowUp, kVillageB, QString::fromUtf8(payload).replace(QLatin1Char('\''), QStringLiteral("''")), ids);
    if (!db || !(*db)->exec(sql)) {
        std::fprintf(stderr, "seeding failed\n");
        return -1;
    }
    // Baseline 1: the platform's own page query straight from PostgreSQL (libpq, no HTTP, no JSON).
    QElapsedTimer q;
    q.start();
    qint64 selected = 0, lastSeq = 0;
    for (;;) {
        auto rows = (*db)->query(QStringLiteral("SELECT f.seq, d.payload FROM feed f JOIN documents d ON d.record_type = f.record_type "
                                                "AND d.record_id = f.record_id AND d.version = f.version WHERE f.scope = ? AND f.seq > ? "
                                                "ORDER BY f.seq LIMIT ?"),
                                 {kVillageB, lastSeq, protocol::kMaxPage});
        if (!rows || rows->isEmpty())
            break;
        selected += rows->size();
        lastSeq = rows->last()[0].toLongLong();
    }
    const qint64 selectMs = qMax<qint64>(1, q.elapsed());

    auto pc = b.newPc(QStringLiteral("fresh"), kVillageB);
    auto s = pc->signIn();
    auto settings = sync::SyncEngine::transportFor(s->store(), {});
    const auto [pulled, ms, cpu, requests] = timedPull(s->store(), *settings);
    auto stored = s->store().db().scalar(QStringLiteral("SELECT count(*) FROM records WHERE type = ?"), {kFollowUp});
    // Baseline 2: the same pages fetched and parsed but not stored, to split platform from store time.
    sync::PlatformClient fetchOnly(*settings);
    QElapsedTimer f;
    f.start();
    const double fcpu0 = cpuSeconds();
    const qint64 fetched = fetchAllPages(fetchOnly);
    const double fcpu = cpuSeconds() - fcpu0;
    const qint64 fetchMs = qMax<qint64>(1, f.elapsed());
    print("initial pull on loopback", QStringLiteral("%1 rec/s").arg(qint64(pulled) * 1000 / ms), QStringLiteral(">= 5000 rec/s"),
          QStringLiteral("%1 records (%2 stored) in %3 ms, %4 requests, %5 us CPU/record in the workstation; "
                         "fetch+parse without storing %6 rec/s (%7 us CPU/record); PostgreSQL page query alone %8 rec/s (%9 rows)")
              .arg(pulled)
              .arg(stored ? stored->toLongLong() : -1)
              .arg(ms)
              .arg(requests)
              .arg(qint64(cpu * 1e6 / qMax(1, pulled)))
              .arg(fetched * 1000 / fetchMs)
              .arg(qint64(fcpu * 1e6 / qMax<qint64>(1, fetched)))
              .arg(selected * 1000 / selectMs)
              .arg(selected));
    s->signOut();
    return qint64(pulled) * 1000 / ms;
}

// ---- Clinical initial pull -------------------------------------------------------------------

struct Saved {
    QJsonObject resident;
    QJsonObject form;
};

// One resident created through the Registry (hypertension in its 既往史) and one signed
// hypertension follow-up saved through FormRecords on a separate source store: the payload
// shapes the copies below are made from.
std::optional<Saved> savedByTheModules(Bench &b)
{
    const QString password = QStringLiteral("Doctor#2026");
    ClinicPc source(b.tmp.path(), QStringLiteral("clinical-source"), kVillageC);
    {
        auto admin = source.signIn();
        auto u = admin->addUser({QStringLiteral("wang"), QStringLiteral("王医生"), identity::Role::VillageDoctor, password});
        admin->signOut();
        if (!u)
            return std::nullopt;
    }
    auto s = identity::Session::signIn(source.store(), QStringLiteral("wang"), password);
    if (!s)
        return std::nullopt;
    registry::Registry reg(**s);
    publichealth::followRegisters(reg);
    publichealth::FormRecords forms(**s);
    const QDate birth(1956, 4, 12);
    auto r = reg.create({{QStringLiteral("name"), QStringLiteral("张建国")},
                         {QStringLiteral("idNumber"), QStringLiteral("450102") + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("101")
                                                           + registry::idNumberCheckCharacter(QStringLiteral("450102") + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("101"))},
                         {QStringLiteral("phone"), QStringLiteral("13907710001")},
                         {QStringLiteral("responsibleDoctor"), QStringLiteral("wang")},
                         {QStringLiteral("pastDiseases"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("2")},
                                                                                 {QStringLiteral("diagnosedOn"), QStringLiteral("2019-05")}}}}});
    if (!r) {
        std::fprintf(stderr, "template resident: %s\n", qPrintable(r.error().toString()));
        return std::nullopt;
    }
    const publichealth::FormDefinition *def = forms.library().form(QStringLiteral("hypertension-followup"));
    auto ctx = forms.context(r->id);
    if (!def || !ctx)
        return std::nullopt;
    QJsonObject v = publichealth::exampleValues(*def, *ctx);
    const QDate today = QDate::currentDate();
    v.insert(QStringLiteral("visitDate"), today.toString(Qt::ISODate));
    v.insert(QStringLiteral("nextVisitDate"), today.addMonths(3).toString(Qt::ISODate));
    auto f = forms.save(QStringLiteral("hypertension-followup"), r->id, v, true);
    if (!f) {
        std::fprintf(stderr, "template form: %s\n", qPrintable(f.error().toString()));
        return std::nullopt;
    }
    Saved out{r->payload, f->payload};
    (*s)->signOut();
    return out;
}

struct Seeded {
    QString type;
    QString id;
    QByteArray payload;
};

// `residents` copies of the saved resident (each its own name, pinyin, ID number, phone and
// archive number) and as many copies of the follow-up (each for its resident, its own visit
// date and pressures), resident first, in the feed order the platform would have them in.
QList<Seeded> clinicalRecords(const Saved &saved, int residents)
{
    const QStringList surnames = {QStringLiteral("张"), QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("赵"),
                                  QStringLiteral("陈"), QStringLiteral("刘"), QStringLiteral("黄"), QStringLiteral("周")};
    const QStringList given = {QStringLiteral("建国"), QStringLiteral("秀英"), QStringLiteral("桂兰"), QStringLiteral("志强"),
                               QStringLiteral("丽"), QStringLiteral("德明"), QStringLiteral("海燕"), QStringLiteral("三丰")};
    QHash<QString, registry::NamePinyin> readings;
    const QDate firstBirth(1940, 1, 1);
    const QDate firstVisit(2026, 1, 5);
    QList<Seeded> out;
    out.reserve(2 * residents);
    for (int i = 0; i < residents; ++i) {
        const QString name = surnames[i % surnames.size()] + given[(i / surnames.size()) % given.size()];
        auto py = readings.find(name);
        if (py == readings.end())
            py = readings.insert(name, registry::namePinyin(name));
        const QDate birth = firstBirth.addDays(i % 14000);
        const QString first17 = QStringLiteral("450102") + birth.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(100 + i / 14000, 3, 10, QLatin1Char('0'));
        QJsonObject r = saved.resident;
        r.insert(QStringLiteral("name"), name);
        r.insert(QStringLiteral("namePinyin"), py->syllables.join(QLatin1Char(' ')));
        r.insert(QStringLiteral("nameInitials"), py->initials);
        r.insert(QStringLiteral("idNumber"), first17 + registry::idNumberCheckCharacter(first17));
        r.insert(QStringLiteral("sex"), QString::number(1 + i % 2));
        r.insert(QStringLiteral("birthDate"), birth.toString(Qt::ISODate));
        r.insert(QStringLiteral("phone"), QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')));
        // 17 digits: township, village (several, as a township-sized archive), 5-digit sequence.
        r.insert(QStringLiteral("archiveNumber"), kTownship + QStringLiteral("%1%2").arg(3 + i / 99999, 3, 10, QLatin1Char('0'))
                                                      .arg(1 + i % 99999, 5, 10, QLatin1Char('0')));
        const QString rid = newId();
        out.append({QLatin1String(registry::kResidentRecord), rid, QJsonDocument(r).toJson(QJsonDocument::Compact)});

        QJsonObject f = saved.form;
        const QString visit = firstVisit.addDays(i % 300).toString(Qt::ISODate);
        QJsonObject values = f.value(QStringLiteral("values")).toObject();
        values.insert(QStringLiteral("visitDate"), visit);
        values.insert(QStringLiteral("nextVisitDate"), firstVisit.addDays(i % 300 + 90).toString(Qt::ISODate));
        values.insert(QStringLiteral("sbp"), 110 + i % 60);
        values.insert(QStringLiteral("dbp"), 70 + i % 30);
        f.insert(QStringLiteral("values"), values);
        f.insert(QStringLiteral("residentId"), rid);
        if (f.contains(QStringLiteral("visitDate")))
            f.insert(QStringLiteral("visitDate"), visit);
        out.append({QLatin1String(publichealth::kFormRecord), newId(), QJsonDocument(f).toJson(QJsonDocument::Compact)});
    }
    return out;
}

// Straight into the platform's tables, in batches (one JSON array per statement).
bool seed(platform::PgConnection &db, const QString &scope, const QList<Seeded> &records)
{
    constexpr int kBatch = 2000;
    for (qsizetype from = 0; from < records.size(); from += kBatch) {
        QJsonArray batch;
        for (qsizetype i = from; i < qMin(records.size(), from + kBatch); ++i)
            batch.append(QJsonObject{{QStringLiteral("t"), records[i].type},
                                     {QStringLiteral("i"), records[i].id},
                                     {QStringLiteral("p"), QString::fromUtf8(records[i].payload)}});
        const QString json = QString::fromUtf8(QJsonDocument(batch).toJson(QJsonDocument::Compact));
        auto d = db.execute(QStringLiteral("INSERT INTO documents SELECT e->>'t', e->>'i', ?, 1, e->>'p', false, gen_random_uuid()::text, "
                                           "'bench', 'bench', '2026-11-01T08:00:00Z' FROM json_array_elements(?::json) e"),
                            {scope, json});
        auto f = db.execute(QStringLiteral("INSERT INTO feed SELECT ?, nextval('feed_seq'), x.e->>'t', x.e->>'i', 1 "
                                           "FROM json_array_elements(?::json) WITH ORDINALITY AS x(e, n) ORDER BY x.n"),
                            {scope, json});
        if (!d || !f) {
            std::fprintf(stderr, "seeding failed: %s\n", qPrintable((!d ? d.error() : f.error()).toString()));
            return false;
        }
    }
    return db.exec(QStringLiteral("ANALYZE documents; ANALYZE feed;")).has_value();
}

void clinicalPull(Bench &b, int records, qint64 genericRate)
{
    const int residents = qMax(1, records / 2);
    auto saved = savedByTheModules(b);
    auto db = platform::PgConnection::connect(b.pg.url());
    if (!saved || !db) {
        std::fprintf(stderr, "clinical pull: set-up failed\n");
        return;
    }
    const QList<Seeded> seeded = clinicalRecords(*saved, residents);
    if (!seed(**db, kVillageC, seeded))
        return;

    auto pc = b.newPc(QStringLiteral("clinical"), kVillageC);
    auto s = pc->signIn();
    // Every module's indexers, as the workstation (syncwiring.cpp) and cliniclinkctl install them.
    registry::installIndexers(s->store());
    publichealth::installIndexers(s->store());
    emr::installIndexers(s->store());
    his::installIndexers(s->store());
    auto settings = sync::SyncEngine::transportFor(s->store(), {});
    const auto [pulled, ms, cpu, requests] = timedPull(s->store(), *settings);
    auto count = [&](const QString &sql) {
        auto v = s->store().db().scalar(sql);
        return v ? v->toLongLong() : -1;
    };
    // The derived rows, so that the figure is for the real work.
    const qint64 searchable = count(QStringLiteral("SELECT count(DISTINCT resident_id) FROM resident_search"));
    const qint64 registered = count(QStringLiteral("SELECT count(*) FROM ph_register WHERE population = 'hypertension'"));
    const qint64 forms = count(QStringLiteral("SELECT count(*) FROM ph_form_index"));
    const qint64 timeline = count(QStringLiteral("SELECT count(*) FROM clinical_timeline WHERE kind = 'public_health_form'"));
    const bool complete = searchable == residents && registered == residents && forms == residents && timeline == residents;

    // Baseline: the same clinical pages fetched and parsed, not stored.
    sync::PlatformClient fetchOnly(*settings);
    QElapsedTimer f;
    f.start();
    const qint64 fetched = fetchAllPages(fetchOnly);
    const qint64 fetchMs = qMax<qint64>(1, f.elapsed());
    print("initial pull, clinical, with indexers", QStringLiteral("%1 rec/s").arg(qint64(pulled) * 1000 / ms), QStringLiteral(">= 5000 rec/s"),
          QStringLiteral("%1 records (%2 residents + %2 hypertension follow-ups) in %3 ms, %4 us CPU/record; generic pull above %5 rec/s "
                         "(ratio %6); fetch+parse of these pages without storing %7 rec/s; derived rows: %8 residents searchable, "
                         "%9 on the hypertension register, %10 form index, %11 timeline%12")
              .arg(pulled)
              .arg(residents)
              .arg(ms)
              .arg(qint64(cpu * 1e6 / qMax(1, pulled)))
              .arg(genericRate)
              .arg(genericRate > 0 ? QString::number(double(qint64(pulled) * 1000 / ms) / double(genericRate), 'f', 2) : QStringLiteral("-"))
              .arg(fetched * 1000 / fetchMs)
              .arg(searchable)
              .arg(registered)
              .arg(forms)
              .arg(timeline)
              .arg(complete ? QStringLiteral(" — all present") : QStringLiteral(" — MISSING ROWS")));
    s->signOut();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("CLINICLINK_BUILD_DIR"))
        qputenv("CLINICLINK_BUILD_DIR", CLINICLINK_BENCH_BUILD_DIR);
    const int pullRecords = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    Bench b;
    if (!b.setUp())
        return 1;
    if (!(argc > 2 && QByteArray(argv[2]) == "pull-only")) {
        bytesPerRecord(b);
        pushOverSlowLink(b);
        noChangeSync(b);
    }
    const qint64 genericRate = initialPull(b, pullRecords);
    clinicalPull(b, pullRecords, genericRate);
    return 0;
}
