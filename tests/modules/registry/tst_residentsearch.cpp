// Requirement: residents are found by name, pinyin initials, full pinyin (polyphonic surnames
// by their surname reading), ID number, phone and archive number, best match first; merged
// duplicates are not listed; searching needs ReadPatients.
#include "registryfixture.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::registry;

class TestResidentSearch : public QObject {
    Q_OBJECT
    test::RegistryFixture f;
    QHash<QString, QString> ids; // name → id
    QString zhangId;

    void add(const QString &name, const QString &idNumber = {}, const QString &phone = {})
    {
        auto r = f.registry->create(test::RegistryFixture::resident(name, idNumber, phone));
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
        ids.insert(name, r->id);
    }

private slots:
    void initTestCase()
    {
        f.setUp();
        zhangId = test::makeIdNumber(QStringLiteral("450102"), QDate(1970, 3, 15), 11);
        add(QStringLiteral("张三"), zhangId, QStringLiteral("13800138000"));
        add(QStringLiteral("张三丰"));
        add(QStringLiteral("章珊"));
        add(QStringLiteral("单雄信"));
        add(QStringLiteral("曾国藩"));
        add(QStringLiteral("尉迟恭"));
        add(QStringLiteral("查良镛"), {}, QStringLiteral("0771-5551234"));
        add(QStringLiteral("李四"));
    }

