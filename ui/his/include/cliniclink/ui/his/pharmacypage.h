#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace cliniclink::ui::his {

struct OutpatientServices;

// The pharmacy: the queue of signed prescriptions (oldest first), dispensing the selected one
// with Enter (FIFO by expiry in the module; ChargesUnpaid until the cashier is paid), and the
// low-stock and near-expiry lists. F5 refreshes.
class PharmacyPage : public QWidget {
    Q_OBJECT
public:
    explicit PharmacyPage(OutpatientServices &services, QWidget *parent = nullptr);

    void refresh();
    bool dispenseSelected();
    int queueSize() const;
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillQueue();
    void fillLowStock();
    void fillNearExpiry();
    QString drugName(const QString &drugId);

    OutpatientServices &m_s;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_queue = nullptr;
    QTableWidget *m_lowStock = nullptr;
    QTableWidget *m_nearExpiry = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace cliniclink::ui::his
