#pragma once

#include "cliniclink/his/drug.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace cliniclink::ui::his {

struct OutpatientServices;

// The administrator's catalogue: drugs (医保 code checked as it is typed, 拼音码 computed unless
// edited, 五笔码 by hand, 基本药物 flag, price typed in yuan and kept in fen) and fee items.
// A row of the list opens in the form; F4 starts a new entry, F2 saves. The list searches by
// 拼音码, 五笔码, 医保 code or name as the search field is typed.
class CatalogueAdminPage : public QWidget {
    Q_OBJECT
public:
    explicit CatalogueAdminPage(OutpatientServices &services, QWidget *parent = nullptr);

    void refresh();
    void newEntry();   // F4
    bool save();       // F2
    bool openDrug(const QString &id);
    bool openFeeItem(const QString &id);
    int drugRows() const;
    int feeRows() const;
    QString statusText() const;
    bool insuranceCodeAccepted() const; // the live check of the 医保 code field

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildDrugTab();
    QWidget *buildFeeTab();
    void retranslateUi();
    void fillDrugs();
    void fillFees();
    void checkInsuranceCode();
    bool saveDrug();
    bool saveFeeItem();
    void setStatus(const QString &text, bool error = false);

    OutpatientServices &m_s;
    cliniclink::his::Drug m_drug;
    cliniclink::his::FeeItem m_fee;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_drugSearch = nullptr;
    QTableWidget *m_drugs = nullptr;
    QLineEdit *m_genericName = nullptr, *m_tradeName = nullptr, *m_form = nullptr, *m_strength = nullptr, *m_unit = nullptr,
              *m_packageUnit = nullptr, *m_price = nullptr, *m_insuranceCode = nullptr, *m_doseUnit = nullptr,
              *m_dosePerUnit = nullptr, *m_maxSingle = nullptr, *m_maxDaily = nullptr, *m_pinyin = nullptr, *m_wubi = nullptr;
    QSpinBox *m_packageSize = nullptr, *m_lowStock = nullptr;
    QComboBox *m_category = nullptr, *m_control = nullptr;
    QCheckBox *m_essential = nullptr, *m_drugActive = nullptr;
    QLabel *m_insuranceCheck = nullptr;
    QTableWidget *m_fees = nullptr;
    QLineEdit *m_feeCode = nullptr, *m_feeName = nullptr, *m_feePrice = nullptr, *m_feeUnit = nullptr,
              *m_feeInsurance = nullptr, *m_feePinyin = nullptr;
    QComboBox *m_feeKind = nullptr;
    QCheckBox *m_feeActive = nullptr;
    QLabel *m_status = nullptr;
    QList<QPair<QLabel *, const char *>> m_captions;
    QLabel *caption(const char *source);
};

} // namespace cliniclink::ui::his
