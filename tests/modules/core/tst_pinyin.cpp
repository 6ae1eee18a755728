// Requirement: Han characters are transliterated to plain pinyin syllables through ICU, one
// entry per character, so names can be searched by full pinyin and initials.
#include "cliniclink/core/pinyin.h"

#include <QTest>

using namespace cliniclink;

class TestPinyin : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(pinyinAvailable()); }

    void syllables_perCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("syllables");
        QTest::newRow("two characters") << QStringLiteral("张三") << QStringList{QStringLiteral("zhang"), QStringLiteral("san")};
        QTest::newRow("three characters") << QStringLiteral("李小龙")
                                          << QStringList{QStringLiteral("li"), QStringLiteral("xiao"), QStringLiteral("long")};
        QTest::newRow("u-umlaut becomes u") << QStringLiteral("吕") << QStringList{QStringLiteral("lu")};
        QTest::newRow("space and latin kept apart")
            << QStringLiteral("王 A1") << QStringList{QStringLiteral("wang"), QString(), QStringLiteral("a"), QStringLiteral("1")};
        QTest::newRow("middle dot gives empty") << QStringLiteral("买买提·艾力")
                                                << QStringList{QStringLiteral("mai"), QStringLiteral("mai"), QStringLiteral("ti"), QString(),
                                                               QStringLiteral("ai"), QStringLiteral("li")};
        QTest::newRow("empty") << QString() << QStringList{};
    }
    void syllables_perCharacter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, syllables);
        QCOMPARE(pinyinSyllables(text), syllables);
    }

    void fullAndInitials_skipEmptyEntries()
    {
        const QStringList s{QStringLiteral("zhang"), QString(), QStringLiteral("san")};
        QCOMPARE(pinyinFull(s), QStringLiteral("zhangsan"));
        QCOMPARE(pinyinInitials(s), QStringLiteral("zs"));
    }

    void supplementaryCharacter_isOneEntry()
    {
        const QString rare = QString::fromUcs4(U"\U00020000", 1); // CJK Extension B
        QCOMPARE(pinyinSyllables(rare).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
