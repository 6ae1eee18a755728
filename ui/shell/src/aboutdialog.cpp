#include "cliniclink/ui/shell/aboutdialog.h"

#include "cliniclink/ui/shell/appicon.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cliniclink::ui::shell {

QStringList AboutDialog::standardComponents()
{
    return {QStringLiteral("Qt"), QStringLiteral("SQLCipher"), QStringLiteral("OpenSSL"), QStringLiteral("DCMTK"),
            QStringLiteral("VTK")};
}

AboutDialog::AboutDialog(QMap<QString, QString> componentVersions, QWidget *parent)
    : QDialog(parent), m_versions(std::move(componentVersions)), m_components(standardComponents()),
      m_title(new QLabel(this)), m_version(new QLabel(this)), m_description(new QLabel(this)),
      m_componentsTitle(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    for (auto it = m_versions.cbegin(); it != m_versions.cend(); ++it)
        if (!m_components.contains(it.key()))
            m_components.append(it.key());

    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description->setWordWrap(true);
    QFont bold = m_componentsTitle->font();
    bold.setBold(true);
    m_componentsTitle->setFont(bold);

    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_version);
    header->addLayout(titles, 1);

    auto *form = new QFormLayout;
    for (const QString &component : std::as_const(m_components)) {
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("version_") + component);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(component + QLatin1Char(':'), value); // product names are not translated
        m_values.append(value);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_description);
    layout->addSpacing(8);
    layout->addWidget(m_componentsTitle);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
    retranslateUi();
}

QString AboutDialog::versionText(const QString &component) const
{
    const qsizetype i = m_components.indexOf(component);
    return i < 0 ? QString() : m_values.at(i)->text();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About ClinicLink"));
    m_title->setText(tr("ClinicLink village clinic workstation"));
    m_version->setText(tr("Version %1").arg(QCoreApplication::applicationVersion()));
    m_description->setText(tr("Patient records, prescriptions, public health follow-up and image consultation for "
                              "village clinics. All patient data on this computer is encrypted."));
    m_componentsTitle->setText(tr("Built with"));
    for (qsizetype i = 0; i < m_components.size(); ++i) {
        const QString v = m_versions.value(m_components.at(i));
        m_values.at(i)->setText(v.isEmpty() ? tr("not built in yet") : v);
    }
}

} // namespace cliniclink::ui::shell
