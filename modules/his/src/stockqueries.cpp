#include "stockqueries.h"

#include "cliniclink/store/database.h"

using namespace Qt::StringLiterals;

namespace cliniclink::his::detail {

Result<QHash<QString, qint64>> availableUnits(store::Database &db, const QStringList &drugIds, const QDate &day)
{
    QHash<QString, qint64> out;
    for (const QString &id : drugIds) {
        if (out.contains(id))
            continue;
        auto n = db.scalar(u"SELECT COALESCE(SUM(quantity), 0) FROM stock_batch WHERE drug_id = ? AND expiry >= ?"_s,
                           {id, day.toString(Qt::ISODate)});
        if (!n)
            return fail(n.error());
        out.insert(id, n->toLongLong());
    }
    return out;
}

} // namespace cliniclink::his::detail
