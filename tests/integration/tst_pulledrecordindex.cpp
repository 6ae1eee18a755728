// Requirement (issue 6, pulled records reach the modules): PC A of a village saves a resident
// (hypertension in the archive), a hypertension follow-up, a visit with a signed prescription;
// PC B (second PC of the same village) and PC C (the township) sync through the real platform
// and PostgreSQL with cliniclinkctl. On B and C the resident is found by pinyin initials, is on
// the hypertension register and in the due list; on B the prescription is in the pharmacy's
// dispensing queue. A form deleted on A leaves B's and C's form lists; a resident edited on
// both A and B is merged on B and found by the fields of both sides.
#include "cliniclink/emr/outpatient.h"
#include "cliniclink/his/catalogue.h"
#include "cliniclink/his/prescribing.h"
#include "cliniclink/publichealth/duelist.h"
#include "cliniclink/publichealth/formrecords.h"
#include "cliniclink/publichealth/registers.h"
#include "cliniclink/registry/registry.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::test;

namespace {
const QString kCounty = QStringLiteral("450102");
const QString kTownship = QStringLiteral("450102001");
const QString kVillage = QStringLiteral("450102001001");
const QString kDoctor = QStringLiteral("dr.li");
const QString kDoctorPassword = QStringLiteral("Doctor#2026a");

QDate today() { return QDateTime::currentDateTimeUtc().toLocalTime().date(); }

// A doctor's in-process session on one PC (the administrator syncs but reads no patient data).
struct DoctorSession {
    std::unique_ptr<identity::Session> session;
    std::unique_ptr<registry::Registry> registry;
    std::unique_ptr<publichealth::FormRecords> forms;
    std::unique_ptr<emr::Outpatient> outpatient;
    std::unique_ptr<his::Catalogue> catalogue;
    std::unique_ptr<his::Prescribing> prescribing;

    explicit DoctorSession(const QString &store)
    {
        auto s = identity::Session::signIn(store, kDoctor, kDoctorPassword);
        if (!s)
            qFatal("doctor sign-in: %s", qPrintable(s.error().toString()));
        session = std::move(*s);
        registry = std::make_unique<registry::Registry>(*session);
        publichealth::followRegisters(*registry);
        forms = std::make_unique<publichealth::FormRecords>(*session);
        outpatient = std::make_unique<emr::Outpatient>(*session, *registry);
        catalogue = std::make_unique<his::Catalogue>(*session);
        prescribing = std::make_unique<his::Prescribing>(*session, *registry, *outpatient, *catalogue);
    }
    ~DoctorSession() { session->signOut(); }

    QStringList found(const QString &text)
    {
        QStringList ids;
        auto hits = registry->search(text);
        if (hits)
            for (const registry::SearchHit &h : *hits)
                ids << h.id;
        return ids;
    }
    bool onHypertensionRegister(const QString &residentId)
    {
        auto members = publichealth::Registers(*session).members(publichealth::Population::Hypertension, today());
        if (!members)
            return false;
        for (const publichealth::RegisterEntry &e : *members)
            if (e.residentId == residentId)
                return true;
        return false;
    }
    std::optional<publichealth::DueItem> due(const QString &residentId)
    {
        auto items = publichealth::DueList(*session).items(today());
        if (items)
            for (const publichealth::DueItem &i : *items)
                if (i.residentId == residentId && i.population == publichealth::Population::Hypertension)
                    return i;
        return std::nullopt;
    }
    QStringList queue()
    {
        QStringList ids;
        auto q = prescribing->dispensingQueue();
        if (q)
            for (const his::Prescription &p : *q)
                ids << p.id;
        return ids;
    }
    int formCount(const QString &residentId)
    {
        auto f = forms->forms(residentId);
        return f ? int(f->size()) : -1;
    }
};
} // namespace

