#include "registryfixture.h"

#include "cliniclink/registry/idnumber.h"

namespace cliniclink::test {

QString makeIdNumber(const QString &address, const QDate &birth, int sequence)
{
    const QString first17 = address + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + registry::idNumberCheckCharacter(first17);
}

} // namespace cliniclink::test
