#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/his/drug.h"

#include <QHash>
#include <QList>

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::his {

// 医保药品代码: 23 letters/digits, first a letter (X 西药, Z 中成药, …). Empty is allowed
// (drug not on the insurance list).
bool isValidInsuranceCode(const QString &code);

// The clinic's drug catalogue and fee items, as records (synced to every PC of the clinic).
// Editing needs ManageStock or ConfigureClinic; reading needs nothing beyond a session.
class Catalogue {
public:
    explicit Catalogue(identity::Session &session);

    // Creates (empty id) or updates. RequiredFieldMissing (genericName, unit), InvalidQuantity
    // (negative price, dosePerUnit ≤ 0), InvalidInsuranceCode. An empty 拼音码 is computed
    // from the generic name; an edited one is kept (polyphonic characters).
    Result<Drug> saveDrug(const Drug &drug);
    Result<Drug> drug(const QString &id);
    Result<QList<Drug>> drugs(bool includeInactive = false);
    // 拼音码 or 五笔码 prefix (case-insensitive), 医保 code prefix, or part of the generic or
    // trade name; prefix matches first.
    Result<QList<Drug>> searchDrugs(const QString &text, int limit = 30);

    Result<FeeItem> saveFeeItem(const FeeItem &item);
    Result<FeeItem> feeItem(const QString &id);
    Result<QList<FeeItem>> feeItems(bool includeInactive = false);
    // The first active fee item of a kind (e.g. the registration fee), if any.
    Result<std::optional<FeeItem>> firstFeeItemOfKind(FeeKind kind);

private:
    Result<void> requireEdit();
    identity::Session &m_session;
};

} // namespace cliniclink::his
