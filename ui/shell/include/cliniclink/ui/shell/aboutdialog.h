#pragma once

#include <QDialog>
#include <QMap>

class QLabel;
class QFormLayout;

namespace cliniclink::ui::shell {

// Version of ClinicLink and of the components it is built on. The shell calls no third-party
// library itself: app/ fills componentVersions (e.g. "Qt", "SQLCipher", "OpenSSL", "DCMTK",
// "VTK"); a standard component without a value is shown as not built in yet.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    static QStringList standardComponents();

    explicit AboutDialog(QMap<QString, QString> componentVersions, QWidget *parent = nullptr);

    // The text shown for a component (for tests).
    QString versionText(const QString &component) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QMap<QString, QString> m_versions;
    QStringList m_components;
    QLabel *m_title;
    QLabel *m_version;
    QLabel *m_description;
    QLabel *m_componentsTitle;
    QList<QLabel *> m_values;
};

} // namespace cliniclink::ui::shell
