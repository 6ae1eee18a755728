#include "cliniclink/ui/his/stockpanels.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/ui/his/outpatientservices.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace cliniclink::ui::his {

using namespace cliniclink::his;

namespace {

QTableWidget *listTable(int columns, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setCells(QTableWidget *t, int row, const QStringList &cells, const QVariant &id = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        t->setItem(row, c, item);
    }
}

QLabel *captionOf(QList<QPair<QLabel *, const char *>> &captions, const char *source, QWidget *parent)
{
    auto *label = new QLabel(parent);
    captions.append({label, source});
    return label;
}

QString drugName(OutpatientServices &s, const QString &drugId)
{
    auto d = s.catalogue->drug(drugId);
    return d ? QStringLiteral("%1 %2").arg(d->genericName, d->strength) : drugId;
}

void setStatusLine(QLabel *status, const QString &text, bool error)
{
    status->setStyleSheet(error ? QStringLiteral("color: #a61b1b;") : QString());
    status->setText(text);
}

} // namespace

// ---- 入库 -------------------------------------------------------------------------------

StockReceiptPanel::StockReceiptPanel(OutpatientServices &services, QWidget *parent) : QWidget(parent), m_s(services)
{
    auto *grid = new QGridLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("receiptDrugSearch"));
    m_hits = new QListWidget(this);
    m_batchNo = new QLineEdit(this);
    m_batchNo->setObjectName(QStringLiteral("batchNo"));
    m_expiry = new QDateEdit(this);
    m_expiry->setObjectName(QStringLiteral("expiry"));
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDate(m_s.session.clock().nowUtc().toLocalTime().date().addYears(2));
    m_supplier = new QLineEdit(this);
    m_supplier->setObjectName(QStringLiteral("supplier"));
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setRange(1, 1000000);
    m_unitCost = new QLineEdit(this);
    m_unitCost->setObjectName(QStringLiteral("unitCost"));
    m_receive = new QPushButton(this);
    m_batches = listTable(4, this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(captionOf(m_captions, QT_TR_NOOP("Batch number"), this), m_batchNo);
    form->addRow(captionOf(m_captions, QT_TR_NOOP("Expiry (last day of use)"), this), m_expiry);
    form->addRow(captionOf(m_captions, QT_TR_NOOP("Supplier"), this), m_supplier);
    form->addRow(captionOf(m_captions, QT_TR_NOOP("Quantity (dispensing units)"), this), m_quantity);
    form->addRow(captionOf(m_captions, QT_TR_NOOP("Unit cost (yuan)"), this), m_unitCost);
    form->addRow(new QLabel(this), m_receive);
    grid->addWidget(captionOf(m_captions, QT_TR_NOOP("Drug (拼音码 or name) — Enter picks"), this), 0, 0);
    grid->addWidget(m_search, 1, 0);
    grid->addWidget(m_hits, 2, 0);
    grid->addLayout(form, 0, 1, 3, 1);
    grid->addWidget(captionOf(m_captions, QT_TR_NOOP("Batches of the chosen drug"), this), 3, 0, 1, 2);
    grid->addWidget(m_batches, 4, 0, 1, 2);
    grid->addWidget(m_status, 5, 0, 1, 2);
    grid->setRowStretch(4, 1);
    connect(m_search, &QLineEdit::textChanged, this, &StockReceiptPanel::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { chooseDrug(m_search->text()); });
    connect(m_hits, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_drugId = item->data(Qt::UserRole).toString();
        showBatches();
        m_batchNo->setFocus();
    });
    connect(m_receive, &QPushButton::clicked, this, &StockReceiptPanel::receive);
    connect(m_unitCost, &QLineEdit::returnPressed, this, &StockReceiptPanel::receive);
    retranslateUi();
}

void StockReceiptPanel::retranslateUi()
{
    for (const auto &[label, source] : std::as_const(m_captions))
        label->setText(tr(source));
    m_receive->setText(tr("Receive into stock (F2)"));
    m_batches->setHorizontalHeaderLabels({tr("Batch"), tr("Expiry"), tr("Quantity"), tr("Received")});
    m_supplier->setPlaceholderText(tr("e.g. 县医药公司"));
}

void StockReceiptPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StockReceiptPanel::search(const QString &text)
{
    m_hits->clear();
    if (text.trimmed().isEmpty())
        return;
    auto drugs = m_s.catalogue->searchDrugs(text.trimmed(), 20);
    if (!drugs)
        return setStatusLine(m_status, shell::errorText(drugs.error()), true);
    for (const Drug &d : *drugs) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2  %3").arg(d.genericName, d.strength, d.form), m_hits);
        item->setData(Qt::UserRole, d.id);
    }
    m_hits->setCurrentRow(0);
}

