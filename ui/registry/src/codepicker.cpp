#include "cliniclink/ui/registry/codepicker.h"

#include "cliniclink/core/pinyin.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace cliniclink::ui::registry {

namespace {

constexpr int kSearchRole = Qt::UserRole + 1;

// Matches on the search text but writes the display text into the field, so QComboBox can
// find the chosen entry by its text.
class CodeCompleter : public QCompleter {
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex &index) const override { return index.data(Qt::DisplayRole).toString(); }
};

} // namespace

QString searchableCodeText(const ::cliniclink::registry::Code &code)
{
    const QString initials = pinyinInitials(pinyinSyllables(code.label));
    return code.code + QLatin1Char(' ') + code.label + QLatin1Char(' ') + initials + QLatin1Char(' ') +
           code.aliases.join(QLatin1Char(' '));
}

CodePicker::CodePicker(const ::cliniclink::registry::CodeSet &set, QWidget *parent)
    : QComboBox(parent), m_set(set)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    auto *model = new QStandardItemModel(this);
    addItem(QString(), QString());
    for (const auto &c : set.codes) {
        const QString text = c.code + QLatin1Char(' ') + c.label;
        addItem(text, c.code);
        auto *item = new QStandardItem(text);
        item->setData(searchableCodeText(c), kSearchRole);
        model->appendRow(item);
    }
    auto *completer = new CodeCompleter(model, this);
    completer->setCompletionRole(kSearchRole);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        const int i = findText(text);
        if (i >= 0)
            setCurrentIndex(i);
    });
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit codeChanged(code()); });
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // Typed "1" or "男" without using the popup: settle on the entry it names.
        const QString c = code();
        setCode(c);
    });
}

QString CodePicker::code() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    if (currentIndex() > 0 && itemText(currentIndex()) == text)
        return itemData(currentIndex()).toString();
    const QString normalized = m_set.normalize(text);
    if (!normalized.isEmpty())
        return normalized;
    const int space = text.indexOf(QLatin1Char(' '));
    return space > 0 ? m_set.normalize(text.left(space)) : QString();
}

void CodePicker::setCode(const QString &code)
{
    const int i = code.isEmpty() ? 0 : findData(code);
    setCurrentIndex(i < 0 ? 0 : i);
    setEditText(itemText(i < 0 ? 0 : i));
}

} // namespace cliniclink::ui::registry
