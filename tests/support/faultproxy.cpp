#include "faultproxy.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <deque>
#include <functional>

#include <sys/socket.h>

namespace cliniclink::test {

QString faultName(Fault f)
{
    switch (f) {
    case Fault::None: return QStringLiteral("none");
    case Fault::Delay: return QStringLiteral("delay");
    case Fault::DropMidRequest: return QStringLiteral("drop-mid-request");
    case Fault::DropMidResponse: return QStringLiteral("drop-mid-response");
    case Fault::TruncateResponse: return QStringLiteral("truncate-response");
    case Fault::LoseResponse: return QStringLiteral("lose-response");
    }
    return {};
}

ConnectionPlan drawPlan(quint32 seed, int index, const FaultMix &mix)
{
    QRandomGenerator rng(seed ^ (quint32(index) * 2654435761u));
    const int weights[] = {mix.none, mix.delay, mix.dropMidRequest, mix.dropMidResponse, mix.truncateResponse, mix.loseResponse};
    int total = 0;
    for (int w : weights)
        total += w;
    int pick = total > 0 ? int(rng.bounded(total)) : 0;
    int kind = 0;
    while (kind < 5 && pick >= weights[kind])
        pick -= weights[kind++];
    ConnectionPlan plan;
    plan.fault = total > 0 ? Fault(kind) : Fault::None;
    // Requests and responses of a push are a few hundred bytes to a few KB: cut inside them.
    plan.atByte = 1 + rng.bounded(1500);
    plan.delayMs = 50 + int(rng.bounded(400));
    return plan;
}

namespace {

// One direction of a connection: delays each chunk by the link's serialisation time and
// latency, then writes it to the receiving socket.
class Pipe {
public:
    Pipe(QObject *ctx, QTcpSocket *to, LinkShape shape, int extraDelayMs, const QElapsedTimer &clock,
         std::function<void(qint64)> delivered)
        : m_to(to), m_shape(shape), m_extraDelayMs(extraDelayMs), m_clock(clock), m_delivered(std::move(delivered))
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, ctx, [this] { deliverDue(); });
    }

    void send(const QByteArray &data)
    {
        constexpr qsizetype kChunk = 512; // small enough that throttling is smooth
        for (qsizetype at = 0; at < data.size(); at += kChunk) {
            const QByteArray piece = data.mid(at, kChunk);
            const qint64 now = m_clock.elapsed();
            const qint64 serialise = m_shape.bitsPerSecond > 0 ? piece.size() * 8 * 1000 / m_shape.bitsPerSecond : 0;
            m_linkFreeAt = qMax(now, m_linkFreeAt) + serialise;
            m_queue.push_back({m_linkFreeAt + m_shape.rttMs / 2 + m_extraDelayMs, piece});
        }
        schedule();
    }
    // Runs `then` once everything queued so far has been written.
    void whenDrained(std::function<void()> then)
    {
        m_onDrained = std::move(then);
        schedule();
    }
    bool idle() const { return m_queue.empty(); }

private:
    void schedule()
    {
        if (m_queue.empty()) {
            if (m_onDrained)
                std::exchange(m_onDrained, {})();
            return;
        }
        m_timer.start(int(qMax<qint64>(0, m_queue.front().due - m_clock.elapsed())));
    }
    void deliverDue()
    {
        const qint64 now = m_clock.elapsed();
        while (!m_queue.empty() && m_queue.front().due <= now) {
            if (m_to->state() == QAbstractSocket::ConnectedState || m_to->state() == QAbstractSocket::ConnectingState
                || m_to->state() == QAbstractSocket::HostLookupState) {
                m_to->write(m_queue.front().bytes);
                m_delivered(m_queue.front().bytes.size());
            }
            m_queue.pop_front();
        }
        schedule();
    }

    struct Piece {
        qint64 due;
        QByteArray bytes;
    };
    QTcpSocket *m_to;
    LinkShape m_shape;
    int m_extraDelayMs;
    const QElapsedTimer &m_clock;
    std::function<void(qint64)> m_delivered;
    std::deque<Piece> m_queue;
    qint64 m_linkFreeAt = 0;
    QTimer m_timer;
    std::function<void()> m_onDrained;
};

