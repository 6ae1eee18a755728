#include "cliniclink/store/database.h"

#include "cliniclink/crypto/secretkey.h"
#include "storelogging.h"

#include <QFile>

#include <cstring>

#define SQLITE_HAS_CODEC 1
#include <sqlcipher/sqlite3.h>

namespace cliniclink::store {

namespace {
// SQLCipher and the system libsqlite3 export the same symbols. If libsqlite3 was loaded
// first (e.g. by a Qt SQL plugin), PRAGMA key is silently ignored and the file is written in
// plaintext. Refuse to run in such a process.
bool systemSqliteLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false; // not Linux; the cipher_version check below still guards
    return maps.readAll().contains("/libsqlite3.so");
}

void bindAll(sqlite3_stmt *stmt, const QVariantList &params)
{
    for (int i = 0; i < params.size(); ++i) {
        const QVariant &v = params.at(i);
        const int idx = i + 1;
        if (v.isNull()) {
            sqlite3_bind_null(stmt, idx);
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            sqlite3_bind_int64(stmt, idx, v.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            sqlite3_bind_double(stmt, idx, v.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray b = v.toByteArray();
            sqlite3_bind_blob(stmt, idx, b.constData(), int(b.size()), SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QString: { // the common case, without QVariant::toString()'s conversion lookup
            const QByteArray s = static_cast<const QString *>(v.constData())->toUtf8();
            sqlite3_bind_text(stmt, idx, s.constData(), int(s.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray s = v.toString().toUtf8();
            sqlite3_bind_text(stmt, idx, s.constData(), int(s.size()), SQLITE_TRANSIENT);
            break;
        }
        }
    }
}

QVariant column(sqlite3_stmt *stmt, int i)
{
    switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(stmt, i)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(stmt, i));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)),
                                          sqlite3_column_bytes(stmt, i)));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, i)),
                                   sqlite3_column_bytes(stmt, i)));
    default:
        return QVariant();
    }
}
} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const crypto::SecretKey &key, Mode mode)
{
    if (systemSqliteLoaded())
        return fail(ErrorCode::StoreEncryptionUnavailable, QStringLiteral("libsqlite3 is loaded in this process"));
    if (!key.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("data key must be 256 bits"));
    if (mode == Mode::OpenExisting && !QFile::exists(path))
        return fail(ErrorCode::StoreNotInitialized, QStringLiteral("database file missing"));
    if (mode == Mode::Create && QFile::exists(path))
        return fail(ErrorCode::StoreAlreadyInitialized, QStringLiteral("database file exists"));

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0);
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db->m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return fail(db->sqliteError(rc, QStringLiteral("open")));

    // Raw key form: x'<64 hex>' bypasses SQLCipher's PBKDF2 (the KDF already ran in the keyslot).
    QByteArray hex = key.toHex();
    QByteArray pragma = "PRAGMA key = \"x'" + hex + "'\";";
    rc = sqlite3_exec(db->m_db, pragma.constData(), nullptr, nullptr, nullptr);
    crypto::wipe(hex);
    crypto::wipe(pragma);
    if (rc != SQLITE_OK)
        return fail(db->sqliteError(rc, QStringLiteral("key")));

    auto version = db->scalar(QStringLiteral("PRAGMA cipher_version"));
    if (!version || version->toString().isEmpty())
        return fail(ErrorCode::StoreEncryptionUnavailable, QStringLiteral("PRAGMA cipher_version returned no row"));
    db->m_cipherVersion = version->toString();

    // Both pragmas must precede the first page read and match on every open.
    CL_TRY(db->exec(QStringLiteral("PRAGMA cipher_page_size = 4096;")));
    auto probe = db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!probe)
        return fail(ErrorCode::StoreCorrupt, probe.error().detail, QStringLiteral("first read"));
    CL_TRY(db->applyConnectionSettings());
    return db;
}

Result<void> Database::applyConnectionSettings()
{
    sqlite3_busy_timeout(m_db, 5000);
    // WAL: readers never block the writer; synchronous=FULL: a committed visit survives power
    // loss; secure_delete: freed pages are zeroed; temp_store=MEMORY: no temp files at all.
    auto mode = scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return fail(mode.error());
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::DatabaseError, QStringLiteral("WAL mode refused"));
    return exec(QStringLiteral("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                               "PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY;"));
}

Database::~Database()
{
    for (sqlite3_stmt *s : std::as_const(m_statements))
        sqlite3_finalize(s);
    if (m_db)
        sqlite3_close_v2(m_db);
}

Error Database::sqliteError(int rc, const QString &context) const
{
    const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const int primary = rc & 0xFF;
    ErrorCode code = ErrorCode::DatabaseError;
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
        code = ErrorCode::StoreCorrupt;
    else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        code = ErrorCode::StoreBusy;
    else if (primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR || primary == SQLITE_READONLY)
        code = ErrorCode::IoError;
    else if (primary == SQLITE_CONSTRAINT)
        code = ErrorCode::AlreadyExists;
    return Error{code, QStringLiteral("sqlite %1: %2").arg(rc).arg(msg), context};
}

Result<void> Database::exec(const QString &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    sqlite3_free(err);
    if (rc != SQLITE_OK)
        return fail(sqliteError(rc, QStringLiteral("exec")));
    return {};
}

Result<sqlite3_stmt *> Database::prepare(const QString &sql, const QVariantList &params)
{
    // SQL written as a literal (QStringLiteral, u""_s: no allocated buffer) is found by the
    // address of its text, so the text is not hashed on every call (a few per cent of a pulled
    // record's index writes). The entry keeps its own copy of the text and compares it, so a
    // buffer reused for other text can never pick the wrong statement.
    const bool literal = !sql.data_ptr().isMutable() && !sql.isEmpty();
    sqlite3_stmt *stmt = nullptr;
    if (literal) {
        const auto hit = m_literalStatements.constFind(sql.constData());
        if (hit != m_literalStatements.cend() && hit->text.size() == sql.size()
            && std::memcmp(hit->text.constData(), sql.constData(), size_t(sql.size()) * sizeof(QChar)) == 0)
            stmt = hit->statement;
    }
    if (!stmt) {
        stmt = m_statements.value(sql);
        if (!stmt) {
            const QByteArray utf8 = sql.toUtf8();
            const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
            if (rc != SQLITE_OK)
                return fail(sqliteError(rc, QStringLiteral("prepare")));
            m_statements.insert(sql, stmt);
        }
        if (literal)
            m_literalStatements.insert(sql.constData(), {QString(sql.constData(), sql.size()), stmt});
    }
    sqlite3_reset(stmt);
    // No sqlite3_clear_bindings: the count check below means every parameter is bound again.
    if (sqlite3_bind_parameter_count(stmt) != params.size())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("parameter count mismatch"), QStringLiteral("prepare"));
    bindAll(stmt, params);
    return stmt;
}

