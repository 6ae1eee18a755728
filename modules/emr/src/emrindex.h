#pragma once
// visit_index, note_index and timeline rows of one visit / note, written inside the transaction
// of its record: by Outpatient on a local save and by the sync indexer (remoteindexing.cpp).
#include "cliniclink/core/result.h"
#include "cliniclink/emr/note.h"
#include "cliniclink/emr/visit.h"
#include "cliniclink/store/database.h"

namespace cliniclink::emr::detail {

Result<void> writeVisitIndex(store::Database &db, const Visit &v);
// The timeline takes the note's own time (OutpatientNote::createdUtc); `fallbackUtc` stands in
// for a note saved before the payload carried it.
Result<void> writeNoteIndex(store::Database &db, const OutpatientNote &n, const QDateTime &fallbackUtc);

} // namespace cliniclink::emr::detail
