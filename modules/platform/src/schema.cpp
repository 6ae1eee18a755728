#include "cliniclink/platform/platformservice.h"

#include <QJsonDocument>

namespace cliniclink::platform {

namespace {
// Schema history; append steps, never edit a released one.
const char *const kSteps[] = {
    R"SQL(
CREATE TABLE orgs (
    code text PRIMARY KEY,
    name text NOT NULL,
    parent text REFERENCES orgs(code),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE enrolment_codes (
    code_hash text PRIMARY KEY,
    org_code text NOT NULL REFERENCES orgs(code),
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    device_id text
);
CREATE TABLE devices (
    id text PRIMARY KEY,
    org_code text NOT NULL REFERENCES orgs(code),
    name text NOT NULL,
    token_hash text NOT NULL UNIQUE,
    enrolled_at timestamptz NOT NULL DEFAULT now(),
    revoked boolean NOT NULL DEFAULT false
);
CREATE TABLE platform_users (
    name text PRIMARY KEY,
    role text NOT NULL,
    org_code text NOT NULL REFERENCES orgs(code),
    password_hash text NOT NULL,
    salt text NOT NULL,
    kdf text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
-- Current version of every record (versioned JSON documents; scope fixed at creation).
CREATE TABLE documents (
    record_type text NOT NULL,
    record_id text NOT NULL,
    scope text NOT NULL,
    version bigint NOT NULL,
    payload text NOT NULL,
    deleted boolean NOT NULL DEFAULT false,
    change_id text NOT NULL,
    author text NOT NULL,
    device text NOT NULL,
    saved_at text NOT NULL,
    PRIMARY KEY (record_type, record_id)
);
-- Every change ever received, with its result: the idempotency table (a resent change_id
-- hits the primary key and gets the stored result) and the record of every saved change,
-- including those that conflicted.
CREATE TABLE changes (
    change_id text PRIMARY KEY,
    device_id text NOT NULL,
    record_type text NOT NULL,
    record_id text NOT NULL,
    base_version bigint NOT NULL,
    operation text NOT NULL,
    payload text NOT NULL,
    author text NOT NULL,
    saved_at text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    outcome text NOT NULL,
    result_version bigint NOT NULL DEFAULT 0,
    reason text NOT NULL DEFAULT ''
);
CREATE INDEX changes_by_record ON changes(record_type, record_id);
-- The change feed: one row per (scope level, change), so a county, a township and a village
-- each read their own feed in seq order straight off the primary key.
CREATE SEQUENCE feed_seq;
CREATE TABLE feed (
    scope text NOT NULL,
    seq bigint NOT NULL,
    record_type text NOT NULL,
    record_id text NOT NULL,
    version bigint NOT NULL,
    PRIMARY KEY (scope, seq)
);
CREATE TABLE audit (
    id bigserial PRIMARY KEY,
    ts timestamptz NOT NULL DEFAULT now(),
    device_id text NOT NULL,
    action text NOT NULL,
    object_type text NOT NULL,
    object_id text NOT NULL,
    detail text NOT NULL
);
)SQL",
    // 2: the FHIR R4 view of the clinical documents (protocol/fhirmapping.h), written with the
    // document in the push transaction; served read-only at /fhir/{type}/{id}.
    R"SQL(
ALTER TABLE documents ADD COLUMN fhir jsonb;
)SQL",
};
constexpr int kStepCount = int(sizeof(kSteps) / sizeof(kSteps[0]));
} // namespace

namespace {
// Documents stored before step 2 get their FHIR view once, in the upgrade transaction.
Result<void> backfillFhir(PgConnection &db)
{
    auto rows = db.query(QStringLiteral("SELECT record_type, record_id, payload FROM documents WHERE fhir IS NULL"));
    if (!rows)
        return fail(rows.error());
    for (const PgRow &r : *rows) {
        const QVariant fhir = fhirColumn(r[0].toString(), r[1].toString(), QJsonDocument::fromJson(r[2].toString().toUtf8()).object());
        if (!fhir.isNull())
            CL_TRY(db.execute(QStringLiteral("UPDATE documents SET fhir = ?::jsonb WHERE record_type = ? AND record_id = ?"),
                              {fhir, r[0], r[1]}));
    }
    return {};
}
} // namespace

Result<void> ensureSchema(PgConnection &db)
{
    return db.transaction([&]() -> Result<void> {
        // Two instances starting at once must not both create the tables.
        CL_TRY(db.execute(QStringLiteral("SELECT pg_advisory_xact_lock(7261000)")));
        CL_TRY(db.execute(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)")));
        auto v = db.queryOne(QStringLiteral("SELECT max(version) FROM schema_version"));
        if (!v)
            return fail(v.error());
        const int from = (*v && !(**v)[0].isNull()) ? (**v)[0].toInt() : 0;
        if (from > kStepCount)
            return fail(ErrorCode::SchemaTooNew, QStringLiteral("platform schema %1 > %2").arg(from).arg(kStepCount));
        for (int s = from; s < kStepCount; ++s) {
            CL_TRY(db.exec(QString::fromUtf8(kSteps[s])));
            CL_TRY(db.execute(QStringLiteral("INSERT INTO schema_version(version) VALUES (?)"), {s + 1}));
        }
        if (from >= 1 && from < 2)
            CL_TRY(backfillFhir(db));
        return {};
    });
}

} // namespace cliniclink::platform