Result<qint64> Database::execute(const QString &sql, const QVariantList &params)
{
    auto stmt = prepare(sql, params);
    if (!stmt)
        return fail(stmt.error());
    int rc;
    while ((rc = sqlite3_step(*stmt)) == SQLITE_ROW) {
    }
    sqlite3_reset(*stmt);
    if (rc != SQLITE_DONE)
        return fail(sqliteError(rc, QStringLiteral("execute")));
    return qint64(sqlite3_changes(m_db));
}

Result<QList<Row>> Database::query(const QString &sql, const QVariantList &params)
{
    auto stmt = prepare(sql, params);
    if (!stmt)
        return fail(stmt.error());
    QList<Row> rows;
    const int columns = sqlite3_column_count(*stmt);
    int rc;
    while ((rc = sqlite3_step(*stmt)) == SQLITE_ROW) {
        Row row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(column(*stmt, i));
        rows.append(std::move(row));
    }
    sqlite3_reset(*stmt);
    if (rc != SQLITE_DONE)
        return fail(sqliteError(rc, QStringLiteral("query")));
    return rows;
}

Result<std::optional<Row>> Database::queryOne(const QString &sql, const QVariantList &params)
{
    auto rows = query(sql, params);
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<Row>();
    return std::optional<Row>(rows->first());
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &params)
{
    auto row = queryOne(sql, params);
    if (!row)
        return fail(row.error());
    if (!row->has_value() || (*row)->isEmpty())
        return QVariant();
    return (*row)->first();
}

Result<void> Database::replaceRow(const QString &table, const QStringList &columns, const QVariantList &values,
                                  const QList<QStringList> &uniqueKeys)
{
    if (columns.size() != values.size() || uniqueKeys.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("columns, values and a key required"), QStringLiteral("replaceRow"));
    // By table; a call with other columns for the same table builds its SQL again.
    auto it = m_replaceSql.constFind(table);
    if (it == m_replaceSql.cend() || it->columns != columns || it->keys != uniqueKeys) {
        ReplaceSql sql;
        sql.columns = columns;
        sql.keys = uniqueKeys;
        for (const QStringList &key : uniqueKeys) {
            QStringList terms;
            QList<int> positions;
            for (const QString &column : key) {
                const int at = int(columns.indexOf(column));
                if (at < 0)
                    return fail(ErrorCode::InvalidArgument, QStringLiteral("key column not written"), QStringLiteral("replaceRow"));
                terms << column + QStringLiteral(" = ?");
                positions << at;
            }
            sql.deletes.append({QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND ")),
                                positions});
        }
        const QStringList marks(columns.size(), QStringLiteral("?"));
        sql.insert = QStringLiteral("INSERT INTO ") + table + QLatin1Char('(') + columns.join(QStringLiteral(", "))
            + QStringLiteral(") VALUES(") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        it = m_replaceSql.insert(table, sql);
    }
    for (const auto &[deleteSql, positions] : it->deletes) {
        QVariantList keyValues;
        for (int at : positions)
            keyValues << values.at(at);
        auto d = execute(deleteSql, keyValues);
        if (!d)
            return fail(d.error());
    }
    auto i = execute(it->insert, values);
    if (!i)
        return fail(i.error());
    return {};
}

qint64 Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

Result<void> Database::transaction(const std::function<Result<void>()> &fn)
{
    const bool outer = m_depth == 0;
    const QString savepoint = QStringLiteral("sp%1").arg(m_depth);
    CL_TRY(exec(outer ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint));
    ++m_depth;
    Result<void> r = fn();
    --m_depth;
    if (r) {
        auto c = exec(outer ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint);
        if (c)
            return {};
        r = c;
    }
    if (outer)
        exec(QStringLiteral("ROLLBACK"));
    else
        exec(QStringLiteral("ROLLBACK TO ") + savepoint + QStringLiteral("; RELEASE ") + savepoint);
    return r;
}

Result<void> Database::checkpoint() { return exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")); }

} // namespace cliniclink::store

namespace cliniclink::store {
QString sqlcipherVersion()
{
    sqlite3 *db = nullptr;
    QString version;
    if (sqlite3_open(":memory:", &db) == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK
            && sqlite3_step(stmt) == SQLITE_ROW)
            version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return version;
}
} // namespace cliniclink::store
