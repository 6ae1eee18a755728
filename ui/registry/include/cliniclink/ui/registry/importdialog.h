#pragma once

#include "cliniclink/registry/residentimport.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cliniclink::registry {
class Registry;
}

namespace cliniclink::ui::registry {

// 档案导入: pick a CSV exported from another system, see the detected encoding, follow the
// progress, then a table of the rejected rows (row, column, reason) that can be saved as CSV
// for whoever fixes the source file. The report names rows and columns, never their content.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(::cliniclink::registry::Registry &registry, QWidget *parent = nullptr);

    bool importFile(const QString &path);
    bool exportReport(const QString &path) const;
    const ::cliniclink::registry::ImportReport &report() const { return m_report; }
    QTableWidget *errorTable() const { return m_errors; }
    QString summary() const;
    QString encodingText() const;
    int progressValue() const;
    int progressMaximum() const;

signals:
    void imported(int count);

private:
    void chooseFile();
    void chooseExportFile();

    ::cliniclink::registry::Registry &m_registry;
    ::cliniclink::registry::ImportReport m_report;
    QPushButton *m_choose;
    QLabel *m_file;
    QLabel *m_encoding;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_errors;
    QPushButton *m_export;
};

} // namespace cliniclink::ui::registry
