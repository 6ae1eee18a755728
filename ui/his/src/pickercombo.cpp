#include "pickercombo.h"

#include "cliniclink/core/pinyin.h"

#include <QLineEdit>

namespace cliniclink::ui::his {

PickerCombo::PickerCombo(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert); // a typed text is a search, never a new item
    setCompleter(nullptr);
    connect(lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (pick(lineEdit()->text()))
            emit confirmed();
    });
}

void PickerCombo::addChoice(const QString &text, const QString &key)
{
    addItem(text, key);
    // Initials of the Chinese only: "bid 每日两次" is found by "mrlc".
    QString han;
    for (const QChar c : text)
        if (c.script() == QChar::Script_Han)
            han += c;
    const QStringList syllables = pinyinSyllables(han);
    m_initials << pinyinInitials(syllables);
    m_fullPinyin << pinyinFull(syllables);
}

bool PickerCombo::setCurrentKey(const QString &key)
{
    const int i = findData(key);
    if (i < 0)
        return false;
    setCurrentIndex(i);
    return true;
}

bool PickerCombo::pick(const QString &typed)
{
    const QString q = typed.trimmed().toLower();
    int found = -1;
    if (q.isEmpty())
        found = currentIndex();
    // Exact key, exact text, then key prefix, text containing, pinyin initials prefix, full
    // pinyin prefix (静注 and 肌注 share "jz"; "jiz" or "im" tells them apart).
    for (int pass = 0; pass < 6 && found < 0; ++pass)
        for (int i = 0; i < count() && found < 0; ++i) {
            const QString key = itemData(i).toString().toLower();
            const QString text = itemText(i).toLower();
            const bool hit = pass == 0 ? key == q
                             : pass == 1 ? text == q
                             : pass == 2 ? key.startsWith(q)
                             : pass == 3 ? text.contains(q)
                             : pass == 4 ? m_initials.value(i).startsWith(q)
                                         : m_fullPinyin.value(i).startsWith(q);
            if (hit)
                found = i;
        }
    if (found < 0)
        return false;
    setCurrentIndex(found);
    lineEdit()->setText(itemText(found));
    return true;
}

void PickerCombo::focusInEvent(QFocusEvent *event)
{
    QComboBox::focusInEvent(event);
    lineEdit()->selectAll(); // typing replaces the shown choice
}

} // namespace cliniclink::ui::his
