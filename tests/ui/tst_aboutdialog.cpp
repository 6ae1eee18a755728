// Requirement: the About box shows the versions of ClinicLink, Qt, SQLCipher, OpenSSL, DCMTK
// and VTK as given by the application wiring; missing ones read "not built in yet" (issue 2).
#include "cliniclink/ui/shell/aboutdialog.h"
#include "uitestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;
using ui::shell::AboutDialog;

class TestAboutDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private slots:
    void initTestCase()
    {
        uitest::useTemporarySettings(m_settings.path());
        uitest::installLanguage();
        QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    }

    void construct_givenVersions_showsThemAndMarksMissing()
    {
        AboutDialog about({{QStringLiteral("Qt"), QStringLiteral("6.4.2")},
                           {QStringLiteral("SQLCipher"), QStringLiteral("3.4.1")},
                           {QStringLiteral("OpenJPEG"), QStringLiteral("2.5.0")}});
        QCOMPARE(about.versionText(QStringLiteral("Qt")), QStringLiteral("6.4.2"));
        QCOMPARE(about.versionText(QStringLiteral("SQLCipher")), QStringLiteral("3.4.1"));
        QCOMPARE(about.versionText(QStringLiteral("OpenJPEG")), QStringLiteral("2.5.0")); // extra rows are kept
        for (const char *missing : {"OpenSSL", "DCMTK", "VTK"})
            QCOMPARE(about.versionText(QString::fromLatin1(missing)), QString::fromUtf8("尚未内置"));
        QCOMPARE(about.windowTitle(), QString::fromUtf8("关于 ClinicLink"));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
