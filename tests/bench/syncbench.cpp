// Sync benchmarks for issue 6 (run by hand, not a timed test): bytes on the wire per
// hypertension follow-up in batches of 50, pushing 40 follow-ups over a 40 kbit/s / 700 ms link,
// a no-change sync, and the initial pull rate on loopback. Each figure is printed beside its goal
// and, where one makes sense, a baseline measured in the same run.
// Usage: cliniclink_syncbench [pull-records (default 100000) [pull-only]]
#include "cliniclink/platform/pgconnection.h"
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
        for (const QString &v : {kVillageA, kVillageB})
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

void initialPull(Bench &b, int records)
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
        return;
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
    sync::PlatformClient client(*settings);
    sync::SyncEngine engine(s->store(), client); // default page size, as cliniclinkctl uses it
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuSeconds();
    auto r = engine.pull();
    const double cpu = cpuSeconds() - cpu0;
    const qint64 ms = qMax<qint64>(1, t.elapsed());
    const int pulled = r ? r->pulled : 0;
    if (!r)
        std::fprintf(stderr, "pull failed: %s\n", qPrintable(r.error().toString()));
    auto stored = s->store().db().scalar(QStringLiteral("SELECT count(*) FROM records WHERE type = ?"), {kFollowUp});
    // Baseline 2: the same pages fetched and parsed but not stored, to split platform from store time.
    sync::PlatformClient fetchOnly(*settings);
    QElapsedTimer f;
    f.start();
    const double fcpu0 = cpuSeconds();
    QString cursor;
    qint64 fetched = 0;
    for (int page = 0; page < 100000; ++page) {
        auto p = fetchOnly.pull(cursor, protocol::kMaxPage);
        if (!p)
            break;
        fetched += p->entries.size();
        cursor = p->cursor;
        if (!p->more)
            break;
    }
    const double fcpu = cpuSeconds() - fcpu0;
    const qint64 fetchMs = qMax<qint64>(1, f.elapsed());
    print("initial pull on loopback", QStringLiteral("%1 rec/s").arg(qint64(pulled) * 1000 / ms), QStringLiteral(">= 5000 rec/s"),
          QStringLiteral("%1 records (%2 stored) in %3 ms, %4 requests, %5 us CPU/record in the workstation; "
                         "fetch+parse without storing %6 rec/s (%7 us CPU/record); PostgreSQL page query alone %8 rec/s (%9 rows)")
              .arg(pulled)
              .arg(stored ? stored->toLongLong() : -1)
              .arg(ms)
              .arg(client.stats().requests)
              .arg(qint64(cpu * 1e6 / qMax(1, pulled)))
              .arg(fetched * 1000 / fetchMs)
              .arg(qint64(fcpu * 1e6 / qMax<qint64>(1, fetched)))
              .arg(selected * 1000 / selectMs)
              .arg(selected));
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
    initialPull(b, pullRecords);
    return 0;
}
