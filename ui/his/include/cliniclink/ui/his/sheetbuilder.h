#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/ui/his/outpatientnoteprint.h"
#include "cliniclink/ui/his/prescriptionsheet.h"

namespace cliniclink::ui::his {

struct OutpatientServices;

// The 处方笺 of a saved prescription: visit, archive and catalogue looked up through the modules.
Result<PrescriptionSheet> buildPrescriptionSheet(OutpatientServices &services, const QString &prescriptionId);
// The 门诊病历 of a saved note: archive (name, sex, 实足年龄 on the visit day), visit, sections,
// coded diagnoses, signature and every amendment.
Result<OutpatientNotePaper> buildOutpatientNotePaper(OutpatientServices &services, const QString &noteId);

} // namespace cliniclink::ui::his
