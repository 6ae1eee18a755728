// Requirement: every clinical write bumps the version and appends an outbox entry in the same
// transaction; stale writes are refused; patient data never appears in plaintext on disk.
#include "cliniclink/core/logging.h"
#include "storefixture.h"
#include "testsupport.h"

#include <QJsonObject>

using namespace cliniclink;
using namespace cliniclink::store;

class TestChangeCapture : public QObject {
    Q_OBJECT
private slots:
    void putRecord_create_writesVersion1OutboxAndAudit()
    {
        test::StoreFixture f;
        f.create();
        auto rec = f.store->putRecord(QStringLiteral("resident"), QStringLiteral("r1"), 0, {{QStringLiteral("name"), QStringLiteral("张三")}});
        QVERIFY(rec.has_value());
        QCOMPARE(rec->version, qint64(1));
        QCOMPARE(rec->author, QStringLiteral("doctor"));
        auto out = f.store->outbox();
        QVERIFY(out.has_value());
        QCOMPARE(out->size(), 1);
        const OutboxEntry &e = out->first();
        QCOMPARE(e.recordType, QStringLiteral("resident"));
        QCOMPARE(e.recordId, QStringLiteral("r1"));
        QCOMPARE(e.version, qint64(1));
        QCOMPARE(e.baseVersion, qint64(0));
        QCOMPARE(e.operation, ChangeOperation::Create);
        QCOMPARE(e.author, QStringLiteral("doctor"));
        QCOMPARE(e.device, QStringLiteral("device-1"));
        QCOMPARE(e.createdUtc, f.clock.nowUtc());
        auto events = f.store->audit().events(1, 100);
        QVERIFY(std::any_of(events->begin(), events->end(), [](const AuditEvent &a) {
            return a.action == QLatin1String(audit::RecordCreate) && a.objectId == QLatin1String("r1");
        }));
    }

    void putRecord_update_carriesBaseVersion()
    {
        test::StoreFixture f;
        f.create();
        QVERIFY(f.store->putRecord(QStringLiteral("resident"), QStringLiteral("r1"), 0, {}).has_value());
        auto rec = f.store->putRecord(QStringLiteral("resident"), QStringLiteral("r1"), 1, {{QStringLiteral("a"), 1}});
        QVERIFY(rec.has_value());
        QCOMPARE(rec->version, qint64(2));
        auto out = f.store->outbox();
        QCOMPARE(out->size(), 2);
        QCOMPARE(out->at(1).baseVersion, qint64(1));
        QCOMPARE(out->at(1).operation, ChangeOperation::Update);
    }

    void putRecord_staleBase_isVersionConflictAndWritesNothing()
    {
        test::StoreFixture f;
        f.create();
        QVERIFY(f.store->putRecord(QStringLiteral("resident"), QStringLiteral("r1"), 0, {}).has_value());
        QVERIFY(f.store->putRecord(QStringLiteral("resident"), QStringLiteral("r1"), 1, {}).has_value());
        const qint64 auditRows = f.store->audit().events(1, 1000)->size();
        auto stale = f.store->putRecord(QStringLiteral("resident"), QStringLiteral("r1"), 1, {{QStringLiteral("x"), 1}});
        QVERIFY(!stale.has_value());
        QCOMPARE(stale.error().code, ErrorCode::VersionConflict);
        auto dup = f.store->putRecord(QStringLiteral("resident"), QStringLiteral("r1"), 0, {});
        QCOMPARE(dup.error().code, ErrorCode::VersionConflict);
        QCOMPARE(f.store->outbox()->size(), 2);
        QCOMPARE(f.store->audit().events(1, 1000)->size(), auditRows);
        QCOMPARE((*f.store->record(QStringLiteral("resident"), QStringLiteral("r1")))->version, qint64(2));
    }

