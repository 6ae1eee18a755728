#include "cliniclink/ui/his/pharmacypage.h"

#include "cliniclink/ui/his/outpatientservices.h"
#include "cliniclink/ui/his/stockpanels.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cliniclink::ui::his {

using namespace cliniclink::his;

namespace {

constexpr int kNearExpiryDays = 90;

QTableWidget *table(int columns, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, const QVariant &id = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c == 0)
            item->setData(Qt::UserRole, id);
        t->setItem(row, c, item);
    }
}

} // namespace

PharmacyPage::PharmacyPage(OutpatientServices &services, QWidget *parent) : QWidget(parent), m_s(services)
{
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel(this);
    m_tabs = new QTabWidget(this);
    m_queue = table(4, m_tabs);
    m_lowStock = table(3, m_tabs);
    m_nearExpiry = table(4, m_tabs);
    m_receipt = new StockReceiptPanel(m_s, m_tabs);
    m_returns = new StockReturnPanel(m_s, m_tabs);
    m_stocktake = new StocktakePanel(m_s, m_tabs);
    m_tabs->addTab(m_queue, QString()); // in the order of enum Tab
    m_tabs->addTab(m_receipt, QString());
    m_tabs->addTab(m_returns, QString());
    m_tabs->addTab(m_stocktake, QString());
    m_tabs->addTab(m_lowStock, QString());
    m_tabs->addTab(m_nearExpiry, QString());
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_hint);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    connect(m_queue, &QTableWidget::itemActivated, this, [this] { dispenseSelected(); });
    auto *refreshKey = new QShortcut(QKeySequence(Qt::Key_F5), this, [this] { refresh(); });
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    auto *actionKey = new QShortcut(QKeySequence(Qt::Key_F2), this, [this] { primaryAction(); });
    actionKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refresh(); });
    retranslateUi();
}

void PharmacyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PharmacyPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void PharmacyPage::retranslateUi()
{
    setWindowTitle(tr("Pharmacy"));
    m_hint->setText(tr("Enter dispenses the selected prescription (paid ones only); F2 receives, takes back or records "
                       "on its tab; F5 refreshes."));
    m_tabs->setTabText(Queue, tr("Dispensing queue"));
    m_tabs->setTabText(Receipt, tr("Stock receipt"));
    m_tabs->setTabText(Returns, tr("Returns"));
    m_tabs->setTabText(Stocktake, tr("Stocktake"));
    m_tabs->setTabText(LowStock, tr("Low stock"));
    m_tabs->setTabText(NearExpiry, tr("Near expiry (%n days)", nullptr, kNearExpiryDays));
    m_queue->setHorizontalHeaderLabels({tr("Patient"), tr("Type"), tr("Signed"), tr("Drugs")});
    m_lowStock->setHorizontalHeaderLabels({tr("Drug"), tr("Available"), tr("Threshold")});
    m_nearExpiry->setHorizontalHeaderLabels({tr("Drug"), tr("Batch"), tr("Expiry"), tr("Quantity")});
}

QString PharmacyPage::drugName(const QString &drugId)
{
    auto d = m_s.catalogue->drug(drugId);
    return d ? QStringLiteral("%1 %2").arg(d->genericName, d->strength) : drugId;
}

void PharmacyPage::refresh()
{
    fillQueue();
    fillLowStock();
    fillNearExpiry();
    m_returns->refresh();
    m_stocktake->refresh();
}

void PharmacyPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void PharmacyPage::primaryAction()
{
    switch (m_tabs->currentIndex()) {
    case Queue: dispenseSelected(); break;
    case Receipt: m_receipt->receive(); break;
    case Returns: m_returns->takeBack(); break;
    case Stocktake: m_stocktake->record(); break;
    default: break;
    }
}

int PharmacyPage::lowStockRows() const
{
    return m_lowStock->rowCount();
}

int PharmacyPage::nearExpiryRows() const
{
    return m_nearExpiry->rowCount();
}

void PharmacyPage::fillQueue()
{
    auto queue = m_s.prescribing->dispensingQueue();
    if (!queue) {
        m_status->setText(shell::errorText(queue.error()));
        return;
    }
    m_queue->setRowCount(int(queue->size()));
    for (int r = 0; r < queue->size(); ++r) {
        const Prescription &p = queue->at(r);
        auto resident = m_s.registry->resident(p.residentId);
        const QString name = resident && *resident ? (*resident)->name() : QString();
        QStringList drugs;
        for (const PrescriptionItem &i : p.items)
            drugs << QStringLiteral("%1 ×%2").arg(drugName(i.drugId)).arg(i.quantity - i.dispensed);
        QString type = prescriptionTypeLabel(p.type);
        if (type.isEmpty())
            type = tr("Ordinary");
        setRow(m_queue, r, {name, type, p.signedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            drugs.join(QStringLiteral("；"))}, p.id);
    }
    m_queue->resizeColumnsToContents();
    if (m_queue->rowCount() && !m_queue->currentItem())
        m_queue->selectRow(0);
}

void PharmacyPage::fillLowStock()
{
    auto low = m_s.pharmacy->lowStock();
    if (!low)
        return;
    m_lowStock->setRowCount(int(low->size()));
    for (int r = 0; r < low->size(); ++r)
        setRow(m_lowStock, r, {drugName(low->at(r).drugId), QString::number(low->at(r).available), QString::number(low->at(r).threshold)});
    m_lowStock->resizeColumnsToContents();
}

void PharmacyPage::fillNearExpiry()
{
    auto near = m_s.pharmacy->nearExpiry(kNearExpiryDays);
    if (!near)
        return;
    m_nearExpiry->setRowCount(int(near->size()));
    for (int r = 0; r < near->size(); ++r) {
        const StockBatch &b = near->at(r);
        setRow(m_nearExpiry, r, {drugName(b.drugId), b.batchNo, b.expiry.toString(Qt::ISODate), QString::number(b.quantity)});
    }
    m_nearExpiry->resizeColumnsToContents();
}

bool PharmacyPage::dispenseSelected()
{
    const int row = m_queue->currentRow();
    if (row < 0)
        return false;
    auto out = m_s.pharmacy->dispense(m_queue->item(row, 0)->data(Qt::UserRole).toString());
    if (!out) {
        m_status->setText(shell::errorText(out.error()));
        return false;
    }
    m_status->setText(out->complete ? tr("Dispensed.") : tr("Partly dispensed: the rest stays in the queue until stock arrives."));
    refresh();
    return true;
}

int PharmacyPage::queueSize() const
{
    return m_queue->rowCount();
}

QString PharmacyPage::statusText() const
{
    return m_status->text();
}

} // namespace cliniclink::ui::his
