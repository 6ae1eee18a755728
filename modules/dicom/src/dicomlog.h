#pragma once

#include <QLoggingCategory>

// Codes, counts and sizes only: never names, IDs or other header text (patient data).
Q_DECLARE_LOGGING_CATEGORY(lcDicom)
