#pragma once

#include "cliniclink/core/error.h"

// cliniclinkctl's documented exit codes (README.md, "Administration").
enum ExitCode { ExitOk = 0, ExitUsage = 2, ExitAuth = 3, ExitIntegrity = 4, ExitOther = 5 };

inline int exitCodeFor(cliniclink::ErrorCode code)
{
    using cliniclink::ErrorCode;
    switch (code) {
    case ErrorCode::AuthenticationFailed:
    case ErrorCode::AccountLocked:
    case ErrorCode::AccountDisabled:
    case ErrorCode::InvalidRecoveryKey:
    case ErrorCode::PermissionDenied:
        return ExitAuth;
    case ErrorCode::StoreCorrupt:
    case ErrorCode::AuditChainBroken:
    case ErrorCode::BlobCorrupt:
    case ErrorCode::StoreEncryptionUnavailable:
        return ExitIntegrity;
    case ErrorCode::InvalidArgument:
    case ErrorCode::InvalidRole:
    case ErrorCode::InvalidUserName:
    case ErrorCode::InvalidClinicCode:
        return ExitUsage;
    default:
        return ExitOther;
    }
}
