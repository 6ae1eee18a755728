#include "cliniclink/ui/registry/residentspage.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/publichealth/registers.h"
#include "cliniclink/registry/registry.h"
#include "cliniclink/ui/registry/archivelifecycledialog.h"
#include "cliniclink/ui/registry/familyview.h"
#include "cliniclink/ui/registry/importdialog.h"
#include "cliniclink/ui/registry/mergedialog.h"
#include "cliniclink/ui/registry/transferindialog.h"
#include "cliniclink/ui/registry/residentcard.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cliniclink::ui::registry {

namespace reg = ::cliniclink::registry;

ResidentsPage::ResidentsPage(identity::Session &session, QWidget *parent)
    : QWidget(parent), m_registry(std::make_unique<reg::Registry>(session))
{
    ::cliniclink::publichealth::followRegisters(*m_registry);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("residentSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newResidentButton"));
    m_forms = new QPushButton(this);
    m_forms->setObjectName(QStringLiteral("openFormsButton"));
    auto button = [this](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_import = button("importResidentsButton");
    m_transferIn = button("transferInButton");
    m_merge = button("mergeButton");
    m_transferOut = button("transferOutButton");
    m_death = button("deathButton");
    m_close = button("closeArchiveButton");
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("residentTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_card = new ResidentCard(*m_registry, this);
    m_family = new FamilyView(*m_registry, this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_new);
    top->addWidget(m_forms);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    auto *archiveTools = new QHBoxLayout;
    archiveTools->addWidget(m_import);
    archiveTools->addWidget(m_transferIn);
    archiveTools->addWidget(m_merge);
    archiveTools->addStretch(1);
    leftLayout->addLayout(archiveTools);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_status);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    // The lifecycle actions sit above the card, where they are seen without scrolling.
    auto *lifecycleRow = new QHBoxLayout;
    lifecycleRow->addStretch(1);
    lifecycleRow->addWidget(m_transferOut);
    lifecycleRow->addWidget(m_death);
    lifecycleRow->addWidget(m_close);
    rightLayout->addLayout(lifecycleRow);
    rightLayout->addWidget(m_card);
    rightLayout->addWidget(m_family);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(right);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 720}); // the list shows whole ID numbers
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_search, &QLineEdit::textChanged, this, &ResidentsPage::search);
    // Enter in the search box opens the best match; Down moves into the list.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_table->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_table->clearSelection();
        m_card->startNew();
        m_family->showResident({});
        updateActions();
    });
    connect(m_forms, &QPushButton::clicked, this, [this] {
        if (!m_card->resident().id.isEmpty())
            emit residentChosen(m_card->resident());
    });
    connect(m_card, &ResidentCard::saved, this, [this](const reg::Resident &r) {
        m_family->showResident(r);
        emit residentSaved(r);
        search(m_search->text());
    });
    connect(m_family, &FamilyView::familyChanged, this, [this] {
        if (auto r = m_registry->resident(m_card->resident().id); r && *r)
            m_card->showResident(**r);
    });
    connect(m_import, &QPushButton::clicked, this, &ResidentsPage::importCsv);
    connect(m_transferIn, &QPushButton::clicked, this, &ResidentsPage::transferIn);
    connect(m_merge, &QPushButton::clicked, this, &ResidentsPage::mergeDuplicates);
    connect(m_transferOut, &QPushButton::clicked, this, &ResidentsPage::transferOutShown);
    connect(m_death, &QPushButton::clicked, this, &ResidentsPage::registerDeathOfShown);
    connect(m_close, &QPushButton::clicked, this, &ResidentsPage::closeShown);
    connect(m_card, &ResidentCard::saved, this, [this] { updateActions(); });
    // The registry refuses writes without permission; the page only hides what cannot work.
    const bool canWrite = session.can(identity::Permission::WritePatients);
    for (QPushButton *b : {m_new, m_import, m_transferIn, m_merge, m_transferOut, m_death, m_close})
        b->setVisible(canWrite);
    retranslateUi();
    search({});
    updateActions();
}

void ResidentsPage::updateActions()
{
    const reg::Resident &r = m_card->resident();
    const bool active = !r.id.isEmpty() && r.status() == reg::ResidentStatus::Active;
    for (QPushButton *b : {m_transferOut, m_death, m_close})
        b->setEnabled(active);
}

void ResidentsPage::afterWrite(const reg::Resident &resident)
{
    m_card->showResident(resident);
    m_family->showResident(resident);
    updateActions();
    search(m_search->text());
    emit residentSaved(resident);
}

