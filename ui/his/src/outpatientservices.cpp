#include "cliniclink/ui/his/outpatientservices.h"

namespace cliniclink::ui::his {

OutpatientServices::OutpatientServices(identity::Session &s)
    : session(s)
    , registry(std::make_unique<registry::Registry>(s))
    , outpatient(std::make_unique<cliniclink::emr::Outpatient>(s, *registry))
    , templates(std::make_unique<cliniclink::emr::NoteTemplates>(s))
    , catalogue(std::make_unique<cliniclink::his::Catalogue>(s))
    , prescribing(std::make_unique<cliniclink::his::Prescribing>(s, *registry, *outpatient, *catalogue))
    , pharmacy(std::make_unique<cliniclink::his::Pharmacy>(s, *prescribing))
    , billing(std::make_unique<cliniclink::his::Billing>(s, *outpatient, *catalogue, *prescribing))
{
}

} // namespace cliniclink::ui::his
