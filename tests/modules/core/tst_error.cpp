// Requirement: one error-code table; stable numbers; every code has a name and a message.
#include "cliniclink/core/result.h"

#include <QSet>
#include <QTest>

using namespace cliniclink;

class TestError : public QObject {
    Q_OBJECT
private slots:
    void table_codesUniqueNamedAndDescribed()
    {
        QSet<int> numbers;
        QSet<QString> names;
        for (ErrorCode c : allErrorCodes()) {
            QVERIFY2(!numbers.contains(int(c)), qPrintable(errorCodeName(c)));
            numbers.insert(int(c));
            QVERIFY(!errorCodeName(c).startsWith(QLatin1String("Unknown")));
            QVERIFY(!names.contains(errorCodeName(c)));
            names.insert(errorCodeName(c));
            QVERIFY(qstrlen(errorCodeMessage(c)) > 10);
        }
        QVERIFY(numbers.size() >= 20);
    }

    void numbers_areStable()
    {
        QCOMPARE(int(ErrorCode::AuthenticationFailed), 200);
        QCOMPARE(int(ErrorCode::AccountLocked), 201);
        QCOMPARE(int(ErrorCode::AuditChainBroken), 307);
    }

    void result_propagatesError()
    {
        auto inner = []() -> Result<int> { return fail(ErrorCode::NotFound, QStringLiteral("x"), QStringLiteral("ctx")); };
        auto outer = [&]() -> Result<void> {
            CL_TRY(inner());
            return {};
        };
        const Result<void> r = outer();
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QCOMPARE(r.error().toString(), QStringLiteral("NotFound(102): x [ctx]"));
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
