// The fault-injecting proxy the sync fault tests rely on: it forwards faithfully, throttles like a
// 40 kbit/s / 700 ms link, cuts requests and responses where told, loses a response only after
// the server has the whole request, and draws the same faults from the same seed.
#include "faultproxy.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace cliniclink::test;

namespace {
// Upstream: echoes, or answers an HTTP request once its body has arrived.
class Upstream {
public:
    enum Mode { Echo, Http };
    explicit Upstream(Mode mode, QByteArray response = {}) : m_mode(mode), m_response(std::move(response))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            QTcpSocket *s = m_server.nextPendingConnection();
            QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                const QByteArray data = s->readAll();
                received += data;
                if (m_mode == Echo)
                    s->write(data);
                else if (received.endsWith("0123456789"))
                    s->write(m_response);
            });
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received;

private:
    Mode m_mode;
    QByteArray m_response;
    QTcpServer m_server;
};

const QByteArray kPost = "POST /v1/push HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n0123456789";
} // namespace

class TestFaultProxy : public QObject {
    Q_OBJECT
private slots:
    void passthrough_forwardsEveryByte()
    {
        Upstream up(Upstream::Echo);
        FaultProxy proxy(up.port());
        QVERIFY(proxy.start());
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(5000));
        QByteArray sent(20000, 'x');
        for (int i = 0; i < sent.size(); ++i)
            sent[i] = char('a' + i % 26);
        client.write(sent);
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += client.readAll()).size() >= sent.size(), 10000);
        QCOMPARE(got, sent);
        QCOMPARE(proxy.stats().bytesUp, 20000);
        QCOMPARE(proxy.stats().bytesDown, 20000);
    }

    void throttle_shapesLikeAVillageLink()
    {
        Upstream up(Upstream::Echo);
        FaultProxy proxy(up.port());
        QVERIFY(proxy.start());
        proxy.setLinkShape({40000, 700});
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(5000));
        QElapsedTimer t;
        t.start();
        client.write(QByteArray(5000, 'z'));
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += client.readAll()).size() >= 5000, 15000);
        // 5000 B at 40 kbit/s is 1 s (the echo overlaps with the upload), plus 700 ms of round trip.
        QVERIFY2(t.elapsed() >= 1700, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(t.elapsed() <= 8000, qPrintable(QString::number(t.elapsed())));
    }

    void dropMidRequest_serverSeesOnlyAPrefix()
    {
        Upstream up(Upstream::Echo);
        FaultProxy proxy(up.port());
        QVERIFY(proxy.start());
        proxy.forceNext({Fault::DropMidRequest, 100, 0});
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(5000));
        client.write(QByteArray(1000, 'q'));
        QTRY_VERIFY_WITH_TIMEOUT(client.state() == QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(up.received.size(), 100);
        QCOMPARE(proxy.stats().faults, 1);
    }

    void loseResponse_serverHasWholeRequest_clientGetsNothing()
    {
        Upstream up(Upstream::Http, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        FaultProxy proxy(up.port());
        QVERIFY(proxy.start());
        proxy.forceNext({Fault::LoseResponse, 0, 0});
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(5000));
        client.write(kPost);
        QTRY_VERIFY_WITH_TIMEOUT(client.state() == QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(up.received, kPost);
        QCOMPARE(client.readAll(), QByteArray());
    }

    void truncateResponse_clientGetsExactlyThePrefix()
    {
        Upstream up(Upstream::Http, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + QByteArray(1000, 'r'));
        FaultProxy proxy(up.port());
        QVERIFY(proxy.start());
        proxy.forceNext({Fault::TruncateResponse, 300, 0});
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, proxy.port());
        QVERIFY(client.waitForConnected(5000));
        client.write(kPost);
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += client.readAll(), client.state() == QAbstractSocket::UnconnectedState), 5000);
        got += client.readAll();
        QCOMPARE(got.size(), 300);
        QVERIFY(got.startsWith("HTTP/1.1 200 OK"));
    }

    void plans_areReplayableFromTheSeed()
    {
        QSet<int> kinds;
        for (int i = 0; i < 300; ++i) {
            const ConnectionPlan a = drawPlan(1234, i, {});
            const ConnectionPlan b = drawPlan(1234, i, {});
            QCOMPARE(int(a.fault), int(b.fault));
            QCOMPARE(a.atByte, b.atByte);
            kinds.insert(int(a.fault));
        }
        QCOMPARE(kinds.size(), 6);
        int differ = 0;
        for (int i = 0; i < 50; ++i)
            differ += drawPlan(1, i, {}).fault != drawPlan(2, i, {}).fault;
        QVERIFY(differ > 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
