#include "cliniclink/ui/publichealth/duelistpage.h"

#include "cliniclink/identity/session.h"
#include "cliniclink/publichealth/formlibrary.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cliniclink::ui::publichealth {

namespace ph = ::cliniclink::publichealth;

DueListPage::DueListPage(identity::Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dueSummary"));
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_summary->setFont(big);
    m_mineOnly = new QCheckBox(this);
    m_mineOnly->setObjectName(QStringLiteral("mineOnlyCheck"));
    m_refresh = new QPushButton(this);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("dueTree"));
    m_tree->setColumnCount(6);
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_mineOnly);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DueListPage::refresh);
    connect(m_mineOnly, &QCheckBox::toggled, this, &DueListPage::refresh);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString resident = item->data(0, Qt::UserRole).toString();
        if (!resident.isEmpty())
            emit openForm(resident, item->data(0, Qt::UserRole + 1).toString());
    });
    retranslateUi();
}

void DueListPage::retranslateUi()
{
    setWindowTitle(tr("Due list"));
    m_mineOnly->setText(tr("Only my residents"));
    m_refresh->setText(tr("Refresh"));
    m_tree->setHeaderLabels({tr("Name"), tr("Population"), tr("Form"), tr("Due"), tr("Last visit"), tr("Archive No.")});
}

void DueListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();
    }
    QWidget::changeEvent(event);
}

void DueListPage::showEvent(QShowEvent *event)
{
    refresh(); // forms saved elsewhere change the list
    QWidget::showEvent(event);
}

void DueListPage::refresh()
{
    ph::DueFilter filter;
    if (m_mineOnly->isChecked())
        filter.doctor = m_session.user().displayName;
    auto items = ph::DueList(m_session).items(m_session.clock().nowUtc().toLocalTime().date(), filter);
    if (!items) {
        m_items.clear();
        m_summary->setText(shell::errorText(items.error()));
        m_tree->clear();
        return;
    }
    m_items = *items;
    fill();
}

void DueListPage::fill()
{
    m_tree->clear();
    const struct {
        ph::DueBucket bucket;
        QString title;
        QColor colour;
    } groups[] = {{ph::DueBucket::Overdue, tr("Overdue"), QColor(0xc6, 0x28, 0x28)},
                  {ph::DueBucket::ThisWeek, tr("Due this week"), QColor(0xb2, 0x6a, 0x00)},
                  {ph::DueBucket::ThisMonth, tr("Due this month"), QColor(0x33, 0x33, 0x33)}};
    int counts[3] = {0, 0, 0};
    const auto &library = ph::FormLibrary::builtIn();
    for (int g = 0; g < 3; ++g) {
        auto *group = new QTreeWidgetItem(m_tree);
        QFont bold = group->font(0);
        bold.setBold(true);
        for (const ph::DueItem &item : std::as_const(m_items)) {
            if (item.bucket != groups[g].bucket)
                continue;
            ++counts[g];
            const ph::FormDefinition *form = library.form(item.formId);
            auto *row = new QTreeWidgetItem(group);
            row->setText(0, item.name);
            row->setText(1, QCoreApplication::translate("cliniclink::publichealth::Population",
                                                        ph::populationDisplayName(item.population)));
            row->setText(2, form ? form->title() : item.formId);
            row->setText(3, item.dueDate.toString(QStringLiteral("yyyy-MM-dd")));
            row->setText(4, item.lastVisit.isValid() ? item.lastVisit.toString(QStringLiteral("yyyy-MM-dd")) : tr("never"));
            row->setText(5, item.archiveNumber);
            row->setData(0, Qt::UserRole, item.residentId);
            row->setData(0, Qt::UserRole + 1, item.formId);
            if (groups[g].bucket == ph::DueBucket::Overdue)
                row->setForeground(3, groups[g].colour);
        }
        group->setText(0, QStringLiteral("%1 (%2)").arg(groups[g].title).arg(counts[g]));
        group->setFont(0, bold);
        group->setForeground(0, groups[g].colour);
        group->setFirstColumnSpanned(true);
        group->setExpanded(true);
    }
    m_summary->setText(tr("Overdue %1 · this week %2 · this month %3").arg(counts[0]).arg(counts[1]).arg(counts[2]));
    for (int c = 0; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
}

} // namespace cliniclink::ui::publichealth
