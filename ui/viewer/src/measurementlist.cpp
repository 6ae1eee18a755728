#include "cliniclink/ui/viewer/measurementlist.h"

#include "cliniclink/ui/viewer/viewport.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cliniclink::ui::viewer {

namespace {
enum Column { ToolColumn, ValueColumn, NoteColumn, ColumnCount };
}

MeasurementList::MeasurementList(QWidget *parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->horizontalHeader()->setSectionResizeMode(ToolColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(NoteColumn, 80);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_delete = new QPushButton(this);
    m_delete->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_delete);

    connect(m_delete, &QPushButton::clicked, this, &MeasurementList::deleteSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int id = idOfRow(m_table->currentRow());
        m_delete->setEnabled(id != 0);
        if (!m_refreshing && m_viewport && id)
            m_viewport->selectAnnotation(id);
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_refreshing || !m_viewport || item->column() != NoteColumn)
            return;
        m_viewport->setAnnotationLabel(idOfRow(item->row()), item->text());
    });
    auto *del = new QAction(this);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(del, &QAction::triggered, this, &MeasurementList::deleteSelected);
    m_table->addAction(del);
    retranslateUi();
}

void MeasurementList::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("Tool"), tr("Value"), tr("Note")});
    m_delete->setText(tr("Delete"));
}

void MeasurementList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh(); // tool names; the viewport re-measures the values and signals again
    }
    QWidget::changeEvent(event);
}

void MeasurementList::setViewport(Viewport *viewport)
{
    if (m_viewport == viewport)
        return;
    if (m_viewport)
        disconnect(m_viewport, nullptr, this, nullptr);
    m_viewport = viewport;
    if (m_viewport) {
        connect(m_viewport, &Viewport::annotationsChanged, this, &MeasurementList::refresh);
        connect(m_viewport, &Viewport::annotationSelected, this, &MeasurementList::refresh);
    }
    refresh();
}

int MeasurementList::idOfRow(int row) const
{
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, ToolColumn) : nullptr;
    return item ? item->data(Qt::UserRole).toInt() : 0;
}

QString MeasurementList::valueText(int id) const
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (idOfRow(r) == id)
            return m_table->item(r, ValueColumn)->text();
    return {};
}

void MeasurementList::refresh()
{
    m_refreshing = true;
    m_table->setRowCount(0);
    if (m_viewport) {
        const auto current = m_viewport->currentImage();
        const QString currentKey = current ? current->key() : QString();
        for (const Annotation &a : m_viewport->annotations()) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *tool = new QTableWidgetItem(AnnotationText::toolName(a.kind));
            tool->setData(Qt::UserRole, a.id);
            tool->setFlags(tool->flags() & ~Qt::ItemIsEditable);
            // ROI results are "stats; geometry": one per line.
            auto *value = new QTableWidgetItem(a.kind == Tool::Text ? QString() : QString(a.value).replace(QStringLiteral("; "), QStringLiteral("\n")));
            value->setFlags(value->flags() & ~Qt::ItemIsEditable);
            value->setToolTip(a.value);
            auto *note = new QTableWidgetItem(a.label);
            if (a.imageKey != currentKey) { // on another image: greyed, still selectable
                tool->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                value->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
            m_table->setItem(row, ToolColumn, tool);
            m_table->setItem(row, ValueColumn, value);
            m_table->setItem(row, NoteColumn, note);
            if (a.id == m_viewport->selectedAnnotation())
                m_table->selectRow(row);
        }
        m_table->resizeRowsToContents();
    }
    m_delete->setEnabled(idOfRow(m_table->currentRow()) != 0);
    m_refreshing = false;
}

void MeasurementList::deleteSelected()
{
    const int id = idOfRow(m_table->currentRow());
    if (m_viewport && id)
        m_viewport->removeAnnotation(id);
}

} // namespace cliniclink::ui::viewer
