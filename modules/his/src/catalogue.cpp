#include "cliniclink/his/catalogue.h"

#include "cliniclink/core/pinyin.h"
#include "cliniclink/core/uuid7.h"
#include "cliniclink/his/hisrecords.h"
#include "cliniclink/identity/session.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cliniclink::his {

using identity::Permission;

bool isValidInsuranceCode(const QString &code)
{
    if (code.isEmpty())
        return true;
    if (code.size() != 23 || !code.at(0).isUpper() || code.at(0).unicode() >= 128)
        return false;
    return std::all_of(code.begin(), code.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
    });
}

Catalogue::Catalogue(identity::Session &session) : m_session(session) {}

Result<void> Catalogue::requireEdit()
{
    if (m_session.can(Permission::ConfigureClinic))
        return {};
    return m_session.require(Permission::ManageStock);
}

Result<Drug> Catalogue::saveDrug(const Drug &input)
{
    CL_TRY(requireEdit());
    Drug d = input;
    d.genericName = d.genericName.trimmed();
    d.insuranceCode = d.insuranceCode.trimmed().toUpper();
    if (d.genericName.isEmpty())
        return fail(ErrorCode::RequiredFieldMissing, u"genericName"_s);
    if (d.unit.trimmed().isEmpty())
        return fail(ErrorCode::RequiredFieldMissing, u"unit"_s);
    if (d.priceFen < 0 || d.priceFen > kMaxAmountFen || d.dosePerUnit <= 0 || d.packageSize < 1 || d.maxSingleDose < 0
        || d.maxDailyDose < 0 || d.lowStockThreshold < 0)
        return fail(ErrorCode::InvalidQuantity, u"drug"_s);
    if (!isValidInsuranceCode(d.insuranceCode))
        return fail(ErrorCode::InvalidInsuranceCode, u"insuranceCode"_s);
    d.pinyinCode = d.pinyinCode.trimmed().toLower();
    if (d.pinyinCode.isEmpty())
        d.pinyinCode = pinyinInitials(pinyinSyllables(d.genericName));
    d.wubiCode = d.wubiCode.trimmed().toLower();
    const bool creating = d.id.isEmpty();
    if (creating)
        d.id = newId(m_session.clock());
    auto rec = m_session.store().putRecord(QLatin1String(kDrugRecord), d.id, creating ? 0 : d.version, d.toJson());
    if (!rec)
        return fail(rec.error());
    d.version = rec->version;
    return d;
}

Result<Drug> Catalogue::drug(const QString &id)
{
    auto rec = m_session.store().record(QLatin1String(kDrugRecord), id);
    if (!rec)
        return fail(rec.error());
    if (!rec->has_value() || (*rec)->deleted)
        return fail(ErrorCode::NotFound, u"drug"_s);
    return Drug::fromJson(id, (*rec)->version, (*rec)->payload);
}

Result<QList<Drug>> Catalogue::drugs(bool includeInactive)
{
    auto recs = m_session.store().records(QLatin1String(kDrugRecord));
    if (!recs)
        return fail(recs.error());
    QList<Drug> out;
    for (const store::Record &r : *recs) {
        Drug d = Drug::fromJson(r.id, r.version, r.payload);
        if (includeInactive || d.active)
            out.append(d);
    }
    std::sort(out.begin(), out.end(), [](const Drug &a, const Drug &b) { return a.pinyinCode < b.pinyinCode; });
    return out;
}

Result<QList<Drug>> Catalogue::searchDrugs(const QString &text, int limit)
{
    // A clinic's catalogue is hundreds to a few thousand rows: a scan of the decoded records
    // is fast enough and keeps every searchable field editable without an index migration.
    auto all = drugs();
    if (!all)
        return fail(all.error());
    const QString q = text.trimmed().toLower();
    if (q.isEmpty())
        return QList<Drug>();
    struct Hit {
        int rank;
        Drug drug;
    };
    QList<Hit> hits;
    for (const Drug &d : *all) {
        int rank = -1;
        if (d.pinyinCode.startsWith(q))
            rank = d.pinyinCode == q ? 0 : 1;
        else if (!d.wubiCode.isEmpty() && d.wubiCode.startsWith(q))
            rank = 2;
        else if (!d.insuranceCode.isEmpty() && d.insuranceCode.toLower().startsWith(q))
            rank = 3;
        else if (d.genericName.startsWith(text.trimmed()) || d.tradeName.startsWith(text.trimmed()))
            rank = 4;
        else if (d.genericName.contains(text.trimmed()) || (!d.tradeName.isEmpty() && d.tradeName.contains(text.trimmed())))
            rank = 5;
        if (rank >= 0)
            hits.append({rank, d});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.rank < b.rank; });
    QList<Drug> out;
    for (const Hit &h : hits.mid(0, limit))
        out.append(h.drug);
    return out;
}

Result<FeeItem> Catalogue::saveFeeItem(const FeeItem &input)
{
    CL_TRY(requireEdit());
    FeeItem f = input;
    f.name = f.name.trimmed();
    if (f.name.isEmpty())
        return fail(ErrorCode::RequiredFieldMissing, u"name"_s);
    if (f.priceFen < 0 || f.priceFen > kMaxAmountFen)
        return fail(ErrorCode::InvalidQuantity, u"priceFen"_s);
    f.pinyinCode = f.pinyinCode.trimmed().toLower();
    if (f.pinyinCode.isEmpty())
        f.pinyinCode = pinyinInitials(pinyinSyllables(f.name));
    const bool creating = f.id.isEmpty();
    if (creating)
        f.id = newId(m_session.clock());
    auto rec = m_session.store().putRecord(QLatin1String(kFeeItemRecord), f.id, creating ? 0 : f.version, f.toJson());
    if (!rec)
        return fail(rec.error());
    f.version = rec->version;
    return f;
}

Result<FeeItem> Catalogue::feeItem(const QString &id)
{
    auto rec = m_session.store().record(QLatin1String(kFeeItemRecord), id);
    if (!rec)
        return fail(rec.error());
    if (!rec->has_value() || (*rec)->deleted)
        return fail(ErrorCode::NotFound, u"fee item"_s);
    return FeeItem::fromJson(id, (*rec)->version, (*rec)->payload);
}

Result<QList<FeeItem>> Catalogue::feeItems(bool includeInactive)
{
    auto recs = m_session.store().records(QLatin1String(kFeeItemRecord));
    if (!recs)
        return fail(recs.error());
    QList<FeeItem> out;
    for (const store::Record &r : *recs) {
        FeeItem f = FeeItem::fromJson(r.id, r.version, r.payload);
        if (includeInactive || f.active)
            out.append(f);
    }
    return out;
}

Result<std::optional<FeeItem>> Catalogue::firstFeeItemOfKind(FeeKind kind)
{
    auto all = feeItems();
    if (!all)
        return fail(all.error());
    for (const FeeItem &f : *all)
        if (f.kind == kind)
            return std::optional<FeeItem>(f);
    return std::optional<FeeItem>();
}

} // namespace cliniclink::his