// Finds where the first request with a body ends, across keep-alive requests without one.
class RequestTracker {
public:
    // Returns true once the bytes seen so far complete a request with a body.
    bool feed(const QByteArray &data)
    {
        for (char c : data) {
            if (m_complete)
                return true;
            if (m_bodyLeft > 0) {
                if (--m_bodyLeft == 0)
                    m_complete = true;
                continue;
            }
            m_head.append(c);
            if (m_head.endsWith("\r\n\r\n")) {
                const qint64 length = contentLength(m_head);
                m_head.clear();
                if (length > 0)
                    m_bodyLeft = length;
            }
        }
        return m_complete;
    }

private:
    static qint64 contentLength(const QByteArray &head)
    {
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                return line.mid(15).trimmed().toLongLong();
        }
        return 0;
    }
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    bool m_complete = false;
};

void resetOnClose(QTcpSocket *s)
{
    // SO_LINGER 0: close() sends RST, as a dropped mobile link looks to the peer.
    const qintptr fd = s->socketDescriptor();
    if (fd >= 0) {
        linger l{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
}

class Connection : public QObject {
public:
    Connection(QTcpSocket *client, quint16 upstreamPort, FaultProxy &proxy) : m_proxy(proxy), m_plan(proxy.nextPlan())
    {
        m_clock.start();
        m_client = client;
        m_client->setParent(this);
        m_server = new QTcpSocket(this);
        const LinkShape shape = proxy.linkShape();
        const int extra = m_plan.fault == Fault::Delay ? m_plan.delayMs : 0;
        m_up = std::make_unique<Pipe>(this, m_server, shape, extra, m_clock, [this](qint64 n) { m_proxy.count(n, 0); });
        m_down = std::make_unique<Pipe>(this, m_client, shape, extra, m_clock, [this](qint64 n) { m_proxy.count(0, n); });
        connect(m_client, &QTcpSocket::readyRead, this, [this] { fromClient(); });
        connect(m_server, &QTcpSocket::readyRead, this, [this] { fromServer(); });
        connect(m_client, &QTcpSocket::disconnected, this, [this] {
            if (!m_ending)
                m_up->whenDrained([this] { m_server->disconnectFromHost(); });
            finishIfClosed();
        });
        connect(m_server, &QTcpSocket::disconnected, this, [this] {
            if (!m_ending)
                m_down->whenDrained([this] { m_client->disconnectFromHost(); });
            finishIfClosed();
        });
        connect(m_server, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (!m_ending && m_server->state() == QAbstractSocket::UnconnectedState)
                m_down->whenDrained([this] { m_client->disconnectFromHost(); });
            finishIfClosed();
        });
        m_server->connectToHost(QHostAddress::LocalHost, upstreamPort);
    }

private:
    void fromClient()
    {
        QByteArray data = m_client->readAll();
        if (m_ending)
            return;
        if (m_plan.fault == Fault::DropMidRequest && m_upBytes + data.size() >= m_plan.atByte) {
            m_up->send(data.left(m_plan.atByte - m_upBytes));
            end(true, *m_up);
            return;
        }
        m_upBytes += data.size();
        if (m_plan.fault == Fault::LoseResponse)
            m_requestForwarded = m_tracker.feed(data) || m_requestForwarded;
        m_up->send(data);
    }
    void fromServer()
    {
        QByteArray data = m_server->readAll();
        if (m_ending)
            return;
        if (m_plan.fault == Fault::LoseResponse && m_requestForwarded) {
            end(true, *m_down); // the server has answered, so it committed; the answer is lost
            return;
        }
        const bool cut = (m_plan.fault == Fault::DropMidResponse || m_plan.fault == Fault::TruncateResponse)
                         && m_downBytes + data.size() >= m_plan.atByte;
        if (cut) {
            m_down->send(data.left(m_plan.atByte - m_downBytes));
            end(m_plan.fault == Fault::DropMidResponse, *m_down);
            return;
        }
        m_downBytes += data.size();
        m_down->send(data);
    }
    // Stops forwarding; once `pipe` has delivered what it holds, closes both sides.
    void end(bool reset, Pipe &pipe)
    {
        m_ending = true;
        pipe.whenDrained([this, reset] { closeBoth(reset, 200); });
    }
    // The cut prefix must reach the peer before the reset (abort discards unsent bytes), so wait
    // until the sockets have written it, polling a bounded number of times.
    void closeBoth(bool reset, int triesLeft)
    {
        for (QTcpSocket *s : {m_client, m_server})
            s->flush();
        const bool pending = m_server->state() == QAbstractSocket::ConnectingState || m_client->bytesToWrite() > 0
                             || m_server->bytesToWrite() > 0;
        if (pending && triesLeft > 0) {
            QTimer::singleShot(10, this, [this, reset, triesLeft] { closeBoth(reset, triesLeft - 1); });
            return;
        }
        for (QTcpSocket *s : {m_client, m_server}) {
            if (reset) {
                resetOnClose(s);
                s->abort();
            } else {
                s->disconnectFromHost();
            }
        }
        finishIfClosed();
    }
    void finishIfClosed()
    {
        if (m_client->state() == QAbstractSocket::UnconnectedState && m_server->state() == QAbstractSocket::UnconnectedState
            && m_up->idle() && m_down->idle())
            deleteLater();
    }

    FaultProxy &m_proxy;
    ConnectionPlan m_plan;
    QElapsedTimer m_clock;
    QTcpSocket *m_client = nullptr;
    QTcpSocket *m_server = nullptr;
    std::unique_ptr<Pipe> m_up, m_down;
    RequestTracker m_tracker;
    qint64 m_upBytes = 0, m_downBytes = 0;
    bool m_requestForwarded = false;
    bool m_ending = false;
};

} // namespace

