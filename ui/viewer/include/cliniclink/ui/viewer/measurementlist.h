#pragma once

#include <QPointer>
#include <QWidget>

class QTableWidget;
class QPushButton;

namespace cliniclink::ui::viewer {

class Viewport;

// The annotations of one view as a table: tool, value, and an editable note. Selecting a row shows
// its image and highlights the annotation; Delete removes it.
class MeasurementList : public QWidget {
    Q_OBJECT
public:
    explicit MeasurementList(QWidget *parent = nullptr);
    void setViewport(Viewport *viewport);
    QTableWidget *table() const { return m_table; }
    // The value text of the row for annotation `id` (for tests and copy/paste).
    QString valueText(int id) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void deleteSelected();
    int idOfRow(int row) const;

    QPointer<Viewport> m_viewport;
    QTableWidget *m_table = nullptr;
    QPushButton *m_delete = nullptr;
    bool m_refreshing = false;
};

} // namespace cliniclink::ui::viewer
