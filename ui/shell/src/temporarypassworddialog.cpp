#include "cliniclink/ui/shell/temporarypassworddialog.h"

#include "cliniclink/ui/shell/passwordfeedback.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cliniclink::ui::shell {

TemporaryPasswordDialog::TemporaryPasswordDialog(const QString &intro, QWidget *parent)
    : QDialog(parent), m_intro(new QLabel(intro, this)), m_passwordLabel(new QLabel(this)), m_repeatLabel(new QLabel(this)),
      m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_feedbackLabel(new QLabel(this)), m_ok(nullptr),
      m_feedback(new PasswordFeedback(m_password, m_repeat, m_feedbackLabel, this))
{
    setObjectName(QStringLiteral("temporaryPasswordDialog"));
    m_password->setObjectName(QStringLiteral("temporaryPasswordEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatTemporaryPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_intro->setWordWrap(true);
    m_passwordLabel->setBuddy(m_password);
    m_repeatLabel->setBuddy(m_repeat);
    auto *form = new QFormLayout;
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_feedbackLabel);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = box->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(box);
    setMinimumWidth(460);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_feedback, &PasswordFeedback::acceptableChanged, m_ok, &QPushButton::setEnabled);
    retranslateUi();
}

QString TemporaryPasswordDialog::password() const { return m_feedback->password(); }

void TemporaryPasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void TemporaryPasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Temporary password"));
    m_passwordLabel->setText(tr("&Temporary password:"));
    m_repeatLabel->setText(tr("&Repeat:"));
}

} // namespace cliniclink::ui::shell
