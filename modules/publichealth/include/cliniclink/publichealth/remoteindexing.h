#pragma once

#include "cliniclink/publichealth/formlibrary.h"

namespace cliniclink::store {
class Store;
}

namespace cliniclink::publichealth {

// Keeps the public-health tables true for records that arrive by sync: the key-population
// registers of a pulled resident (as Registers::noteResident derives them on a local save) and
// ph_form_index, timeline and register rows of a pulled form (as FormRecords writes them).
// `library` must outlive the store. Install after registry::installIndexers.
void installIndexers(store::Store &store, const FormLibrary &library = FormLibrary::builtIn());

} // namespace cliniclink::publichealth
