// Requirement: the 居民个人基本信息表 fields are checked against their value sets (codes, labels
// or aliases accepted, codes stored); the ID number supplies or must agree with sex and birth
// date; errors name the field, never the value.
#include "cliniclink/registry/residentfields.h"

#include <QJsonArray>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::registry;

class TestResidentFields : public QObject {
    Q_OBJECT
    const QDate m_today{2026, 1, 1};
    const QString m_id = QStringLiteral("11010519491231002X"); // female, 1949-12-31

    static QJsonObject base() { return {{QStringLiteral("name"), QStringLiteral("王芳")}}; }

private slots:
    void builtIn_everyCodedFieldHasItsValueSet()
    {
        const ResidentFields &f = ResidentFields::builtIn();
        QVERIFY(f.fields().size() >= 30);
        for (const FieldSpec &s : f.fields())
            if (!s.codeSet.isEmpty())
                QVERIFY2(f.codeSets().set(s.codeSet), qPrintable(s.key));
        for (const char *set : {"sex", "bloodType", "rh", "education", "occupation", "maritalStatus", "paymentType",
                                "drugAllergy", "exposure", "pastDisease", "familyDisease", "disability", "familyRelation",
                                "ethnicity", "fuel", "water", "toilet", "livestock", "kitchenExhaust"})
            QVERIFY2(f.codeSets().set(QLatin1String(set)), set);
        QCOMPARE(f.codeSets().set(QStringLiteral("ethnicity"))->codes.size(), 58);
    }