bool StockReceiptPanel::chooseDrug(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text); // searches
    QListWidgetItem *item = m_hits->currentItem();
    if (!item) {
        setStatusLine(m_status, tr("No drug in the catalogue matches “%1”.").arg(text), true);
        return false;
    }
    m_drugId = item->data(Qt::UserRole).toString();
    showBatches();
    setStatusLine(m_status, tr("Receiving %1.").arg(item->text()), false);
    m_batchNo->setFocus();
    return true;
}

void StockReceiptPanel::showBatches()
{
    m_batches->setRowCount(0);
    if (m_drugId.isEmpty())
        return;
    auto batches = m_s.pharmacy->batches(m_drugId, true);
    if (!batches)
        return setStatusLine(m_status, shell::errorText(batches.error()), true);
    m_batches->setRowCount(int(batches->size()));
    for (int r = 0; r < batches->size(); ++r) {
        const StockBatch &b = batches->at(r);
        setCells(m_batches, r, {b.batchNo, b.expiry.toString(Qt::ISODate), QString::number(b.quantity),
                                b.receivedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    }
    m_batches->resizeColumnsToContents();
}

bool StockReceiptPanel::receive()
{
    if (m_drugId.isEmpty()) {
        setStatusLine(m_status, tr("Choose the drug first."), true);
        return false;
    }
    auto cost = m_unitCost->text().trimmed().isEmpty() ? Result<Fen>(0) : parseYuan(m_unitCost->text());
    if (!cost) {
        setStatusLine(m_status, tr("Enter the unit cost in yuan with at most two decimals."), true);
        return false;
    }
    StockReceipt r;
    r.drugId = m_drugId;
    r.batchNo = m_batchNo->text().trimmed();
    r.expiry = m_expiry->date();
    r.supplier = m_supplier->text().trimmed();
    r.quantity = m_quantity->value();
    r.unitCostFen = *cost;
    auto batch = m_s.pharmacy->receive(r);
    if (!batch) {
        setStatusLine(m_status, shell::errorText(batch.error()), true);
        return false;
    }
    showBatches();
    setStatusLine(m_status, tr("Received %1 of batch %2 (expires %3).").arg(r.quantity).arg(r.batchNo, r.expiry.toString(Qt::ISODate)), false);
    m_batchNo->clear();
    m_search->setFocus();
    return true;
}

int StockReceiptPanel::batchRows() const
{
    return m_batches->rowCount();
}

QString StockReceiptPanel::statusText() const
{
    return m_status->text();
}

// ---- 退药 -------------------------------------------------------------------------------

namespace {
constexpr int kReturnWindowDays = 30;
}

StockReturnPanel::StockReturnPanel(OutpatientServices &services, QWidget *parent) : QWidget(parent), m_s(services)
{
    auto *grid = new QGridLayout(this);
    m_prescriptions = listTable(3, this);
    m_items = listTable(3, this);
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("returnQuantity"));
    m_quantity->setRange(1, 1000000);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("returnReason"));
    m_takeBack = new QPushButton(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    grid->addWidget(captionOf(m_captions, QT_TR_NOOP("Dispensed prescriptions (last 30 days)"), this), 0, 0, 1, 4);
    grid->addWidget(m_prescriptions, 1, 0, 1, 4);
    grid->addWidget(captionOf(m_captions, QT_TR_NOOP("Drugs given out"), this), 2, 0, 1, 4);
    grid->addWidget(m_items, 3, 0, 1, 4);
    grid->addWidget(captionOf(m_captions, QT_TR_NOOP("Quantity returned"), this), 4, 0);
    grid->addWidget(m_quantity, 4, 1);
    grid->addWidget(captionOf(m_captions, QT_TR_NOOP("Reason"), this), 4, 2);
    grid->addWidget(m_reason, 4, 3);
    grid->addWidget(m_takeBack, 5, 3);
    grid->addWidget(m_status, 6, 0, 1, 4);
    grid->setColumnStretch(3, 1);
    connect(m_prescriptions, &QTableWidget::currentCellChanged, this, &StockReturnPanel::showItems);
    connect(m_takeBack, &QPushButton::clicked, this, &StockReturnPanel::takeBack);
    connect(m_reason, &QLineEdit::returnPressed, this, &StockReturnPanel::takeBack);
    retranslateUi();
}

void StockReturnPanel::retranslateUi()
{
    for (const auto &[label, source] : std::as_const(m_captions))
        label->setText(tr(source));
    m_takeBack->setText(tr("Take back into stock (F2)"));
    m_prescriptions->setHorizontalHeaderLabels({tr("Patient"), tr("Signed"), tr("Drugs")});
    m_items->setHorizontalHeaderLabels({tr("Drug"), tr("Dispensed"), tr("Prescribed")});
}

void StockReturnPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StockReturnPanel::refresh()
{
    const QDateTime since = m_s.session.clock().nowUtc().addDays(-kReturnWindowDays);
    auto list = m_s.prescribing->dispensedSince(since);
    if (!list)
        return setStatusLine(m_status, shell::errorText(list.error()), true);
    QSignalBlocker block(m_prescriptions);
    m_prescriptions->setRowCount(int(list->size()));
    for (int r = 0; r < list->size(); ++r) {
        const Prescription &p = list->at(r);
        auto resident = m_s.registry->resident(p.residentId);
        QStringList drugs;
        for (const PrescriptionItem &i : p.items)
            drugs << QStringLiteral("%1 ×%2").arg(drugName(m_s, i.drugId)).arg(i.dispensed);
        setCells(m_prescriptions, r, {resident && *resident ? (*resident)->name() : QString(),
                                      p.signedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                      drugs.join(QStringLiteral("；"))}, p.id);
    }
    m_prescriptions->resizeColumnsToContents();
    if (m_prescriptions->rowCount())
        m_prescriptions->selectRow(0);
    showItems();
}

int StockReturnPanel::prescriptionRows() const
{
    return m_prescriptions->rowCount();
}

bool StockReturnPanel::selectPrescription(int row)
{
    if (row < 0 || row >= m_prescriptions->rowCount())
        return false;
    m_prescriptions->selectRow(row);
    showItems();
    return true;
}

void StockReturnPanel::showItems()
{
    m_items->setRowCount(0);
    const int row = m_prescriptions->currentRow();
    if (row < 0 || !m_prescriptions->item(row, 0))
        return;
    auto p = m_s.prescribing->prescription(m_prescriptions->item(row, 0)->data(Qt::UserRole).toString());
    if (!p)
        return setStatusLine(m_status, shell::errorText(p.error()), true);
    m_items->setRowCount(int(p->items.size()));
    for (int i = 0; i < p->items.size(); ++i)
        setCells(m_items, i, {drugName(m_s, p->items.at(i).drugId), QString::number(p->items.at(i).dispensed),
                              QString::number(p->items.at(i).quantity)}, i);
    m_items->resizeColumnsToContents();
    if (m_items->rowCount())
        m_items->selectRow(0);
}

bool StockReturnPanel::takeBack()
{
    const int row = m_prescriptions->currentRow();
    const int item = m_items->currentRow();
    if (row < 0 || item < 0) {
        setStatusLine(m_status, tr("Choose the prescription and the drug to take back."), true);
        return false;
    }
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        setStatusLine(m_status, tr("Enter the reason for the return."), true);
        m_reason->setFocus();
        return false;
    }
    const QString id = m_prescriptions->item(row, 0)->data(Qt::UserRole).toString();
    auto lines = m_s.pharmacy->returnItem(id, item, m_quantity->value(), reason);
    if (!lines) {
        setStatusLine(m_status, shell::errorText(lines.error()), true);
        return false;
    }
    qint64 back = 0;
    for (const DispenseLine &l : *lines)
        back += l.quantity;
    setStatusLine(m_status, tr("%1 taken back into stock.").arg(back), false);
    m_reason->clear();
    refresh();
    return true;
}

