// Requirement: a village doctor runs the archive lifecycle from the residents page — transfer
// out and back in, death registration, closing, merging duplicates side by side — each with a
// confirmation and the module's errors in Chinese; the logic refuses what the role may not do
// (issue 4, ui/registry).
#include "cliniclink/identity/session.h"
#include "cliniclink/publichealth/registers.h"
#include "cliniclink/registry/registry.h"
#include "cliniclink/ui/registry/archivelifecycledialog.h"
#include "cliniclink/ui/registry/mergedialog.h"
#include "cliniclink/ui/registry/residentcard.h"
#include "cliniclink/ui/registry/residentspage.h"
#include "cliniclink/ui/registry/transferindialog.h"
#include "cliniclink/ui/registry/idnumberfield.h"
#include "phtesthelpers.h"
#include "uitestsupport.h"

#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;
using ui::registry::ResidentsPage;

namespace {
// Answers the next confirmation box with Yes.
void confirmNext()
{
    uitest::onNextModal([](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
}
} // namespace

class TestArchiveLifecycle : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_store;
    std::unique_ptr<identity::Session> m_doctor;

    registry::Resident file(const QString &name, const QDate &birth, int seq, const QJsonObject &extra = {})
    {
        QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("idNumber"), uitest::makeIdNumber(birth, seq)}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        registry::Registry reg(*m_doctor);
        publichealth::followRegisters(reg);
        auto r = reg.create(o);
        if (!r)
            qFatal("create: %s", qPrintable(r.error().toString()));
        return *r;
    }
    registry::Resident reload(const QString &id)
    {
        auto r = registry::Registry(*m_doctor).resident(id);
        return r && *r ? **r : registry::Resident{};
    }
    QString lastEvent(const QString &id)
    {
        return reload(id).payload.value(QStringLiteral("events")).toArray().last().toObject().value(QStringLiteral("type")).toString();
    }

private slots:
    void initTestCase()
    {
        uitest::useTemporarySettings(m_settings.path());
        uitest::installLanguage();
        QVERIFY(!uitest::createClinic(m_store.path()).isEmpty());
        auto admin = uitest::signIn(m_store.path(), uitest::kAdminUser, uitest::kAdminPassword);
        QVERIFY(uitest::addUser(*admin, QStringLiteral("li.na"), identity::Role::VillageDoctor,
                                QStringLiteral("Doctor#2026pw"), QString::fromUtf8("李娜")));
        QVERIFY(uitest::addUser(*admin, QStringLiteral("yao"), identity::Role::Pharmacist,
                                QStringLiteral("Pharma#2026pw"), QString::fromUtf8("药师")));
        admin.reset();
        m_doctor = uitest::signIn(m_store.path(), QStringLiteral("li.na"), QStringLiteral("Doctor#2026pw"));
        QVERIFY(m_doctor);
    }

    void cleanupTestCase() { m_doctor.reset(); }

