// Requirement (issue 6): TLS end to end. A CA and a server certificate are made with the
// openssl CLI; cliniclink-platform serves https on loopback with them. A PC enrols and syncs
// with the CA pinned (--ca, remembered for later syncs); system trust alone refuses enrolment, and
// a wrong CA makes the sync fail with CertificateRejected while the outbox keeps every record; plain http:// to a non-loopback host
// is refused by the workstation before any connection; the platform refuses to listen on a
// non-loopback address without TLS.
#include "cliniclink/platform/pgconnection.h"
#include "syncfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::test;

namespace {
const QString kCounty = QStringLiteral("450102");
const QString kTownship = QStringLiteral("450102001");
const QString kVillage = QStringLiteral("450102001001");

bool openssl(const QStringList &args, const QString &dir, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

// A CA and, when serverName is set, a server certificate for 127.0.0.1/localhost signed by it.
bool makeCa(const QString &dir, const QString &name, QString *error)
{
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                    QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=ClinicLink test CA ") + name, QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                    QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                   dir, error);
}
bool makeServerCert(const QString &dir, const QString &ca, QString *error)
{
    QFile ext(dir + QStringLiteral("/server.ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
              "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n");
    ext.close();
    return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("server.key"),
                    QStringLiteral("-out"), QStringLiteral("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
                   dir, error)
        && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"), QStringLiteral("-CA"),
                    ca + QStringLiteral(".pem"), QStringLiteral("-CAkey"), ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                    QStringLiteral("server.ext")},
                   dir, error);
}
} // namespace