    void normalize_idNumberFillsSexAndBirthDate()
    {
        QJsonObject in = base();
        in.insert(QStringLiteral("idNumber"), QStringLiteral("110105491231002")); // 15 digits
        const auto r = ResidentFields::builtIn().normalize(in, m_today);
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->value(QStringLiteral("idNumber")).toString(), m_id);
        QCOMPARE(r->value(QStringLiteral("sex")).toString(), QStringLiteral("2"));
        QCOMPARE(r->value(QStringLiteral("birthDate")).toString(), QStringLiteral("1949-12-31"));
    }

    void normalize_labelsAndAliases_becomeCodes_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("given");
        QTest::addColumn<QJsonValue>("stored");
        QTest::newRow("sex label") << QStringLiteral("sex") << QJsonValue(QStringLiteral("女")) << QJsonValue(QStringLiteral("2"));
        QTest::newRow("ethnicity short") << QStringLiteral("ethnicity") << QJsonValue(QStringLiteral("壮")) << QJsonValue(QStringLiteral("08"));
        QTest::newRow("ethnicity 1 → 01") << QStringLiteral("ethnicity") << QJsonValue(QStringLiteral("1")) << QJsonValue(QStringLiteral("01"));
        QTest::newRow("blood type letters") << QStringLiteral("bloodType") << QJsonValue(QStringLiteral("AB")) << QJsonValue(QStringLiteral("4"));
        QTest::newRow("payment multi") << QStringLiteral("paymentTypes")
                                       << QJsonValue(QJsonArray{QStringLiteral("新型农村合作医疗"), QStringLiteral("7")})
                                       << QJsonValue(QJsonArray{QStringLiteral("3"), QStringLiteral("7")});
        QTest::newRow("past disease with date") << QStringLiteral("pastDiseases")
                                                << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("高血压")},
                                                                                     {QStringLiteral("diagnosedOn"), QStringLiteral("2015-06")}}})
                                                << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("2")},
                                                                                     {QStringLiteral("diagnosedOn"), QStringLiteral("2015-06")}}});
    }
    void normalize_labelsAndAliases_becomeCodes()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, given);
        QFETCH(QJsonValue, stored);
        QJsonObject in = base();
        in.insert(QStringLiteral("idNumber"), m_id);
        in.insert(key, given);
        const auto r = ResidentFields::builtIn().normalize(in, m_today);
        QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->value(key), stored);
    }

    void normalize_nestedEnvironmentField_isChecked()
    {
        QJsonObject in = base();
        in.insert(QStringLiteral("idNumber"), m_id);
        in.insert(QStringLiteral("environment"), QJsonObject{{QStringLiteral("water"), QStringLiteral("井水")},
                                                             {QStringLiteral("toilet"), QStringLiteral("9")}});
        const auto r = ResidentFields::builtIn().normalize(in, m_today);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, ErrorCode::InvalidCode);
        QCOMPARE(r.error().detail, QStringLiteral("environment.toilet"));
    }

    void normalize_invalidInput_namesTheField_data()
    {
        QTest::addColumn<QJsonObject>("input");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("field");
        const QString id = m_id;
        auto with = [&](std::initializer_list<QPair<QString, QJsonValue>> kv) {
            QJsonObject o = base();
            for (const auto &p : kv)
                o.insert(p.first, p.second);
            return o;
        };
        QTest::newRow("missing name") << QJsonObject{{QStringLiteral("idNumber"), id}} << ErrorCode::RequiredFieldMissing
                                      << QStringLiteral("name");
        QTest::newRow("no ID, no sex") << with({{QStringLiteral("birthDate"), QStringLiteral("1990-01-01")}})
                                       << ErrorCode::RequiredFieldMissing << QStringLiteral("sex");
        QTest::newRow("no ID, no birth date") << with({{QStringLiteral("sex"), QStringLiteral("1")}})
                                              << ErrorCode::RequiredFieldMissing << QStringLiteral("birthDate");
        QTest::newRow("bad check digit") << with({{QStringLiteral("idNumber"), QStringLiteral("110105194912310021")}})
                                         << ErrorCode::InvalidIdNumber << QStringLiteral("idNumber");
        QTest::newRow("birth date contradicts ID") << with({{QStringLiteral("idNumber"), id}, {QStringLiteral("birthDate"), QStringLiteral("1949-12-30")}})
                                                   << ErrorCode::BirthDateContradictsIdNumber << QStringLiteral("birthDate");
        QTest::newRow("sex contradicts ID") << with({{QStringLiteral("idNumber"), id}, {QStringLiteral("sex"), QStringLiteral("男")}})
                                            << ErrorCode::SexContradictsIdNumber << QStringLiteral("sex");
        QTest::newRow("Feb 29 2023") << with({{QStringLiteral("sex"), QStringLiteral("1")}, {QStringLiteral("birthDate"), QStringLiteral("2023-02-29")}})
                                     << ErrorCode::InvalidDate << QStringLiteral("birthDate");
        QTest::newRow("future birth") << with({{QStringLiteral("sex"), QStringLiteral("1")}, {QStringLiteral("birthDate"), QStringLiteral("2026-01-02")}})
                                      << ErrorCode::InvalidDate << QStringLiteral("birthDate");
        QTest::newRow("unknown blood type") << with({{QStringLiteral("idNumber"), id}, {QStringLiteral("bloodType"), QStringLiteral("C")}})
                                            << ErrorCode::InvalidCode << QStringLiteral("bloodType");
        QTest::newRow("phone too short") << with({{QStringLiteral("idNumber"), id}, {QStringLiteral("phone"), QStringLiteral("12345")}})
                                         << ErrorCode::InvalidPhoneNumber << QStringLiteral("phone");
    }
    void normalize_invalidInput_namesTheField()
    {
        QFETCH(QJsonObject, input);
        QFETCH(ErrorCode, code);
        QFETCH(QString, field);
        const auto r = ResidentFields::builtIn().normalize(input, m_today);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().detail, field);
        QVERIFY(!r.error().toString().contains(QStringLiteral("王芳")));
    }

    void parseLooseDate_commonSpellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("iso") << QStringLiteral("1990-01-02") << QDate(1990, 1, 2);
        QTest::newRow("slashes short") << QStringLiteral("1990/1/2") << QDate(1990, 1, 2);
        QTest::newRow("dots") << QStringLiteral("1990.01.02") << QDate(1990, 1, 2);
        QTest::newRow("compact") << QStringLiteral("19900102") << QDate(1990, 1, 2);
        QTest::newRow("chinese") << QStringLiteral("1990年1月2日") << QDate(1990, 1, 2);
        QTest::newRow("garbage") << QStringLiteral("1.2.1990") << QDate();
        QTest::newRow("Feb 29 non-leap") << QStringLiteral("2019-02-29") << QDate();
    }
    void parseLooseDate_commonSpellings()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(parseLooseDate(text), date);
    }
};

QTEST_GUILESS_MAIN(TestResidentFields)
#include "tst_residentfields.moc"
