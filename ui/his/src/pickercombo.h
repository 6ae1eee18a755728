#pragma once

#include <QComboBox>

namespace cliniclink::ui::his {

// A choice for the keyboard: type the item's key ("tid", "im"), its text, the pinyin
// initials of its Chinese ("kf" → 口服) or the start of its pinyin ("jiz" → 肌注) and press Enter; Enter on the unchanged text keeps the
// current item. `confirmed` fires on a match, so the caller moves on; an unknown text leaves
// the focus here.
class PickerCombo : public QComboBox {
    Q_OBJECT
public:
    explicit PickerCombo(QWidget *parent = nullptr);

    void addChoice(const QString &text, const QString &key);
    QString currentKey() const { return currentData().toString(); }
    bool pick(const QString &typed);
    bool setCurrentKey(const QString &key);

signals:
    void confirmed();

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    QStringList m_initials;   // per item, of its Chinese
    QStringList m_fullPinyin; // per item, of its Chinese
};

} // namespace cliniclink::ui::his
