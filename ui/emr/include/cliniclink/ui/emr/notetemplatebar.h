#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/emr/notetemplates.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cliniclink::ui::emr {

// The clinic's note templates on the doctor's screen: type a complaint or its pinyin
// initials ("fr" → 发热), Enter applies the first match; "save as template" stores the
// note's current sections under a complaint (replacing the clinic's template of that name,
// which is how a template is edited). Templates are records, shared by every PC of the clinic.
class NoteTemplateBar : public QWidget {
    Q_OBJECT
public:
    explicit NoteTemplateBar(cliniclink::emr::NoteTemplates &templates, QWidget *parent = nullptr);

    bool reload();
    // Templates whose complaint contains the text or whose pinyin initials start with it.
    QList<cliniclink::emr::NoteTemplate> matching(const QString &text) const;
    bool applySelected();
    Result<cliniclink::emr::NoteTemplate> saveAs(const QString &complaint, const QJsonObject &sections);
    QLineEdit *searchField() const { return m_search; }
    int shownCount() const;

signals:
    void applyRequested(const cliniclink::emr::NoteTemplate &t);
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void filter(const QString &text);

    cliniclink::emr::NoteTemplates &m_templates;
    QList<cliniclink::emr::NoteTemplate> m_all;
    QList<QString> m_initials; // per template of m_all
    QLabel *m_caption = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_choice = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace cliniclink::ui::emr
