#include "cliniclink/core/error.h"

#include <QCoreApplication>

namespace cliniclink {

namespace {
struct Entry {
    ErrorCode code;
    const char *name;
    const char *message;
};

const Entry kTable[] = {
#define CL_ERROR(name, number, message) {ErrorCode::name, #name, message},
#include "cliniclink/core/errorcodes.h"
#undef CL_ERROR
};

const Entry *find(ErrorCode code)
{
    for (const Entry &e : kTable)
        if (e.code == code)
            return &e;
    return nullptr;
}
} // namespace

QString errorCodeName(ErrorCode code)
{
    const Entry *e = find(code);
    return e ? QString::fromLatin1(e->name) : QStringLiteral("Unknown%1").arg(int(code));
}

const char *errorCodeMessage(ErrorCode code)
{
    const Entry *e = find(code);
    return e ? e->message : kTable[0].message;
}

QList<ErrorCode> allErrorCodes()
{
    QList<ErrorCode> codes;
    for (const Entry &e : kTable)
        codes.append(e.code);
    return codes;
}

QString Error::name() const { return errorCodeName(code); }

const char *Error::untranslatedMessage() const { return errorCodeMessage(code); }

QString Error::translatedMessage() const
{
    return QCoreApplication::translate("cliniclink::Error", untranslatedMessage());
}

QString Error::toString() const
{
    QString s = QStringLiteral("%1(%2)").arg(name()).arg(number());
    if (!detail.isEmpty())
        s += QStringLiteral(": ") + detail;
    if (!context.isEmpty())
        s += QStringLiteral(" [") + context + QLatin1Char(']');
    return s;
}

} // namespace cliniclink
