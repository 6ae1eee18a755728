#include "cliniclink/ui/shell/platformenrolform.h"

#include "cliniclink/sync/syncengine.h"
#include "cliniclink/ui/shell/errortext.h"
#include "messagestyle.h"
#include "shelllogging.h"
#include "waitcursor.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace cliniclink::ui::shell {

PlatformEnrolForm::PlatformEnrolForm(StoreProvider store, QWidget *parent)
    : QWidget(parent), m_store(std::move(store)), m_intro(new QLabel(this)), m_urlLabel(new QLabel(this)),
      m_codeLabel(new QLabel(this)), m_caLabel(new QLabel(this)), m_url(new QLineEdit(this)), m_code(new QLineEdit(this)),
      m_ca(new QLineEdit(this)), m_browse(new QPushButton(this)), m_connect(new QPushButton(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("platformEnrolForm"));
    m_url->setObjectName(QStringLiteral("platformUrlEdit"));
    m_code->setObjectName(QStringLiteral("enrolCodeEdit"));
    m_ca->setObjectName(QStringLiteral("caFileEdit"));
    m_connect->setObjectName(QStringLiteral("enrolButton"));
    m_message->setObjectName(QStringLiteral("enrolMessage"));
    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_url->setPlaceholderText(QStringLiteral("https://platform.example.cn:8443"));
    m_code->setMaxLength(32);
    m_urlLabel->setBuddy(m_url);
    m_codeLabel->setBuddy(m_code);
    m_caLabel->setBuddy(m_ca);
    clearMessage(m_message);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_codeLabel, m_code);
    form->addRow(m_caLabel, caRow);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_connect);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addLayout(buttonRow);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_browse, &QPushButton::clicked, this, &PlatformEnrolForm::chooseCaFile);
    connect(m_connect, &QPushButton::clicked, this, &PlatformEnrolForm::enrol);
    retranslateUi();
}

QString PlatformEnrolForm::message() const { return m_message->text(); }

void PlatformEnrolForm::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Platform CA certificate"), QString(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_ca->setText(file);
}

bool PlatformEnrolForm::enrol()
{
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    const QString code = m_code->text().trimmed();
    const QString ca = m_ca->text().trimmed();
    if (m_url->text().trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        setMessage(m_message, MessageKind::Error, tr("Enter the platform's address, e.g. https://platform.example.cn:8443."));
        return false;
    }
    if (code.isEmpty()) {
        setMessage(m_message, MessageKind::Error, tr("Enter the one-time code from the platform administrator."));
        return false;
    }
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable()) {
        setMessage(m_message, MessageKind::Error, tr("The CA file cannot be read: %1").arg(ca));
        return false;
    }
    store::Store *st = m_store ? m_store() : nullptr;
    if (!st) {
        setMessage(m_message, MessageKind::Error, tr("The clinic's data store is not open. Connect later from Session › Connect to platform."));
        return false;
    }
    const WaitCursor wait;
    // Enrolment waits for the network with a local event loop: nothing in the window (Finish,
    // Close) may run meanwhile.
    QWidget *top = window();
    top->setEnabled(false);
    auto r = sync::enrol(*st, url, ca, code);
    top->setEnabled(true);
    if (!r) {
        qCWarning(lcShell) << "enrolment failed:" << r.error().toString();
        setMessage(m_message, MessageKind::Error, errorText(r.error()));
        return false;
    }
    // Later syncs (background and cliniclinkctl) pin the same CA.
    if (auto saved = st->setMeta(QLatin1String(sync::metakey::CaFile), ca); !saved)
        qCWarning(lcShell) << "CA file not remembered:" << saved.error().toString();
    m_enrolled = true;
    m_code->clear();
    setMessage(m_message, MessageKind::Success,
               tr("Connected to the platform as %1 (%2).").arg(r->orgName.isEmpty() ? r->orgCode : r->orgName, r->orgCode));
    emit enrolled(r->orgCode);
    return true;
}

void PlatformEnrolForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PlatformEnrolForm::retranslateUi()
{
    m_intro->setText(tr("Records saved on this computer are sent to the county's platform, and the platform's records of "
                        "your residents come back. Ask the platform administrator for its address and a one-time code."));
    m_urlLabel->setText(tr("Platform &address:"));
    m_codeLabel->setText(tr("One-time &code:"));
    m_caLabel->setText(tr("CA &certificate (optional):"));
    m_browse->setText(tr("Choose…"));
    m_connect->setText(tr("Connect"));
}

} // namespace cliniclink::ui::shell
