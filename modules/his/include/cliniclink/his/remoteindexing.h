#pragma once

namespace cliniclink::store {
class Store;
}

namespace cliniclink::his {

// Keeps prescription_index (the pharmacy's dispensing queue), charge_index, payment_index and
// the clinical timeline true for prescriptions, charge lines and payments that arrive by sync.
// Stock is deliberately not replayed (ARCHITECTURE.md, "Derived tables of synced records").
void installIndexers(store::Store &store);

} // namespace cliniclink::his
