// Requirement: the product's translation files stay complete — every message of
// cliniclink_zh_CN.ts and cliniclink_en.ts is translated (no unfinished or empty entries),
// placeholders survive translation, every error code and role has its text, and the compiled
// .qm files embedded in the program translate (issue 2, translations/).
#include "cliniclink/core/error.h"
#include "cliniclink/identity/role.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace cliniclink;

namespace {
struct Message {
    QString context;
    QString source;
    QString type; // translation type attribute: "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one, or the numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
            } else {
                m.translations << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QString tsPath(const QString &language)
{
    return test::sourceDir() + QStringLiteral("/translations/cliniclink_") + language + QStringLiteral(".ts");
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}
} // namespace

class TestTranslationFiles : public QObject {
    Q_OBJECT

private:
    static void addLanguageRows()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 1;
        QTest::newRow("en") << QStringLiteral("en") << 2;
    }

private slots:
    void tsFile_everyMessage_finishedNonEmptyWithSamePlaceholders_data() { addLanguageRows(); }

    void tsFile_everyMessage_finishedNonEmptyWithSamePlaceholders()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(" / \"") + m.source + QLatin1Char('"');
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue; // not compiled into the .qm
            if (m.type == QLatin1String("unfinished"))
                problems << QStringLiteral("unfinished: ") + where;
            if (m.numerus && m.translations.size() != pluralForms)
                problems << QStringLiteral("wrong number of plural forms: ") + where;
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + where;
                else if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ: ") + where + QStringLiteral(" → ") + t;
                if (m.source.contains(QLatin1Char('&')) && !m.source.contains(QLatin1String("&&"))
                    && t.count(QLatin1Char('&')) != 1)
                    problems << QStringLiteral("keyboard shortcut (&) lost: ") + where;
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s) in %2 — run the update_translations target and translate:\n")
                                .arg(problems.size())
                                .arg(tsPath(language))
                            + problems.join(QLatin1Char('\n'))));
    }

    void tsFile_everyErrorCodeAndRole_present_data() { addLanguageRows(); }
    void tsFile_everyErrorCodeAndRole_present()
    {
        QFETCH(QString, language);
        QString error;
        QSet<QString> keys;
        for (const Message &m : readTs(tsPath(language), &error))
            keys.insert(m.context + QLatin1Char('\x1f') + m.source);
        QStringList missing;
        for (ErrorCode c : allErrorCodes()) {
            const QString source = QString::fromUtf8(errorCodeMessage(c));
            if (!keys.contains(QStringLiteral("cliniclink::Error\x1f") + source))
                missing << errorCodeName(c);
        }
        for (identity::Role r : identity::allRoles())
            if (!keys.contains(QStringLiteral("cliniclink::Role\x1f") + QString::fromUtf8(identity::roleDisplayName(r))))
                missing << identity::roleKey(r);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in ") + tsPath(language)
                                               + QStringLiteral(" (run update_translations): ") + missing.join(QStringLiteral(", "))));
    }

    void embeddedQm_chinese_translatesErrorsAndRoles()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/cliniclink_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        const Error wrong{ErrorCode::AuthenticationFailed, {}, {}};
        QCOMPARE(wrong.translatedMessage(), QString::fromUtf8("用户名或密码错误。"));
        QCOMPARE(QCoreApplication::translate("cliniclink::Role", identity::roleDisplayName(identity::Role::VillageDoctor)),
                 QString::fromUtf8("乡村医生"));
        QCoreApplication::removeTranslator(&zh);
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/cliniclink_en.qm")));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
