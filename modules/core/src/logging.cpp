#include "cliniclink/core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

Q_LOGGING_CATEGORY(lcCore, "cliniclink.core")

namespace cliniclink {

namespace {
constexpr qint64 kMaxLogBytes = 5 * 1024 * 1024;
constexpr int kKeptFiles = 3;

QMutex g_logMutex;
QString g_logPath;
QFile *g_logFile = nullptr;
QtMessageHandler g_previous = nullptr;

void rotateLocked()
{
    g_logFile->close();
    for (int i = kKeptFiles - 1; i >= 1; --i) {
        const QString from = i == 1 ? g_logPath : g_logPath + QLatin1Char('.') + QString::number(i - 1);
        const QString to = g_logPath + QLatin1Char('.') + QString::number(i);
        QFile::remove(to);
        QFile::rename(from, to);
    }
    g_logFile->open(QIODevice::WriteOnly | QIODevice::Append);
}

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    static const char *const kLevels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
        + kLevels[qBound(0, int(type), 4)] + ' ' + (ctx.category ? ctx.category : "default") + ": "
        + msg.toUtf8() + '\n';
    {
        QMutexLocker lock(&g_logMutex);
        if (g_logFile && g_logFile->isOpen()) {
            if (g_logFile->size() > kMaxLogBytes)
                rotateLocked();
            g_logFile->write(line);
            g_logFile->flush();
        }
    }
    if (g_previous)
        g_previous(type, ctx, msg);
}
} // namespace

bool installFileLogging(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return false;
    QMutexLocker lock(&g_logMutex);
    delete g_logFile;
    g_logPath = QDir(directory).filePath(QStringLiteral("cliniclink.log"));
    g_logFile = new QFile(g_logPath);
    if (!g_logFile->open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    QFile::setPermissions(g_logPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    lock.unlock();
    QtMessageHandler prev = qInstallMessageHandler(handler);
    if (prev != handler)
        g_previous = prev;
    return true;
}

void uninstallFileLogging()
{
    qInstallMessageHandler(g_previous);
    QMutexLocker lock(&g_logMutex);
    delete g_logFile;
    g_logFile = nullptr;
}

} // namespace cliniclink
