#pragma once

#include "cliniclink/publichealth/indicators.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cliniclink::identity {
class Session;
}

namespace cliniclink::ui::publichealth {

// 考核指标 of a quarter: each figure with its numerator, denominator and — always next to
// it — the definition of what it counts.
class IndicatorsPage : public QWidget {
    Q_OBJECT
public:
    explicit IndicatorsPage(identity::Session &session, QWidget *parent = nullptr);

    void compute();
    QList<::cliniclink::publichealth::Indicator> indicators() const { return m_indicators; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    identity::Session &m_session;
    QList<::cliniclink::publichealth::Indicator> m_indicators;
    QSpinBox *m_year;
    QComboBox *m_quarter;
    QLabel *m_populationLabel;
    QSpinBox *m_population;
    QPushButton *m_setPopulation;
    QPushButton *m_compute;
    QTableWidget *m_table;
    QLabel *m_message;
};

} // namespace cliniclink::ui::publichealth
