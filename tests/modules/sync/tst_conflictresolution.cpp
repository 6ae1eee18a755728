// Requirement (issue 6): a person resolves a conflict by choosing this PC's value, the
// platform's, or a typed one; the result is a new local version that goes through change
// capture (outbox) and is audited; refused records are listed with their reason and a person
// sends them again or keeps them local, never blocking others. The conflict records here are
// written the way SyncEngine writes them; the same flows against the real platform are in
// tests/integration/tst_conflictflow.
#include "cliniclink/core/uuid7.h"
#include "cliniclink/identity/session.h"
#include "cliniclink/sync/conflictresolution.h"
#include "cliniclink/sync/rejectedchanges.h"
#include "cliniclink/sync/syncengine.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::sync;

class TestConflictResolution : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<identity::Session> m_session;
    store::Store &st() { return m_session->store(); }

    qint64 count(const QString &sql, const QVariantList &params = {})
    {
        auto v = st().db().scalar(sql, params);
        return v ? v->toLongLong() : -1;
    }
    // A resident whose phone and bp.systolic collided: the record holds the platform's values.
    QString conflictOn(const QString &residentId)
    {
        const QJsonObject fields[] = {
            {{QStringLiteral("field"), QStringLiteral("phone")}, {QStringLiteral("base"), QStringLiteral("111")},
             {QStringLiteral("local"), QStringLiteral("222")}, {QStringLiteral("remote"), QStringLiteral("333")}},
            {{QStringLiteral("field"), QStringLiteral("bp.systolic")}, {QStringLiteral("base"), 120},
             {QStringLiteral("local"), 130}, {QStringLiteral("remote"), 140}}};
        const QString id = newId();
        const QJsonObject c{{QStringLiteral("recordType"), QStringLiteral("resident")},
                            {QStringLiteral("recordId"), residentId},
                            {QStringLiteral("status"), QStringLiteral("open")},
                            {QStringLiteral("fields"), QJsonArray{fields[0], fields[1]}},
                            {QStringLiteral("remoteVersion"), 3},
                            {QStringLiteral("localSide"), QJsonObject{{QStringLiteral("author"), QStringLiteral("admin")},
                                                                      {QStringLiteral("time"), QStringLiteral("2026-11-20T08:00:00.000Z")}}},
                            {QStringLiteral("remoteSide"), QJsonObject{{QStringLiteral("author"), QStringLiteral("dr.town")},
                                                                       {QStringLiteral("time"), QStringLiteral("2026-11-20T09:00:00.000Z")}}},
                            {QStringLiteral("detectedBy"), st().deviceId()},
                            {QStringLiteral("detectedAt"), QStringLiteral("2026-11-21T08:00:00.000Z")}};
        return st().putRecord(QLatin1String(kConflictType), id, 0, c) ? id : QString();
    }
    QString resident()
    {
        const QString id = newId();
        st().putRecord(QStringLiteral("resident"), id, 0,
                       QJsonObject{{QStringLiteral("name"), QString::fromUtf8("张三")}, {QStringLiteral("phone"), QStringLiteral("333")},
                                   {QStringLiteral("bp"), QJsonObject{{QStringLiteral("systolic"), 140}, {QStringLiteral("diastolic"), 90}}}});
        return id;
    }

