// Connections held open at once by one cliniclink-platform instance (issue 6: goal 10,000).
// Run by hand (needs root for the PostgreSQL cluster, like the integration tests); not a timed
// test. The benchmark raises its RLIMIT_NOFILE (the platform child inherits it and raises its
// own soft limit to the hard one), measures /health on the idle instance, opens N keep-alive
// connections that each complete one GET /health and then stay idle, measures /health again
// with all of them held, and checks how many are still open at the end — first with Qt's own
// event dispatcher (the baseline), then with the platform's default epoll dispatcher.
// Usage: cliniclink_connbench [connections (default 10000)]
#include "platformharness.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace cliniclink::test;

namespace {
const char kRequest[] = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n";

int connectNonBlocking(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) < 0 && errno != EINPROGRESS) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Waits until every fd is writable (connected), sends the request, and reads until each has a
// complete "200 OK" header block. Returns how many got their answer within timeoutMs.
int requestOnAll(const std::vector<int> &fds, int timeoutMs)
{
    std::vector<pollfd> p(fds.size());
    std::vector<int> state(fds.size(), 0); // 0 connecting, 1 sent, 2 answered, 3 failed
    std::vector<QByteArray> got(fds.size());
    for (size_t i = 0; i < fds.size(); ++i)
        p[i] = {fds[i], POLLOUT, 0};
    QElapsedTimer t;
    t.start();
    int answered = 0, open = int(fds.size());
    while (open > 0 && t.elapsed() < timeoutMs) {
        if (::poll(p.data(), nfds_t(p.size()), 200) <= 0)
            continue;
        for (size_t i = 0; i < p.size(); ++i) {
            if (!p[i].revents || state[i] >= 2)
                continue;
            if (p[i].revents & (POLLERR | POLLHUP)) {
                state[i] = 3;
                p[i].fd = -1;
                --open;
                continue;
            }
            if (state[i] == 0 && (p[i].revents & POLLOUT)) {
                if (::send(fds[i], kRequest, sizeof kRequest - 1, MSG_NOSIGNAL) != ssize_t(sizeof kRequest - 1)) {
                    state[i] = 3;
                    p[i].fd = -1;
                    --open;
                    continue;
                }
                state[i] = 1;
                p[i].events = POLLIN;
            } else if (state[i] == 1 && (p[i].revents & POLLIN)) {
                char buf[2048];
                const ssize_t n = ::recv(fds[i], buf, sizeof buf, 0);
                if (n <= 0) {
                    state[i] = 3;
                    p[i].fd = -1;
                    --open;
                    continue;
                }
                got[i].append(buf, n);
                if (got[i].contains("\r\n\r\n") && got[i].contains("\"status\"")) {
                    state[i] = 2;
                    ++answered;
                    p[i].fd = -1;
                    --open;
                }
            }
        }
    }
    return answered;
}

// /health on fresh connections, one after another; returns the median in microseconds.
qint64 healthMedianUs(quint16 port, int samples)
{
    std::vector<qint64> us;
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer t;
        t.start();
        const int fd = connectNonBlocking(port);
        const int ok = fd >= 0 ? requestOnAll({fd}, 10000) : 0;
        const qint64 took = t.nsecsElapsed() / 1000;
        if (fd >= 0)
            ::close(fd);
        if (ok == 1)
            us.push_back(took);
    }
    if (us.empty())
        return -1;
    std::sort(us.begin(), us.end());
    return us[us.size() / 2];
}

// Held connections the server has not closed: no POLLIN/POLLHUP pending on an idle socket.
int stillOpen(const std::vector<int> &fds)
{
    std::vector<pollfd> p;
    for (int fd : fds)
        p.push_back({fd, POLLIN, 0});
    ::poll(p.data(), nfds_t(p.size()), 0);
    int open = 0;
    for (const pollfd &x : p)
        open += (x.revents & (POLLIN | POLLHUP | POLLERR)) ? 0 : 1;
    return open;
}

