// Requirement (issue 6, pulled records): a record that arrives through Store::applyRemoteVersion
// gets the same derived rows as when its module saved it locally — search index, key-population
// register, form index, visit/note/prescription/charge/payment index and timeline — in the same
// transaction; a tombstone removes them. The source PC saves through the real modules; a bare
// store (no session, as the sync worker opens it) receives its records in save order.
#include "hisfixture.h"

#include "../store/storefixture.h"
#include "cliniclink/emr/emrrecords.h"
#include "cliniclink/emr/remoteindexing.h"
#include "cliniclink/his/hisrecords.h"
#include "cliniclink/his/remoteindexing.h"
#include "cliniclink/publichealth/formrecords.h"
#include "cliniclink/publichealth/registers.h"
#include "cliniclink/publichealth/remoteindexing.h"
#include "cliniclink/registry/remoteindexing.h"

#include <QTest>

using namespace cliniclink;

namespace {
// Every derived table with the columns that must match between the saving PC and a receiving PC,
// the timeline's `at` included: every record carries its own time (a note its createdAt), so a
// pulled record is placed where the saving PC placed it, never at its arrival.
const QList<QPair<QString, QString>> kTables = {
    {QStringLiteral("resident_index"), QStringLiteral("id, name, pinyin, sex, birth_date, id_number, phone, archive_number, status")},
    {QStringLiteral("resident_search"), QStringLiteral("kind, token, resident_id")},
    {QStringLiteral("ph_register"), QStringLiteral("population, resident_id, since, until, source, doctor, village")},
    {QStringLiteral("ph_form_index"), QStringLiteral("id, resident_id, form_id, form_version, visit_date, next_visit_date, "
                                                     "controlled, face_to_face, signed, author")},
    {QStringLiteral("visit_index"), QStringLiteral("id, resident_id, visit_date, doctor, status")},
    {QStringLiteral("note_index"), QStringLiteral("id, visit_id, resident_id, status")},
    {QStringLiteral("prescription_index"), QStringLiteral("id, visit_id, resident_id, status, signed_at")},
    {QStringLiteral("charge_index"), QStringLiteral("id, visit_id, source_type, source_id, amount_fen, status, payment_id")},
    {QStringLiteral("payment_index"), QStringLiteral("id, visit_id, cashier, business_day, method, kind, amount_fen, refers_to")},
    {QStringLiteral("clinical_timeline"), QStringLiteral("record_type, record_id, resident_id, at, kind, title")},
};

QStringList rows(store::Store &s, const QString &table, const QString &columns)
{
    auto r = s.db().query(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + table + QStringLiteral(" ORDER BY ") + columns);
    if (!r)
        qFatal("query %s: %s", qPrintable(table), qPrintable(r.error().toString()));
    QStringList out;
    for (const store::Row &row : *r) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << (v.isNull() ? QStringLiteral("NULL") : v.toString());
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

qint64 count(store::Store &s, const QString &sql, const QVariantList &params = {})
{
    auto v = s.db().scalar(sql, params);
    return v ? v->toLongLong() : -1;
}

void installAll(store::Store &s)
{
    registry::installIndexers(s);
    publichealth::installIndexers(s);
    emr::installIndexers(s);
    his::installIndexers(s);
}
} // namespace

class TestRemoteIndexers : public QObject {
    Q_OBJECT
    test::HisFixture m_source;
    std::unique_ptr<publichealth::FormRecords> m_forms;
    QString m_resident, m_form, m_prescription, m_visit;

    // The source PC's records, oldest save first (the order the platform's feed has them in).
    QList<store::Record> savedRecords()
    {
        auto changes = m_source.store().db().query(
            QStringLiteral("SELECT record_type, record_id FROM outbox GROUP BY record_type, record_id ORDER BY MIN(seq)"));
        if (!changes)
            qFatal("outbox: %s", qPrintable(changes.error().toString()));
        QList<store::Record> out;
        for (const store::Row &r : *changes)
            out << **m_source.store().record(r[0].toString(), r[1].toString());
        return out;
    }

