#pragma once

#include "cliniclink/core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace cliniclink::crypto {
class SecretKey;
}

namespace cliniclink::store {

using Row = QVariantList;

// One SQLCipher connection, opened with the store's raw 256-bit data key (no passphrase KDF:
// the password KDF lives in the keyslots). Not thread-safe: one Database per thread.
//
// Parameters bind from QVariant: null, integers/bool → INTEGER, double → REAL, QByteArray →
// BLOB, everything else → TEXT (UTF-8). Columns come back as qint64, double, QString,
// QByteArray or a null QVariant.
class Database {
public:
    enum class Mode { OpenExisting, Create };

    // Opens the file, keys it, and refuses (StoreEncryptionUnavailable) unless SQLCipher is the
    // SQLite in this process and answers PRAGMA cipher_version. A key that does not decrypt
    // the file yields StoreCorrupt — callers only get here after the keyslot's GCM tag
    // verified the key, so a failure means damage, never "wrong password"; the file is never
    // recreated.
    static Result<std::unique_ptr<Database>> open(const QString &path, const crypto::SecretKey &key, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Result<void> exec(const QString &sql); // one or more statements, no parameters
    Result<qint64> execute(const QString &sql, const QVariantList &params = {}); // rows changed
    Result<QList<Row>> query(const QString &sql, const QVariantList &params = {});
    Result<std::optional<Row>> queryOne(const QString &sql, const QVariantList &params = {});
    // First column of the first row; a null QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &params = {});
    qint64 lastInsertRowId() const;
    // INSERT OR REPLACE of one row, done as a DELETE by each unique key of `table` (the primary
    // key and every UNIQUE column set, named in `uniqueKeys`) followed by a plain INSERT. Same
    // rows as REPLACE, but without the statement journal SQLite opens for a REPLACE into a table
    // with NOT NULL columns — SQLCipher 3.4.1 encrypts every page such a statement touches into
    // that journal, which made the derived-table writes of a pulled record cost ten times its
    // record write. Call inside a transaction: a failing INSERT leaves the DELETE to its rollback.
    Result<void> replaceRow(const QString &table, const QStringList &columns, const QVariantList &values,
                            const QList<QStringList> &uniqueKeys);

    // Runs fn in a transaction (BEGIN IMMEDIATE), or in a savepoint when one is already open;
    // commits when fn succeeds, rolls back when it fails, and returns fn's error.
    Result<void> transaction(const std::function<Result<void>()> &fn);
    bool inTransaction() const { return m_depth > 0; }

    QString cipherVersion() const { return m_cipherVersion; }
    QString path() const { return m_path; }
    // PRAGMA wal_checkpoint(TRUNCATE): folds the WAL into the database and empties it.
    Result<void> checkpoint();

private:
    Database() = default;
    Result<sqlite3_stmt *> prepare(const QString &sql, const QVariantList &params);
    Error sqliteError(int rc, const QString &context) const;
    Result<void> applyConnectionSettings();

    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_cipherVersion;
    int m_depth = 0;
    QHash<QString, sqlite3_stmt *> m_statements; // prepared-statement cache
    struct LiteralStatement {
        QString text; // a deep copy, compared on every hit
        sqlite3_stmt *statement = nullptr;
    };
    QHash<const QChar *, LiteralStatement> m_literalStatements; // the same statements, by literal address
    struct ReplaceSql {
        QStringList columns;
        QList<QStringList> keys;
        QList<QPair<QString, QList<int>>> deletes; // SQL and the value positions it binds
        QString insert;
    };
    QHash<QString, ReplaceSql> m_replaceSql; // by table
};

} // namespace cliniclink::store