QByteArray statusLine(qint64 pid, const char *key)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &l : f.readAll().split('\n'))
        if (l.startsWith(key))
            return l.mid(qsizetype(std::strlen(key))).simplified();
    return {};
}
QByteArray limitLine(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &l : f.readAll().split('\n'))
        if (l.startsWith("Max open files"))
            return l.mid(14).simplified();
    return {};
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("CLINICLINK_BUILD_DIR"))
        qputenv("CLINICLINK_BUILD_DIR", CLINICLINK_BENCH_BUILD_DIR);
    const int wanted = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;

    // Our sockets plus headroom; the platform child inherits this hard limit.
    rlimit rl{};
    getrlimit(RLIMIT_NOFILE, &rl);
    const rlim_t need = rlim_t(wanted) + 1024;
    if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < need)
        rl.rlim_max = need; // only root may raise the hard limit; the bench runs as root anyway
    rl.rlim_cur = std::max<rlim_t>(need, rl.rlim_cur);
    if (setrlimit(RLIMIT_NOFILE, &rl) != 0)
        std::fprintf(stderr, "setrlimit(%llu) failed: %s\n", (unsigned long long)need, std::strerror(errno));

    PgCluster pg;
    QString error;
    if (!pg.start(&error)) {
        std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(error));
        return 1;
    }
    // The same run with Qt's own dispatcher (poll over every socket per loop iteration) as the
    // baseline, then the platform's default (epoll).
    bool allHeld = true;
    for (const char *dispatcher : {"qt", "epoll"}) {
        qputenv("CLINICLINK_EVENT_DISPATCHER", dispatcher);
        PlatformInstance platform(pg.url(), QStringLiteral("conn"));
        if (!platform.start(&error)) {
            std::fprintf(stderr, "platform: %s\n", qPrintable(error));
            return 1;
        }
        const quint16 port = platform.port();
        const qint64 pid = platform.pid();
        std::printf("[%s dispatcher] platform fd limit (soft hard): %s\n", dispatcher, limitLine(pid).constData());

        const qint64 idleUs = healthMedianUs(port, 101);
        const QByteArray rssIdle = statusLine(pid, "VmRSS:");
        std::vector<int> held;
        held.reserve(size_t(wanted));
        QElapsedTimer open;
        open.start();
        int answered = 0;
        // Batches below the listen backlog so that SYNs are not dropped and retried after 1 s.
        constexpr int kBatch = 40;
        for (int done = 0; done < wanted;) {
            std::vector<int> batch;
            for (int i = 0; i < kBatch && done + int(batch.size()) < wanted; ++i) {
                const int fd = connectNonBlocking(port);
                if (fd < 0) {
                    std::fprintf(stderr, "socket/connect failed after %d: %s\n", done, std::strerror(errno));
                    break;
                }
                batch.push_back(fd);
            }
            if (batch.empty())
                break;
            answered += requestOnAll(batch, 30000);
            done += int(batch.size());
            held.insert(held.end(), batch.begin(), batch.end());
        }
        const qint64 openMs = open.elapsed();
        const qint64 loadedUs = healthMedianUs(port, 101);
        const int alive = stillOpen(held);
        const QByteArray rssLoaded = statusLine(pid, "VmRSS:");
        const qsizetype fds = QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size();
        std::printf("[%s] %-41s %-22s goal %-14s baseline: %s\n", dispatcher, "connections held open at once",
                    qPrintable(QStringLiteral("%1 of %2").arg(alive).arg(wanted)), ">= 10000",
                    qPrintable(QStringLiteral("%1 answered GET /health before idling; opened in %2 ms; platform fds %3; RSS %4 idle, %5 loaded")
                                   .arg(answered)
                                   .arg(openMs)
                                   .arg(fds)
                                   .arg(QString::fromLatin1(rssIdle), QString::fromLatin1(rssLoaded))));
        std::printf("[%s] %-41s %-22s goal %-14s baseline: same instance idle %lld us (ratio %.2f)\n", dispatcher,
                    "/health with all held (median of 101)", qPrintable(QStringLiteral("%1 us").arg(loadedUs)), "answers fast",
                    (long long)idleUs, idleUs > 0 ? double(loadedUs) / double(idleUs) : 0.0);
        std::fflush(stdout);
        for (int fd : held)
            ::close(fd);
        allHeld = allHeld && alive == wanted;
    }
    return allHeld ? 0 : 1;
}
