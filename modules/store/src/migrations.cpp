#include "cliniclink/store/store.h"

#include "storelogging.h"

namespace cliniclink::store {

namespace {
// Schema history. Append new steps; never edit a released one. Each runs in one transaction
// and sets PRAGMA user_version.
const char *const kMigrations[] = {
    // 1: foundation — settings, users, versioned records, outbox, audit chain, blob index.
    R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE records (
    type TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    payload BLOB NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    author TEXT NOT NULL,
    device TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (type, id)
) WITHOUT ROWID;
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    base_version INTEGER NOT NULL,
    operation TEXT NOT NULL,
    author TEXT NOT NULL,
    device TEXT NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX outbox_by_state ON outbox(state, seq);
CREATE INDEX outbox_by_record ON outbox(record_type, record_id);
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL UNIQUE,
    ts TEXT NOT NULL,
    actor TEXT NOT NULL,
    device TEXT NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);
CREATE TABLE blobs (
    id TEXT PRIMARY KEY,
    media_type TEXT NOT NULL,
    owner_type TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    size INTEGER NOT NULL,
    created_at TEXT NOT NULL
) WITHOUT ROWID;
)SQL",
    // 2: resident registry (modules/registry) — index and search tables beside the resident
    // records, written in the same transaction as putRecord. SQLite 3.15 has no FTS5: search is
    // prefix range scans over (kind, token) of a token table (name, full pinyin, initials, ID
    // number, phone, archive number).
    R"SQL(
CREATE TABLE resident_index (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    pinyin TEXT NOT NULL,
    sex TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    id_number TEXT,
    phone TEXT,
    archive_number TEXT NOT NULL UNIQUE,
    family_id TEXT,
    relation TEXT,
    status TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX resident_by_id_number ON resident_index(id_number);
CREATE INDEX resident_by_family ON resident_index(family_id);
CREATE TABLE resident_search (
    kind INTEGER NOT NULL,
    token TEXT NOT NULL,
    resident_id TEXT NOT NULL,
    PRIMARY KEY (kind, token, resident_id)
) WITHOUT ROWID;
CREATE INDEX resident_search_by_resident ON resident_search(resident_id);
CREATE TABLE archive_sequence (prefix TEXT PRIMARY KEY, next INTEGER NOT NULL) WITHOUT ROWID;
)SQL",
    // 3: public-health forms (modules/publichealth) — one index row per saved form for
    // histories, due lists and indicators, and the key-population registers derived from
    // archives and forms. Both written in the transaction of putRecord.
    R"SQL(
CREATE TABLE ph_form_index (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL,
    form_id TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    visit_date TEXT NOT NULL,
    next_visit_date TEXT,
    controlled INTEGER,
    face_to_face INTEGER NOT NULL,
    signed INTEGER NOT NULL,
    author TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX ph_form_by_resident ON ph_form_index(resident_id, form_id, visit_date);
CREATE INDEX ph_form_by_form ON ph_form_index(form_id, visit_date);
CREATE TABLE ph_register (
    population TEXT NOT NULL,
    resident_id TEXT NOT NULL,
    since TEXT NOT NULL,
    until TEXT,
    source TEXT NOT NULL,
    doctor TEXT NOT NULL DEFAULT '',
    village TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (population, resident_id)
) WITHOUT ROWID;
CREATE INDEX ph_register_by_resident ON ph_register(resident_id);
)SQL",
    // 4: sync bookkeeping (modules/sync). sync_state holds, per record, the platform version this
    // PC last saw, the local version equal to it (so "clean" is local_version = records.version)
    // and the platform's payload at that version, the base of the three-way merge.
    // sync_inflight freezes each sent change so a resend after an ambiguous failure carries the
    // same change id and the same bytes.
    R"SQL(
CREATE TABLE sync_state (
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    server_version INTEGER NOT NULL,
    local_version INTEGER NOT NULL,
    base_payload BLOB NOT NULL,
    base_deleted INTEGER NOT NULL DEFAULT 0,
    scope TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (record_type, record_id)
) WITHOUT ROWID;
CREATE TABLE sync_inflight (
    change_id TEXT PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    max_seq INTEGER NOT NULL,
    body BLOB NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX sync_inflight_by_record ON sync_inflight(record_type, record_id);
)SQL",
    // 5: outpatient work (modules/emr, modules/his) — index tables beside the visit, note,
    // prescription, stock-movement and billing records, written in the transaction of
    // putRecord. Stock quantities live in stock_batch and are derived from stock_movement
    // records; the CHECK makes a negative quantity impossible even if a caller skipped the
    // guarded UPDATE. Money is integer fen.
    R"SQL(
CREATE TABLE clinical_timeline (
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    resident_id TEXT NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (record_type, record_id)
) WITHOUT ROWID;
CREATE INDEX clinical_timeline_by_resident ON clinical_timeline(resident_id, at);
CREATE TABLE visit_index (
    id TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL,
    visit_date TEXT NOT NULL,
    doctor TEXT NOT NULL,
    status TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX visit_by_resident ON visit_index(resident_id, visit_date);
CREATE INDEX visit_by_date ON visit_index(visit_date);
CREATE TABLE note_index (
    id TEXT PRIMARY KEY,
    visit_id TEXT NOT NULL UNIQUE,
    resident_id TEXT NOT NULL,
    status TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE prescription_index (
    id TEXT PRIMARY KEY,
    visit_id TEXT NOT NULL,
    resident_id TEXT NOT NULL,
    status TEXT NOT NULL,
    signed_at TEXT
) WITHOUT ROWID;
CREATE INDEX prescription_by_status ON prescription_index(status, signed_at);
CREATE INDEX prescription_by_visit ON prescription_index(visit_id);
CREATE TABLE stock_batch (
    id TEXT PRIMARY KEY,
    drug_id TEXT NOT NULL,
    batch_no TEXT NOT NULL,
    expiry TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity >= 0),
    received_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX stock_batch_fifo ON stock_batch(drug_id, expiry, received_at);
CREATE TABLE stock_movement_index (
    id TEXT PRIMARY KEY,
    drug_id TEXT NOT NULL,
    batch_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    ref_id TEXT,
    item INTEGER,
    at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX stock_movement_by_ref ON stock_movement_index(ref_id);
CREATE INDEX stock_movement_by_drug ON stock_movement_index(drug_id, at);
CREATE TABLE charge_index (
    id TEXT PRIMARY KEY,
    visit_id TEXT NOT NULL,
    source_type TEXT NOT NULL,
    source_id TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    status TEXT NOT NULL,
    payment_id TEXT
) WITHOUT ROWID;
CREATE INDEX charge_by_visit ON charge_index(visit_id);
CREATE INDEX charge_by_source ON charge_index(source_type, source_id);
CREATE TABLE payment_index (
    id TEXT PRIMARY KEY,
    visit_id TEXT NOT NULL,
    cashier TEXT NOT NULL,
    business_day TEXT NOT NULL,
    method TEXT NOT NULL,
    kind TEXT NOT NULL,
    amount_fen INTEGER NOT NULL,
    refers_to TEXT
) WITHOUT ROWID;
CREATE INDEX payment_by_day ON payment_index(business_day, cashier);
)SQL",
    // 6: the timeline moved down to modules/store (every clinical module writes it); each row
    // carries a short title (form name, visit kind, primary diagnosis) so the timeline can be
    // listed without reading other modules' payloads.
    R"SQL(
ALTER TABLE clinical_timeline ADD COLUMN title TEXT NOT NULL DEFAULT '';
)SQL",
};
constexpr int kMigrationCount = int(sizeof(kMigrations) / sizeof(kMigrations[0]));
static_assert(kMigrationCount == Store::kSchemaVersion, "kSchemaVersion must equal the number of migrations");
} // namespace

Result<void> Store::migrate()
{
    auto current = m_db->scalar(QStringLiteral("PRAGMA user_version"));
    if (!current)
        return fail(current.error());
    const int from = current->toInt();
    if (from > kSchemaVersion)
        return fail(ErrorCode::SchemaTooNew, QStringLiteral("schema %1 > supported %2").arg(from).arg(kSchemaVersion));
    for (int v = from; v < kSchemaVersion; ++v) {
        CL_TRY(m_db->transaction([&]() -> Result<void> {
            CL_TRY(m_db->exec(QString::fromUtf8(kMigrations[v])));
            return m_db->exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
        }));
        qCInfo(lcStore) << "schema migrated to" << v + 1;
    }
    return {};
}

} // namespace cliniclink::store
