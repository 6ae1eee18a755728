#pragma once

namespace cliniclink::store {
class Store;
}

namespace cliniclink::emr {

// Keeps visit_index, note_index and the clinical timeline true for visits and notes that arrive
// by sync (pulled or merged), with the rows Outpatient writes on a local save.
void installIndexers(store::Store &store);

} // namespace cliniclink::emr
