#pragma once

#include "cliniclink/his/pharmacy.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cliniclink::ui::his {

struct OutpatientServices;

// The pharmacy's stock work, one panel per task of the pharmacy screen. Each reports what it
// did in its status line and never loses what was typed when the module refuses.

// 入库: a delivery by batch — drug (拼音码 search), batch number, expiry, supplier, quantity,
// unit cost in yuan. The drug's batches are listed beside it.
class StockReceiptPanel : public QWidget {
    Q_OBJECT
public:
    explicit StockReceiptPanel(OutpatientServices &services, QWidget *parent = nullptr);
    bool chooseDrug(const QString &search); // picks the first match
    bool receive();
    int batchRows() const;
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void search(const QString &text);
    void showBatches();

    OutpatientServices &m_s;
    QString m_drugId;
    QLineEdit *m_search = nullptr;
    QListWidget *m_hits = nullptr;
    QLineEdit *m_batchNo = nullptr, *m_supplier = nullptr, *m_unitCost = nullptr;
    QDateEdit *m_expiry = nullptr;
    QSpinBox *m_quantity = nullptr;
    QPushButton *m_receive = nullptr;
    QTableWidget *m_batches = nullptr;
    QLabel *m_status = nullptr;
    QList<QPair<QLabel *, const char *>> m_captions;
};

// 退药: drugs of a dispensed prescription taken back into the batches they came from.
class StockReturnPanel : public QWidget {
    Q_OBJECT
public:
    explicit StockReturnPanel(OutpatientServices &services, QWidget *parent = nullptr);
    void refresh();
    int prescriptionRows() const;
    bool selectPrescription(int row);
    bool takeBack(); // the selected item, quantity and reason
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showItems();

    OutpatientServices &m_s;
    QTableWidget *m_prescriptions = nullptr;
    QTableWidget *m_items = nullptr;
    QSpinBox *m_quantity = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_takeBack = nullptr;
    QLabel *m_status = nullptr;
    QList<QPair<QLabel *, const char *>> m_captions;
};

// 盘点: every batch with stock and its expected quantity; the counted column is typed in and
// recording sets each counted batch to its count, the differences shown afterwards.
class StocktakePanel : public QWidget {
    Q_OBJECT
public:
    explicit StocktakePanel(OutpatientServices &services, QWidget *parent = nullptr);
    void refresh();
    int batchRows() const;
    bool setCount(int row, qint64 counted);
    bool record();
    QList<cliniclink::his::StocktakeLine> differences() const { return m_differences; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    OutpatientServices &m_s;
    QTableWidget *m_counts = nullptr;
    QTableWidget *m_result = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_record = nullptr;
    QLabel *m_status = nullptr;
    QList<cliniclink::his::StocktakeLine> m_differences;
    QList<QPair<QLabel *, const char *>> m_captions;
};

} // namespace cliniclink::ui::his
