#include "clinicpage.h"

#include "cliniclink/identity/passwordpolicy.h"
#include "cliniclink/ui/shell/errortext.h"
#include "messagestyle.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace cliniclink::ui::shell {

ClinicPage::ClinicPage(QWidget *parent)
    : QWizardPage(parent), m_intro(new QLabel(this)), m_nameLabel(new QLabel(this)), m_codeLabel(new QLabel(this)),
      m_name(new QLineEdit(this)), m_code(new QLineEdit(this)), m_codeFeedback(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("clinicNameEdit"));
    m_code->setObjectName(QStringLiteral("clinicCodeEdit"));
    m_codeFeedback->setObjectName(QStringLiteral("clinicCodeFeedback"));
    m_intro->setWordWrap(true);
    m_codeFeedback->setWordWrap(true);
    m_name->setMaxLength(100);
    m_code->setMaxLength(12);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,12}")), m_code));
    m_nameLabel->setBuddy(m_name);
    m_codeLabel->setBuddy(m_code);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_codeLabel, m_code);
    form->addRow(QString(), m_codeFeedback);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addStretch();

    registerField(QStringLiteral("clinicName*"), m_name);
    registerField(QStringLiteral("clinicCode*"), m_code);
    connect(m_code, &QLineEdit::textChanged, this, &ClinicPage::updateCodeFeedback);
    connect(m_name, &QLineEdit::textChanged, this, &ClinicPage::completeChanged);
    retranslateUi();
}

bool ClinicPage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && bool(identity::checkClinicCode(m_code->text()));
}

void ClinicPage::updateCodeFeedback()
{
    const QString code = m_code->text();
    if (code.isEmpty()) {
        setMessage(m_codeFeedback, MessageKind::Hint,
                   tr("12 digits: county code (6) + township (3) + village (3). A township health centre uses village 000."));
    } else if (const auto ok = identity::checkClinicCode(code); !ok) {
        QString text = errorText(ok.error());
        if (code.size() < 12)
            text = tr("%1 %2", "error message, then how many digits are missing")
                       .arg(text, tr("%n more digit(s) needed.", nullptr, int(12 - code.size())));
        setMessage(m_codeFeedback, MessageKind::Error, text);
    } else {
        setMessage(m_codeFeedback, MessageKind::Success,
                   tr("County %1, township %2, village %3.").arg(code.left(6), code.mid(6, 3), code.mid(9, 3)));
    }
    emit completeChanged();
}

void ClinicPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ClinicPage::retranslateUi()
{
    setTitle(tr("Your clinic"));
    setSubTitle(tr("Step 1 of 3"));
    m_intro->setText(tr("Welcome to ClinicLink. This set-up is done once, by the clinic's administrator. "
                        "All patient data on this computer will be encrypted."));
    m_nameLabel->setText(tr("Clinic &name:"));
    m_codeLabel->setText(tr("Clinic &code:"));
    m_name->setPlaceholderText(tr("e.g. Xinglong Village Clinic"));
    m_code->setPlaceholderText(tr("12 digits"));
    updateCodeFeedback();
}

} // namespace cliniclink::ui::shell
