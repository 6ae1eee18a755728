// Requirement: a village doctor creates a resident on the archive card — typing the ID number
// gives instant check-digit feedback and fills birth date and sex — and finds the resident again
// by pinyin initials as they type; families are built from the card (issue 4, ui/registry).
#include "cliniclink/identity/session.h"
#include "cliniclink/publichealth/registers.h"
#include "cliniclink/registry/registry.h"
#include "cliniclink/ui/registry/codepicker.h"
#include "cliniclink/ui/registry/familyview.h"
#include "cliniclink/ui/registry/headchangedialog.h"
#include "cliniclink/ui/registry/idnumberfield.h"
#include "cliniclink/ui/registry/residentcard.h"
#include "cliniclink/ui/registry/residentspage.h"
#include "phtesthelpers.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;
using ui::registry::ResidentsPage;

class TestResidentsPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    QTemporaryDir m_store;
    std::unique_ptr<identity::Session> m_doctor;

private slots:
    void initTestCase()
    {
        uitest::useTemporarySettings(m_settings.path());
        uitest::installLanguage();
        m_doctor = uitest::clinicWithVillageDoctor(m_store.path());
        QVERIFY(m_doctor);
    }

    void cleanupTestCase() { m_doctor.reset(); }

    void idNumber_instantFeedback()
    {
        ui::registry::IdNumberField field;
        const QString good = uitest::makeIdNumber(QDate(1958, 3, 9), 123);
        QTest::keyClicks(field.edit(), good.left(10));
        QVERIFY(!field.isValid());
        QVERIFY(!field.feedback().contains(QChar(0x2717))); // still typing: no red cross yet
        QTest::keyClicks(field.edit(), good.mid(10));
        QVERIFY(field.isValid());
        QVERIFY2(field.feedback().startsWith(QChar(0x2713)), qPrintable(field.feedback()));
        QVERIFY(field.feedback().contains(QStringLiteral("1958-03-09")));
        QVERIFY(field.feedback().contains(QString::fromUtf8("男")));

        const QChar wrong = good.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        field.setText(good.left(17) + wrong);
        QVERIFY(!field.isValid());
        QCOMPARE(field.feedback(), uitest::tr("cliniclink::ui::registry::IdNumberField",
                                              "✗ Check digit wrong — a digit is mistyped"));
        QVERIFY(field.feedback().contains(QString::fromUtf8("校验")));
        field.setText(QStringLiteral("110101195802301234"));
        QVERIFY(field.feedback().contains(QString::fromUtf8("出生日期")));
    }

    void createResident_onCard_thenFindByPinyinInitials()
    {
        ResidentsPage page(*m_doctor);
        page.show();
        auto *card = page.card();
        card->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QString::fromUtf8("张秀英"));
        auto *id = card->findChild<QLineEdit *>(QStringLiteral("idNumberEdit"));
        QTest::keyClicks(id, uitest::makeIdNumber(QDate(1956, 4, 12), 202));
        // The number fills in birth date and sex.
        QCOMPARE(card->findChild<QLineEdit *>(QStringLiteral("birthDateEdit"))->text(), QStringLiteral("1956-04-12"));
        QCOMPARE(card->findChild<ui::registry::CodePicker *>(QStringLiteral("sexField"))->code(), QStringLiteral("2"));
        card->findChild<QLineEdit *>(QStringLiteral("phoneField"))->setText(QStringLiteral("13800138000"));
        // Value sets are searchable by pinyin initials: "hz" is 汉族.
        auto *ethnicity = card->findChild<ui::registry::CodePicker *>(QStringLiteral("ethnicityField"));
        ethnicity->setEditText(QString::fromUtf8("汉族"));
        QCOMPARE(ethnicity->code(), QStringLiteral("01"));
        card->findChild<QPushButton *>(QStringLiteral("saveResidentButton"))->click();
        QVERIFY2(!card->resident().id.isEmpty(), qPrintable(card->message()));
        QCOMPARE(card->resident().archiveNumber().size(), 17);
        QVERIFY(card->message().contains(QString::fromUtf8("已保存")));

        auto *search = page.findChild<QLineEdit *>(QStringLiteral("residentSearchEdit"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("zxy"));
        QCOMPARE(page.hits().size(), 1);
        QCOMPARE(page.hits().first().name, QString::fromUtf8("张秀英"));
        QCOMPARE(page.findChild<QTableWidget *>(QStringLiteral("residentTable"))->item(0, 1)->text(), QString::fromUtf8("女"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("1380013"));
        QCOMPARE(page.hits().size(), 1);
    }

    void invalidBirthDate_cardSaysWhichField()
    {
        ResidentsPage page(*m_doctor);
        auto *card = page.card();
        card->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QString::fromUtf8("王五"));
        card->findChild<QLineEdit *>(QStringLiteral("birthDateEdit"))->setText(QStringLiteral("1960-13-40"));
        card->findChild<ui::registry::CodePicker *>(QStringLiteral("sexField"))->setCode(QStringLiteral("1"));
        QVERIFY(!card->save());
        QVERIFY2(card->message().startsWith(QString::fromUtf8("出生日期")), qPrintable(card->message()));
    }

    void family_headAndMember()
    {
        registry::Registry reg(*m_doctor);
        auto head = reg.create({{QStringLiteral("name"), QString::fromUtf8("李建国")},
                                {QStringLiteral("idNumber"), uitest::makeIdNumber(QDate(1950, 1, 2), 11)}});
        QVERIFY(head);
        auto wife = reg.create({{QStringLiteral("name"), QString::fromUtf8("王桂兰")},
                                {QStringLiteral("idNumber"), uitest::makeIdNumber(QDate(1952, 6, 3), 22)}});
        QVERIFY(wife);
        ResidentsPage page(*m_doctor);
        page.search(QStringLiteral("ljg"));
        QVERIFY(page.selectResident(head->id));
        auto *family = page.familyView();
        family->findChild<QPushButton *>(QStringLiteral("createFamilyButton"))->click();
        QCOMPARE(family->memberCount(), 1);
        family->findChild<QLineEdit *>(QStringLiteral("memberSearchEdit"))->setText(wife->idNumber());
        family->findChild<ui::registry::CodePicker *>(QStringLiteral("relationPicker"))->setCode(QStringLiteral("10"));
        family->findChild<QPushButton *>(QStringLiteral("addMemberButton"))->click();
        QVERIFY2(family->memberCount() == 2, qPrintable(family->message()));
    }

    // 多音字: the doctor corrects the stored reading on the card; search finds the corrected
    // form, and a later save of other fields keeps it.
    void pinyinCorrection_onCard_isSearchable()
    {
        ResidentsPage page(*m_doctor);
        auto *card = page.card();
        card->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QString::fromUtf8("王重阳"));
        auto *pinyin = card->findChild<QLineEdit *>(QStringLiteral("pinyinEdit"));
        QString computed = pinyin->text();
        QVERIFY2(computed.startsWith(QStringLiteral("wang ")), qPrintable(computed)); // follows the name
        card->findChild<QLineEdit *>(QStringLiteral("birthDateEdit"))->setText(QStringLiteral("1962-02-02"));
        card->findChild<ui::registry::CodePicker *>(QStringLiteral("sexField"))->setCode(QStringLiteral("1"));
        // One syllable per character: two for three characters is refused, naming the field.
        pinyin->clear();
        QTest::keyClicks(pinyin, QStringLiteral("wang chong"));
        QVERIFY(!card->save());
        QVERIFY2(card->message().startsWith(QString::fromUtf8("拼音")), qPrintable(card->message()));
        pinyin->clear();
        QTest::keyClicks(pinyin, QStringLiteral("Wang Chong Yang"));
        QVERIFY2(card->save(), qPrintable(card->message()));
        QCOMPARE(card->resident().payload.value(QStringLiteral("namePinyin")).toString(), QStringLiteral("wang chong yang"));

        registry::Registry reg(*m_doctor);
        auto byPinyin = reg.search(QStringLiteral("wangchongyang"));
        QVERIFY(byPinyin && !byPinyin->isEmpty() && byPinyin->first().id == card->resident().id);
        if (computed.remove(QLatin1Char(' ')) != QStringLiteral("wangchongyang")) {
            auto byOld = reg.search(computed);
            QVERIFY(byOld && byOld->isEmpty());
        }
        // Another field changes; the corrected reading stays.
        card->findChild<QLineEdit *>(QStringLiteral("phoneField"))->setText(QStringLiteral("13912345678"));
        QVERIFY2(card->save(), qPrintable(card->message()));
        QCOMPARE(card->resident().payload.value(QStringLiteral("namePinyin")).toString(), QStringLiteral("wang chong yang"));
        QCOMPARE(pinyin->text(), QStringLiteral("wang chong yang"));
    }

    // 户主变更 in the family view: the son becomes head, the others restate their relation.
    void family_changeHead()
    {
        registry::Registry reg(*m_doctor);
        auto father = reg.create({{QStringLiteral("name"), QString::fromUtf8("孙大海")},
                                  {QStringLiteral("idNumber"), uitest::makeIdNumber(QDate(1948, 1, 2), 41)}});
        auto mother = reg.create({{QStringLiteral("name"), QString::fromUtf8("周小兰")},
                                  {QStringLiteral("idNumber"), uitest::makeIdNumber(QDate(1950, 3, 4), 42)}});
        auto son = reg.create({{QStringLiteral("name"), QString::fromUtf8("孙小川")},
                               {QStringLiteral("idNumber"), uitest::makeIdNumber(QDate(1975, 5, 6), 43)}});
        QVERIFY(father && mother && son);
        auto fam = reg.createFamily(father->id);
        QVERIFY(fam);
        QVERIFY(reg.addFamilyMember(fam->id, mother->id, QStringLiteral("10")));
        QVERIFY(reg.addFamilyMember(fam->id, son->id, QStringLiteral("20")));

        ResidentsPage page(*m_doctor);
        page.search(QStringLiteral("sdh"));
        QVERIFY(page.selectResident(father->id));
        auto *family = page.familyView();
        QCOMPARE(family->memberCount(), 3);
        int sonRow = -1;
        for (int row = 0; row < family->membersTable()->rowCount(); ++row)
            if (family->membersTable()->item(row, 0)->text() == QString::fromUtf8("孙小川"))
                sonRow = row;
        QVERIFY(sonRow >= 0);
        uitest::onNextModal([&](QWidget *w) {
            auto *d = qobject_cast<ui::registry::HeadChangeDialog *>(w);
            QVERIFY(d);
            d->relationPicker(mother->id)->setEditText(QString::fromUtf8("母亲"));
            d->relationPicker(father->id)->setCode(QStringLiteral("51"));
            uitest::onNextModal([](QWidget *box) { qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
            d->findChild<QPushButton *>(QStringLiteral("headChangeOkButton"))->click();
        });
        QVERIFY2(family->changeHeadTo(sonRow), qPrintable(family->message()));
        auto after = reg.family(fam->id);
        QVERIFY(after && *after);
        QCOMPARE((*after)->headResidentId, son->id);
        QCOMPARE((*reg.resident(mother->id))->relation(), QStringLiteral("52"));
        QCOMPARE((*reg.resident(father->id))->relation(), QStringLiteral("51"));
        QVERIFY(family->message().contains(QString::fromUtf8("户主")));
    }
};

QTEST_MAIN(TestResidentsPage)
#include "tst_residentspage.moc"
