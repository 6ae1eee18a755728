#pragma once

#include "cliniclink/emr/notetemplates.h"
#include "cliniclink/emr/outpatient.h"
#include "cliniclink/his/billing.h"
#include "cliniclink/his/catalogue.h"
#include "cliniclink/his/pharmacy.h"
#include "cliniclink/his/prescribing.h"
#include "cliniclink/registry/registry.h"

#include <memory>

namespace cliniclink::ui::his {

// The outpatient services of one session, shared by the doctor's, pharmacy and cashier
// screens so they see one catalogue and one set of records. Must outlive those screens.
struct OutpatientServices {
    explicit OutpatientServices(identity::Session &session);

    identity::Session &session;
    std::unique_ptr<registry::Registry> registry;
    std::unique_ptr<cliniclink::emr::Outpatient> outpatient;
    std::unique_ptr<cliniclink::emr::NoteTemplates> templates;
    std::unique_ptr<cliniclink::his::Catalogue> catalogue;
    std::unique_ptr<cliniclink::his::Prescribing> prescribing;
    std::unique_ptr<cliniclink::his::Pharmacy> pharmacy;
    std::unique_ptr<cliniclink::his::Billing> billing;
};

} // namespace cliniclink::ui::his
