#pragma once

#include <QList>
#include <QMutex>
#include <QString>

#include <memory>

class QThread;

namespace cliniclink::test {

// How every connection through the proxy is shaped (a village link: 40 kbit/s, 700 ms RTT).
struct LinkShape {
    qint64 bitsPerSecond = 0; // 0 = unlimited
    int rttMs = 0;            // half added in each direction
};

// What happens to one connection. Byte positions count from the start of the connection.
enum class Fault {
    None,
    Delay,            // extra one-way latency of delayMs
    DropMidRequest,   // forward atByte request bytes, then reset both sides
    DropMidResponse,  // forward atByte response bytes, then reset both sides
    TruncateResponse, // forward atByte response bytes, then close cleanly (FIN)
    LoseResponse,     // forward the first request with a body in full; once the server answers, reset
                      // the client: the platform committed, the client never hears it
};
QString faultName(Fault f);

struct ConnectionPlan {
    Fault fault = Fault::None;
    qint64 atByte = 0;
    int delayMs = 0;
};

// Relative weights of the faults drawn for random connections.
struct FaultMix {
    int none = 4, delay = 1, dropMidRequest = 1, dropMidResponse = 1, truncateResponse = 1, loseResponse = 2;
};

// The plan for connection number `index` under `seed`: a pure function, so a run is replayed
// from its seed whatever the timing of the connections.
ConnectionPlan drawPlan(quint32 seed, int index, const FaultMix &mix);

// A TCP proxy on 127.0.0.1 in front of one loopback upstream port. It runs in its own thread so
// that it keeps forwarding while the test thread blocks (waiting for a cliniclinkctl process).
// Per connection it applies a forced plan if one is queued, else a seeded random plan if random
// faults are on, else none; the link shape applies to every connection.
class FaultProxy {
public:
    explicit FaultProxy(quint16 upstreamPort);
    ~FaultProxy();
    bool start(); // listens on a free loopback port
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    void setLinkShape(LinkShape shape);
    void setRandomFaults(quint32 seed, FaultMix mix = {});
    void clearFaults(); // no forced plans, no random faults
    void forceNext(ConnectionPlan plan);

    struct Stats {
        qint64 connections = 0;
        qint64 bytesUp = 0;   // client → server, as forwarded
        qint64 bytesDown = 0; // server → client, as forwarded
        qint64 faults = 0;    // connections given a fault other than None/Delay
    };
    Stats stats() const;
    void resetStats();

    // Called by the proxy thread for each new connection.
    ConnectionPlan nextPlan();
    LinkShape linkShape() const;
    void count(qint64 up, qint64 down);

private:
    quint16 m_upstreamPort;
    quint16 m_port = 0;
    std::unique_ptr<QThread> m_thread;
    class Server;
    Server *m_server = nullptr; // lives in m_thread

    mutable QMutex m_mutex;
    LinkShape m_shape;
    QList<ConnectionPlan> m_forced;
    bool m_random = false;
    quint32 m_seed = 0;
    FaultMix m_mix;
    int m_randomIndex = 0;
    Stats m_stats;
};

} // namespace cliniclink::test
