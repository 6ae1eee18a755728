#include "cliniclink/ui/registry/familyview.h"

#include "cliniclink/registry/registry.h"
#include "cliniclink/ui/registry/codepicker.h"
#include "cliniclink/ui/registry/headchangedialog.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cliniclink::ui::registry {

namespace reg = ::cliniclink::registry;

FamilyView::FamilyView(reg::Registry &registry, QWidget *parent) : QWidget(parent), m_registry(registry)
{
    m_title = new QLabel(this);
    m_members = new QTableWidget(0, 3, this);
    m_members->setObjectName(QStringLiteral("familyTable"));
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_create = new QPushButton(this);
    m_create->setObjectName(QStringLiteral("createFamilyButton"));
    m_memberSearch = new QLineEdit(this);
    m_memberSearch->setObjectName(QStringLiteral("memberSearchEdit"));
    m_relation = new CodePicker(*m_registry.fields().codeSets().set(QStringLiteral("familyRelation")), this);
    m_relation->setObjectName(QStringLiteral("relationPicker"));
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addMemberButton"));
    m_makeHead = new QPushButton(this);
    m_makeHead->setObjectName(QStringLiteral("makeHeadButton"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_memberSearch, 2);
    addRow->addWidget(m_relation, 1);
    addRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_members, 1);
    layout->addWidget(m_create);
    layout->addWidget(m_makeHead);
    layout->addLayout(addRow);
    layout->addWidget(m_message);

    connect(m_create, &QPushButton::clicked, this, &FamilyView::createFamily);
    connect(m_add, &QPushButton::clicked, this, &FamilyView::addMember);
    connect(m_makeHead, &QPushButton::clicked, this, [this] { changeHeadTo(m_members->currentRow()); });
    connect(m_memberSearch, &QLineEdit::returnPressed, m_relation, qOverload<>(&QWidget::setFocus));
    retranslateUi();
    setEnabled(false);
}

void FamilyView::retranslateUi()
{
    m_title->setText(tr("Family (household)"));
    m_members->setHorizontalHeaderLabels({tr("Name"), tr("Relation to head"), tr("Archive No.")});
    m_create->setText(tr("Start a family with this resident as head"));
    m_memberSearch->setPlaceholderText(tr("Member: ID number, archive number or name"));
    m_add->setText(tr("Add member"));
    m_makeHead->setText(tr("Make the selected member head of household…"));
}

void FamilyView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void FamilyView::showResident(const reg::Resident &resident)
{
    m_resident = resident;
    m_message->clear();
    setEnabled(!resident.id.isEmpty());
    reload();
}

int FamilyView::memberCount() const { return m_members->rowCount(); }
QString FamilyView::message() const { return m_message->text(); }

void FamilyView::reload()
{
    m_members->setRowCount(0);
    m_rowIds.clear();
    m_familyId = m_resident.familyId();
    m_create->setVisible(m_familyId.isEmpty());
    m_makeHead->setVisible(!m_familyId.isEmpty());
    m_memberSearch->setEnabled(!m_familyId.isEmpty());
    m_relation->setEnabled(!m_familyId.isEmpty());
    m_add->setEnabled(!m_familyId.isEmpty());
    if (m_familyId.isEmpty())
        return;
    auto family = m_registry.family(m_familyId);
    if (!family || !*family) {
        setMessage(family ? tr("The family record is missing.") : shell::errorText(family.error()), true);
        return;
    }
    const reg::CodeSet *relations = m_registry.fields().codeSets().set(QStringLiteral("familyRelation"));
    for (const reg::FamilyMember &m : (*family)->members) {
        auto r = m_registry.resident(m.residentId);
        if (!r || !*r)
            continue;
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        m_members->setItem(row, 0, new QTableWidgetItem((*r)->name()));
        m_members->setItem(row, 1, new QTableWidgetItem(relations ? relations->label(m.relation) : m.relation));
        m_members->setItem(row, 2, new QTableWidgetItem((*r)->archiveNumber()));
        m_rowIds.append(m.residentId);
    }
    m_members->resizeColumnsToContents();
}

void FamilyView::createFamily()
{
    auto family = m_registry.createFamily(m_resident.id);
    if (!family) {
        setMessage(shell::errorText(family.error()), true);
        return;
    }
    if (auto r = m_registry.resident(m_resident.id); r && *r)
        m_resident = **r;
    reload();
    setMessage(tr("Family created."), false);
    emit familyChanged();
}

void FamilyView::addMember()
{
    auto hits = m_registry.search(m_memberSearch->text().trimmed(), 2);
    if (!hits || hits->isEmpty()) {
        setMessage(hits ? tr("No resident found.") : shell::errorText(hits.error()), true);
        return;
    }
    if (m_relation->code().isEmpty()) {
        setMessage(tr("Choose the relation to the head of household."), true);
        return;
    }
    auto family = m_registry.addFamilyMember(m_familyId, hits->first().id, m_relation->code());
    if (!family) {
        setMessage(shell::errorText(family.error()), true);
        return;
    }
    m_memberSearch->clear();
    reload();
    setMessage(tr("Added %1.").arg(hits->first().name), false);
    emit familyChanged();
}

bool FamilyView::changeHeadTo(int row)
{
    if (row < 0 || row >= m_rowIds.size()) {
        setMessage(tr("Select the member who becomes head of household."), true);
        return false;
    }
    auto family = m_registry.family(m_familyId);
    if (!family || !*family) {
        setMessage(family ? tr("The family record is missing.") : shell::errorText(family.error()), true);
        return false;
    }
    if ((*family)->headResidentId == m_rowIds.at(row)) {
        setMessage(tr("This member is already head of household."), true);
        return false;
    }
    HeadChangeDialog dialog(m_registry, **family, m_rowIds.at(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (auto r = m_registry.resident(m_resident.id); r && *r)
        m_resident = **r;
    reload();
    setMessage(tr("Head of household changed."), false);
    emit familyChanged();
    return true;
}

void FamilyView::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #1b7a2e;"));
}

} // namespace cliniclink::ui::registry
