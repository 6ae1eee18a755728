// Requirement: 等保 2.0 password policy (≥ 8 characters, 3 of 4 classes), user names, 12-digit clinic codes.
#include "cliniclink/identity/passwordpolicy.h"

#include <QTest>

using namespace cliniclink;
using namespace cliniclink::identity;

class TestPasswordPolicy : public QObject {
    Q_OBJECT
private slots:
    void password_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("ok");
        QTest::newRow("7 chars, 4 classes") << QStringLiteral("Ab1#xyz") << false;
        QTest::newRow("8 chars, 4 classes") << QStringLiteral("Ab1#xyzw") << true;
        QTest::newRow("8 chars, lower+digit") << QStringLiteral("abcd1234") << false;
        QTest::newRow("lower+upper+digit") << QStringLiteral("Abcd1234") << true;
        QTest::newRow("lower+upper+symbol") << QStringLiteral("Abcd!efg") << true;
        QTest::newRow("lower+digit+symbol") << QStringLiteral("abcd12#$") << true;
        QTest::newRow("upper+digit+symbol") << QStringLiteral("ABCD12#$") << true;
        QTest::newRow("only lower") << QStringLiteral("abcdefghijk") << false;
        QTest::newRow("chinese counts as other") << QStringLiteral("abcd1234医") << true;
        QTest::newRow("empty") << QString() << false;
    }
    void password()
    {
        QFETCH(QString, password);
        QFETCH(bool, ok);
        const auto r = checkPasswordPolicy(password);
        QCOMPARE(r.has_value(), ok);
        if (!ok)
            QCOMPARE(r.error().code, ErrorCode::PasswordTooWeak);
    }

    void userName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("wang") << true;
        QTest::newRow("dots and digits") << QStringLiteral("wang.li_2") << true;
        QTest::newRow("one char") << QStringLiteral("w") << false;
        QTest::newRow("33 chars") << QString(33, QLatin1Char('a')) << false;
        QTest::newRow("32 chars") << QString(32, QLatin1Char('a')) << true;
        QTest::newRow("space") << QStringLiteral("wang li") << false;
        QTest::newRow("leading dot") << QStringLiteral(".wang") << false;
        QTest::newRow("chinese") << QStringLiteral("王医生") << false;
    }
    void userName()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QCOMPARE(checkUserName(name).has_value(), ok);
    }

    void clinicCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("ok");
        QTest::newRow("village") << QStringLiteral("450102001001") << true;
        QTest::newRow("township centre") << QStringLiteral("450102001000") << true;
        QTest::newRow("11 digits") << QStringLiteral("45010200100") << false;
        QTest::newRow("13 digits") << QStringLiteral("4501020010011") << false;
        QTest::newRow("letters") << QStringLiteral("45010200100A") << false;
        QTest::newRow("province 10") << QStringLiteral("100102001001") << false;
        QTest::newRow("province 83") << QStringLiteral("830102001001") << false;
        QTest::newRow("no county") << QStringLiteral("450000001001") << false;
        QTest::newRow("no township") << QStringLiteral("450102000001") << false;
    }
    void clinicCode()
    {
        QFETCH(QString, code);
        QFETCH(bool, ok);
        const auto r = checkClinicCode(code);
        QCOMPARE(r.has_value(), ok);
        if (!ok)
            QCOMPARE(r.error().code, ErrorCode::InvalidClinicCode);
    }
};

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