QString StockReturnPanel::statusText() const
{
    return m_status->text();
}

// ---- 盘点 -------------------------------------------------------------------------------

namespace {
constexpr int kCountedColumn = 4;
}

StocktakePanel::StocktakePanel(OutpatientServices &services, QWidget *parent) : QWidget(parent), m_s(services)
{
    auto *grid = new QGridLayout(this);
    m_counts = listTable(5, this);
    m_counts->setEditTriggers(QAbstractItemView::AllEditTriggers); // only the counted column is editable
    m_result = listTable(5, this);
    m_note = new QLineEdit(this);
    m_record = new QPushButton(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    grid->addWidget(captionOf(m_captions, QT_TR_NOOP("Type the counted quantity of each batch counted; empty rows are left as they are"), this), 0, 0, 1, 3);
    grid->addWidget(m_counts, 1, 0, 1, 3);
    grid->addWidget(captionOf(m_captions, QT_TR_NOOP("Note"), this), 2, 0);
    grid->addWidget(m_note, 2, 1);
    grid->addWidget(m_record, 2, 2);
    grid->addWidget(captionOf(m_captions, QT_TR_NOOP("Differences of the last stocktake"), this), 3, 0, 1, 3);
    grid->addWidget(m_result, 4, 0, 1, 3);
    grid->addWidget(m_status, 5, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(4, 1);
    connect(m_record, &QPushButton::clicked, this, &StocktakePanel::record);
    retranslateUi();
}

void StocktakePanel::retranslateUi()
{
    for (const auto &[label, source] : std::as_const(m_captions))
        label->setText(tr(source));
    m_record->setText(tr("Record stocktake (F2)"));
    m_counts->setHorizontalHeaderLabels({tr("Drug"), tr("Batch"), tr("Expiry"), tr("Expected"), tr("Counted")});
    m_result->setHorizontalHeaderLabels({tr("Drug"), tr("Batch"), tr("Expected"), tr("Counted"), tr("Difference")});
}

void StocktakePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StocktakePanel::refresh()
{
    auto drugs = m_s.catalogue->drugs(true);
    if (!drugs)
        return setStatusLine(m_status, shell::errorText(drugs.error()), true);
    m_counts->setRowCount(0);
    for (const Drug &d : *drugs) {
        auto batches = m_s.pharmacy->batches(d.id);
        if (!batches)
            return setStatusLine(m_status, shell::errorText(batches.error()), true);
        for (const StockBatch &b : *batches) {
            const int r = m_counts->rowCount();
            m_counts->insertRow(r);
            setCells(m_counts, r, {QStringLiteral("%1 %2").arg(d.genericName, d.strength), b.batchNo, b.expiry.toString(Qt::ISODate),
                                   QString::number(b.quantity)}, b.id);
            m_counts->setItem(r, kCountedColumn, new QTableWidgetItem()); // editable
        }
    }
    m_counts->resizeColumnsToContents();
}

int StocktakePanel::batchRows() const
{
    return m_counts->rowCount();
}

bool StocktakePanel::setCount(int row, qint64 counted)
{
    if (row < 0 || row >= m_counts->rowCount())
        return false;
    m_counts->item(row, kCountedColumn)->setText(QString::number(counted));
    return true;
}

bool StocktakePanel::record()
{
    QList<StockCount> counts;
    QHash<QString, QString> names;
    for (int r = 0; r < m_counts->rowCount(); ++r) {
        const QString text = m_counts->item(r, kCountedColumn)->text().trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        const qint64 counted = text.toLongLong(&ok);
        if (!ok || counted < 0) {
            setStatusLine(m_status, tr("Row %1: the count must be a whole number of zero or more.").arg(r + 1), true);
            return false;
        }
        const QString batch = m_counts->item(r, 0)->data(Qt::UserRole).toString();
        counts.append({batch, counted});
        names.insert(batch, m_counts->item(r, 0)->text());
    }
    if (counts.isEmpty()) {
        setStatusLine(m_status, tr("Type at least one counted quantity."), true);
        return false;
    }
    auto lines = m_s.pharmacy->stocktake(counts, m_note->text().trimmed());
    if (!lines) {
        setStatusLine(m_status, shell::errorText(lines.error()), true); // the counts stay typed in
        return false;
    }
    m_differences = *lines;
    m_result->setRowCount(int(lines->size()));
    int differing = 0;
    for (int r = 0; r < lines->size(); ++r) {
        const StocktakeLine &l = lines->at(r);
        differing += l.difference != 0;
        QString batchNo;
        for (int i = 0; i < m_counts->rowCount(); ++i)
            if (m_counts->item(i, 0)->data(Qt::UserRole).toString() == l.batchId)
                batchNo = m_counts->item(i, 1)->text();
        setCells(m_result, r, {names.value(l.batchId), batchNo, QString::number(l.expected), QString::number(l.counted),
                               l.difference > 0 ? QStringLiteral("+%1").arg(l.difference) : QString::number(l.difference)});
        if (l.difference != 0)
            m_result->item(r, 4)->setForeground(QColor(0xa6, 0x1b, 0x1b));
    }
    m_result->resizeColumnsToContents();
    setStatusLine(m_status, tr("Stocktake recorded: %1 batches counted, %2 with a difference.").arg(lines->size()).arg(differing), false);
    m_note->clear();
    refresh();
    return true;
}

QString StocktakePanel::statusText() const
{
    return m_status->text();
}

} // namespace cliniclink::ui::his
