#include "residentindex.h"

#include "cliniclink/registry/archivenumber.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace cliniclink::registry::detail {

namespace {
// Upper bound of a prefix range: BINARY collation compares UTF-8 bytes, so every string that
// starts with `p` sorts between p and p + U+10FFFF. A range keeps the primary-key index in
// use where LIKE would need case_sensitive_like and a matching collation.
QString rangeEnd(const QString &p) { return p + QString::fromUcs4(U"\U0010FFFF", 1); }

bool isAsciiDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

bool isAsciiLetters(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= QLatin1Char('a') && c <= QLatin1Char('z'); });
}

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
} // namespace

QString searchKey(const QString &text)
{
    QString out = text.toLower();
    out.removeIf([](QChar c) { return c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x00B7); });
    return out;
}

Result<void> writeResidentIndex(store::Database &db, const QString &id, const QJsonObject &p)
{
    const QString status = str(p, "status");
    const QJsonObject family = p.value(QStringLiteral("family")).toObject();
    const QString idNumber = str(p, "idNumber");
    const QString phone = str(p, "phone");
    static const QStringList columns = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("pinyin"), QStringLiteral("sex"),
                                        QStringLiteral("birth_date"), QStringLiteral("id_number"), QStringLiteral("phone"),
                                        QStringLiteral("archive_number"), QStringLiteral("family_id"), QStringLiteral("relation"),
                                        QStringLiteral("status")};
    // archive_number is UNIQUE: as with REPLACE, a row holding the number under another id goes.
    static const QList<QStringList> keys = {{QStringLiteral("id")}, {QStringLiteral("archive_number")}};
    CL_TRY(db.replaceRow(QStringLiteral("resident_index"), columns,
                         {id, str(p, "name"), str(p, "namePinyin").remove(QLatin1Char(' ')), str(p, "sex"), str(p, "birthDate"),
                          idNumber.isEmpty() ? QVariant() : QVariant(idNumber), phone.isEmpty() ? QVariant() : QVariant(phone),
                          str(p, "archiveNumber"), family.isEmpty() ? QVariant() : QVariant(str(family, "id")),
                          family.isEmpty() ? QVariant() : QVariant(str(family, "relation")), status},
                         keys));
    auto d = db.execute(QStringLiteral("DELETE FROM resident_search WHERE resident_id = ?"), {id});
    if (!d)
        return fail(d.error());
    if (status == QLatin1String("merged"))
        return {}; // a merged duplicate is found through its survivor only
    const QList<QPair<MatchKind, QString>> tokens = {
        {MatchKind::Name, searchKey(str(p, "name"))},
        {MatchKind::Pinyin, searchKey(str(p, "namePinyin"))},
        {MatchKind::Initials, searchKey(str(p, "nameInitials"))},
        {MatchKind::IdNumber, idNumber.toLower()},
        {MatchKind::Phone, phone},
        {MatchKind::ArchiveNumber, str(p, "archiveNumber")},
    };
    for (const auto &[kind, token] : tokens) {
        if (token.isEmpty())
            continue;
        auto t = db.execute(QStringLiteral("INSERT OR IGNORE INTO resident_search(kind, token, resident_id) VALUES(?,?,?)"),
                            {int(kind), token, id});
        if (!t)
            return fail(t.error());
    }
    return {};
}

Result<void> removeResidentIndex(store::Database &db, const QString &id)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM resident_search WHERE resident_id = ?"),
                               QStringLiteral("DELETE FROM resident_index WHERE id = ?")}) {
        auto d = db.execute(sql, {id});
        if (!d)
            return fail(d.error());
    }
    return {};
}

Result<std::optional<QString>> residentWithIdNumber(store::Database &db, const QString &idNumber, const QString &excludeId)
{
    auto v = db.scalar(QStringLiteral("SELECT id FROM resident_index WHERE id_number = ? AND status <> 'merged' AND id <> ? LIMIT 1"),
                       {idNumber, excludeId});
    if (!v)
        return fail(v.error());
    return v->isNull() ? std::optional<QString>() : std::optional<QString>(v->toString());
}

Result<bool> archiveNumberTaken(store::Database &db, const QString &number)
{
    auto v = db.scalar(QStringLiteral("SELECT 1 FROM resident_index WHERE archive_number = ?"), {number});
    if (!v)
        return fail(v.error());
    return !v->isNull();
}

Result<QString> allocateArchiveNumber(store::Database &db, const QString &clinicCode)
{
    if (!isValidClinicCode(clinicCode))
        return fail(ErrorCode::InvalidClinicCode, QStringLiteral("store clinic code"));
    auto next = db.scalar(QStringLiteral("SELECT next FROM archive_sequence WHERE prefix = ?"), {clinicCode});
    if (!next)
        return fail(next.error());
    int seq = next->isNull() ? 1 : int(next->toLongLong());
    for (; seq <= kArchiveSequenceMax; ++seq) {
        const QString candidate = formatArchiveNumber(clinicCode, seq);
        auto taken = archiveNumberTaken(db, candidate);
        if (!taken)
            return fail(taken.error());
        if (!*taken) {
            auto w = db.execute(QStringLiteral("INSERT OR REPLACE INTO archive_sequence(prefix, next) VALUES(?, ?)"),
                                {clinicCode, seq + 1});
            if (!w)
                return fail(w.error());
            return candidate;
        }
    }
    return fail(ErrorCode::ArchiveSequenceExhausted, QStringLiteral("archiveNumber"));
}

