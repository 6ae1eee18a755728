#include "cliniclink/ui/publichealth/indicatorspage.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cliniclink::ui::publichealth {

namespace ph = ::cliniclink::publichealth;

IndicatorsPage::IndicatorsPage(identity::Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    const QDate today = session.clock().nowUtc().toLocalTime().date();
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(today.year());
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("quarterChoice"));
    for (int q = 1; q <= 4; ++q)
        m_quarter->addItem(QString(), q);
    m_quarter->setCurrentIndex(ph::Quarter::containing(today).quarter - 1);
    m_populationLabel = new QLabel(this);
    m_population = new QSpinBox(this);
    m_population->setRange(0, 10'000'000);
    m_setPopulation = new QPushButton(this);
    m_compute = new QPushButton(this);
    m_compute->setObjectName(QStringLiteral("computeIndicatorsButton"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("indicatorTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_year);
    top->addWidget(m_quarter);
    top->addWidget(m_compute);
    top->addStretch(1);
    top->addWidget(m_populationLabel);
    top->addWidget(m_population);
    top->addWidget(m_setPopulation);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_compute, &QPushButton::clicked, this, &IndicatorsPage::compute);
    connect(m_setPopulation, &QPushButton::clicked, this, [this] {
        auto ok = ph::Indicators(m_session).setResidentPopulation(m_population->value());
        m_message->setText(ok ? QString() : shell::errorText(ok.error()));
        compute();
    });
    if (auto population = ph::Indicators(m_session).residentPopulation(); population && *population)
        m_population->setValue(int(**population));
    retranslateUi();
}

void IndicatorsPage::retranslateUi()
{
    setWindowTitle(tr("Indicators"));
    for (int q = 0; q < 4; ++q)
        m_quarter->setItemText(q, tr("Quarter %1").arg(q + 1));
    m_populationLabel->setText(tr("Resident population:"));
    m_setPopulation->setText(tr("Set"));
    m_compute->setText(tr("Compute"));
    m_table->setHorizontalHeaderLabels({tr("Indicator"), tr("Rate"), tr("Counted"), tr("Definition")});
}

void IndicatorsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QWidget::changeEvent(event);
}

void IndicatorsPage::compute()
{
    auto result = ph::Indicators(m_session).compute(ph::Quarter{m_year->value(), m_quarter->currentData().toInt()});
    if (!result) {
        m_message->setText(shell::errorText(result.error()));
        return;
    }
    m_message->clear();
    m_indicators = *result;
    fill();
}

void IndicatorsPage::fill()
{
    const char *ctx = "cliniclink::publichealth::Indicator";
    m_table->setRowCount(int(m_indicators.size()));
    for (int row = 0; row < m_indicators.size(); ++row) {
        const ph::Indicator &i = m_indicators.at(row);
        const auto percent = i.percent();
        const QStringList cells{QCoreApplication::translate(ctx, i.title),
                                percent ? QStringLiteral("%1%").arg(*percent, 0, 'f', 1) : tr("no denominator"),
                                QStringLiteral("%1 / %2").arg(i.numerator).arg(i.denominator),
                                QCoreApplication::translate(ctx, i.definition)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
}

} // namespace cliniclink::ui::publichealth
