#pragma once
// The outpatient screens' tests: the module fixture (a clinic, a signed-in village doctor, the
// registry and outpatient services) plus a catalogue with stock and one resident allergic to
// penicillin, so an amoxicillin prescription raises the allergy warning.
#include "../../modules/his/hisfixture.h"
#include "cliniclink/ui/his/outpatientservices.h"

#include <QApplication>
#include <QTest>

namespace cliniclink::test {

struct OutpatientScreenFixture : HisFixture {
    std::unique_ptr<ui::his::OutpatientServices> services;
    his::Drug amoxicillin;
    his::Drug ibuprofen;
    QString resident;

    void setUpScreens()
    {
        HisFixture::setUp();
        services = std::make_unique<ui::his::OutpatientServices>(*reg.session);
        his::FeeItem fee;
        fee.code = QStringLiteral("110200001");
        fee.name = QStringLiteral("普通门诊诊查费");
        fee.kind = his::FeeKind::Registration;
        fee.priceFen = 100;
        fee.unit = QStringLiteral("次");
        services->catalogue->saveFeeItem(fee);
        amoxicillin = saveDrug(QStringLiteral("阿莫西林胶囊"), 250, 35, 1000, 4000, {QStringLiteral("2")});
        ibuprofen = saveDrug(QStringLiteral("布洛芬缓释胶囊"), 300, 60, 600, 1200);
        receive(amoxicillin.id, 100, today().addMonths(2), QStringLiteral("A2611"));
        receive(ibuprofen.id, 20, today().addMonths(12), QStringLiteral("I2701"));
        resident = addResident(QStringLiteral("刘大爷"), QDate(1952, 10, 10), {QStringLiteral("2")});
    }

    // Keys go to whatever has the focus, as a user's would.
    // Chinese arrives as key events carrying text, as an input method commits it.
    static void type(const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, QApplication::focusWidget(), Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    static void press(Qt::Key key) { QTest::keyClick(QApplication::focusWidget(), key); }

    // The doctor's keystrokes after registering 刘大爷: vitals, the SOAP note, diagnosis J03.9
    // (an empty search moves on to the drugs), then each drug as 拼音码, dose, (route: Enter keeps
    // the usual one), frequency, days.
    static void typeConsultation(const QString &history, const QString &plan, const QStringList &drugKeys)
    {
        for (const QString &v : {QStringLiteral("148"), QStringLiteral("92"), QStringLiteral("84"), QStringLiteral("38.4"),
                                 QStringLiteral("62")}) {
            type(v);
            press(Qt::Key_Return);
        }
        type(QStringLiteral("咽痛、发热2天"));
        press(Qt::Key_Return);
        type(history);
        press(Qt::Key_Tab);
        type(QStringLiteral("咽充血，扁桃体Ⅱ度肿大"));
        press(Qt::Key_Tab);
        type(plan);
        press(Qt::Key_Return);
        type(QStringLiteral("J03.9"));
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        for (int i = 0; i < drugKeys.size(); ++i) {
            type(drugKeys.at(i));
            press(Qt::Key_Return);
            if (i % 4 == 1)
                press(Qt::Key_Return); // after the dose: the route keeps the form's usual one (口服)
        }
    }
};

} // namespace cliniclink::test