    void search_findsBestMatchFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::addColumn<int>("kind");
        QTest::newRow("name exact") << QStringLiteral("张三") << QStringLiteral("张三") << int(MatchKind::Name);
        QTest::newRow("name prefix") << QStringLiteral("张三丰") << QStringLiteral("张三丰") << int(MatchKind::Name);
        QTest::newRow("initials exact") << QStringLiteral("zs") << QStringLiteral("张三") << int(MatchKind::Initials);
        QTest::newRow("initials upper case") << QStringLiteral("ZSF") << QStringLiteral("张三丰") << int(MatchKind::Initials);
        QTest::newRow("full pinyin") << QStringLiteral("zhangsan") << QStringLiteral("张三") << int(MatchKind::Pinyin);
        QTest::newRow("full pinyin with space") << QStringLiteral("zhang san feng") << QStringLiteral("张三丰") << int(MatchKind::Pinyin);
        QTest::newRow("polyphonic 单 as shan") << QStringLiteral("shanxiongxin") << QStringLiteral("单雄信") << int(MatchKind::Pinyin);
        QTest::newRow("polyphonic 单 initials sxx") << QStringLiteral("sxx") << QStringLiteral("单雄信") << int(MatchKind::Initials);
        QTest::newRow("polyphonic 曾 as zeng") << QStringLiteral("zeng") << QStringLiteral("曾国藩") << int(MatchKind::Pinyin);
        QTest::newRow("polyphonic 查 as zha") << QStringLiteral("zhaliang") << QStringLiteral("查良镛") << int(MatchKind::Pinyin);
        QTest::newRow("compound 尉迟 as yuchi") << QStringLiteral("yuchigong") << QStringLiteral("尉迟恭") << int(MatchKind::Pinyin);
        QTest::newRow("compound initials ycg") << QStringLiteral("ycg") << QStringLiteral("尉迟恭") << int(MatchKind::Initials);
        QTest::newRow("ID number prefix") << zhangId.left(10) << QStringLiteral("张三") << int(MatchKind::IdNumber);
        QTest::newRow("ID number full lower x") << zhangId.toLower() << QStringLiteral("张三") << int(MatchKind::IdNumber);
        QTest::newRow("phone") << QStringLiteral("138 0013") << QStringLiteral("张三") << int(MatchKind::Phone);
        QTest::newRow("landline digits only") << QStringLiteral("07715551234") << QStringLiteral("查良镛") << int(MatchKind::Phone);
        QTest::newRow("archive number") << QStringLiteral("45010200100100004") << QStringLiteral("单雄信") << int(MatchKind::ArchiveNumber);
    }
    void search_findsBestMatchFirst()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        QFETCH(int, kind);
        auto hits = f.registry->search(query);
        QVERIFY2(hits.has_value(), hits ? "" : qPrintable(hits.error().toString()));
        QVERIFY(!hits->isEmpty());
        QCOMPARE(hits->first().name, first);
        QCOMPARE(int(hits->first().kind), kind);
        QCOMPARE(hits->first().id, ids.value(first));
    }

    void search_initialsPrefix_ranksExactBeforeLonger()
    {
        auto hits = f.registry->search(QStringLiteral("zs"));
        QVERIFY(hits.has_value());
        QStringList names;
        for (const auto &h : *hits)
            names << h.name;
        // 张三 and 章珊 both have initials "zs" (exact), 张三丰 "zsf" is a prefix match.
        QCOMPARE(names.size(), 3);
        QVERIFY(names.indexOf(QStringLiteral("张三丰")) == 2);
    }

    // Mixed queries: each part narrows the others.
    void search_mixedQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // every hit, in order
        QTest::newRow("pinyin with space") << QStringLiteral("zhang s")
                                           << QStringList{QStringLiteral("张三"), QStringLiteral("章珊"), QStringLiteral("张三丰")};
        QTest::newRow("Han + initial") << QStringLiteral("张s") << QStringList{QStringLiteral("张三"), QStringLiteral("张三丰")};
        QTest::newRow("Han + initials") << QStringLiteral("张sf") << QStringList{QStringLiteral("张三丰")};
        QTest::newRow("Han + full pinyin") << QStringLiteral("张san") << QStringList{QStringLiteral("张三"), QStringLiteral("张三丰")};
        QTest::newRow("Han never matches another surname") << QStringLiteral("章s") << QStringList{QStringLiteral("章珊")};
        QTest::newRow("polyphonic Han + initial") << QStringLiteral("单x") << QStringList{QStringLiteral("单雄信")};
        QTest::newRow("initials + phone") << QStringLiteral("zs138") << QStringList{QStringLiteral("张三")};
        QTest::newRow("pinyin + phone with spaces") << QStringLiteral("zhang s 1380") << QStringList{QStringLiteral("张三")};
        // "4501…" alone would match every archive number (clinic code 450102…): the ID's birth
        // year tells them apart.
        QTest::newRow("initials + ID number") << QStringLiteral("zs450102197") << QStringList{QStringLiteral("张三")};
        QTest::newRow("Han + phone") << QStringLiteral("张 138") << QStringList{QStringLiteral("张三")};
        QTest::newRow("initials + wrong phone") << QStringLiteral("zs139") << QStringList{};
        QTest::newRow("Han + wrong letters") << QStringLiteral("张q") << QStringList{};
    }
    void search_mixedQuery()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        auto hits = f.registry->search(query);
        QVERIFY2(hits.has_value(), hits ? "" : qPrintable(hits.error().toString()));
        QStringList names;
        for (const SearchHit &h : *hits)
            names << h.name;
        QCOMPARE(names, expected);
    }

    void search_dan_doesNotFindShanSurname()
    {
        auto hits = f.registry->search(QStringLiteral("danxiongxin"));
        QVERIFY(hits.has_value());
        QVERIFY(hits->isEmpty());
    }

    void search_noMatchOrBlank_isEmpty_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("unknown") << QStringLiteral("王五");
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("digits nobody has") << QStringLiteral("999");
    }
    void search_noMatchOrBlank_isEmpty()
    {
        QFETCH(QString, query);
        auto hits = f.registry->search(query);
        QVERIFY(hits.has_value());
        QVERIFY(hits->isEmpty());
    }

    void search_limit_isRespected()
    {
        auto hits = f.registry->search(QStringLiteral("z"), 2);
        QVERIFY(hits.has_value());
        QCOMPARE(hits->size(), 2);
    }

    void search_afterNameChange_findsNewNameOnly()
    {
        auto r = f.registry->resident(ids.value(QStringLiteral("李四")));
        QVERIFY(r.has_value() && r->has_value());
        QJsonObject p = (*r)->payload;
        p.insert(QStringLiteral("name"), QStringLiteral("李思"));
        QVERIFY(f.registry->update((*r)->id, (*r)->version, p).has_value());
        auto old = f.registry->search(QStringLiteral("李四"));
        QVERIFY(old.has_value() && old->isEmpty());
        auto now = f.registry->search(QStringLiteral("李思"));
        QVERIFY(now.has_value());
        QCOMPARE(now->size(), 1);
    }

    void search_editedSurnameReading_appliesToNewArchives()
    {
        QVERIFY(f.registry->setSurnameReading(QStringLiteral("能"), QStringLiteral("nai")).has_value());
        add(QStringLiteral("能静"));
        auto hits = f.registry->search(QStringLiteral("naijing"));
        QVERIFY(hits.has_value());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().name, QStringLiteral("能静"));
        // The edit is kept in the store: a new Registry on the same session sees it.
        Registry again(*f.session);
        QCOMPARE(again.surnameReadings().entries().value(QStringLiteral("能")), QStringList{QStringLiteral("nai")});
    }
};

QTEST_GUILESS_MAIN(TestResidentSearch)
#include "tst_residentsearch.moc"