    void deleteRecord_tombstonesAndQueuesDelete()
    {
        test::StoreFixture f;
        f.create();
        QVERIFY(f.store->putRecord(QStringLiteral("visit"), QStringLiteral("v1"), 0, {{QStringLiteral("a"), 1}}).has_value());
        auto del = f.store->deleteRecord(QStringLiteral("visit"), QStringLiteral("v1"), 1);
        QVERIFY(del.has_value());
        QVERIFY(del->deleted);
        QCOMPARE(f.store->records(QStringLiteral("visit"))->size(), 0);
        QCOMPARE(f.store->records(QStringLiteral("visit"), true)->size(), 1);
        QCOMPARE(f.store->outbox()->last().operation, ChangeOperation::Delete);
        auto again = f.store->putRecord(QStringLiteral("visit"), QStringLiteral("v1"), 2, {});
        QCOMPARE(again.error().code, ErrorCode::NotFound);
    }

    void readRecordAudited_recordsTheRead()
    {
        test::StoreFixture f;
        f.create();
        QVERIFY(f.store->putRecord(QStringLiteral("resident"), QStringLiteral("r9"), 0, {}).has_value());
        QVERIFY(f.store->readRecordAudited(QStringLiteral("resident"), QStringLiteral("r9"))->has_value());
        auto events = *f.store->audit().events(1, 100);
        QCOMPARE(events.last().action, QLatin1String(audit::RecordRead));
        QCOMPARE(events.last().objectId, QStringLiteral("r9"));
    }

    void counts_andOutboxStats_matchWrites()
    {
        test::StoreFixture f;
        f.create();
        for (int i = 0; i < 5; ++i)
            QVERIFY(f.store->putRecord(QStringLiteral("resident"), QString::number(i), 0, {}).has_value());
        QVERIFY(f.store->putRecord(QStringLiteral("visit"), QStringLiteral("v"), 0, {}).has_value());
        QCOMPARE(f.store->recordCountsByType()->value(QStringLiteral("resident")), qint64(5));
        QCOMPARE(f.store->outboxStats()->pending, qint64(6));
    }

    // The marker test: a unique string written into a record, a blob and the log never shows
    // up in any file under the store directory once the store is closed.
    void marker_neverInPlaintextOnDisk()
    {
        test::StoreFixture f;
        f.create();
        const QString marker = QStringLiteral("MARKER-") + QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("-患者");
        QVERIFY(installFileLogging(f.store->layout().logs()));
        qInfo("store test log line"); // the log exists and is searched too
        for (int i = 0; i < 200; ++i) // enough pages to spill through the WAL
            QVERIFY(f.store->putRecord(QStringLiteral("resident"), QString::number(i), 0,
                                       {{QStringLiteral("name"), marker}, {QStringLiteral("i"), i}})
                        .has_value());
        QVERIFY(f.store->blobs().put(marker.toUtf8().repeated(100), QStringLiteral("text/plain")).has_value());
        // Check while open (WAL and SHM present) and after close.
        QVERIFY(!test::filesBelow(f.dir.path()).isEmpty());
        QCOMPARE(test::filesContaining(f.dir.path(), marker.toUtf8()), QStringList());
        QCOMPARE(test::filesContaining(f.dir.path(), QByteArray("MARKER-")), QStringList());
        f.store.reset();
        uninstallFileLogging();
        QVERIFY(test::filesBelow(f.dir.path()).size() >= 3);
        QCOMPARE(test::filesContaining(f.dir.path(), marker.toUtf8()), QStringList());
        QCOMPARE(test::filesContaining(f.dir.path(), QByteArray("MARKER-")), QStringList());
        QCOMPARE(test::filesContaining(f.dir.path(), QStringLiteral("患者").toUtf8()), QStringList());
        // And the data is really there.
        f.reopen();
        QCOMPARE((*f.store->record(QStringLiteral("resident"), QStringLiteral("7")))->payload.value(QStringLiteral("name")).toString(), marker);
    }
};

QTEST_GUILESS_MAIN(TestChangeCapture)
#include "tst_changecapture.moc"
