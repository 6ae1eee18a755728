// Requirement: issue 5 §Build 3/§Show — the outpatient areas wired as the workstation wires them
// (app/workstation/outpatientareas.cpp), walked through by role, offline: each role sees only
// its areas (township doctor: 门诊; pharmacist: 药房, 收费, catalogue; administrator: the
// catalogue only; village doctor: all four); then the township doctor registers, writes and
// signs by keyboard, the pharmacist takes the payment and dispenses, the stock goes down and
// the pharmacist's daily report equals what was paid; the administrator reads the catalogue.
#include "../ui/his/outpatientscreenfixture.h"

#include "outpatientareas.h"

#include "cliniclink/ui/his/cashierpage.h"
#include "cliniclink/ui/his/catalogueadminpage.h"
#include "cliniclink/ui/his/doctorpage.h"
#include "cliniclink/ui/his/pharmacypage.h"
#include "cliniclink/ui/shell/mainwindow.h"

#include <QLineEdit>

using namespace cliniclink;
using namespace cliniclink::his;
using Fixture = test::OutpatientScreenFixture;

namespace {

struct Workstation {
    std::unique_ptr<identity::Session> session;
    std::unique_ptr<ui::his::OutpatientServices> services;
    std::unique_ptr<ui::shell::MainWindow> window;

    QStringList outpatientAreas() const
    {
        QStringList out;
        for (const char *id : {"outpatient", "pharmacy", "cashier", "catalogue"})
            if (window->areaIds().contains(QLatin1String(id)))
                out << QLatin1String(id);
        return out;
    }
    template <typename Page>
    Page *open(const char *id)
    {
        window->setCurrentArea(QLatin1String(id));
        return qobject_cast<Page *>(window->area(QLatin1String(id)));
    }
};

Workstation signIn(Fixture &f, const QString &user, const QString &password)
{
    Workstation w;
    auto s = f.reg.clinic.signIn(user, password);
    if (!s)
        qFatal("sign-in %s: %s", qPrintable(user), qPrintable(s.error().toString()));
    w.session = std::move(*s);
    w.services = std::make_unique<ui::his::OutpatientServices>(*w.session);
    w.window = std::make_unique<ui::shell::MainWindow>(*w.session, nullptr, QMap<QString, QString>{});
    ui::addOutpatientAreas(*w.window, *w.session, *w.services);
    w.window->resize(1500, 950);
    w.window->show();
    QApplication::setActiveWindow(w.window.get());
    return w;
}

} // namespace

class TestOutpatientRoles : public QObject {
    Q_OBJECT
private slots:
    void eachRoleSeesItsAreas_andTheVisitGoesThroughThem()
    {
        Fixture f;
        f.setUpScreens();
        f.reg.clinic.addDoctor(QStringLiteral("li"), identity::Role::TownshipDoctor);
        f.reg.clinic.addDoctor(QStringLiteral("yao"), identity::Role::Pharmacist);
        f.services.reset(); // the fixture's village doctor signs out; one person at the PC at a time
        f.reg.session.reset();

        Fen paid = 0;
        QString prescriptionId;
        {
            Workstation doctor = signIn(f, QStringLiteral("li"), test::kDoctorPassword);
            QCOMPARE(doctor.outpatientAreas(), QStringList{QStringLiteral("outpatient")});
            QVERIFY(QTest::qWaitForWindowActive(doctor.window.get()));
            auto *page = doctor.open<ui::his::DoctorPage>("outpatient");
            QVERIFY(page);
            page->findChild<QLineEdit *>()->setFocus();
            Fixture::type(QStringLiteral("ldy"));
            Fixture::press(Qt::Key_Return);
            Fixture::typeConsultation(QStringLiteral("受凉后出现咽痛"), QStringLiteral("对症处理"),
                                      {QStringLiteral("blf"), QStringLiteral("300"), QStringLiteral("bid"), QStringLiteral("3")});
            Fixture::press(Qt::Key_F5);
            QVERIFY2(page->prescription() && page->prescription()->status == PrescriptionStatus::Signed, qPrintable(page->statusText()));
            QCOMPARE(page->note()->status, emr::NoteStatus::Signed);
            QCOMPARE(page->note()->signedBy, QStringLiteral("li"));
            prescriptionId = page->prescription()->id;
        }
        {
            Workstation pharmacist = signIn(f, QStringLiteral("yao"), test::kDoctorPassword);
            QCOMPARE(pharmacist.outpatientAreas(),
                     (QStringList{QStringLiteral("pharmacy"), QStringLiteral("cashier"), QStringLiteral("catalogue")}));
            QVERIFY(QTest::qWaitForWindowActive(pharmacist.window.get()));
            auto *pharmacy = pharmacist.open<ui::his::PharmacyPage>("pharmacy");
            pharmacy->refresh();
            QCOMPARE(pharmacy->queueSize(), 1);
            QVERIFY(!pharmacy->dispenseSelected()); // not paid yet: refused, stock untouched
            QCOMPARE(*pharmacist.services->pharmacy->available(f.ibuprofen.id), 20);

            auto *cashier = pharmacist.open<ui::his::CashierPage>("cashier");
            QVERIFY(cashier->openLatestVisit(f.resident));
            auto rx = pharmacist.services->prescribing->prescription(prescriptionId);
            const Fen due = *pharmacist.services->billing->amountDue(rx->visitId);
            QCOMPARE(due, 100 + 6 * 60); // registration + 6 capsules
            QVERIFY(cashier->pay());
            paid += due;

            pharmacy = pharmacist.open<ui::his::PharmacyPage>("pharmacy");
            pharmacy->refresh();
            QVERIFY2(pharmacy->dispenseSelected(), qPrintable(pharmacy->statusText()));
            QCOMPARE(pharmacy->queueSize(), 0);
            QCOMPARE(*pharmacist.services->pharmacy->available(f.ibuprofen.id), 20 - 6);
            auto report = pharmacist.services->billing->dailyReport(QStringLiteral("yao"), f.today());
            QVERIFY(report.has_value());
            QCOMPARE(report->received, paid);
            QCOMPARE(report->net, paid);
        }
        {
            Workstation admin = signIn(f, QStringLiteral("admin"), test::kAdminPassword);
            QCOMPARE(admin.outpatientAreas(), QStringList{QStringLiteral("catalogue")});
            auto *catalogue = admin.open<ui::his::CatalogueAdminPage>("catalogue");
            catalogue->refresh();
            QCOMPARE(catalogue->drugRows(), 2);
        }
        {
            Workstation village = signIn(f, QStringLiteral("wang"), test::kDoctorPassword);
            QCOMPARE(village.outpatientAreas(), (QStringList{QStringLiteral("outpatient"), QStringLiteral("pharmacy"),
                                                             QStringLiteral("cashier"), QStringLiteral("catalogue")}));
        }
    }
};

QTEST_MAIN(TestOutpatientRoles)
#include "tst_outpatientroles.moc"