Result<void> reserveArchiveNumber(store::Database &db, const QString &number)
{
    const QString prefix = archiveClinicCode(number);
    auto next = db.scalar(QStringLiteral("SELECT next FROM archive_sequence WHERE prefix = ?"), {prefix});
    if (!next)
        return fail(next.error());
    const int after = archiveSequence(number) + 1;
    if (!next->isNull() && next->toLongLong() >= after)
        return {};
    auto w = db.execute(QStringLiteral("INSERT OR REPLACE INTO archive_sequence(prefix, next) VALUES(?, ?)"), {prefix, after});
    if (!w)
        return fail(w.error());
    return {};
}

namespace {
struct TokenScan {
    MatchKind kind;
    QString key;
};

// A query split into its parts: Han characters first, then letters and digits in one run each
// ("张s", "zs138", "zhangs1380"). nullopt when it is not of that shape.
struct QueryParts {
    QString han;
    QString letters;
    QString digits;
};

std::optional<QueryParts> splitQuery(const QString &key)
{
    QueryParts parts;
    int i = 0;
    while (i < key.size() && key.at(i).unicode() > 0x7f)
        parts.han += key.at(i++);
    QString *current = nullptr;
    for (; i < key.size(); ++i) {
        const QChar c = key.at(i);
        QString *target = c >= QLatin1Char('0') && c <= QLatin1Char('9') ? &parts.digits
            : c >= QLatin1Char('a') && c <= QLatin1Char('z')             ? &parts.letters
                                                                          : nullptr;
        if (!target || (target != current && !target->isEmpty()))
            return std::nullopt; // another script after ASCII, or a part split in two
        current = target;
        *target += c;
    }
    return parts;
}
} // namespace

