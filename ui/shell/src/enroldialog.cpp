#include "cliniclink/ui/shell/enroldialog.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/platformenrolform.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace cliniclink::ui::shell {

EnrolDialog::EnrolDialog(identity::Session &session, QWidget *parent)
    : QDialog(parent), m_form(new PlatformEnrolForm([&session] { return session.isOpen() ? &session.store() : nullptr; }, this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("enrolDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_close, &QPushButton::clicked, this, [this] { done(m_form->isEnrolled() ? Accepted : Rejected); });
    resize(620, 360);
    retranslateUi();
}

void EnrolDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void EnrolDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to platform"));
    m_close->setText(tr("Close"));
}

} // namespace cliniclink::ui::shell