class TestPulledRecordIndex : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    PgCluster m_pg;
    std::unique_ptr<PlatformInstance> m_platform;
    std::unique_ptr<ClinicPc> m_a, m_b, m_town;
    QString m_resident, m_form, m_prescription;

    void addDoctor(ClinicPc &pc, identity::Role role)
    {
        auto admin = pc.signIn();
        admin->setKdfParams({1, 1024, 1});
        auto u = admin->addUser({kDoctor, QStringLiteral("李医生"), role, kDoctorPassword});
        QVERIFY2(u.has_value(), u ? "" : qPrintable(u.error().toString()));
        admin->signOut();
    }
    void syncOk(ClinicPc &pc)
    {
        const ProcessResult r = pc.sync(m_platform->url());
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pg.start(&error), qPrintable(error));
        const QString db = m_pg.url();
        QVERIFY(addOrgTree(db, kCounty, kTownship, {kVillage}));
        m_platform = std::make_unique<PlatformInstance>(db, QStringLiteral("one"));
        QVERIFY2(m_platform->start(&error), qPrintable(error));

        m_a = std::make_unique<ClinicPc>(m_tmp.path(), QStringLiteral("village-pc-a"), kVillage);
        m_b = std::make_unique<ClinicPc>(m_tmp.path(), QStringLiteral("village-pc-b"), kVillage);
        m_town = std::make_unique<ClinicPc>(m_tmp.path(), QStringLiteral("township"), QStringLiteral("450102001000"));
        for (ClinicPc *pc : {m_a.get(), m_b.get(), m_town.get()}) {
            const QString org = pc == m_town.get() ? kTownship : kVillage;
            const QString code = QString::fromLatin1(platformAdmin(db, {QStringLiteral("enroll-code"), QStringLiteral("--org"), org}));
            QVERIFY(pc->enrol(m_platform->url(), code));
        }
        addDoctor(*m_a, identity::Role::VillageDoctor);
        addDoctor(*m_b, identity::Role::VillageDoctor);
        addDoctor(*m_town, identity::Role::TownshipDoctor);
    }

    void savedOnA_isFoundListedAndQueuedOnBAndTownship()
    {
        {
            DoctorSession a(m_a->store());
            auto r = a.registry->create({{QStringLiteral("name"), QStringLiteral("张三丰")},
                                         {QStringLiteral("sex"), QStringLiteral("1")},
                                         {QStringLiteral("birthDate"), QStringLiteral("1958-06-20")},
                                         {QStringLiteral("pastDiseases"),
                                          QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("2")},
                                                                 {QStringLiteral("diagnosedOn"), QStringLiteral("2019-05")}}}}});
            QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
            m_resident = r->id;
            // A follow-up 100 days ago whose next visit was 10 days ago: overdue in the due list.
            auto ctx = a.forms->context(m_resident);
            QVERIFY(ctx.has_value());
            QJsonObject v = publichealth::exampleValues(*a.forms->library().form(QStringLiteral("hypertension-followup")), *ctx);
            v.insert(QStringLiteral("visitDate"), today().addDays(-100).toString(Qt::ISODate));
            v.insert(QStringLiteral("nextVisitDate"), today().addDays(-10).toString(Qt::ISODate));
            v.insert(QStringLiteral("sbp"), 150);
            v.insert(QStringLiteral("dbp"), 95);
            auto form = a.forms->save(QStringLiteral("hypertension-followup"), m_resident, v, true);
            QVERIFY2(form.has_value(), form ? "" : qPrintable(form.error().toString()));
            m_form = form->id;

            his::Drug d;
            d.genericName = QStringLiteral("硝苯地平缓释片");
            d.form = QStringLiteral("片剂");
            d.strength = QStringLiteral("10mg");
            d.unit = QStringLiteral("片");
            d.packageSize = 30;
            d.packageUnit = QStringLiteral("盒");
            d.priceFen = 80;
            d.doseUnit = QStringLiteral("mg");
            d.dosePerUnit = 10;
            auto drug = a.catalogue->saveDrug(d);
            QVERIFY2(drug.has_value(), drug ? "" : qPrintable(drug.error().toString()));
            auto visit = a.outpatient->registerVisit(m_resident, emr::VisitKind::Return, emr::FeeCategory::ResidentInsurance);
            QVERIFY(visit.has_value());
            auto p = a.prescribing->create(visit->id, his::PrescriptionType::Ordinary);
            QVERIFY2(p.has_value(), p ? "" : qPrintable(p.error().toString()));
            his::Prescription edit = *p;
            his::PrescriptionItem item;
            item.drugId = drug->id;
            item.dose = 10;
            item.route = QStringLiteral("口服");
            item.frequency = QStringLiteral("bid");
            item.days = 7;
            edit.items = {item};
            auto draft = a.prescribing->save(edit);
            QVERIFY2(draft.has_value(), draft ? "" : qPrintable(draft.error().toString()));
            auto findings = a.prescribing->findings(draft->id);
            QVERIFY(findings.has_value());
            QList<his::Acknowledgement> acks;
            for (const his::CheckFinding &f : *findings)
                acks.append({f.kind, f.item, QStringLiteral("已告知患者")});
            auto signedRx = a.prescribing->sign(draft->id, draft->version, acks);
            QVERIFY2(signedRx.has_value(), signedRx ? "" : qPrintable(signedRx.error().toString()));
            m_prescription = signedRx->id;
            QCOMPARE(a.queue(), QStringList{m_prescription});
        }
        syncOk(*m_a);
        syncOk(*m_b);
        syncOk(*m_town);

        for (ClinicPc *pc : {m_b.get(), m_town.get()}) {
            DoctorSession s(pc->store());
            QVERIFY2(s.found(QStringLiteral("zsf")).contains(m_resident), qPrintable(pc->store()));
            QVERIFY(s.found(QStringLiteral("张三")).contains(m_resident));
            QVERIFY(s.onHypertensionRegister(m_resident));
            const auto due = s.due(m_resident);
            QVERIFY2(due.has_value(), qPrintable(pc->store()));
            QCOMPARE(due->bucket, publichealth::DueBucket::Overdue);
            QCOMPARE(due->dueDate, today().addDays(-10)); // from the pulled form's next visit date
            QCOMPARE(s.formCount(m_resident), 1);
            auto timeline = s.outpatient->timeline(m_resident);
            QVERIFY(timeline.has_value());
            QCOMPARE(timeline->size(), 3); // visit, prescription, follow-up
        }
        DoctorSession b(m_b->store());
        QCOMPARE(b.queue(), QStringList{m_prescription}); // the pharmacy PC of the same clinic
    }

    void deletedOnA_leavesTheListsOfBAndTownship()
    {
        {
            DoctorSession a(m_a->store());
            auto rec = a.session->store().record(QLatin1String(publichealth::kFormRecord), m_form);
            QVERIFY(rec && rec->has_value());
            QVERIFY(a.session->store().deleteRecord(QLatin1String(publichealth::kFormRecord), m_form, (**rec).version).has_value());
        }
        syncOk(*m_a);
        syncOk(*m_b);
        syncOk(*m_town);
        for (ClinicPc *pc : {m_b.get(), m_town.get()}) {
            DoctorSession s(pc->store());
            QCOMPARE(s.formCount(m_resident), 0);
            auto timeline = s.outpatient->timeline(m_resident);
            QVERIFY(timeline.has_value());
            QCOMPARE(timeline->size(), 2);
            // Still on the register from the archive; now due from the register's start, not the form.
            QVERIFY(s.onHypertensionRegister(m_resident));
            const auto due = s.due(m_resident);
            QVERIFY(!due || due->dueDate != today().addDays(-10));
        }
    }

    void editedOnBothPcs_mergedRecordIsIndexed()
    {
        // A changes the phone; B, not yet synced, changes the name. B's pull merges the two
        // field changes and the merged archive is what B's search finds.
        {
            DoctorSession a(m_a->store());
            auto r = a.registry->resident(m_resident);
            QVERIFY(r && r->has_value());
            QJsonObject fields = (**r).payload; // update replaces the form fields: all of them, one changed
            fields.insert(QStringLiteral("phone"), QStringLiteral("13907710001"));
            auto u = a.registry->update(m_resident, (**r).version, fields);
            QVERIFY2(u.has_value(), u ? "" : qPrintable(u.error().toString()));
        }
        {
            DoctorSession b(m_b->store());
            auto r = b.registry->resident(m_resident);
            QVERIFY(r && r->has_value());
            QJsonObject fields = (**r).payload;
            fields.insert(QStringLiteral("name"), QStringLiteral("张山峰"));
            fields.remove(QStringLiteral("namePinyin")); // computed again from the new name
            fields.remove(QStringLiteral("nameInitials"));
            auto u = b.registry->update(m_resident, (**r).version, fields);
            QVERIFY2(u.has_value(), u ? "" : qPrintable(u.error().toString()));
        }
        syncOk(*m_a);
        syncOk(*m_b);
        DoctorSession b(m_b->store());
        QVERIFY(b.found(QStringLiteral("13907710001")).contains(m_resident)); // A's field
        QVERIFY(b.found(QStringLiteral("张山峰")).contains(m_resident));      // B's own field
        QVERIFY(!b.found(QStringLiteral("张三丰")).contains(m_resident));     // the old name left the index
    }
};

QTEST_GUILESS_MAIN(TestPulledRecordIndex)
#include "tst_pulledrecordindex.moc"
