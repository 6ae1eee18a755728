#include "cliniclink/ui/his/cashierpage.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/ui/his/outpatientservices.h"
#include "cliniclink/ui/his/receiptprint.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>

namespace cliniclink::ui::his {

using namespace cliniclink::his;

namespace {

QString printPath(const QString &name)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/ClinicLink");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

} // namespace

CashierPage::CashierPage(OutpatientServices &services, QWidget *parent) : QWidget(parent), m_s(services)
{
    auto *grid = new QGridLayout(this);
    m_hint = new QLabel(this);
    m_search = new QLineEdit(this);
    m_hits = new QListWidget(this);
    m_charges = new QTableWidget(0, 4, this);
    m_charges->verticalHeader()->hide();
    m_charges->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_charges->horizontalHeader()->setStretchLastSection(true);
    m_method = new QComboBox(this);
    for (PaymentMethod m : allPaymentMethods())
        m_method->addItem(paymentMethodPrintLabel(m), static_cast<int>(m));
    m_method->setObjectName(QStringLiteral("paymentMethod"));
    m_due = new QLabel(this);
    m_payments = new QTableWidget(0, 5, this);
    m_payments->verticalHeader()->hide();
    m_payments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_payments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_payments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_payments->horizontalHeader()->setStretchLastSection(true);
    m_refundReason = new QLineEdit(this);
    m_refundReason->setObjectName(QStringLiteral("refundReason"));
    m_feeSearch = new QLineEdit(this);
    m_feeSearch->setObjectName(QStringLiteral("feeSearch"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    grid->addWidget(m_hint, 0, 0, 1, 2);
    grid->addWidget(m_search, 1, 0);
    grid->addWidget(m_hits, 2, 0);
    grid->addWidget(m_charges, 1, 1, 2, 1);
    grid->addWidget(m_method, 3, 0);
    grid->addWidget(m_due, 3, 1);
    grid->addWidget(m_feeSearch, 4, 0);
    grid->addWidget(m_payments, 5, 0, 1, 2);
    grid->addWidget(m_refundReason, 6, 0, 1, 2);
    grid->addWidget(m_status, 7, 0, 1, 2);
    grid->setRowStretch(2, 2);
    grid->setRowStretch(5, 1);
    grid->setColumnStretch(1, 2);
    connect(m_search, &QLineEdit::textChanged, this, &CashierPage::search);
    connect(m_feeSearch, &QLineEdit::returnPressed, this, [this] { addFeeItem(m_feeSearch->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (QListWidgetItem *hit = m_hits->currentItem())
            openLatestVisit(hit->data(Qt::UserRole).toString());
    });
    const QList<QPair<Qt::Key, std::function<void()>>> keys = {{Qt::Key_F5, [this] { pay(); }},
                                                              {Qt::Key_F6, [this] { refund(); }},
                                                              {Qt::Key_F9, [this] { printReceipt(); }},
                                                              {Qt::Key_F10, [this] { printSettlement(); }}};
    for (const auto &[key, fn] : keys)
        (new QShortcut(QKeySequence(key), this, fn))->setContext(Qt::WidgetWithChildrenShortcut);
    retranslateUi();
}

void CashierPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CashierPage::retranslateUi()
{
    setWindowTitle(tr("Cashier"));
    m_hint->setText(tr("Patient search, Enter opens the latest visit; F5 takes payment, F9 prints the receipt, "
                       "F6 refunds the selected payment, F10 closes the day and prints the daily settlement."));
    m_charges->setHorizontalHeaderLabels({tr("Item"), tr("Unit price"), tr("Quantity"), tr("Amount")});
    m_payments->setHorizontalHeaderLabels({tr("Time"), tr("Kind"), tr("Method"), tr("Amount"), tr("Reason")});
    m_refundReason->setPlaceholderText(tr("Reason for a refund (F6)"));
    m_feeSearch->setPlaceholderText(tr("Add a fee item: code, name or 拼音码, Enter"));
    showCharges();
}

void CashierPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString CashierPage::statusText() const
{
    return m_status->text();
}

void CashierPage::search(const QString &text)
{
    m_hits->clear();
    if (text.trimmed().isEmpty())
        return;
    auto hits = m_s.registry->search(text.trimmed(), 20);
    if (!hits)
        return setStatus(shell::errorText(hits.error()));
    for (const registry::SearchHit &h : *hits) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(h.name, h.birthDate), m_hits);
        item->setData(Qt::UserRole, h.id);
        item->setData(Qt::UserRole + 1, h.name);
    }
    m_hits->setCurrentRow(0);
}

bool CashierPage::openLatestVisit(const QString &residentId)
{
    auto timeline = m_s.outpatient->timeline(residentId);
    if (!timeline)
        return setStatus(shell::errorText(timeline.error())), false;
    m_visitId.clear();
    for (const store::TimelineEntry &e : *timeline) {
        if (e.kind == QLatin1String("visit")) {
            m_visitId = e.recordId;
            break;
        }
    }
    if (m_visitId.isEmpty())
        return setStatus(tr("This patient has no visit.")), false;
    auto resident = m_s.registry->resident(residentId);
    m_patientName = resident && *resident ? (*resident)->name() : QString();
    m_payment.reset();
    // Charging twice is refused by the module (AlreadyExists), so opening a visit again is safe.
    m_s.billing->chargeRegistration(m_visitId);
    if (auto rx = m_s.prescribing->ofVisit(m_visitId)) {
        for (const Prescription &p : *rx)
            if (p.status != PrescriptionStatus::Draft)
                m_s.billing->chargePrescription(p.id);
    }
    showCharges();
    setStatus(QString());
    return true;
}

void CashierPage::showCharges()
{
    if (m_visitId.isEmpty()) {
        m_due->clear();
        return;
    }
    auto lines = m_s.billing->charges(m_visitId);
    if (!lines)
        return setStatus(shell::errorText(lines.error()));
    m_charges->setRowCount(int(lines->size()));
    for (int r = 0; r < lines->size(); ++r) {
        const ChargeLine &l = lines->at(r);
        const QStringList cells = {l.name, formatYuan(l.unitPriceFen), QString::number(l.quantity), formatYuan(l.amountFen)};
        for (int c = 0; c < cells.size(); ++c)
            m_charges->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_charges->resizeColumnsToContents();
    auto due = m_s.billing->amountDue(m_visitId);
    m_due->setText(due ? tr("Amount due: ¥ %1").arg(formatYuan(*due)) : QString());
    showPayments();
}

void CashierPage::showPayments()
{
    auto list = m_s.billing->payments(m_visitId);
    if (!list)
        return setStatus(shell::errorText(list.error()));
    m_payments->setRowCount(int(list->size()));
    QSet<QString> refunded;
    for (const Payment &p : *list)
        refunded.insert(p.refersTo);
    int refundable = -1;
    for (int r = 0; r < list->size(); ++r) {
        const Payment &p = list->at(r);
        const bool isRefund = p.kind == QLatin1String("refund");
        const QStringList cells = {p.atUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   isRefund ? tr("Refund") : tr("Payment"), paymentMethodPrintLabel(p.method),
                                   formatYuan(p.amountFen), p.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, p.id);
            m_payments->setItem(r, c, item);
        }
        if (!isRefund && !refunded.contains(p.id))
            refundable = r;
    }
    m_payments->resizeColumnsToContents();
    if (refundable >= 0)
        m_payments->selectRow(refundable); // the latest payment not yet refunded
}

bool CashierPage::addFeeItem(const QString &search)
{
    const QString q = search.trimmed().toLower();
    if (m_visitId.isEmpty() || q.isEmpty()) {
        setStatus(tr("Open the patient's visit first, then type the fee item."));
        return false;
    }
    auto fees = m_s.catalogue->feeItems();
    if (!fees)
        return setStatus(shell::errorText(fees.error())), false;
    for (const FeeItem &f : *fees) {
        if (f.code.toLower() == q || f.pinyinCode.startsWith(q) || f.name.contains(search.trimmed())) {
            auto line = m_s.billing->chargeFeeItem(m_visitId, f.id);
            if (!line)
                return setStatus(shell::errorText(line.error())), false;
            m_feeSearch->clear();
            showCharges();
            setStatus(tr("Added %1 (¥ %2).").arg(f.name, formatYuan(line->amountFen)));
            return true;
        }
    }
    setStatus(tr("No fee item matches “%1”.").arg(search.trimmed()));
    return false;
}

int CashierPage::paymentRows() const
{
    return m_payments->rowCount();
}

void CashierPage::setMethod(PaymentMethod method)
{
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(method)));
}

