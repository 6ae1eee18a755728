// cliniclink-dicom: inspect, render and measure DICOM files from the command line.
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {
const char kUsage[] =
    "usage: cliniclink-dicom info FILE\n"
    "       cliniclink-dicom render FILE --out OUT.png [--frame N] [--window C,W]\n"
    "                        [--function LINEAR|LINEAR_EXACT|SIGMOID] [--voi-lut K] [--invert]\n"
    "       cliniclink-dicom stats FILE [--frame N] --roi rect:X,Y,W,H|ellipse:CX,CY,RX,RY\n"
    "       cliniclink-dicom bench [--quick]\n"
    "       cliniclink-dicom generate-series DIR [--slices N] [--jpeg-ls]\n"
    "exit codes: 0 ok, 2 usage, 4 unreadable or unsupported input, 1 other failure (e.g. output not writable)\n";
}

int reportError(int code, const QString &message)
{
    QTextStream(stderr) << "error: " << message << '\n';
    return code;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        std::fputs(kUsage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    const QString command = args.takeFirst();
    try {
        if (command == QLatin1String("info"))
            return runInfo(args);
        if (command == QLatin1String("render"))
            return runRender(args);
        if (command == QLatin1String("stats"))
            return runStats(args);
        if (command == QLatin1String("bench"))
            return runBench(args);
        if (command == QLatin1String("generate-series"))
            return runGenerateSeries(args);
        if (command == QLatin1String("bench-decode"))
            return runBenchDecode(args);
    } catch (const std::exception &e) {
        return reportError(ExitFailure, QString::fromLocal8Bit(e.what()));
    }
    std::fputs(kUsage, stderr);
    return ExitUsage;
}
