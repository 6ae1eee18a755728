#pragma once
// visit_index, note_index and timeline rows of one visit / note, written inside the transaction
// of its record: by Outpatient on a local save and by the sync indexer (remoteindexing.cpp).
#include "cliniclink/core/result.h"
#include "cliniclink/emr/note.h"
#include "cliniclink/emr/visit.h"
#include "cliniclink/store/database.h"

namespace cliniclink::emr::detail {

Result<void> writeVisitIndex(store::Database &db, const Visit &v);
Result<void> writeNoteIndex(store::Database &db, const OutpatientNote &n, const QDateTime &createdUtc);

} // namespace cliniclink::emr::detail
