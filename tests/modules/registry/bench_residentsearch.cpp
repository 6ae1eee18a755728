// Search benchmark: builds a store with N residents (default 100,000) through the normal
// Registry::create path (record + outbox + audit + index), then times Registry::search for a
// mix of queries and prints p50/p95 per kind and overall, next to a naive baseline (a full
// scan with LIKE '%q%' over the index table) in the same run.
// Mixed queries (Han + initials, initials + phone digits) are timed as their own kinds.
//   bench_residentsearch [N] [queries-per-kind]
#include "cliniclink/identity/session.h"
#include "cliniclink/registry/registry.h"
#include "residentpopulation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
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

void fatal(const Error &e)
{
    out << "error: " << e.toString() << Qt::endl;
    std::exit(1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("cliniclink.*.info=false"));
    const int n = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int perKind = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 500;

    QTemporaryDir dir;
    const QString adminPassword = QStringLiteral("Admin#2026"), doctorPassword = QStringLiteral("Doctor#2026");
    auto setup = identity::setUpClinic(dir.path(), {QStringLiteral("450102001001"), QStringLiteral("基准村卫生室"),
                                                    QStringLiteral("admin"), QStringLiteral("管理员"), adminPassword});
    if (!setup)
        fatal(setup.error());
    {
        auto admin = identity::Session::signIn(dir.path(), QStringLiteral("admin"), adminPassword);
        if (!admin)
            fatal(admin.error());
        (*admin)->setKdfParams({1, 1024, 1});
        auto u = (*admin)->addUser({QStringLiteral("doctor"), QStringLiteral("医生"), identity::Role::VillageDoctor, doctorPassword});
        if (!u)
            fatal(u.error());
    }
    auto session = identity::Session::signIn(dir.path(), QStringLiteral("doctor"), doctorPassword);
    if (!session)
        fatal(session.error());
    registry::Registry reg(**session);
    registry::bench::Population population;

    QList<registry::bench::SyntheticResident> people;
    people.reserve(n);
    QElapsedTimer t;
    t.start();
    store::Database &db = (*session)->store().db();
    for (int start = 0; start < n; start += 1000) {
        auto r = db.transaction([&]() -> Result<void> {
            for (int i = start; i < qMin(n, start + 1000); ++i) {
                const auto p = population.make(i);
                people << p;
                auto c = reg.create(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("idNumber"), p.idNumber},
                                                {QStringLiteral("phone"), p.phone},
                                                {QStringLiteral("archiveNumber"), p.archiveNumber}});
                if (!c)
                    return fail(c.error());
            }
            return {};
        });
        if (!r)
            fatal(r.error());
    }
    const double buildSeconds = t.elapsed() / 1000.0;
    out << "residents: " << n << " created in " << buildSeconds << " s (" << int(n / qMax(buildSeconds, 0.001))
        << "/s, each with record + outbox + audit + index)" << Qt::endl;

    // Queries drawn from the population, so most have matches.
    QRandomGenerator rng(7);
    auto pick = [&]() -> const registry::bench::SyntheticResident & { return people.at(int(rng.bounded(quint32(n)))); };
    QList<QPair<QString, QStringList>> kinds;
    QStringList q;
    for (int i = 0; i < perKind; ++i)
        q << pick().name.left(1);
    kinds.append({QStringLiteral("surname (1 Han char)"), q});
    q.clear();
    for (int i = 0; i < perKind; ++i)
        q << pick().name;
    kinds.append({QStringLiteral("full name"), q});
    q.clear();
    for (int i = 0; i < perKind; ++i)
        q << registry::namePinyin(pick().name).initials;
    kinds.append({QStringLiteral("pinyin initials"), q});
    q.clear();
    for (int i = 0; i < perKind; ++i) {
        const QString full = registry::namePinyin(pick().name).full;
        q << full.left(2 + int(rng.bounded(quint32(qMax(1, int(full.size()) - 2)))));
    }
    kinds.append({QStringLiteral("full pinyin prefix"), q});
    q.clear();
    for (int i = 0; i < perKind; ++i)
        q << pick().idNumber.left(6 + int(rng.bounded(13u)));
    kinds.append({QStringLiteral("ID number prefix"), q});
    q.clear();
    for (int i = 0; i < perKind; ++i)
        q << pick().phone.left(4 + int(rng.bounded(8u)));
    kinds.append({QStringLiteral("phone prefix"), q});
    q.clear();
    for (int i = 0; i < perKind; ++i)
        q << pick().archiveNumber;
    kinds.append({QStringLiteral("archive number"), q});
    // Mixed queries: a Han surname then the given name's initials ("张s"), initials then the
    // start of the phone number ("zs1380"), full pinyin with a space ("zhang s").
    q.clear();
    for (int i = 0; i < perKind; ++i) {
        const auto &p = pick();
        const QString initials = registry::namePinyin(p.name).initials;
        q << p.name.left(1) + initials.mid(1, 1);
    }
    kinds.append({QStringLiteral("Han + initial"), q});
    q.clear();
    for (int i = 0; i < perKind; ++i) {
        const auto &p = pick();
        q << registry::namePinyin(p.name).initials + p.phone.left(3 + int(rng.bounded(5u)));
    }
    kinds.append({QStringLiteral("initials + phone"), q});
    q.clear();
    for (int i = 0; i < perKind; ++i) {
        const QStringList syllables = registry::namePinyin(pick().name).syllables;
        q << syllables.value(0) + QLatin1Char(' ') + syllables.value(1).left(1);
    }
    kinds.append({QStringLiteral("pinyin + space + letter"), q});

    QList<double> all;
    out << Qt::endl << "Registry::search (limit 50), milliseconds:" << Qt::endl;
    for (const auto &[label, queries] : kinds) {
        QList<double> ms;
        qint64 hits = 0;
        for (const QString &query : queries) {
            QElapsedTimer qt;
            qt.start();
            auto r = reg.search(query, 50);
            ms << qt.nsecsElapsed() / 1e6;
            if (!r)
                fatal(r.error());
            hits += r->size();
        }
        all << ms;
        const Stats s = stats(ms);
        out << QStringLiteral("  %1 p50 %2  p95 %3  max %4  (avg hits %5)")
                   .arg(label, -22).arg(s.p50, 7, 'f', 3).arg(s.p95, 7, 'f', 3).arg(s.max, 7, 'f', 3)
                   .arg(double(hits) / queries.size(), 0, 'f', 1)
            << Qt::endl;
    }
    const Stats overall = stats(all);
    out << QStringLiteral("  %1 p50 %2  p95 %3  max %4").arg(QStringLiteral("ALL"), -22).arg(overall.p50, 7, 'f', 3)
               .arg(overall.p95, 7, 'f', 3).arg(overall.max, 7, 'f', 3)
        << Qt::endl;

    // Baseline: what a naive implementation does — scan every row with LIKE '%q%'.
    QList<double> naive;
    for (int i = 0; i < 20; ++i) {
        const QString query = kinds.at(i % kinds.size()).second.at(i);
        QElapsedTimer qt;
        qt.start();
        auto r = db.query(QStringLiteral("SELECT id, name, sex, birth_date, id_number, archive_number FROM resident_index "
                                         "WHERE name LIKE ?1 OR pinyin LIKE ?1 OR id_number LIKE ?1 OR phone LIKE ?1 "
                                         "OR archive_number LIKE ?1 LIMIT 50"),
                          {QLatin1Char('%') + query + QLatin1Char('%')});
        naive << qt.nsecsElapsed() / 1e6;
        if (!r)
            fatal(r.error());
    }
    const Stats b = stats(naive);
    out << Qt::endl << QStringLiteral("Baseline full scan LIKE '%q%' (20 queries): p50 %1  p95 %2  max %3 ms")
                           .arg(b.p50, 0, 'f', 3).arg(b.p95, 0, 'f', 3).arg(b.max, 0, 'f', 3)
        << Qt::endl;
    out << (overall.p95 <= 10.0 ? "PASS" : "FAIL") << ": search p95 " << overall.p95 << " ms (target <= 10 ms over " << n
        << " residents)" << Qt::endl;
    return overall.p95 <= 10.0 ? 0 : 1;
}
