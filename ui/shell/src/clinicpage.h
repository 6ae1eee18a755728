#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace cliniclink::ui::shell {

// Clinic name and the 12-digit clinic code (GB/T 2260 county 6 + township 3 + village 3),
// checked while typing.
class ClinicPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ClinicPage(QWidget *parent = nullptr);
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCodeFeedback();

    QLabel *m_intro;
    QLabel *m_nameLabel;
    QLabel *m_codeLabel;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QLabel *m_codeFeedback;
};

} // namespace cliniclink::ui::shell