private slots:
    void initTestCase()
    {
        identity::ClinicSetup setup{QStringLiteral("450102001001"), QStringLiteral("test"), QStringLiteral("admin"),
                                    QStringLiteral("Admin"), QStringLiteral("Admin#2026pw")};
        QVERIFY(identity::setUpClinic(m_dir.path(), setup));
        auto s = identity::Session::signIn(m_dir.path(), QStringLiteral("admin"), QStringLiteral("Admin#2026pw"));
        QVERIFY(s);
        m_session = std::move(*s);
    }
    void cleanupTestCase() { m_session->signOut(); }

    void openConflicts_showBothSidesWithWhoAndWhen()
    {
        const QString r = resident();
        const QString c = conflictOn(r);
        auto open = openConflicts(st());
        QVERIFY(open);
        QCOMPARE(open->size(), 1);
        const OpenConflict &o = open->first();
        QCOMPARE(o.conflictId, c);
        QCOMPARE(o.recordId, r);
        QCOMPARE(o.fields.size(), 2);
        QCOMPARE(o.fields[0].base.toString(), QStringLiteral("111"));
        QCOMPARE(o.fields[0].local.toString(), QStringLiteral("222"));
        QCOMPARE(o.fields[0].remote.toString(), QStringLiteral("333"));
        QCOMPARE(o.local.author, QStringLiteral("admin"));
        QCOMPARE(o.remote.author, QStringLiteral("dr.town"));
        QCOMPARE(o.remote.time, QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        // Resolve with local phone and a typed nested value.
        const qint64 pendingBefore = count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'"));
        QMap<QString, FieldResolution> choices;
        choices.insert(QStringLiteral("phone"), FieldResolution{ConflictChoice::Local, {}});
        // Missing a field: refused, nothing written.
        QCOMPARE(resolveConflict(st(), c, choices).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")), pendingBefore);
        choices.insert(QStringLiteral("bp.systolic"), FieldResolution{ConflictChoice::Edited, QJsonValue(135)});
        QVERIFY(resolveConflict(st(), c, choices));

        auto rec = st().record(QStringLiteral("resident"), r);
        QCOMPARE((*rec)->payload.value(QLatin1String("phone")).toString(), QStringLiteral("222"));
        const QJsonObject bp = (*rec)->payload.value(QLatin1String("bp")).toObject();
        QCOMPARE(bp.value(QLatin1String("systolic")).toInt(), 135);
        QCOMPARE(bp.value(QLatin1String("diastolic")).toInt(), 90); // untouched sibling
        QCOMPARE((*rec)->version, 2);
        // Change capture: the record and the resolved conflict both wait in the outbox.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'pending'")), pendingBefore + 2);
        auto conflict = st().record(QLatin1String(kConflictType), c);
        QCOMPARE((*conflict)->payload.value(QLatin1String("status")).toString(), QStringLiteral("resolved"));
        const QJsonObject resolution = (*conflict)->payload.value(QLatin1String("resolution")).toObject();
        QCOMPARE(resolution.value(QLatin1String("by")).toString(), QStringLiteral("admin"));
        QCOMPARE(resolution.value(QLatin1String("fields")).toArray().size(), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'sync.conflict_resolve' AND object_id = ?"), {r}), 1);
        QVERIFY(openConflicts(st())->isEmpty());
        // A second decision on the same conflict: refused.
        QCOMPARE(resolveConflict(st(), c, choices).error().code, ErrorCode::NotFound);
        QVERIFY(st().verify().intact);
    }

    void keepRemote_writesNoNewRecordVersion()
    {
        const QString r = resident();
        const QString c = conflictOn(r);
        QMap<QString, FieldResolution> choices{{QStringLiteral("phone"), {ConflictChoice::Remote, {}}},
                                              {QStringLiteral("bp.systolic"), {ConflictChoice::Remote, {}}}};
        QVERIFY(resolveConflict(st(), c, choices));
        QCOMPARE((*st().record(QStringLiteral("resident"), r))->version, 1); // the platform's values were there already
        QCOMPARE((*st().record(QLatin1String(kConflictType), c))->payload.value(QLatin1String("status")).toString(),
                 QStringLiteral("resolved"));
    }

    void rejected_listedWithReason_retryIsANewChange_discardKeepsLocal()
    {
        const QString a = resident();
        const QString b = resident();
        // As SyncEngine::applyResults settles a refused change.
        QVERIFY(st().db().execute(QStringLiteral("UPDATE outbox SET state = 'rejected', last_error = 'out_of_scope' WHERE record_id = ?"), {a}));
        QVERIFY(st().db().execute(QStringLiteral("UPDATE outbox SET state = 'rejected', last_error = 'too_large' WHERE record_id = ?"), {b}));
        auto list = rejectedRecords(st());
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).recordId, a);
        QCOMPARE(list->at(0).reason, QStringLiteral("out_of_scope"));
        QCOMPARE(list->at(0).author, QStringLiteral("admin"));
        QCOMPARE(list->at(1).reason, QStringLiteral("too_large"));

        const QString oldChange = st().db().scalar(QStringLiteral("SELECT change_id FROM outbox WHERE record_id = ?"), {a})->toString();
        QVERIFY(retryRejected(st(), QStringLiteral("resident"), a));
        // A new outbox row with a new change id (the platform answers an old id with its old refusal).
        auto pending = st().db().query(QStringLiteral("SELECT change_id FROM outbox WHERE record_id = ? AND state = 'pending'"), {a});
        QCOMPARE(pending->size(), 1);
        QVERIFY(pending->first()[0].toString() != oldChange);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE record_id = ? AND state = 'retried'"), {a}), 1);

        QVERIFY(discardRejected(st(), QStringLiteral("resident"), b));
        QVERIFY(rejectedRecords(st())->isEmpty());
        QVERIFY((*st().record(QStringLiteral("resident"), b)).has_value()); // kept on this PC
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE record_id = ? AND state = 'pending'"), {b}), 0);
        QCOMPARE(discardRejected(st(), QStringLiteral("resident"), b).error().code, ErrorCode::NotFound);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit WHERE action IN ('sync.retry', 'sync.discard')")), 2);
        QVERIFY(st().verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestConflictResolution)
#include "tst_conflictresolution.moc"
