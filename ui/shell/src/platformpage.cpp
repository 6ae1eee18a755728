#include "platformpage.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/platformenrolform.h"
#include "cliniclink/ui/shell/setupwizard.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace cliniclink::ui::shell {

PlatformPage::PlatformPage(SetupWizard *wizard)
    : QWizardPage(wizard),
      m_form(new PlatformEnrolForm([wizard]() -> store::Store * {
          identity::Session *s = wizard->setupSession();
          return s && s->isOpen() ? &s->store() : nullptr;
      }, this)),
      m_later(new QLabel(this))
{
    m_later->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_later);
    setFinalPage(true);
    retranslateUi();
}

void PlatformPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void PlatformPage::retranslateUi()
{
    setTitle(tr("Connect to the platform (optional)"));
    setSubTitle(tr("Optional: you can also do this later"));
    m_later->setText(tr("No network yet? Click Finish: the clinic works offline, and the administrator can connect "
                        "later from Session › Connect to platform."));
}

} // namespace cliniclink::ui::shell
