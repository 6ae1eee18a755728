#pragma once

#include <QLoggingCategory>

// Codes and counts only; never names of patients or the contents of fields.
Q_DECLARE_LOGGING_CATEGORY(lcShell)
