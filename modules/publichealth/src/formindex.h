#pragma once
// ph_form_index, timeline and register rows of one public-health form record, written inside
// the transaction of its record: by FormRecords on a local save and by the sync indexer for a
// pulled or merged form.
#include "cliniclink/publichealth/formdefinition.h"
#include "cliniclink/publichealth/formevaluation.h"
#include "cliniclink/store/store.h"

namespace cliniclink::publichealth::detail {

Result<void> writeFormIndex(store::Store &s, const FormDefinition &def, const QString &id, const QJsonObject &payload,
                            const Evaluation &evaluation, const QDateTime &createdUtc);
// The evaluation a saved form carries: its values and the control suggestions (rule
// "*.control", value "1" controlled / "2" not) that decided the index's `controlled`.
Evaluation storedEvaluation(const QJsonObject &payload);

} // namespace cliniclink::publichealth::detail
