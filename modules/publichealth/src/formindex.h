#pragma once
// ph_form_index, timeline and register rows of one public-health form record, written inside
// the transaction of its record: by FormRecords on a local save and by the sync indexer for a
// pulled or merged form.
#include "cliniclink/publichealth/formdefinition.h"
#include "cliniclink/publichealth/formevaluation.h"
#include "cliniclink/publichealth/formlibrary.h"
#include "cliniclink/store/store.h"

namespace cliniclink::publichealth::detail {

Result<void> writeFormIndex(store::Store &s, const FormDefinition &def, const QString &id, const QJsonObject &payload,
                            const Evaluation &evaluation, const QDateTime &createdUtc);
// A deleted form (a tombstone pulled, or a local delete): its index and timeline rows go, and
// the register the form served is derived again for its resident from what is left — the
// resident's other forms of that register in save order, then the archive (past diseases, age).
// So a resident put on the hypertension register only by a deleted follow-up leaves it, and
// one with hypertension in the archive stays on it as an archive entry.
Result<void> removeFormIndex(store::Store &s, const FormLibrary &library, const QString &id, const QJsonObject &payload,
                             const QDate &today);
// The evaluation a saved form carries: its values and the control suggestions (rule
// "*.control", value "1" controlled / "2" not) that decided the index's `controlled`.
Evaluation storedEvaluation(const QJsonObject &payload);

} // namespace cliniclink::publichealth::detail
