#include "cliniclink/ui/sync/rejectedview.h"

#include "cliniclink/ui/shell/errortext.h"
#include "synctexts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cliniclink::ui::sync {

RejectedView::RejectedView(store::Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("rejectedView"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("rejectedTable"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryRejected"));
    m_discard = new QPushButton(this);
    m_discard->setObjectName(QStringLiteral("discardRejected"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_retry, &QPushButton::clicked, this, [this] { retryRow(m_table->currentRow()); });
    connect(m_discard, &QPushButton::clicked, this, [this] { discardRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_retry->setEnabled(row >= 0);
        m_discard->setEnabled(row >= 0);
    });
    retranslateUi();
    reload();
}

void RejectedView::reload()
{
    auto rows = cliniclink::sync::rejectedRecords(m_store);
    m_rows = rows ? *rows : QList<cliniclink::sync::RejectedRecord>();
    if (!rows)
        showError(shell::errorText(rows.error()));
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const auto &r = m_rows[i];
        auto cell = [&](int col, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(i, col, item);
        };
        cell(RecordColumn, SyncTexts::recordType(r.recordType) + QLatin1Char(' ') + r.recordId.left(8));
        cell(ReasonColumn, SyncTexts::rejectionReason(r.reason));
        cell(SavedByColumn, r.author);
        cell(SavedAtColumn, SyncTexts::localTime(r.savedAt));
    }
    m_table->resizeRowsToContents();
    m_retry->setEnabled(m_table->currentRow() >= 0);
    m_discard->setEnabled(m_table->currentRow() >= 0);
}

bool RejectedView::retryRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    auto r = cliniclink::sync::retryRejected(m_store, m_rows[row].recordType, m_rows[row].recordId);
    if (!r) {
        showError(shell::errorText(r.error()));
        return false;
    }
    reload();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("It will be sent again with the next sync."));
    emit changed();
    return true;
}

bool RejectedView::discardRow(int row, bool confirmed)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (!confirmed
        && QMessageBox::question(this, tr("Keep on this PC only"),
                                 tr("The record stays on this PC but will not be sent to the platform. Continue?"))
            != QMessageBox::Yes)
        return false;
    auto r = cliniclink::sync::discardRejected(m_store, m_rows[row].recordType, m_rows[row].recordId);
    if (!r) {
        showError(shell::errorText(r.error()));
        return false;
    }
    reload();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Kept on this PC only."));
    emit changed();
    return true;
}

void RejectedView::showError(const QString &text)
{
    m_message->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_message->setText(text);
}

void RejectedView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void RejectedView::retranslateUi()
{
    m_intro->setText(tr("The platform refused these records. Everything else was sent. Fix the cause (for example "
                        "ask the platform administrator about the area), then send a record again, or keep it on this PC only."));
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Reason"), tr("Saved by"), tr("Saved at")});
    m_retry->setText(tr("Send again"));
    m_discard->setText(tr("Keep on this PC only"));
}

} // namespace cliniclink::ui::sync
