#include "cliniclink/ui/sync/conflictsview.h"

#include "cliniclink/ui/shell/errortext.h"
#include "synctexts.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cliniclink::ui::sync {

using cliniclink::sync::ConflictChoice;
using cliniclink::sync::FieldResolution;
using cliniclink::sync::OpenConflict;

ConflictsView::ConflictsView(store::Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("conflictsView"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *split = new QSplitter(this);
    m_list = new QListWidget(split);
    m_list->setObjectName(QStringLiteral("conflictList"));
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_sides = new QLabel(right);
    m_sides->setWordWrap(true);
    m_sides->setTextFormat(Qt::RichText);
    m_fields = new QTableWidget(0, ColumnCount, right);
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setWordWrap(true);
    m_message = new QLabel(right);
    m_message->setWordWrap(true);
    m_apply = new QPushButton(right);
    m_apply->setObjectName(QStringLiteral("applyResolution"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_apply);
    rightLayout->addWidget(m_sides);
    rightLayout->addWidget(m_fields, 1);
    rightLayout->addLayout(buttons);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsView::showSelected);
    connect(m_apply, &QPushButton::clicked, this, &ConflictsView::apply);
    retranslateUi();
    reload();
}

int ConflictsView::conflictCount() const { return int(m_conflicts.size()); }

bool ConflictsView::selectConflict(int row)
{
    if (row < 0 || row >= m_conflicts.size())
        return false;
    m_list->setCurrentRow(row);
    return true;
}

void ConflictsView::reload()
{
    auto list = cliniclink::sync::openConflicts(m_store);
    m_conflicts = list ? *list : QList<OpenConflict>();
    m_message->setText(list ? QString() : shell::errorText(list.error()));
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const OpenConflict &c : m_conflicts)
        m_list->addItem(tr("%1 · %n field(s)\ndetected %2", nullptr, int(c.fields.size()))
                            .arg(SyncTexts::recordType(c.recordType), SyncTexts::localTime(c.detectedAt)));
    if (!m_conflicts.isEmpty())
        m_list->setCurrentRow(0);
    showSelected();
}

void ConflictsView::showSelected()
{
    const int row = m_list->currentRow();
    m_fields->setRowCount(0);
    m_apply->setEnabled(row >= 0 && row < m_conflicts.size());
    if (row < 0 || row >= m_conflicts.size()) {
        m_sides->setText(m_conflicts.isEmpty() ? tr("No open conflicts.") : QString());
        return;
    }
    const OpenConflict &c = m_conflicts[row];
    auto who = [this](const cliniclink::sync::ConflictSide &s) {
        return s.author.isEmpty() ? tr("unknown") : tr("%1 at %2").arg(s.author.toHtmlEscaped(), SyncTexts::localTime(s.time));
    };
    // A conflict another PC of the area found and synced here names that PC's side "clinic PC".
    const QString localSide = c.detectedBy == m_store.deviceId() ? tr("This PC") : tr("Clinic PC");
    m_sides->setText(tr("<b>%1</b> %2<br>%3: saved by %4<br>Platform: saved by %5")
                         .arg(SyncTexts::recordType(c.recordType).toHtmlEscaped(), c.recordId.left(8).toHtmlEscaped(), localSide,
                              who(c.local), who(c.remote)));
    m_fields->setRowCount(int(c.fields.size()));
    for (int i = 0; i < c.fields.size(); ++i) {
        const auto &f = c.fields[i];
        const bool deletion = f.field == QLatin1String("_deleted");
        auto cell = [&](int col, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_fields->setItem(i, col, item);
        };
        auto deletedText = [this](const QJsonValue &v) { return v.toBool() ? tr("deleted") : tr("kept"); };
        cell(FieldColumn, deletion ? tr("Record deleted?") : f.field);
        cell(BaseColumn, deletion ? deletedText(f.base) : SyncTexts::value(f.base));
        cell(LocalColumn, deletion ? deletedText(f.local) : SyncTexts::value(f.local));
        cell(RemoteColumn, deletion ? deletedText(f.remote) : SyncTexts::value(f.remote));
        auto *choice = new QComboBox(m_fields);
        choice->addItem(tr("Keep the platform's value"));
        choice->addItem(tr("Keep this PC's value"));
        if (!deletion)
            choice->addItem(tr("Type another value"));
        auto *edit = new QLineEdit(m_fields);
        edit->setText(SyncTexts::value(f.local));
        edit->setEnabled(false);
        connect(choice, &QComboBox::currentIndexChanged, edit, [edit](int index) { edit->setEnabled(index == TypeValue); });
        m_fields->setCellWidget(i, ChoiceColumn, choice);
        m_fields->setCellWidget(i, EditColumn, edit);
    }
    m_fields->resizeRowsToContents();
}

bool ConflictsView::choose(const QString &field, ChoiceIndex choice, const QString &typed)
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return false;
    for (int i = 0; i < m_conflicts[row].fields.size(); ++i) {
        if (m_conflicts[row].fields[i].field != field)
            continue;
        auto *combo = qobject_cast<QComboBox *>(m_fields->cellWidget(i, ChoiceColumn));
        auto *edit = qobject_cast<QLineEdit *>(m_fields->cellWidget(i, EditColumn));
        if (!combo || choice >= combo->count())
            return false;
        combo->setCurrentIndex(choice);
        if (choice == TypeValue)
            edit->setText(typed);
        return true;
    }
    return false;
}

bool ConflictsView::apply()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return false;
    const OpenConflict &c = m_conflicts[row];
    QMap<QString, FieldResolution> choices;
    for (int i = 0; i < c.fields.size(); ++i) {
        auto *combo = qobject_cast<QComboBox *>(m_fields->cellWidget(i, ChoiceColumn));
        auto *edit = qobject_cast<QLineEdit *>(m_fields->cellWidget(i, EditColumn));
        FieldResolution r;
        const int index = combo ? combo->currentIndex() : int(KeepRemote);
        r.choice = index == KeepLocal ? ConflictChoice::Local : index == TypeValue ? ConflictChoice::Edited : ConflictChoice::Remote;
        if (r.choice == ConflictChoice::Edited)
            r.edited = SyncTexts::parseEdited(edit->text(), c.fields[i].local.isNull() ? c.fields[i].remote : c.fields[i].local);
        choices.insert(c.fields[i].field, r);
    }
    const QString id = c.conflictId;
    auto done = cliniclink::sync::resolveConflict(m_store, id, choices);
    if (!done) {
        m_message->setText(shell::errorText(done.error()));
        m_message->setStyleSheet(QStringLiteral("color:#c62828;"));
        return false;
    }
    reload();
    m_message->setText(tr("Saved. The decision is sent with the next sync."));
    m_message->setStyleSheet(QStringLiteral("color:#2e7d32;"));
    emit resolved(id);
    return true;
}

void ConflictsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void ConflictsView::retranslateUi()
{
    m_intro->setText(tr("The same field was changed on this PC and on another computer. Nothing was overwritten: "
                        "the record shows the platform's value until you decide. Compare both values with the value "
                        "they started from, then choose one or type the correct value."));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Before (base)"), tr("This PC"), tr("Platform"), tr("Decision"),
                                         tr("Typed value")});
    m_apply->setText(tr("Apply decision"));
}

} // namespace cliniclink::ui::sync
