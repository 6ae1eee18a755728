#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/store/store.h"
#include "cliniclink/sync/platformclient.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>

namespace cliniclink::sync {

// Meta keys the sync engine keeps in the store (encrypted with everything else).
namespace metakey {
inline constexpr char PlatformUrl[] = "platform.url";
inline constexpr char Token[] = "platform.token";
inline constexpr char DeviceId[] = "platform.device_id";
inline constexpr char OrgCode[] = "platform.org";
inline constexpr char CaFile[] = "platform.ca_file"; // CA pinned at enrolment (path), for later syncs
inline constexpr char Cursor[] = "sync.cursor";
inline constexpr char LastSuccess[] = "sync.last_success";
inline constexpr char LastError[] = "sync.last_error";
} // namespace metakey

inline constexpr char kConflictType[] = "sync_conflict";

struct SyncReport {
    int pushed = 0;    // changes acknowledged (applied or duplicate-applied)
    int rejected = 0;
    int conflicts = 0; // conflict records created
    int merged = 0;    // conflicts resolved automatically (different fields)
    int pulled = 0;    // records applied from the platform
    int requests = 0;
    QJsonObject toJson() const;
};

// Enrols this store with the platform (one-time code → device credential kept in meta).
Result<PlatformClient::EnrolResult> enrol(store::Store &store, const QUrl &platform, const QString &caFile, const QString &code);

// Push then pull for one store (docs/sync-protocol.md, "Workstation"):
//  push — pending outbox entries are frozen per record into one change (current state, base =
//   the platform version last seen), marked in_flight and kept in sync_inflight; after an
//   ambiguous failure the same frozen changes are resent, so the platform applies each once;
//  results — applied/duplicate → acked; rejected → rejected with the reason, other records go on;
//   conflict → three-way merge with the base; colliding fields become a sync_conflict record;
//  pull — pages of the scope's feed; each page and the cursor commit in one local transaction;
//   pulled versions never enter the outbox. Pull waits until nothing is in flight.
class SyncEngine {
public:
    SyncEngine(store::Store &store, PlatformClient &client);

    // Loads the platform settings from meta; NotEnrolled if there are none.
    static Result<TransportSettings> transportFor(store::Store &store, const QString &caFile);

    Result<SyncReport> push();
    Result<SyncReport> pull();
    // push, pull, and push again if the pull produced merges; records last success/error.
    Result<SyncReport> syncOnce();

    void setBatchSize(int n) { m_batchSize = qBound(1, n, protocol::kMaxBatch); }
    void setPageSize(int n) { m_pageSize = qBound(1, n, protocol::kMaxPage); }
    // Called after each pushed batch and each pulled page is committed (the background scheduler
    // refreshes the status indicator from it); returning false stops the sync there with
    // SyncInterrupted — everything committed so far stays, the rest resumes next time.
    void setProgressHook(std::function<bool()> hook) { m_progress = std::move(hook); }

private:
    Result<int> freezeBatch();
    Result<void> applyResults(const QList<protocol::ChangeResult> &results, SyncReport &report);
    Result<void> applyFeedEntry(const protocol::FeedEntry &e, SyncReport &report);
    // Local record vs a platform version it did not build on: merge, write, conflict record.
    Result<void> mergeWithRemote(const QString &type, const QString &id, qint64 remoteVersion, const QJsonObject &remote,
                                 bool remoteDeleted, const QString &scope, qint64 coveredMaxSeq, SyncReport &report,
                                 const QString &remoteAuthor = {}, const QString &remoteTime = {});
    // json: the payload already serialised (pull path); isNew: no sync_state row exists yet.
    Result<void> recordClean(const QString &type, const QString &id, qint64 serverVersion, qint64 localVersion,
                             const QJsonObject &payload, bool deleted, const QString &scope, const QByteArray &json = {},
                             bool isNew = false);
    QString defaultScope();

    store::Store &m_store;
    PlatformClient &m_client;
    int m_batchSize = 50;
    int m_pageSize = protocol::kMaxPage; // fewer round trips and commits; a page stays ~100-300 KB gzipped
    std::function<bool()> m_progress;
};

// What `cliniclinkctl status --json` prints: pending, in flight, rejected (with reasons),
// open conflicts, last success, records by type.
Result<QJsonObject> syncStatus(store::Store &store);

} // namespace cliniclink::sync
