#pragma once

namespace cliniclink::store {
class Store;
}

namespace cliniclink::registry {

// Keeps resident_index and resident_search true for residents that arrive by sync (pulled or
// merged): the same rows Registry writes when it saves locally. Call once per store that syncs.
void installIndexers(store::Store &store);

} // namespace cliniclink::registry
