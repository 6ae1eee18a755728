#pragma once

#include <QStringList>

// Exit codes of the tool (documented in --help).
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitBadInput = 4 };

int runInfo(const QStringList &args);
int runRender(const QStringList &args);
int runStats(const QStringList &args);
int runBench(const QStringList &args);
// Internal: child process of `bench` measuring peak memory of decoding the given files.
int runBenchMemory(const QStringList &paths);

// Prints "error: <why>" to stderr and returns the exit code.
int reportError(int code, const QString &message);
