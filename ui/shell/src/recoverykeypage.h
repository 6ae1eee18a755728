#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;

namespace cliniclink::ui::shell {
class SetupWizard;

// Shows the recovery key once, large and monospaced, with Print and Save as PDF; Finish needs
// the confirmation that the key is stored.
class RecoveryKeyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RecoveryKeyPage(SetupWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void print();
    void saveAsPdf();

    SetupWizard *m_wizard;
    QLabel *m_intro;
    QLabel *m_key;
    QLabel *m_warning;
    QLabel *m_status;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QCheckBox *m_confirm;
};

} // namespace cliniclink::ui::shell