class FaultProxy::Server : public QTcpServer {};

FaultProxy::FaultProxy(quint16 upstreamPort) : m_upstreamPort(upstreamPort) {}

FaultProxy::~FaultProxy()
{
    if (!m_thread)
        return;
    Server *server = m_server;
    QMetaObject::invokeMethod(
        server, [server] { server->close(); qDeleteAll(server->findChildren<QObject *>(Qt::FindDirectChildrenOnly)); },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete server;
}

bool FaultProxy::start()
{
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("fault-proxy"));
    m_server = new Server;
    m_server->moveToThread(m_thread.get());
    m_thread->start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_server,
        [this, &ok] {
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                while (QTcpSocket *client = m_server->nextPendingConnection()) {
                    auto *c = new Connection(client, m_upstreamPort, *this);
                    c->setParent(m_server);
                }
            });
            ok = m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void FaultProxy::setLinkShape(LinkShape shape)
{
    QMutexLocker lock(&m_mutex);
    m_shape = shape;
}

void FaultProxy::setRandomFaults(quint32 seed, FaultMix mix)
{
    QMutexLocker lock(&m_mutex);
    m_random = true;
    m_seed = seed;
    m_mix = mix;
    m_randomIndex = 0;
}

void FaultProxy::clearFaults()
{
    QMutexLocker lock(&m_mutex);
    m_random = false;
    m_forced.clear();
}

void FaultProxy::forceNext(ConnectionPlan plan)
{
    QMutexLocker lock(&m_mutex);
    m_forced.append(plan);
}

ConnectionPlan FaultProxy::nextPlan()
{
    QMutexLocker lock(&m_mutex);
    ++m_stats.connections;
    ConnectionPlan plan;
    if (!m_forced.isEmpty())
        plan = m_forced.takeFirst();
    else if (m_random)
        plan = drawPlan(m_seed, m_randomIndex++, m_mix);
    if (plan.fault != Fault::None && plan.fault != Fault::Delay)
        ++m_stats.faults;
    return plan;
}

LinkShape FaultProxy::linkShape() const
{
    QMutexLocker lock(&m_mutex);
    return m_shape;
}

void FaultProxy::count(qint64 up, qint64 down)
{
    QMutexLocker lock(&m_mutex);
    m_stats.bytesUp += up;
    m_stats.bytesDown += down;
}

FaultProxy::Stats FaultProxy::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

void FaultProxy::resetStats()
{
    QMutexLocker lock(&m_mutex);
    m_stats = {};
}

} // namespace cliniclink::test
