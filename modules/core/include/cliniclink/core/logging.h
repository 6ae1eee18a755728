#pragma once

#include <QLoggingCategory>
#include <QString>

// One logging category per module. Log lines carry codes, ids and counts — never names,
// ID numbers or any other patient data (ARCHITECTURE.md, "Logging").
Q_DECLARE_LOGGING_CATEGORY(lcCore)

namespace cliniclink {

// Sends all Qt log output to `directory/cliniclink.log` (rotated at 5 MiB, 3 files kept) in
// addition to stderr. Returns false if the directory cannot be created.
bool installFileLogging(const QString &directory);
void uninstallFileLogging();

} // namespace cliniclink