class TestSyncTls : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QTemporaryDir m_certs;
    PgCluster m_pg;
    std::unique_ptr<PlatformInstance> m_platform;
    std::unique_ptr<ClinicPc> m_pc;
    QString m_record;

    QString cert(const QString &name) const { return m_certs.filePath(name); }
    qint64 platformCount(const QString &id)
    {
        auto db = platform::PgConnection::connect(m_pg.url());
        if (!db)
            return -1;
        auto row = (*db)->queryOne(QStringLiteral("SELECT count(*) FROM documents WHERE record_id = ?"), {id});
        return row && row->has_value() ? (**row)[0].toLongLong() : -1;
    }
    // The sync must fail with `code`, and keep everything unsent.
    void expectRefusedSync(const QStringList &extra, const char *code)
    {
        const QJsonObject before = m_pc->status();
        const ProcessResult r = m_pc->sync(m_platform->url(), extra);
        QVERIFY2(r.exitCode != 0, r.out.constData());
        QVERIFY2(r.err.contains(code), r.err.constData());
        // Unsent records stay unsent (frozen "in flight" changes are resent byte for byte later).
        const QJsonObject after = m_pc->status();
        const auto unsent = [](const QJsonObject &st) {
            return st.value(QStringLiteral("pending")).toInt() + st.value(QStringLiteral("inFlight")).toInt();
        };
        QCOMPARE(unsent(after), unsent(before));
        QCOMPARE(after.value(QStringLiteral("unsentRecords")).toInt(), 1);
        QCOMPARE(after.value(QStringLiteral("allSent")).toBool(), false);
        QVERIFY(m_pc->record(QStringLiteral("resident"), m_record).has_value());
        QCOMPARE(platformCount(m_record), 0);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(makeCa(m_certs.path(), QStringLiteral("ca"), &error), qPrintable(error));
        QVERIFY2(makeCa(m_certs.path(), QStringLiteral("otherca"), &error), qPrintable(error));
        QVERIFY2(makeServerCert(m_certs.path(), QStringLiteral("ca"), &error), qPrintable(error));
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        const QString db = m_pg.url();
        QVERIFY(addOrgTree(db, kCounty, kTownship, {kVillage}));
        m_platform = std::make_unique<PlatformInstance>(db, QStringLiteral("tls"));
        m_platform->setTls(cert(QStringLiteral("server.pem")), cert(QStringLiteral("server.key")));
        QVERIFY2(m_platform->start(&error), qPrintable(error));
        QVERIFY(m_platform->url().startsWith(QLatin1String("https://127.0.0.1:")));
        QVERIFY(m_platform->log().contains("\"tls\":true"));
        m_pc = std::make_unique<ClinicPc>(m_tmp.path(), QStringLiteral("village"), kVillage);
    }

    void enrolOverTls_withoutPinnedCa_isRefused_thenWithCa_succeeds()
    {
        const QString code = QString::fromLatin1(platformAdmin(m_pg.url(), {QStringLiteral("enroll-code"), QStringLiteral("--org"), kVillage}));
        QVERIFY(!code.isEmpty());
        // System trust does not know the test CA: refused, and the code is not used up.
        ProcessResult r = m_pc->ctl({QStringLiteral("enroll"), QStringLiteral("--platform"), m_platform->url(), QStringLiteral("--code"), code});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("CertificateRejected"), r.err.constData());
        QCOMPARE(m_pc->status().value(QStringLiteral("enrolled")).toBool(), false);
        r = m_pc->ctl({QStringLiteral("enroll"), QStringLiteral("--platform"), m_platform->url(), QStringLiteral("--code"), code,
                       QStringLiteral("--ca"), cert(QStringLiteral("ca.pem"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("org")).toString(), kVillage);
        QCOMPARE(m_pc->status().value(QStringLiteral("enrolled")).toBool(), true);
    }

    void syncWithWrongCa_failsWithCertificateError_andKeepsTheOutbox()
    {
        // --ca overrides the CA pinned at enrolment; a CA that did not sign the server is refused.
        m_record = m_pc->create(QStringLiteral("resident"), {{QStringLiteral("name"), QStringLiteral("韦秀英")}});
        QVERIFY(!m_record.isEmpty());
        expectRefusedSync({QStringLiteral("--ca"), cert(QStringLiteral("otherca.pem"))}, "CertificateRejected");
    }

    void plainHttpToNonLoopbackHost_isRefusedBeforeConnecting()
    {
        // 192.0.2.0/24 is TEST-NET-1: nothing answers there, so only the workstation's own check
        // can produce an immediate InsecureTransport.
        const QJsonObject before = m_pc->status();
        const ProcessResult r = m_pc->sync(QStringLiteral("http://192.0.2.10:8080"), {QStringLiteral("--timeout"), QStringLiteral("60000")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("InsecureTransport"), r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("wire")).toObject().value(QStringLiteral("requests")).toInt(), 0);
        QCOMPARE(m_pc->status().value(QStringLiteral("unsentRecords")).toInt(), before.value(QStringLiteral("unsentRecords")).toInt());
        const ProcessResult e = m_pc->ctl({QStringLiteral("enroll"), QStringLiteral("--platform"), QStringLiteral("http://platform.example.org"),
                                           QStringLiteral("--code"), QStringLiteral("ABCDEFGHJKLM")});
        QVERIFY(e.exitCode != 0);
        QVERIFY2(e.err.contains("InsecureTransport"), e.err.constData());
    }

    void syncWithoutCaFlag_usesTheCaPinnedAtEnrolment_andSendsEverything()
    {
        // System trust alone was refused at enrolment (above); the CA given there stays pinned.
        const ProcessResult r = m_pc->sync(m_platform->url());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("pushed")).toInt(), 1);
        const QJsonObject st = m_pc->status();
        QCOMPARE(st.value(QStringLiteral("allSent")).toBool(), true);
        QCOMPARE(st.value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(platformCount(m_record), 1);
    }

    void platform_refusesPlainHttpOnNonLoopbackAddress()
    {
        const quint16 port = freeLoopbackPort();
        const ProcessResult r = runProcess(platformExecutable(), {QStringLiteral("--database"), m_pg.url(), QStringLiteral("--listen"),
                                                                  QStringLiteral("0.0.0.0:%1").arg(port)},
                                           {}, 20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("InsecureTransport"), r.err.constData());
        QVERIFY(!r.err.contains("\"event\":\"listening\""));
    }
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_synctls.moc"
