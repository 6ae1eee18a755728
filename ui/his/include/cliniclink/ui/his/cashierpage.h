#pragma once

#include "cliniclink/his/billing.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace cliniclink::ui::his {

struct OutpatientServices;

// The cashier: find the patient (Enter takes the latest visit and charges its registration and
// signed prescriptions), choose the payment method, F5 takes the exact amount due, F9 prints the
// receipt, F10 prints the cashier's daily settlement.
class CashierPage : public QWidget {
    Q_OBJECT
public:
    explicit CashierPage(OutpatientServices &services, QWidget *parent = nullptr);

    bool openLatestVisit(const QString &residentId);
    bool pay();
    QString printReceipt();
    QString printSettlement();
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void search(const QString &text);
    void showCharges();
    void setStatus(const QString &text);

    OutpatientServices &m_s;
    QString m_visitId;
    QString m_patientName;
    std::optional<cliniclink::his::Payment> m_payment;
    QLineEdit *m_search = nullptr;
    QListWidget *m_hits = nullptr;
    QTableWidget *m_charges = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_due = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace cliniclink::ui::his
