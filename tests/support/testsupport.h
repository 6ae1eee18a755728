#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cliniclink::test {

// Directory of the build tree and source tree (set by CTest through the environment).
QString buildDir();
QString sourceDir();
// ../shared next to the repository; empty if absent.
QString sharedDir();

// Every regular file below dir (recursively), absolute paths.
QStringList filesBelow(const QString &dir);
// True if any file below dir contains needle (binary search over the raw bytes).
QStringList filesContaining(const QString &dir, const QByteArray &needle);

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool crashed = false;
};
// Runs a program with the given stdin, waiting at most timeoutMs.
ProcessResult runProcess(const QString &program, const QStringList &args, const QByteArray &stdinData = {},
                         int timeoutMs = 60000);

} // namespace cliniclink::test