Result<QList<SearchHit>> searchResidents(store::Database &db, const QString &text, int limit,
                                         const std::function<NamePinyin(const QString &)> &pinyinOf)
{
    const QString key = searchKey(text);
    if (key.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    // Each group is satisfied when any of its scans matches; a mixed query has several groups
    // and a resident must satisfy all of them.
    using ScanGroup = QList<TokenScan>;
    QList<ScanGroup> groups;
    const std::optional<QueryParts> parts = splitQuery(key);
    const int partCount = parts ? int(!parts->han.isEmpty()) + int(!parts->letters.isEmpty()) + int(!parts->digits.isEmpty()) : 0;
    if (isAsciiDigits(key) || (key.size() >= 17 && key.endsWith(QLatin1Char('x')) && isAsciiDigits(key.chopped(1)))) {
        groups = {{{MatchKind::IdNumber, key}, {MatchKind::ArchiveNumber, key}, {MatchKind::Phone, key}}};
    } else if (isAsciiLetters(key)) {
        groups = {{{MatchKind::Pinyin, key}, {MatchKind::Initials, key}}};
    } else if (partCount >= 2) {
        if (!parts->han.isEmpty() && !parts->letters.isEmpty()) {
            // 张s / 张sf: the Han part's reading followed by the letters as full pinyin (one
            // letter is the start of the next syllable) or as initials; and the name starts with
            // the Han part (homophones: 章 is zhang too).
            const NamePinyin py = pinyinOf(parts->han);
            ScanGroup reading{{MatchKind::Pinyin, py.full + parts->letters}};
            if (parts->letters.size() > 1)
                reading.append({MatchKind::Initials, py.initials + parts->letters});
            groups = {reading, {{MatchKind::Name, parts->han}}};
        } else if (!parts->han.isEmpty()) {
            groups = {{{MatchKind::Name, parts->han}}};
        } else {
            groups = {{{MatchKind::Pinyin, parts->letters}, {MatchKind::Initials, parts->letters}}};
        }
        if (!parts->digits.isEmpty())
            groups.append({{MatchKind::IdNumber, parts->digits}, {MatchKind::ArchiveNumber, parts->digits}, {MatchKind::Phone, parts->digits}});
    } else {
        groups = {{{MatchKind::Name, key}}};
    }

    // The most selective group drives (its rows are read in token order); the others are
    // EXISTS checks by resident id. Selectivity is estimated by counting each range up to a cap,
    // which reads only index entries.
    int driver = 0;
    if (groups.size() > 1) {
        constexpr int kCap = 2000;
        qint64 fewest = std::numeric_limits<qint64>::max();
        for (int g = 0; g < groups.size(); ++g) {
            qint64 n = 0;
            for (const TokenScan &scan : std::as_const(groups[g])) {
                auto c = db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM resident_search WHERE kind = ? AND token >= ? "
                                                  "AND token <= ? LIMIT ?)"),
                                   {int(scan.kind), scan.key, rangeEnd(scan.key), kCap});
                if (!c)
                    return fail(c.error());
                n += c->toLongLong();
            }
            if (n < fewest) {
                fewest = n;
                driver = g;
            }
        }
    }
    // Filters read the resident's row in resident_index (one primary-key lookup, the row the
    // hit list reads anyway); initials are only in resident_search, so they are an EXISTS over
    // that resident's tokens (INDEXED BY: otherwise SQLite scans primary-key ranges per row).
    QString filterSql;
    QVariantList filterParams;
    for (int g = 0; g < groups.size(); ++g) {
        if (g == driver)
            continue;
        QStringList alternatives;
        for (const TokenScan &scan : std::as_const(groups[g])) {
            const char *column = scan.kind == MatchKind::Name ? "i.name"
                : scan.kind == MatchKind::Pinyin             ? "i.pinyin"
                : scan.kind == MatchKind::IdNumber           ? "i.id_number"
                : scan.kind == MatchKind::Phone              ? "i.phone"
                : scan.kind == MatchKind::ArchiveNumber      ? "i.archive_number"
                                                             : nullptr;
            if (column) {
                alternatives << QStringLiteral("(%1 >= ? AND %1 <= ?)").arg(QLatin1String(column));
                filterParams << (scan.kind == MatchKind::IdNumber ? scan.key.toUpper() : scan.key) << rangeEnd(scan.key);
            } else {
                alternatives << QStringLiteral("EXISTS (SELECT 1 FROM resident_search f INDEXED BY resident_search_by_resident "
                                               "WHERE f.resident_id = s.resident_id AND f.kind = ? AND f.token >= ? AND f.token <= ?)");
                filterParams << int(scan.kind) << scan.key << rangeEnd(scan.key);
            }
        }
        filterSql += QStringLiteral("AND (") + alternatives.join(QStringLiteral(" OR ")) + QStringLiteral(") ");
    }

    struct Candidate {
        MatchKind kind;
        bool exact;
        int length;
    };
    QHash<QString, Candidate> best; // resident id → best way it matched
    // Each kind is one range scan over the (kind, token) primary key; exact tokens sort first.
    // A few more rows than asked are read so that ranking across kinds has something to choose.
    const int perKind = limit * 2;
    // CROSS JOIN keeps the token scan as the outer loop (SQLite does not reorder it).
    const QString sql = QStringLiteral("SELECT s.token, s.resident_id FROM resident_search s ")
        + (filterSql.isEmpty() ? QString() : QStringLiteral("CROSS JOIN resident_index i ON i.id = s.resident_id "))
        + QStringLiteral("WHERE s.kind = ? AND s.token >= ? AND s.token <= ? ") + filterSql
        + QStringLiteral("ORDER BY s.token LIMIT ?");
    for (const TokenScan &scan : std::as_const(groups[driver])) {
        QVariantList params{int(scan.kind), scan.key, rangeEnd(scan.key)};
        params << filterParams << perKind;
        auto rows = db.query(sql, params);
        if (!rows)
            return fail(rows.error());
        for (const store::Row &r : *rows) {
            const QString token = r[0].toString();
            const Candidate c{scan.kind, token == scan.key, int(token.size())};
            auto it = best.find(r[1].toString());
            if (it == best.end())
                best.insert(r[1].toString(), c);
            else if (std::tie(c.exact, it->kind, it->length) > std::tie(it->exact, c.kind, c.length))
                *it = c;
        }
    }
    if (best.isEmpty())
        return QList<SearchHit>();

    QStringList placeholders;
    QVariantList ids;
    for (auto it = best.cbegin(); it != best.cend(); ++it) {
        placeholders << QStringLiteral("?");
        ids << it.key();
    }
    auto rows = db.query(QStringLiteral("SELECT id, name, sex, birth_date, id_number, phone, archive_number, status, pinyin "
                                        "FROM resident_index WHERE id IN (")
                             + placeholders.join(QLatin1Char(',')) + QLatin1Char(')'),
                         ids);
    if (!rows)
        return fail(rows.error());
    struct Ranked {
        SearchHit hit;
        int length;
        QString pinyin;
    };
    QList<Ranked> ranked;
    for (const store::Row &r : *rows) {
        const Candidate c = best.value(r[0].toString());
        SearchHit h{r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString(), r[4].toString(),
                    r[5].toString(), r[6].toString(), r[7].toString(), c.kind, c.exact};
        ranked.append({h, c.length, r[8].toString()});
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        const bool aActive = a.hit.status == QLatin1String("active");
        const bool bActive = b.hit.status == QLatin1String("active");
        return std::forward_as_tuple(!a.hit.exact, int(a.hit.kind), a.length, !aActive, a.pinyin, a.hit.archiveNumber)
            < std::forward_as_tuple(!b.hit.exact, int(b.hit.kind), b.length, !bActive, b.pinyin, b.hit.archiveNumber);
    });
    QList<SearchHit> out;
    for (int i = 0; i < ranked.size() && i < limit; ++i)
        out << ranked[i].hit;
    return out;
}

} // namespace cliniclink::registry::detail