    void transferOut_thenBackIn_reactivatesTheSameArchive()
    {
        const registry::Resident r = file(QString::fromUtf8("陆小凤"), QDate(1961, 2, 3), 12);
        ResidentsPage page(*m_doctor);
        page.show();
        page.search(QStringLiteral("lxf"));
        QVERIFY(page.selectResident(r.id));
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("transferOutButton"))->isEnabled());

        QString firstError;
        uitest::onNextModal([&](QWidget *w) {
            auto *d = qobject_cast<ui::registry::ArchiveLifecycleDialog *>(w);
            QVERIFY(d);
            // The destination is required: the module's error names the field, the dialog stays.
            confirmNext();
            d->findChild<QPushButton *>(QStringLiteral("lifecycleOkButton"))->click();
            firstError = d->message();
            QVERIFY(d->isVisible());
            d->detailEdit()->setText(QString::fromUtf8("南宁市兴宁区卫生院"));
            d->reasonEdit()->setText(QString::fromUtf8("随子女迁居"));
            confirmNext();
            d->findChild<QPushButton *>(QStringLiteral("lifecycleOkButton"))->click();
        });
        QVERIFY(page.transferOutShown());
        QVERIFY2(firstError.startsWith(QString::fromUtf8("转往")), qPrintable(firstError));
        QVERIFY2(firstError.contains(QString::fromUtf8("必填")) || firstError.contains(QString::fromUtf8("为空")), qPrintable(firstError));
        QCOMPARE(reload(r.id).status(), registry::ResidentStatus::TransferredOut);
        QCOMPARE(lastEvent(r.id), QStringLiteral("transferred_out"));
        QVERIFY(page.card()->findChild<QLabel *>(QStringLiteral("archiveNumberLabel"))->text().contains(QString::fromUtf8("已转出")));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("transferOutButton"))->isEnabled());
        QVERIFY(!page.card()->findChild<QPushButton *>(QStringLiteral("saveResidentButton"))->isEnabled());

        uitest::onNextModal([&](QWidget *w) {
            auto *d = qobject_cast<ui::registry::TransferInDialog *>(w);
            QVERIFY(d);
            d->nameEdit()->setText(QString::fromUtf8("陆小凤"));
            d->idNumberField()->setText(r.idNumber());
            d->fromEdit()->setText(QString::fromUtf8("南宁市兴宁区卫生院"));
            d->findChild<QPushButton *>(QStringLiteral("transferInOkButton"))->click();
        });
        QVERIFY(page.transferIn());
        const registry::Resident back = reload(r.id);
        QCOMPARE(back.status(), registry::ResidentStatus::Active);
        QCOMPARE(back.archiveNumber(), r.archiveNumber());
        QCOMPARE(lastEvent(r.id), QStringLiteral("transferred_in"));
        QCOMPARE(page.card()->resident().id, r.id);
    }

    void transferIn_fromAnotherClinic_keepsItsArchiveNumber()
    {
        ResidentsPage page(*m_doctor);
        const QString number = QStringLiteral("45010200200300077");
        uitest::onNextModal([&](QWidget *w) {
            auto *d = qobject_cast<ui::registry::TransferInDialog *>(w);
            QVERIFY(d);
            d->nameEdit()->setText(QString::fromUtf8("花满楼"));
            d->idNumberField()->setText(uitest::makeIdNumber(QDate(1970, 7, 7), 31));
            d->archiveNumberEdit()->setText(number);
            d->fromEdit()->setText(QString::fromUtf8("邻村卫生室"));
            d->dateEdit()->setDate(d->dateEdit()->date().addDays(-3));
            d->findChild<QPushButton *>(QStringLiteral("transferInOkButton"))->click();
        });
        QVERIFY(page.transferIn());
        QCOMPARE(page.card()->resident().archiveNumber(), number);
        QCOMPARE(page.card()->resident().payload.value(QStringLiteral("events")).toArray().first().toObject().value(QStringLiteral("from")).toString(),
                 QString::fromUtf8("邻村卫生室"));
    }

    void death_leavesRegisters_andLocksTheArchive()
    {
        const QDate birth = QDate::currentDate().addYears(-75);
        const registry::Resident r = file(QString::fromUtf8("西门吹雪"), birth, 14);
        QVERIFY(!publichealth::Registers(*m_doctor).entriesFor(r.id)->isEmpty()); // 65+ register
        ResidentsPage page(*m_doctor);
        page.search(QStringLiteral("xmcx"));
        QVERIFY(page.selectResident(r.id));
        uitest::onNextModal([&](QWidget *w) {
            auto *d = qobject_cast<ui::registry::ArchiveLifecycleDialog *>(w);
            QVERIFY(d);
            d->dateEdit()->setDate(d->dateEdit()->date().addDays(-1));
            d->detailEdit()->setText(QString::fromUtf8("脑卒中"));
            confirmNext();
            d->findChild<QPushButton *>(QStringLiteral("lifecycleOkButton"))->click();
        });
        QVERIFY(page.registerDeathOfShown());
        const registry::Resident dead = reload(r.id);
        QCOMPARE(dead.status(), registry::ResidentStatus::Deceased);
        QCOMPARE(dead.payload.value(QStringLiteral("statusDetail")).toObject().value(QStringLiteral("cause")).toString(), QString::fromUtf8("脑卒中"));
        QVERIFY(publichealth::Registers(*m_doctor).entriesFor(r.id)->isEmpty());
        QVERIFY(page.card()->findChild<QLabel *>(QStringLiteral("archiveNumberLabel"))->text().contains(QString::fromUtf8("已死亡")));
    }

    void close_needsReason_andCancelChangesNothing()
    {
        const registry::Resident r = file(QString::fromUtf8("叶孤城"), QDate(1980, 3, 3), 16);
        ResidentsPage page(*m_doctor);
        page.search(QStringLiteral("ygc"));
        QVERIFY(page.selectResident(r.id));
        // Saying No at the confirmation leaves the archive as it was.
        uitest::onNextModal([&](QWidget *w) {
            auto *d = qobject_cast<ui::registry::ArchiveLifecycleDialog *>(w);
            d->detailEdit()->setText(QString::fromUtf8("重复建档"));
            uitest::onNextModal([](QWidget *box) { qobject_cast<QMessageBox *>(box)->button(QMessageBox::No)->click(); });
            d->findChild<QPushButton *>(QStringLiteral("lifecycleOkButton"))->click();
            d->reject();
        });
        QVERIFY(!page.closeShown());
        QCOMPARE(reload(r.id).status(), registry::ResidentStatus::Active);

        QString error;
        uitest::onNextModal([&](QWidget *w) {
            auto *d = qobject_cast<ui::registry::ArchiveLifecycleDialog *>(w);
            confirmNext();
            d->findChild<QPushButton *>(QStringLiteral("lifecycleOkButton"))->click();
            error = d->message();
            d->detailEdit()->setText(QString::fromUtf8("长期外出务工，失访"));
            confirmNext();
            d->findChild<QPushButton *>(QStringLiteral("lifecycleOkButton"))->click();
        });
        QVERIFY(page.closeShown());
        QVERIFY2(error.startsWith(QString::fromUtf8("结案原因")), qPrintable(error));
        QCOMPARE(reload(r.id).status(), registry::ResidentStatus::Closed);
    }

    void merge_sideBySide_keepsBothHistoriesAndARecord()
    {
        const registry::Resident kept = file(QString::fromUtf8("楚留香"), QDate(1966, 6, 6), 18);
        registry::Registry reg(*m_doctor);
        auto dupe = reg.create({{QStringLiteral("name"), QString::fromUtf8("楚留香")},
                                {QStringLiteral("sex"), QStringLiteral("1")},
                                {QStringLiteral("birthDate"), QStringLiteral("1966-06-06")},
                                {QStringLiteral("phone"), QStringLiteral("13977001122")}});
        QVERIFY(dupe);
        ResidentsPage page(*m_doctor);
        uitest::onNextModal([&](QWidget *w) {
            auto *d = qobject_cast<ui::registry::MergeDialog *>(w);
            QVERIFY(d);
            QVERIFY(d->setResident(ui::registry::MergeDialog::Left, kept.id));
            QVERIFY(d->find(ui::registry::MergeDialog::Right, QStringLiteral("13977001122")));
            // Side by side: both names, the ID number only on the left, the phone only on the right.
            QTableWidget *t = d->comparison();
            QCOMPARE(t->item(0, 0)->text(), QString::fromUtf8("楚留香"));
            QCOMPARE(t->item(0, 1)->text(), QString::fromUtf8("楚留香"));
            QCOMPARE(t->item(3, 0)->text(), kept.idNumber());
            QVERIFY(t->item(3, 1)->text().isEmpty());
            QCOMPARE(t->item(4, 1)->text(), QStringLiteral("13977001122"));
            d->setSurvivor(ui::registry::MergeDialog::Left);
            d->reasonEdit()->setText(QString::fromUtf8("同一人重复建档"));
            confirmNext();
            d->findChild<QPushButton *>(QStringLiteral("mergeOkButton"))->click();
        });
        QVERIFY(page.mergeDuplicates());
        const registry::Resident survivor = reload(kept.id);
        const registry::Resident merged = reload(dupe->id);
        QCOMPARE(merged.status(), registry::ResidentStatus::Merged);
        QCOMPARE(merged.payload.value(QStringLiteral("mergedInto")).toString(), kept.id);
        QCOMPARE(survivor.payload.value(QStringLiteral("phone")).toString(), QStringLiteral("13977001122")); // blank filled
        bool hasDuplicateHistory = false;
        for (const QJsonValue &e : survivor.payload.value(QStringLiteral("events")).toArray())
            hasDuplicateHistory = hasDuplicateHistory || e.toObject().value(QStringLiteral("fromResident")).toString() == dupe->id;
        QVERIFY(hasDuplicateHistory);
        QCOMPARE(lastEvent(kept.id), QStringLiteral("merged"));
        auto records = m_doctor->store().records(QString::fromLatin1(registry::kMergeRecord));
        QVERIFY(records);
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().payload.value(QStringLiteral("duplicate")).toString(), dupe->id);
        auto hits = reg.search(dupe->archiveNumber());
        QVERIFY(hits && hits->isEmpty()); // the merged archive leaves search
    }

    void merge_differentIdNumbers_isRefusedInChinese()
    {
        const registry::Resident a = file(QString::fromUtf8("陆凤甲"), QDate(1971, 1, 1), 20);
        const registry::Resident b = file(QString::fromUtf8("陆凤乙"), QDate(1972, 2, 2), 22);
        registry::Registry reg(*m_doctor);
        ui::registry::MergeDialog dialog(reg);
        QVERIFY(dialog.setResident(ui::registry::MergeDialog::Left, a.id));
        QVERIFY(dialog.setResident(ui::registry::MergeDialog::Right, b.id));
        confirmNext();
        QVERIFY(!dialog.submit());
        QVERIFY2(dialog.message().contains(QString::fromUtf8("合并")), qPrintable(dialog.message()));
        QCOMPARE(reload(b.id).status(), registry::ResidentStatus::Active);
    }

    void pharmacist_cannotChangeArchives()
    {
        auto pharmacist = uitest::signIn(m_store.path(), QStringLiteral("yao"), QStringLiteral("Pharma#2026pw"));
        QVERIFY(pharmacist);
        const registry::Resident r = file(QString::fromUtf8("司空摘星"), QDate(1975, 5, 5), 24);
        ResidentsPage page(*pharmacist);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("transferOutButton"))->isHidden());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("mergeButton"))->isHidden());
        // The logic refuses, whatever the screen shows.
        registry::Registry reg(*pharmacist);
        ui::registry::ArchiveLifecycleDialog d(reg, r, ui::registry::ArchiveLifecycleDialog::Action::Death);
        d.detailEdit()->setText(QString::fromUtf8("不详"));
        confirmNext();
        QVERIFY(!d.submit());
        QVERIFY2(d.message().contains(QString::fromUtf8("权限")), qPrintable(d.message()));
        QCOMPARE(reload(r.id).status(), registry::ResidentStatus::Active);
    }
};

QTEST_MAIN(TestArchiveLifecycle)
#include "tst_archivelifecycle.moc"
