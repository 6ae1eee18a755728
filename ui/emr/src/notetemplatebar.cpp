#include "cliniclink/ui/emr/notetemplatebar.h"

#include "cliniclink/core/pinyin.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace cliniclink::ui::emr {

using cliniclink::emr::NoteTemplate;

NoteTemplateBar::NoteTemplateBar(cliniclink::emr::NoteTemplates &templates, QWidget *parent)
    : QWidget(parent), m_templates(templates)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_caption = new QLabel(this);
    m_search = new QLineEdit(this);
    m_choice = new QComboBox(this);
    m_save = new QPushButton(this);
    m_save->setFocusPolicy(Qt::ClickFocus); // not a stop in the keyboard flow; Ctrl+T saves
    grid->addWidget(m_caption, 0, 0, 1, 3);
    grid->addWidget(m_search, 1, 0);
    grid->addWidget(m_choice, 1, 1);
    grid->addWidget(m_save, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 2);
    connect(m_search, &QLineEdit::textChanged, this, &NoteTemplateBar::filter);
    connect(m_search, &QLineEdit::returnPressed, this, &NoteTemplateBar::applySelected);
    connect(m_save, &QPushButton::clicked, this, &NoteTemplateBar::saveRequested);
    retranslateUi();
}

void NoteTemplateBar::retranslateUi()
{
    m_caption->setText(tr("Note template (complaint or pinyin initials) — Enter applies"));
    m_search->setPlaceholderText(tr("e.g. fr for 发热"));
    m_save->setText(tr("Save as clinic template (Ctrl+T)"));
}

void NoteTemplateBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool NoteTemplateBar::reload()
{
    auto all = m_templates.list();
    m_all = all ? *all : QList<NoteTemplate>{};
    m_initials.clear();
    for (const NoteTemplate &t : std::as_const(m_all))
        m_initials << pinyinInitials(pinyinSyllables(t.complaint));
    filter(m_search->text());
    return all.has_value();
}

QList<NoteTemplate> NoteTemplateBar::matching(const QString &text) const
{
    const QString q = text.trimmed().toLower();
    QList<NoteTemplate> out;
    for (int i = 0; i < m_all.size(); ++i)
        if (q.isEmpty() || m_all.at(i).complaint.contains(q) || m_initials.at(i).startsWith(q))
            out.append(m_all.at(i));
    return out;
}

void NoteTemplateBar::filter(const QString &text)
{
    m_choice->clear();
    for (const NoteTemplate &t : matching(text))
        m_choice->addItem(t.complaint, t.id);
}

int NoteTemplateBar::shownCount() const
{
    return m_choice->count();
}

bool NoteTemplateBar::applySelected()
{
    const QString id = m_choice->currentData().toString();
    for (const NoteTemplate &t : std::as_const(m_all))
        if (t.id == id) {
            emit applyRequested(t);
            return true;
        }
    return false;
}

Result<NoteTemplate> NoteTemplateBar::saveAs(const QString &complaint, const QJsonObject &sections)
{
    NoteTemplate t;
    for (const NoteTemplate &existing : std::as_const(m_all))
        if (existing.complaint == complaint.trimmed())
            t = existing; // same complaint: this edits the clinic's template
    t.complaint = complaint.trimmed();
    t.sections = sections;
    auto saved = m_templates.save(t);
    if (saved) {
        reload();
        m_choice->setCurrentIndex(m_choice->findData(saved->id));
    }
    return saved;
}

} // namespace cliniclink::ui::emr
