// Requirement: note templates per complaint are records shared by the clinic (outbox), any
// doctor edits them, startNote copies a template's sections and still carries the archive's
// history; unknown section keys and empty complaints are refused.
#include "emrfixture.h"

#include "cliniclink/emr/emrrecords.h"
#include "cliniclink/emr/notetemplates.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::emr;

class TestNoteTemplates : public QObject {
    Q_OBJECT
    test::EmrFixture f;
    std::unique_ptr<NoteTemplates> templates;

private slots:
    void initTestCase()
    {
        f.setUp();
        templates = std::make_unique<NoteTemplates>(*f.reg.session);
    }

    void save_newAndEdited_listedByComplaintWithOutbox()
    {
        auto fever = templates->save({{}, 0, QStringLiteral("发热"),
                                      {{QStringLiteral("chiefComplaint"), QStringLiteral("发热  天")},
                                       {QStringLiteral("physicalExam"), QStringLiteral("T  ℃，咽部充血")}}});
        QVERIFY2(fever.has_value(), fever ? "" : qPrintable(fever.error().toString()));
        auto cough = templates->save({{}, 0, QStringLiteral("咳嗽"), {{QStringLiteral("chiefComplaint"), QStringLiteral("咳嗽  天")}}});
        QVERIFY(cough.has_value());
        NoteTemplate edited = *fever;
        edited.sections.insert(QStringLiteral("plan"), QStringLiteral("多饮水"));
        auto e = templates->save(edited);
        QVERIFY(e.has_value());
        QCOMPARE(e->version, 2);
        auto list = templates->list();
        QCOMPARE(list->size(), 2);
        auto only = templates->list(QStringLiteral("发热"));
        QCOMPARE(only->size(), 1);
        QCOMPARE(only->first().sections.value(QStringLiteral("plan")).toString(), QStringLiteral("多饮水"));
        auto outbox = f.store().outbox(QStringLiteral("pending"), 100000);
        int n = 0;
        for (const auto &o : *outbox)
            n += o.recordType == QLatin1String(kNoteTemplateRecord);
        QCOMPARE(n, 3);
    }

    void save_invalid_refused_data()
    {
        QTest::addColumn<QString>("complaint");
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("code");
        QTest::newRow("empty complaint") << QString() << QStringLiteral("plan") << int(ErrorCode::RequiredFieldMissing);
        QTest::newRow("unknown section") << QStringLiteral("腹痛") << QStringLiteral("billing") << int(ErrorCode::InvalidArgument);
    }
    void save_invalid_refused()
    {
        QFETCH(QString, complaint);
        QFETCH(QString, section);
        QFETCH(int, code);
        auto r = templates->save({{}, 0, complaint, {{section, QStringLiteral("x")}}});
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
    }

    void startNote_withTemplate_copiesSectionsAndKeepsArchiveHistory()
    {
        auto t = templates->list(QStringLiteral("发热"));
        const QString resident = f.addResident(QStringLiteral("赵六"), QDate(1980, 8, 8), {QStringLiteral("3")});
        auto v = f.outpatient->registerVisit(resident, VisitKind::First, FeeCategory::SelfPay);
        auto n = f.outpatient->startNote(v->id, t->first().id);
        QVERIFY2(n.has_value(), n ? "" : qPrintable(n.error().toString()));
        QCOMPARE(n->section(QStringLiteral("physicalExam")), QStringLiteral("T  ℃，咽部充血"));
        QCOMPARE(n->section(QStringLiteral("allergyHistory")), QStringLiteral("对磺胺过敏"));
    }

    void remove_template_goneFromList()
    {
        auto t = templates->list(QStringLiteral("咳嗽"));
        QVERIFY(templates->remove(t->first().id, t->first().version).has_value());
        QCOMPARE(templates->list(QStringLiteral("咳嗽"))->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNoteTemplates)
#include "tst_notetemplates.moc"