    static void pull(store::Store &target, const QList<store::Record> &records)
    {
        for (const store::Record &r : records) {
            auto a = target.applyRemoteVersion(r.type, r.id, r.payload, r.deleted, r.author, r.device);
            QVERIFY2(a.has_value(), a ? "" : qPrintable(a.error().toString()));
        }
    }

private slots:
    void initTestCase()
    {
        m_source.setUp();
        publichealth::followRegisters(*m_source.reg.registry);
        m_forms = std::make_unique<publichealth::FormRecords>(*m_source.reg.session);
        // A resident with hypertension in the archive (既往史 2), a signed follow-up, a visit with a
        // signed note and a signed, charged and paid prescription.
        m_resident = m_source.addResident(QStringLiteral("张三丰"), QDate(1956, 4, 12));
        QVERIFY(!m_resident.isEmpty());
        auto ctx = m_forms->context(m_resident);
        QVERIFY(ctx.has_value());
        QJsonObject v = publichealth::exampleValues(*m_forms->library().form(QStringLiteral("hypertension-followup")), *ctx);
        v.insert(QStringLiteral("visitDate"), m_source.today().toString(Qt::ISODate));
        v.insert(QStringLiteral("nextVisitDate"), m_source.today().addDays(14).toString(Qt::ISODate));
        v.insert(QStringLiteral("sbp"), 162); // not controlled: the index's `controlled` must say 0
        v.insert(QStringLiteral("dbp"), 96);
        auto form = m_forms->save(QStringLiteral("hypertension-followup"), m_resident, v, true);
        QVERIFY2(form.has_value(), form ? "" : qPrintable(form.error().toString()));
        m_form = form->id;

        const his::Drug drug = m_source.saveDrug(QStringLiteral("硝苯地平缓释片"), 10, 80, 20, 40);
        m_source.receive(drug.id, 60, m_source.today().addMonths(12));
        auto rx = m_source.signedAndPaid(m_resident, {test::HisFixture::item(drug.id, 10, QStringLiteral("bid"), 7)});
        QVERIFY2(rx.has_value(), rx ? "" : qPrintable(rx.error().toString()));
        m_prescription = rx->id;
        m_visit = rx->visitId;
        auto note = m_source.outpatient->startNote(m_visit);
        QVERIFY(note.has_value());
        auto saved = m_source.outpatient->saveDraft(note->id, note->version, {{QStringLiteral("chiefComplaint"), QStringLiteral("头晕3天")}},
                                                    QList<emr::Diagnosis>{{{}, {}, QStringLiteral("I10"), {}, true}});
        QVERIFY2(saved.has_value(), saved ? "" : qPrintable(saved.error().toString()));
        QVERIFY(m_source.outpatient->sign(note->id, saved->version).has_value());
        // The source really has rows in every table compared below (else the test proves nothing).
        for (const auto &[table, columns] : kTables)
            QVERIFY2(!rows(m_source.store(), table, columns).isEmpty(), qPrintable(table));
    }

    void bareStore_withoutIndexers_hasRecordsButNoIndexRows()
    {
        // The defect this fixes: the records arrive, the modules' tables stay empty.
        test::StoreFixture target;
        target.create();
        pull(*target.store, savedRecords());
        QCOMPARE(count(*target.store, QStringLiteral("SELECT count(*) FROM records WHERE type = 'resident'")), 1);
        for (const auto &[table, columns] : kTables)
            QVERIFY2(rows(*target.store, table, columns).isEmpty(), qPrintable(table));
    }

