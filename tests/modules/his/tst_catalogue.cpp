// Requirement: drugs carry generic name, form, strength, unit, package, price in fen, a
// 23-character 医保 code, the 基本药物 flag and editable 拼音码/五笔码; search finds them by
// either code, the 医保 code or the name; fee items exist per kind; editing needs ManageStock
// (or ConfigureClinic); every save is a record with an outbox entry.
#include "hisfixture.h"

#include "cliniclink/his/hisrecords.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::his;

class TestCatalogue : public QObject {
    Q_OBJECT
    test::HisFixture f;

private slots:
    void initTestCase() { f.setUp(); }

    void isValidInsuranceCode_codes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty (not listed)") << QString() << true;
        QTest::newRow("23 chars X") << QStringLiteral("XJ01CAA040E001010101234") << true;
        QTest::newRow("23 chars Z") << QStringLiteral("ZA04AAL0120010101012345") << true;
        QTest::newRow("22 chars") << QStringLiteral("XJ01CAA040E00101010123") << false;
        QTest::newRow("24 chars") << QStringLiteral("XJ01CAA040E0010101012345") << false;
        QTest::newRow("starts with digit") << QStringLiteral("1J01CAA040E001010101234") << false;
        QTest::newRow("lower case") << QStringLiteral("xj01caa040e001010101234") << false;
        QTest::newRow("punctuation") << QStringLiteral("XJ01CAA040E0010101012-4") << false;
    }
    void isValidInsuranceCode_codes()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(isValidInsuranceCode(code), valid);
    }

    void saveDrug_allFields_roundTripWithComputedPinyinAndOutbox()
    {
        Drug d;
        d.genericName = QStringLiteral("阿莫西林胶囊");
        d.form = QStringLiteral("胶囊剂");
        d.strength = QStringLiteral("0.25g");
        d.unit = QStringLiteral("粒");
        d.packageSize = 24;
        d.packageUnit = QStringLiteral("盒");
        d.priceFen = 35;
        d.insuranceCode = QStringLiteral("xj01caa040e001010101234"); // stored upper case
        d.essential = true;
        d.doseUnit = QStringLiteral("mg");
        d.dosePerUnit = 250;
        d.maxSingleDose = 1000;
        d.allergyClasses = {QStringLiteral("2")};
        d.wubiCode = QStringLiteral("BAS");
        auto saved = f.catalogue->saveDrug(d);
        QVERIFY2(saved.has_value(), saved ? "" : qPrintable(saved.error().toString()));
        QCOMPARE(saved->pinyinCode, QStringLiteral("amxljn"));
        QCOMPARE(saved->wubiCode, QStringLiteral("bas"));
        QCOMPARE(saved->insuranceCode, QStringLiteral("XJ01CAA040E001010101234"));
        auto back = f.catalogue->drug(saved->id);
        QCOMPARE(back->priceFen, 35);
        QVERIFY(back->essential);
        QCOMPARE(back->packageSize, 24);
        QCOMPARE(back->allergyClasses, QStringList{QStringLiteral("2")});
        auto outbox = f.store().outbox(QStringLiteral("pending"), 100000);
        bool found = false;
        for (const auto &e : *outbox)
            found = found || (e.recordType == QLatin1String(kDrugRecord) && e.recordId == saved->id);
        QVERIFY(found);

        // An edited 拼音码 (polyphonic reading) is kept.
        Drug edit = *back;
        edit.pinyinCode = QStringLiteral("AMXLJN2");
        auto e = f.catalogue->saveDrug(edit);
        QCOMPARE(e->pinyinCode, QStringLiteral("amxljn2"));
        QCOMPARE(e->version, 2);
    }

    void saveDrug_invalid_refused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("insurance");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<int>("code");
        QTest::newRow("no name") << QString() << QString() << qint64(1) << int(ErrorCode::RequiredFieldMissing);
        QTest::newRow("short 医保 code") << QStringLiteral("布洛芬片") << QStringLiteral("XM01AE") << qint64(1) << int(ErrorCode::InvalidInsuranceCode);
        QTest::newRow("negative price") << QStringLiteral("布洛芬片") << QString() << qint64(-1) << int(ErrorCode::InvalidQuantity);
    }
    void saveDrug_invalid_refused()
    {
        QFETCH(QString, name);
        QFETCH(QString, insurance);
        QFETCH(qint64, price);
        QFETCH(int, code);
        Drug d;
        d.genericName = name;
        d.unit = QStringLiteral("片");
        d.insuranceCode = insurance;
        d.priceFen = price;
        auto r = f.catalogue->saveDrug(d);
        QVERIFY(!r);
        QCOMPARE(int(r.error().code), code);
    }

    void searchDrugs_byCodesAndName_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::newRow("pinyin initials") << QStringLiteral("blf") << QStringLiteral("布洛芬片");
        QTest::newRow("pinyin upper case") << QStringLiteral("BLFP") << QStringLiteral("布洛芬片");
        QTest::newRow("wubi") << QStringLiteral("dwa") << QStringLiteral("布洛芬片");
        QTest::newRow("insurance prefix") << QStringLiteral("XM01AE") << QStringLiteral("布洛芬片");
        QTest::newRow("name part") << QStringLiteral("洛芬") << QStringLiteral("布洛芬片");
        QTest::newRow("trade name") << QStringLiteral("芬必得") << QStringLiteral("布洛芬片");
    }
    void searchDrugs_byCodesAndName()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        static bool added = false;
        if (!added) {
            Drug d;
            d.genericName = QStringLiteral("布洛芬片");
            d.tradeName = QStringLiteral("芬必得");
            d.unit = QStringLiteral("片");
            d.insuranceCode = QStringLiteral("XM01AEI011A001010101234");
            d.wubiCode = QStringLiteral("dwa"); // entered by hand: no 五笔 table ships with the system
            QVERIFY(f.catalogue->saveDrug(d).has_value());
            added = true;
        }
        auto hits = f.catalogue->searchDrugs(query);
        QVERIFY(hits.has_value());
        QVERIFY2(!hits->isEmpty(), qPrintable(query));
        QCOMPARE(hits->first().genericName, first);
    }

    void feeItems_perKind_firstOfKind()
    {
        auto reg = f.catalogue->saveFeeItem({{}, 0, QStringLiteral("110200001"), QStringLiteral("普通门诊诊查费"),
                                             FeeKind::Registration, 100, QStringLiteral("次"), {}, {}, true});
        QVERIFY(reg.has_value());
        QCOMPARE(reg->pinyinCode, QStringLiteral("ptmzzcf"));
        QVERIFY(f.catalogue->saveFeeItem({{}, 0, QStringLiteral("120400001"), QStringLiteral("肌肉注射"), FeeKind::Injection, 250,
                                          QStringLiteral("次"), {}, {}, true}).has_value());
        auto first = f.catalogue->firstFeeItemOfKind(FeeKind::Registration);
        QCOMPARE((*first)->id, reg->id);
        QCOMPARE(f.catalogue->feeItems()->size(), 2);
    }

    void saveDrug_townshipDoctor_permissionDenied()
    {
        test::HisFixture t;
        t.setUp(identity::Role::TownshipDoctor);
        Drug d;
        d.genericName = QStringLiteral("x");
        d.unit = QStringLiteral("片");
        auto r = t.catalogue->saveDrug(d);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
