#pragma once

#include "cliniclink/core/error.h"

#include <tl/expected.hpp>

namespace cliniclink {

// Expected failures travel as values; exceptions never cross a module's public API.
template <typename T = void>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(ErrorCode code, QString detail = {}, QString context = {})
{
    return tl::unexpected<Error>(Error{code, std::move(detail), std::move(context)});
}

inline tl::unexpected<Error> fail(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

} // namespace cliniclink

// Propagates the error of a Result-returning expression, else yields nothing.
#define CL_TRY(expr)                                                                             \
    do {                                                                                         \
        auto _cl_r = (expr);                                                                     \
        if (!_cl_r)                                                                              \
            return ::tl::unexpected<::cliniclink::Error>(std::move(_cl_r).error());              \
    } while (0)
