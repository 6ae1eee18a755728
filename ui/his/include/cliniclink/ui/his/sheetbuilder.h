#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/ui/his/prescriptionsheet.h"

namespace cliniclink::ui::his {

struct OutpatientServices;

// The 处方笺 of a saved prescription: visit, archive and catalogue looked up through the modules.
Result<PrescriptionSheet> buildPrescriptionSheet(OutpatientServices &services, const QString &prescriptionId);

} // namespace cliniclink::ui::his