    void pulledRecords_getTheSameRowsAsTheSavingPc()
    {
        test::StoreFixture target;
        target.create();
        installAll(*target.store);
        pull(*target.store, savedRecords());
        for (const auto &[table, columns] : kTables)
            QCOMPARE(rows(*target.store, table, columns), rows(m_source.store(), table, columns));
        // Spot checks of what the screens ask: search by initials, the register, the queue rows.
        QCOMPARE(count(*target.store, QStringLiteral("SELECT count(*) FROM resident_search WHERE token = 'zsf' AND resident_id = ?"),
                       {m_resident}),
                 1);
        QCOMPARE(count(*target.store, QStringLiteral("SELECT count(*) FROM ph_register WHERE population = 'hypertension' AND resident_id = ?"),
                       {m_resident}),
                 1);
        QCOMPARE(count(*target.store, QStringLiteral("SELECT controlled FROM ph_form_index WHERE id = ?"), {m_form}), 0);
        QCOMPARE(count(*target.store, QStringLiteral("SELECT count(*) FROM prescription_index WHERE id = ? AND status = 'signed'"),
                       {m_prescription}),
                 1);
        // Stock is not replayed (ARCHITECTURE.md): the receiving PC's quantities are its own.
        QCOMPARE(count(*target.store, QStringLiteral("SELECT count(*) FROM stock_batch")), 0);
        // Records applied from the platform without outbox entries still verify only with sync_state,
        // which the sync engine writes; the index rows themselves never touch the outbox.
        QCOMPARE(count(*target.store, QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }

    void pulledNote_takesItsOwnTime_notTheArrival()
    {
        // The receiving PC's clock is a day ahead of the note: the arrival time would differ.
        test::StoreFixture target;
        target.create();
        installAll(*target.store);
        const QList<store::Record> records = savedRecords();
        target.clock.advance(24 * 3600 * 1000);
        pull(*target.store, records);
        auto note = m_source.store().db().scalar(QStringLiteral("SELECT record_id FROM clinical_timeline WHERE kind = 'note'"));
        QVERIFY(note && !note->isNull());
        const QString at = QStringLiteral("SELECT at FROM clinical_timeline WHERE record_type = 'outpatient_note' AND record_id = ?");
        QCOMPARE(count(*target.store, QStringLiteral("SELECT count(*) FROM clinical_timeline WHERE kind = 'note'")), 1);
        QCOMPARE(target.store->db().scalar(at, {*note})->toString(), m_source.store().db().scalar(at, {*note})->toString());

        // A note saved before the payload carried createdAt: placed at its visit, not at arrival.
        for (const store::Record &r : records) {
            if (r.type != QLatin1String(emr::kNoteRecord))
                continue;
            QJsonObject legacy = r.payload;
            QVERIFY(legacy.contains(QStringLiteral("createdAt")));
            legacy.remove(QStringLiteral("createdAt"));
            QVERIFY(target.store->applyRemoteVersion(r.type, r.id, legacy, false, r.author, r.device).has_value());
        }
        auto visitAt = target.store->db().scalar(QStringLiteral("SELECT at FROM clinical_timeline WHERE kind = 'visit'"));
        QVERIFY(visitAt && !visitAt->toString().isEmpty());
        QCOMPARE(target.store->db().scalar(at, {*note})->toString(), visitAt->toString());
    }

    void tombstones_removeTheIndexRows()
    {
        test::StoreFixture target;
        target.create();
        installAll(*target.store);
        const QList<store::Record> records = savedRecords();
        pull(*target.store, records);
        for (const store::Record &r : records) {
            if (r.type != QLatin1String(his::kPrescriptionRecord) && r.type != QLatin1String(publichealth::kFormRecord)
                && r.type != QLatin1String(emr::kVisitRecord) && r.type != QLatin1String(emr::kNoteRecord)
                && r.type != QLatin1String(his::kChargeRecord) && r.type != QLatin1String(his::kPaymentRecord))
                continue;
            auto a = target.store->applyRemoteVersion(r.type, r.id, r.payload, true, r.author, r.device);
            QVERIFY(a.has_value());
        }
        for (const QString &table : {QStringLiteral("ph_form_index"), QStringLiteral("visit_index"), QStringLiteral("note_index"),
                                     QStringLiteral("prescription_index"), QStringLiteral("charge_index"),
                                     QStringLiteral("payment_index"), QStringLiteral("clinical_timeline")})
            QVERIFY2(count(*target.store, QStringLiteral("SELECT count(*) FROM ") + table) == 0, qPrintable(table));
        // The resident is still there; deleting it takes it out of search and every register.
        QCOMPARE(count(*target.store, QStringLiteral("SELECT count(*) FROM ph_register WHERE population = 'hypertension' "
                                                     "AND resident_id = ?"),
                       {m_resident}),
                 1);
        auto resident = m_source.store().record(QStringLiteral("resident"), m_resident);
        QVERIFY(resident && resident->has_value());
        QVERIFY(target.store->applyRemoteVersion(QStringLiteral("resident"), m_resident, (**resident).payload, true,
                                                 QStringLiteral("x"), QStringLiteral("d")).has_value());
        for (const QString &table : {QStringLiteral("resident_index"), QStringLiteral("resident_search"), QStringLiteral("ph_register")})
            QVERIFY2(count(*target.store, QStringLiteral("SELECT count(*) FROM ") + table) == 0, qPrintable(table));
    }

    void failingIndexer_rollsBackTheRecordWrite()
    {
        // Inside one transaction: a record whose index rows cannot be written is not stored
        // either, so the pull page fails whole and is fetched again (never a record without rows).
        test::StoreFixture target;
        target.create();
        target.store->addIndexer(QStringLiteral("resident"), [](store::Store &, const store::Record &) -> Result<void> {
            return fail(ErrorCode::Internal, QStringLiteral("test"));
        });
        auto a = target.store->applyRemoteVersion(QStringLiteral("resident"), QStringLiteral("r1"), QJsonObject{}, false,
                                                  QStringLiteral("x"), QStringLiteral("d"));
        QVERIFY(!a.has_value());
        QCOMPARE(count(*target.store, QStringLiteral("SELECT count(*) FROM records")), 0);
    }
};

QTEST_GUILESS_MAIN(TestRemoteIndexers)
#include "tst_remoteindexers.moc"
