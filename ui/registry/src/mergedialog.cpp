#include "cliniclink/ui/registry/mergedialog.h"

#include "cliniclink/registry/registry.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>


namespace cliniclink::ui::registry {

namespace reg = ::cliniclink::registry;

namespace {
// "name · archive number · ID number", leaving out what the archive lacks.
QString choiceText(const QString &name, const QString &archiveNumber, const QString &idNumber)
{
    QStringList parts{name, archiveNumber, idNumber};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

// Rows of the comparison: field key → label (source text, context MergeDialog).
struct Row {
    const char *key;
    const char *label;
};
const Row kRows[] = {
    {"name", QT_TRANSLATE_NOOP("cliniclink::ui::registry::MergeDialog", "Name")},
    {"sex", QT_TRANSLATE_NOOP("cliniclink::ui::registry::MergeDialog", "Sex")},
    {"birthDate", QT_TRANSLATE_NOOP("cliniclink::ui::registry::MergeDialog", "Birth date")},
    {"idNumber", QT_TRANSLATE_NOOP("cliniclink::ui::registry::MergeDialog", "ID number")},
    {"phone", QT_TRANSLATE_NOOP("cliniclink::ui::registry::MergeDialog", "Phone")},
    {"currentAddress", QT_TRANSLATE_NOOP("cliniclink::ui::registry::MergeDialog", "Address")},
    {"archiveNumber", QT_TRANSLATE_NOOP("cliniclink::ui::registry::MergeDialog", "Archive No.")},
    {"createdOn", QT_TRANSLATE_NOOP("cliniclink::ui::registry::MergeDialog", "Filed on")},
    {"events", QT_TRANSLATE_NOOP("cliniclink::ui::registry::MergeDialog", "History entries")},
};
} // namespace

MergeDialog::MergeDialog(reg::Registry &registry, QWidget *parent) : QDialog(parent), m_registry(registry)
{
    setWindowTitle(tr("Merge duplicate archives"));
    auto *grid = new QGridLayout;
    for (int side : {Left, Right}) {
        m_search[side] = new QLineEdit(this);
        m_search[side]->setObjectName(side == Left ? QStringLiteral("mergeSearchLeft") : QStringLiteral("mergeSearchRight"));
        m_search[side]->setPlaceholderText(tr("Name, initials, ID number, phone or archive number, then Enter"));
        m_choice[side] = new QComboBox(this);
        m_keep[side] = new QRadioButton(side == Left ? tr("Keep the left archive") : tr("Keep the right archive"), this);
        m_keep[side]->setObjectName(side == Left ? QStringLiteral("keepLeft") : QStringLiteral("keepRight"));
        grid->addWidget(m_search[side], 0, side);
        grid->addWidget(m_choice[side], 1, side);
        grid->addWidget(m_keep[side], 2, side);
        connect(m_search[side], &QLineEdit::returnPressed, this, [this, side] { find(Side(side), m_search[side]->text()); });
        connect(m_choice[side], &QComboBox::activated, this, [this, side](int i) {
            if (i >= 0 && i < m_hits[side].size())
                setResident(Side(side), m_hits[side].at(i).id);
        });
    }
    m_keep[Left]->setChecked(true);
    m_table = new QTableWidget(int(std::size(kRows)), 2, this);
    m_table->setObjectName(QStringLiteral("mergeComparison"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setHorizontalHeaderLabels({tr("Left archive"), tr("Right archive")});
    QStringList labels;
    for (const Row &r : kRows)
        labels << tr(r.label);
    m_table->setVerticalHeaderLabels(labels);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("mergeReason"));
    m_reason->setPlaceholderText(tr("Reason, e.g. filed twice"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mergeMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
    auto *note = new QLabel(tr("Both archives and their histories are kept; the other archive is marked as merged "
                               "and no longer found by search. Empty fields of the kept archive are filled from the other one."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("mergeOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(m_reason);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 520);
    fillTable();
}

QString MergeDialog::message() const { return m_message->text(); }

bool MergeDialog::find(Side side, const QString &text)
{
    auto hits = m_registry.search(text.trimmed(), 20);
    if (!hits || hits->isEmpty()) {
        m_message->setText(hits ? tr("No resident found.") : shell::errorText(hits.error()));
        return false;
    }
    m_hits[side] = *hits;
    const QSignalBlocker block(m_choice[side]);
    m_choice[side]->clear();
    for (const reg::SearchHit &h : std::as_const(m_hits[side]))
        m_choice[side]->addItem(choiceText(h.name, h.archiveNumber, h.idNumber));
    return setResident(side, m_hits[side].first().id);
}

bool MergeDialog::setResident(Side side, const QString &residentId)
{
    auto r = m_registry.resident(residentId);
    if (!r || !*r) {
        m_message->setText(r ? tr("The archive could not be found.") : shell::errorText(r.error()));
        return false;
    }
    m_resident[side] = **r;
    // Shown in the side's list too when chosen directly rather than found by search.
    const bool listed = std::any_of(m_hits[side].cbegin(), m_hits[side].cend(),
                                    [&](const reg::SearchHit &h) { return h.id == residentId; });
    if (!listed) {
        const QSignalBlocker block(m_choice[side]);
        m_hits[side] = {reg::SearchHit{residentId, (*r)->name(), {}, {}, (*r)->idNumber(), {}, (*r)->archiveNumber(), {}}};
        m_choice[side]->clear();
        m_choice[side]->addItem(choiceText((*r)->name(), (*r)->archiveNumber(), (*r)->idNumber()));
    }
    m_message->clear();
    fillTable();
    return true;
}

void MergeDialog::setSurvivor(Side side) { m_keep[side]->setChecked(true); }

void MergeDialog::fillTable()
{
    const reg::CodeSet *sex = m_registry.fields().codeSets().set(QStringLiteral("sex"));
    for (int side : {Left, Right}) {
        const QJsonObject &p = m_resident[side].payload;
        for (int row = 0; row < int(std::size(kRows)); ++row) {
            const QString key = QString::fromLatin1(kRows[row].key);
            QString text = p.value(key).toString();
            if (key == QLatin1String("sex") && sex)
                text = sex->label(text);
            else if (key == QLatin1String("events"))
                text = p.isEmpty() ? QString() : QString::number(p.value(key).toArray().size());
            auto *item = new QTableWidgetItem(text);
            // Differences stand out: that is what the doctor has to judge.
            const QString other = m_resident[1 - side].payload.value(key).toString();
            if (!m_resident[1 - side].id.isEmpty() && key != QLatin1String("events") && key != QLatin1String("archiveNumber")
                && key != QLatin1String("createdOn") && other != p.value(key).toString())
                item->setBackground(QColor(0xff, 0xf0, 0xc0));
            m_table->setItem(row, side, item);
        }
    }
}

bool MergeDialog::submit()
{
    if (m_resident[Left].id.isEmpty() || m_resident[Right].id.isEmpty() || m_resident[Left].id == m_resident[Right].id) {
        m_message->setText(tr("Find two different archives first."));
        return false;
    }
    const Side keep = m_keep[Left]->isChecked() ? Left : Right;
    const reg::Resident &survivor = m_resident[keep];
    const reg::Resident &duplicate = m_resident[1 - keep];
    const QString question = tr("Keep archive %1 (%2) and merge archive %3 into it? Archive %3 stays readable but can "
                                "no longer be edited or found by search.")
                                 .arg(survivor.archiveNumber(), survivor.name(), duplicate.archiveNumber());
    if (QMessageBox::question(this, windowTitle(), question) != QMessageBox::Yes)
        return false;
    auto r = m_registry.merge(survivor.id, duplicate.id, m_reason->text());
    if (!r) {
        m_message->setText(shell::errorText(r.error()));
        return false;
    }
    m_outcome = *r;
    accept();
    return true;
}

} // namespace cliniclink::ui::registry
