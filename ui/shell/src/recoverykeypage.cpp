#include "recoverykeypage.h"

#include "cliniclink/ui/shell/setupwizard.h"
#include "messagestyle.h"
#include "recoverykeysheet.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace cliniclink::ui::shell {

RecoveryKeyPage::RecoveryKeyPage(SetupWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_intro(new QLabel(this)), m_key(new QLabel(this)),
      m_warning(new QLabel(this)), m_status(new QLabel(this)), m_print(new QPushButton(this)),
      m_pdf(new QPushButton(this)), m_confirm(new QCheckBox(this))
{
    m_key->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_pdf->setObjectName(QStringLiteral("savePdfButton"));
    m_confirm->setObjectName(QStringLiteral("keyStoredCheckBox"));
    m_intro->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_status->setWordWrap(true);
    clearMessage(m_status);

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(20);
    mono.setBold(true);
    m_key->setFont(mono);
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setFrameShape(QFrame::StyledPanel);
    m_key->setMargin(16);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_key);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_warning);
    layout->addStretch();
    layout->addWidget(m_confirm);

    connect(m_print, &QPushButton::clicked, this, &RecoveryKeyPage::print);
    connect(m_pdf, &QPushButton::clicked, this, &RecoveryKeyPage::saveAsPdf);
    connect(m_confirm, &QCheckBox::toggled, this, &RecoveryKeyPage::completeChanged);
    setFinalPage(true);
    retranslateUi();
}

void RecoveryKeyPage::initializePage() { m_key->setText(formatRecoveryKeyForDisplay(m_wizard->recoveryKey())); }

bool RecoveryKeyPage::isComplete() const { return m_wizard->isSetUp() && m_confirm->isChecked(); }

void RecoveryKeyPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery key"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    RecoveryKeySheet sheet{field(QStringLiteral("clinicName")).toString(), field(QStringLiteral("clinicCode")).toString(),
                           m_wizard->administratorUserName(), m_wizard->recoveryKey(), m_wizard->clock().nowUtc()};
    if (sheet.print(&printer))
        setMessage(m_status, MessageKind::Success, tr("The recovery key was sent to the printer."));
    else
        setMessage(m_status, MessageKind::Error, tr("Printing failed. Check the printer and try again."));
}

void RecoveryKeyPage::saveAsPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the recovery key as PDF"),
                                                      QDir::home().filePath(QStringLiteral("cliniclink-recovery-key.pdf")),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (m_wizard->writeRecoveryKeyPdf(path))
        setMessage(m_status, MessageKind::Success,
                   tr("Saved to %1. Copy it to a USB stick that is locked away, then delete it from this computer.")
                       .arg(QDir::toNativeSeparators(path)));
    else
        setMessage(m_status, MessageKind::Error, tr("The PDF file could not be written."));
}

void RecoveryKeyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void RecoveryKeyPage::retranslateUi()
{
    setTitle(tr("Recovery key"));
    setSubTitle(tr("Step 3 of 3 — the clinic is set up"));
    m_intro->setText(tr("This is the clinic's recovery key. It is shown only this once. If every administrator "
                        "password is forgotten, only this key can open the clinic's data."));
    m_warning->setText(tr("Print it (or save it as PDF and copy it to a USB stick) and lock it away. "
                          "Anyone with this key can open all patient records."));
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_confirm->setText(tr("I have printed or stored the recovery key in a safe place"));
}

} // namespace cliniclink::ui::shell
