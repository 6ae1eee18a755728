#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

namespace cliniclink::ui::shell {

// Loads the product translation (":/i18n/cliniclink_<lang>.qm", embedded by translations/) and
// Qt's own (for standard buttons), installs them, and remembers the choice in QSettings.
// Installing a translator sends LanguageChange to every widget, which retranslates itself.
class LanguageSwitcher : public QObject {
    Q_OBJECT
public:
    static constexpr const char *kDefaultLanguage = "zh_CN"; // village clinics read Chinese first
    static constexpr const char *kSettingsKey = "ui/language";

    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    static QStringList languages();
    // The language's own name ("简体中文", "English"): shown untranslated so that a user who
    // cannot read the current language still finds their own.
    static QString nativeName(const QString &language);

    QString current() const { return m_current; }
    QString savedLanguage() const;
    // Installs the language; persist=false applies it for this run only.
    bool apply(const QString &language, bool persist = true);
    bool applySaved() { return apply(savedLanguage(), false); }

signals:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QString m_current;
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace cliniclink::ui::shell