bool CashierPage::refund()
{
    const int row = m_payments->currentRow();
    if (m_visitId.isEmpty() || row < 0) {
        setStatus(tr("Choose the payment to refund."));
        return false;
    }
    const QString reason = m_refundReason->text().trimmed();
    if (reason.isEmpty()) {
        setStatus(tr("Enter the reason for the refund, then press F6 again."));
        m_refundReason->setFocus();
        return false;
    }
    auto done = m_s.billing->refund(m_payments->item(row, 0)->data(Qt::UserRole).toString(), reason);
    if (!done)
        return setStatus(shell::errorText(done.error())), false;
    m_refundReason->clear();
    m_payment.reset();
    showCharges();
    setStatus(tr("Refunded ¥ %1 by %2.").arg(formatYuan(-done->amountFen), paymentMethodPrintLabel(done->method)));
    return true;
}

bool CashierPage::pay()
{
    if (m_visitId.isEmpty())
        return false;
    auto due = m_s.billing->amountDue(m_visitId);
    if (!due)
        return setStatus(shell::errorText(due.error())), false;
    auto paid = m_s.billing->pay(m_visitId, static_cast<PaymentMethod>(m_method->currentData().toInt()), *due);
    if (!paid)
        return setStatus(shell::errorText(paid.error())), false;
    m_payment = *paid;
    showCharges();
    setStatus(tr("Paid ¥ %1. F9 prints the receipt.").arg(formatYuan(paid->amountFen)));
    return true;
}

