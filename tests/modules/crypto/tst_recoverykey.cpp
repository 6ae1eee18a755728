// Requirement: the printed recovery key is Crockford base32 with a checksum; typing slips are tolerated or rejected, never silently accepted.
#include "cliniclink/crypto/keyslots.h"

#include <QRegularExpression>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::crypto;

namespace {
const QLatin1String kAlphabet("0123456789ABCDEFGHJKMNPQRSTVWXYZ");

QByteArray bytes0To31()
{
    QByteArray b;
    for (int i = 0; i < 32; ++i)
        b.append(char(i));
    return b;
}
// Computed independently (a short Python script) from the format described in recoverykey.cpp.
const QString kDisplay0To31 = QStringLiteral("000G-40R4-0M30-E209-185G-R38E-1W81-24GK-2GAH-C5RR-34D1-P70X-3RFG-4H");
} // namespace

class TestRecoveryKey : public QObject {
    Q_OBJECT
private slots:
    void generateDisplayParse_roundTrip_sameBytes()
    {
        const QRegularExpression shape(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{2}$"));
        for (int i = 0; i < 50; ++i) {
            const RecoveryKey key = RecoveryKey::generate();
            QCOMPARE(key.bytes.size(), 32);
            const QString text = key.toDisplayString();
            QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
            const Result<RecoveryKey> parsed = RecoveryKey::parse(text);
            QVERIFY(parsed);
            QCOMPARE(parsed->bytes, key.bytes);
        }
        QVERIFY(RecoveryKey::generate().bytes != RecoveryKey::generate().bytes);
    }

    void toDisplayString_knownBytes_knownText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zeros") << QByteArray(32, '\0')
                               << QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-00");
        QTest::newRow("ones") << QByteArray(32, '\xff')
                              << QStringLiteral("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZG-2D");
        QTest::newRow("0..31") << bytes0To31() << kDisplay0To31;
    }
    void toDisplayString_knownBytes_knownText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(RecoveryKey{bytes}.toDisplayString(), text);
        QCOMPARE(RecoveryKey::parse(text)->bytes, bytes);
    }

    void toDisplayString_wrongSize_empty()
    {
        QVERIFY(RecoveryKey{QByteArray(31, 'x')}.toDisplayString().isEmpty());
        QVERIFY(RecoveryKey{}.toDisplayString().isEmpty());
    }

    void parse_sloppyTyping_accepted_data()
    {
        QTest::addColumn<QString>("typed");
        QString s = kDisplay0To31;
        QTest::newRow("canonical") << s;
        QTest::newRow("lower case") << s.toLower();
        QTest::newRow("no dashes") << QString(s).remove(QLatin1Char('-'));
        QTest::newRow("spaces") << QString(s).replace(QLatin1Char('-'), QLatin1Char(' '));
        QTest::newRow("surrounding whitespace") << QStringLiteral("  \t") + s + QStringLiteral(" \n");
        QTest::newRow("odd grouping") << QString(s).remove(QLatin1Char('-')).insert(5, QStringLiteral(" - ")).insert(20, QLatin1Char(' '));
        QTest::newRow("O for 0") << QString(s).replace(QLatin1Char('0'), QLatin1Char('O'));
        QTest::newRow("o for 0") << QString(s).replace(QLatin1Char('0'), QLatin1Char('o'));
        QTest::newRow("I for 1") << QString(s).replace(QLatin1Char('1'), QLatin1Char('I'));
        QTest::newRow("L for 1") << QString(s).replace(QLatin1Char('1'), QLatin1Char('L'));
        QTest::newRow("l and i, lower case")
            << s.toLower().replace(QLatin1Char('1'), QLatin1Char('l')).replace(QLatin1Char('0'), QLatin1Char('o'));
    }
    void parse_sloppyTyping_accepted()
    {
        QFETCH(QString, typed);
        QVERIFY(kDisplay0To31.contains(QLatin1Char('0')) && kDisplay0To31.contains(QLatin1Char('1')));
        const Result<RecoveryKey> parsed = RecoveryKey::parse(typed);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().toString()));
        QCOMPARE(parsed->bytes, bytes0To31());
    }

    // Every single-symbol substitution, at every position, for several keys.
    void parse_oneChangedCharacter_invalidRecoveryKey()
    {
        for (int k = 0; k < 5; ++k) {
            const QString text = QString(RecoveryKey::generate().toDisplayString()).remove(QLatin1Char('-'));
            QCOMPARE(text.size(), 54);
            for (int pos = 0; pos < text.size(); ++pos) {
                for (char a : kAlphabet) {
                    const QChar c = QLatin1Char(a);
                    if (c == text.at(pos))
                        continue;
                    QString changed = text;
                    changed[pos] = c;
                    const Result<RecoveryKey> r = RecoveryKey::parse(changed);
                    QVERIFY2(!r, qPrintable(QStringLiteral("substitution at %1 accepted").arg(pos)));
                    QCOMPARE(r.error().code, ErrorCode::InvalidRecoveryKey);
                }
            }
        }
    }

    void parse_swappedCharacters_invalidRecoveryKey()
    {
        const QString text = QString(RecoveryKey::generate().toDisplayString()).remove(QLatin1Char('-'));
        int tried = 0;
        for (int i = 0; i < text.size(); ++i) {
            for (int j = i + 1; j < text.size(); ++j) {
                if (text.at(i) == text.at(j))
                    continue;
                QString swapped = text;
                swapped[i] = text.at(j);
                swapped[j] = text.at(i);
                const Result<RecoveryKey> r = RecoveryKey::parse(swapped);
                QVERIFY2(!r, qPrintable(QStringLiteral("swap %1/%2 accepted").arg(i).arg(j)));
                QCOMPARE(r.error().code, ErrorCode::InvalidRecoveryKey);
                ++tried;
            }
        }
        QVERIFY(tried > 1000);
    }

    void parse_malformed_invalidRecoveryKey_data()
    {
        QTest::addColumn<QString>("typed");
        const QString s = kDisplay0To31;
        QTest::newRow("empty") << QString();
        QTest::newRow("only dashes") << QStringLiteral("----");
        QTest::newRow("one missing") << QString(s).remove(3, 1);
        QTest::newRow("one extra") << QString(s).insert(3, QLatin1Char('7'));
        QTest::newRow("checksum missing") << s.left(s.size() - 3);
        QTest::newRow("U") << QString(s).replace(0, 1, QLatin1Char('U'));
        QTest::newRow("symbol") << QString(s).replace(0, 1, QLatin1Char('*'));
        QTest::newRow("non-Latin") << QString(s).replace(0, 1, QChar(0x96F6)); // 零
        QTest::newRow("padding bits set") << QString(s).replace(s.size() - 4, 1, QLatin1Char('J'));
    }
    void parse_malformed_invalidRecoveryKey()
    {
        QFETCH(QString, typed);
        const Result<RecoveryKey> r = RecoveryKey::parse(typed);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidRecoveryKey);
        // The detail is for logs: it never repeats the typed key.
        QVERIFY(!r.error().detail.contains(QStringLiteral("40R4")));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "tst_recoverykey.moc"
