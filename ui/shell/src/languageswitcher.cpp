#include "cliniclink/ui/shell/languageswitcher.h"

#include "shelllogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace cliniclink::ui::shell {

LanguageSwitcher::LanguageSwitcher(QObject *parent) : QObject(parent) {}

LanguageSwitcher::~LanguageSwitcher() { removeTranslators(); }

QStringList LanguageSwitcher::languages() { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }

QString LanguageSwitcher::nativeName(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QString::fromUtf8("简体中文");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QString LanguageSwitcher::savedLanguage() const
{
    const QString saved = QSettings().value(QLatin1String(kSettingsKey)).toString();
    return languages().contains(saved) ? saved : QString::fromLatin1(kDefaultLanguage);
}

void LanguageSwitcher::removeTranslators()
{
    for (QTranslator **t : {&m_app, &m_qt}) {
        if (*t) {
            if (QCoreApplication::instance()) // not during application teardown
                QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

bool LanguageSwitcher::apply(const QString &language, bool persist)
{
    if (!languages().contains(language))
        return false;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/cliniclink_%1.qm").arg(language))) {
        qCWarning(lcShell) << "translation not found for" << language;
        return false;
    }
    removeTranslators();
    QLocale::setDefault(QLocale(language));
    m_qt = new QTranslator;
    if (!m_qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete m_qt; // English needs none; Chinese comes from qt6-translations-l10n
        m_qt = nullptr;
    } else {
        QCoreApplication::installTranslator(m_qt);
    }
    m_app = app.release();
    QCoreApplication::installTranslator(m_app);
    m_current = language;
    if (persist)
        QSettings().setValue(QLatin1String(kSettingsKey), language);
    emit languageChanged(language);
    return true;
}

} // namespace cliniclink::ui::shell
