#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace cliniclink::ui::his {

struct OutpatientServices;
class StockReceiptPanel;
class StockReturnPanel;
class StocktakePanel;

// The pharmacy: the queue of signed prescriptions (oldest first), dispensing the selected one
// with Enter (FIFO by expiry in the module; ChargesUnpaid until the cashier is paid), stock
// receipts by batch, returns, stocktake with differences, and the low-stock and near-expiry
// lists. F2 does the open tab's action (receive, take back, record); F5 refreshes.
class PharmacyPage : public QWidget {
    Q_OBJECT
public:
    explicit PharmacyPage(OutpatientServices &services, QWidget *parent = nullptr);

    void refresh();
    bool dispenseSelected();
    int queueSize() const;
    int lowStockRows() const;
    int nearExpiryRows() const;
    QString statusText() const;
    enum Tab { Queue, Receipt, Returns, Stocktake, LowStock, NearExpiry };
    void showTab(Tab tab);
    StockReceiptPanel *receiptPanel() const { return m_receipt; }
    StockReturnPanel *returnPanel() const { return m_returns; }
    StocktakePanel *stocktakePanel() const { return m_stocktake; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fillQueue();
    void fillLowStock();
    void fillNearExpiry();
    void primaryAction();
    QString drugName(const QString &drugId);

    OutpatientServices &m_s;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_queue = nullptr;
    QTableWidget *m_lowStock = nullptr;
    QTableWidget *m_nearExpiry = nullptr;
    StockReceiptPanel *m_receipt = nullptr;
    StockReturnPanel *m_returns = nullptr;
    StocktakePanel *m_stocktake = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace cliniclink::ui::his