bool ResidentsPage::lifecycle(int action)
{
    if (m_card->resident().id.isEmpty())
        return false;
    ArchiveLifecycleDialog dialog(*m_registry, m_card->resident(), ArchiveLifecycleDialog::Action(action), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    afterWrite(dialog.result());
    m_status->setText(tr("Archive of %1 updated.").arg(dialog.result().name()));
    return true;
}

bool ResidentsPage::transferOutShown() { return lifecycle(int(ArchiveLifecycleDialog::Action::TransferOut)); }
bool ResidentsPage::registerDeathOfShown() { return lifecycle(int(ArchiveLifecycleDialog::Action::Death)); }
bool ResidentsPage::closeShown() { return lifecycle(int(ArchiveLifecycleDialog::Action::Close)); }

bool ResidentsPage::transferIn()
{
    TransferInDialog dialog(*m_registry, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_search->setText(dialog.result().archiveNumber());
    afterWrite(dialog.result());
    m_status->setText(tr("Archive of %1 transferred in.").arg(dialog.result().name()));
    return true;
}

bool ResidentsPage::mergeDuplicates()
{
    MergeDialog dialog(*m_registry, this);
    if (!m_card->resident().id.isEmpty())
        dialog.setResident(MergeDialog::Left, m_card->resident().id);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    afterWrite(dialog.outcome().survivor);
    m_status->setText(tr("Archives merged; %1 is kept.").arg(dialog.outcome().survivor.archiveNumber()));
    return true;
}

bool ResidentsPage::importCsv()
{
    ImportDialog dialog(*m_registry, this);
    int imported = 0;
    connect(&dialog, &ImportDialog::imported, this, [&imported](int n) { imported += n; });
    dialog.exec();
    if (imported > 0)
        search(m_search->text());
    return imported > 0;
}

ResidentsPage::~ResidentsPage() = default;

void ResidentsPage::retranslateUi()
{
    setWindowTitle(tr("Residents"));
    m_search->setPlaceholderText(tr("Search: name, pinyin initials (zs), ID number, phone or archive number"));
    m_new->setText(tr("New archive"));
    m_forms->setText(tr("Fill a form…"));
    m_import->setText(tr("Import CSV…"));
    m_transferIn->setText(tr("Transfer in…"));
    m_merge->setText(tr("Merge duplicates…"));
    m_transferOut->setText(tr("Transfer out…"));
    m_death->setText(tr("Register death…"));
    m_close->setText(tr("Close archive…"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Sex"), tr("Birth date"), tr("ID number"), tr("Phone"), tr("Archive No.")});
}

void ResidentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillTable();
    }
    QWidget::changeEvent(event);
}

void ResidentsPage::search(const QString &text)
{
    m_hits.clear();
    if (!text.trimmed().isEmpty()) {
        auto hits = m_registry->search(text.trimmed(), 50);
        if (!hits) {
            m_status->setText(shell::errorText(hits.error()));
            m_table->setRowCount(0);
            return;
        }
        m_hits = *hits;
    }
    fillTable();
}

void ResidentsPage::fillTable()
{
    const reg::CodeSet *sex = m_registry->fields().codeSets().set(QStringLiteral("sex"));
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_hits.size()));
    for (int row = 0; row < m_hits.size(); ++row) {
        const reg::SearchHit &h = m_hits.at(row);
        const QStringList cells{h.name, sex ? sex->label(h.sex) : h.sex, h.birthDate, h.idNumber, h.phone, h.archiveNumber};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_status->setText(m_search->text().trimmed().isEmpty() ? tr("Type to search the archives.")
                                                            : tr("%n resident(s) found", nullptr, int(m_hits.size())));
}

void ResidentsPage::showRow(int row)
{
    if (row < 0 || row >= m_hits.size())
        return;
    auto r = m_registry->resident(m_hits.at(row).id);
    if (!r || !*r) {
        m_status->setText(r ? tr("The archive could not be found.") : shell::errorText(r.error()));
        return;
    }
    m_card->showResident(**r);
    m_family->showResident(**r);
    updateActions();
}

bool ResidentsPage::selectResident(const QString &id)
{
    for (int row = 0; row < m_hits.size(); ++row) {
        if (m_hits.at(row).id == id) {
            m_table->setCurrentCell(row, 0);
            showRow(row);
            return true;
        }
    }
    return false;
}

} // namespace cliniclink::ui::registry
