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
// receipt. A fee item (注射费, 换药 …) is added to the open visit by its code, name or 拼音码 in
// the fee field and Enter. The visit's payments are listed; F6 refunds the selected one with the reason typed
// (the module refuses while its drugs are still out). F10 closes the cashier's day (日结
// record) and prints the daily settlement.
class CashierPage : public QWidget {
    Q_OBJECT
public:
    explicit CashierPage(OutpatientServices &services, QWidget *parent = nullptr);

    bool openLatestVisit(const QString &residentId);
    bool pay();
    bool refund(); // F6: the selected payment, with the reason typed
    bool addFeeItem(const QString &search); // the first active fee item matching code, name or 拼音码
    void setMethod(cliniclink::his::PaymentMethod method);
    int paymentRows() const;
    QString printReceipt();
    QString printSettlement();
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void search(const QString &text);
    void showCharges();
    void showPayments();
    void setStatus(const QString &text);

    OutpatientServices &m_s;
    QString m_visitId;
    QString m_patientName;
    std::optional<cliniclink::his::Payment> m_payment;
    QLineEdit *m_search = nullptr;
    QListWidget *m_hits = nullptr;
    QTableWidget *m_charges = nullptr;
    QComboBox *m_method = nullptr;
    QTableWidget *m_payments = nullptr;
    QLineEdit *m_refundReason = nullptr;
    QLineEdit *m_feeSearch = nullptr;
    QLabel *m_due = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace cliniclink::ui::his
