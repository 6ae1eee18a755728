// Requirement: names get full pinyin and initials; polyphonic surnames (多音字) take their surname
// reading from an editable table, compound surnames before single ones.
#include "cliniclink/registry/namepinyin.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::registry;

class TestNamePinyin : public QObject {
    Q_OBJECT
private slots:
    void namePinyin_polyphonicSurname_usesSurnameReading_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("initials");
        QTest::newRow("单 Shan") << QStringLiteral("单雄信") << QStringLiteral("shanxiongxin") << QStringLiteral("sxx");
        QTest::newRow("曾 Zeng") << QStringLiteral("曾国藩") << QStringLiteral("zengguofan") << QStringLiteral("zgf");
        QTest::newRow("解 Xie") << QStringLiteral("解缙") << QStringLiteral("xiejin") << QStringLiteral("xj");
        QTest::newRow("仇 Qiu") << QStringLiteral("仇英") << QStringLiteral("qiuying") << QStringLiteral("qy");
        QTest::newRow("朴 Piao") << QStringLiteral("朴正") << QStringLiteral("piaozheng") << QStringLiteral("pz");
        QTest::newRow("区 Ou") << QStringLiteral("区永") << QStringLiteral("ouyong") << QStringLiteral("oy");
        QTest::newRow("查 Zha") << QStringLiteral("查良镛") << QStringLiteral("zhaliangyong") << QStringLiteral("zly");
        QTest::newRow("盖 Ge") << QStringLiteral("盖聂") << QStringLiteral("genie") << QStringLiteral("gn");
        QTest::newRow("乐 Yue") << QStringLiteral("乐毅") << QStringLiteral("yueyi") << QStringLiteral("yy");
        QTest::newRow("覃 Qin") << QStringLiteral("覃明") << QStringLiteral("qinming") << QStringLiteral("qm");
        QTest::newRow("种 Chong") << QStringLiteral("种师道") << QStringLiteral("chongshidao") << QStringLiteral("csd");
        QTest::newRow("翟 Zhai") << QStringLiteral("翟林") << QStringLiteral("zhailin") << QStringLiteral("zl");
        QTest::newRow("尉迟 Yuchi (compound)") << QStringLiteral("尉迟恭") << QStringLiteral("yuchigong") << QStringLiteral("ycg");
        QTest::newRow("万俟 Moqi (compound)") << QStringLiteral("万俟卨") << QStringLiteral("moqixie") << QStringLiteral("mqx");
        QTest::newRow("尉 alone Yu") << QStringLiteral("尉缭") << QStringLiteral("yuliao") << QStringLiteral("yl");
        QTest::newRow("ordinary surname") << QStringLiteral("张小明") << QStringLiteral("zhangxiaoming") << QStringLiteral("zxm");
        QTest::newRow("polyphone only in given name unchanged") << QStringLiteral("王单") << QStringLiteral("wangdan")
                                                                << QStringLiteral("wd");
    }
    void namePinyin_polyphonicSurname_usesSurnameReading()
    {
        QFETCH(QString, name);
        QFETCH(QString, full);
        QFETCH(QString, initials);
        const NamePinyin p = namePinyin(name);
        QCOMPARE(p.full, full);
        QCOMPARE(p.initials, initials);
    }

    void surnameTable_edit_changesReading()
    {
        SurnameReadings r = SurnameReadings::builtIn();
        QCOMPARE(namePinyin(QStringLiteral("单田芳"), r).full, QStringLiteral("shantianfang"));
        r.remove(QStringLiteral("单"));
        QCOMPARE(namePinyin(QStringLiteral("单田芳"), r).full, QStringLiteral("dantianfang"));
        QVERIFY(r.set(QStringLiteral("能"), QStringLiteral("Nai")).has_value());
        QCOMPARE(namePinyin(QStringLiteral("能静"), r).initials, QStringLiteral("nj"));
        QCOMPARE(namePinyin(QStringLiteral("能静"), r).full, QStringLiteral("naijing"));
    }

    void surnameTable_badEntry_isRefused_data()
    {
        QTest::addColumn<QString>("surname");
        QTest::addColumn<QString>("syllables");
        QTest::newRow("count differs") << QStringLiteral("欧阳") << QStringLiteral("ouyang");
        QTest::newRow("tone mark") << QStringLiteral("单") << QStringLiteral("shàn");
        QTest::newRow("empty surname") << QString() << QStringLiteral("a");
    }
    void surnameTable_badEntry_isRefused()
    {
        QFETCH(QString, surname);
        QFETCH(QString, syllables);
        SurnameReadings r;
        QVERIFY(!r.set(surname, syllables).has_value());
    }

    void surnameTable_jsonRoundTrip_keepsEntries()
    {
        const SurnameReadings &r = SurnameReadings::builtIn();
        QVERIFY(r.entries().size() >= 14);
        const auto back = SurnameReadings::fromJson(r.toJson());
        QVERIFY(back.has_value());
        QCOMPARE(back->entries(), r.entries());
    }

    void namePinyinFromText_userEdited_isNormalised()
    {
        const NamePinyin p = namePinyinFromText(QStringLiteral("  Shan  Tian'Fang "));
        QCOMPARE(p.full, QStringLiteral("shantianfang"));
        QCOMPARE(p.initials, QStringLiteral("stf"));
    }
};

QTEST_GUILESS_MAIN(TestNamePinyin)
#include "tst_namepinyin.moc"
