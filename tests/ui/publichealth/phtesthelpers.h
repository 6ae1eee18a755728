#pragma once

#include "cliniclink/registry/idnumber.h"

#include <QDate>
#include <QString>

namespace cliniclink::uitest {

// A valid 18-digit ID number for a birth date, sequence and sex (odd sequence = male).
inline QString makeIdNumber(const QDate &birth, int sequence, const QString &area = QStringLiteral("110101"))
{
    const QString first17 = area + birth.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + registry::idNumberCheckCharacter(first17);
}

} // namespace cliniclink::uitest
