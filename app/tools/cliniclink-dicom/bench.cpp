#include "commands.h"

int runBench(const QStringList &)
{
    return reportError(ExitFailure, QStringLiteral("bench is not implemented yet"));
}
