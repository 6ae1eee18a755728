#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

namespace cliniclink::test {

QString buildDir() { return qEnvironmentVariable("CLINICLINK_BUILD_DIR"); }
QString sourceDir() { return qEnvironmentVariable("CLINICLINK_SOURCE_DIR"); }

QString sharedDir()
{
    const QString dir = qEnvironmentVariable("CLINICLINK_SHARED_DIR");
    return QDir(dir).exists() ? QDir(dir).absolutePath() : QString();
}

QStringList filesBelow(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    for (const QString &path : filesBelow(dir)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

ProcessResult runProcess(const QString &program, const QStringList &args, const QByteArray &stdinData, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000)) {
        r.err = "failed to start " + program.toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
    }
    r.exitCode = p.exitCode();
    r.crashed = r.crashed || p.exitStatus() == QProcess::CrashExit;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace cliniclink::test
