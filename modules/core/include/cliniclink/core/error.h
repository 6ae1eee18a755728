#pragma once

#include <QString>
#include <QtGlobal>

namespace cliniclink {

enum class ErrorCode : int {
#define CL_ERROR(name, number, message) name = number,
#include "cliniclink/core/errorcodes.h"
#undef CL_ERROR
};

// An expected failure: a code from the one table, a technical detail for logs and support
// (never patient data), and where it happened.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString detail;
    QString context;

    // Stable symbolic name, e.g. "AuthenticationFailed".
    QString name() const;
    int number() const { return static_cast<int>(code); }
    // English source text of the user message; translate with translatedMessage().
    const char *untranslatedMessage() const;
    // The user message in the current UI language.
    QString translatedMessage() const;
    // "AuthenticationFailed(200): detail [context]" for logs and command-line tools.
    QString toString() const;
};

QString errorCodeName(ErrorCode code);
const char *errorCodeMessage(ErrorCode code);
// Every code of the table, in table order (for tests and documentation).
QList<ErrorCode> allErrorCodes();

} // namespace cliniclink