QString CashierPage::printReceipt()
{
    if (!m_payment)
        return {};
    Receipt r;
    r.clinicName = m_s.session.store().clinicName();
    r.receiptNo = m_payment->id.right(12);
    r.paidAt = m_payment->atUtc.toLocalTime();
    r.patientName = m_patientName;
    r.outpatientNo = m_visitId.right(12);
    if (auto visit = m_s.outpatient->visit(m_visitId))
        r.feeCategory = cliniclink::emr::feeCategoryLabel(visit->feeCategory);
    if (auto lines = m_s.billing->charges(m_visitId)) {
        for (const ChargeLine &l : *lines)
            if (l.paymentId == m_payment->id)
                r.lines.append({l.name, l.unitPriceFen, l.quantity, l.amountFen});
    }
    r.totalFen = m_payment->amountFen;
    r.method = m_payment->method;
    r.cashier = m_s.session.user().displayName;
    const QString path = printPath(QStringLiteral("receipt-%1.pdf").arg(m_payment->id));
    if (!writeReceiptPdf(r, path))
        return setStatus(tr("The receipt could not be written to %1.").arg(path)), QString();
    setStatus(tr("Receipt written to %1.").arg(path));
    return path;
}

QString CashierPage::printSettlement()
{
    // The business day is the session clock's, as for the payments themselves.
    const QDateTime now = m_s.session.clock().nowUtc().toLocalTime();
    const QDate today = now.date();
    auto report = m_s.billing->closeDay(today); // the 日结 is a record (synced, audited) as well as paper
    if (!report)
        return setStatus(shell::errorText(report.error())), QString();
    const SettlementReport s{m_s.session.store().clinicName(), m_s.session.user().displayName, *report, now};
    const QString path = printPath(QStringLiteral("settlement-%1-%2.pdf").arg(m_s.session.user().username, today.toString(Qt::ISODate)));
    if (!writeSettlementPdf(s, path))
        return setStatus(tr("The daily settlement could not be written to %1.").arg(path)), QString();
    setStatus(tr("Daily settlement written to %1.").arg(path));
    return path;
}

} // namespace cliniclink::ui::his
