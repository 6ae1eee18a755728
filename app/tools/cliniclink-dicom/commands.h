#pragma once

#include <QStringList>

// Exit codes of the tool (documented in --help).
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitBadInput = 4 };

int runInfo(const QStringList &args);
int runRender(const QStringList &args);
int runStats(const QStringList &args);
int runBench(const QStringList &args);
int runGenerateSeries(const QStringList &args);
// Internal: child process of `bench`: `bench-decode ours|dcmtk FILE...` decodes the files in a
// fresh process and prints milliseconds, peak memory growth (KiB, ours only), pixel bytes and CPU ms.
int runBenchDecode(const QStringList &args);

// Prints "error: <why>" to stderr and returns the exit code.
int reportError(int code, const QString &message);
