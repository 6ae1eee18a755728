#pragma once

#include "cliniclink/imaging/presets.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cliniclink::ui::viewer {

// Edits the window presets on keys 1..8: name, centre and width per row (empty rows are unused).
// Rows with a name but a width below 1 or a non-number keep the dialog open and are marked.
class PresetsDialog : public QDialog {
    Q_OBJECT
public:
    explicit PresetsDialog(const QList<imaging::WindowPreset> &presets, QWidget *parent = nullptr);

    QList<imaging::WindowPreset> presets() const;
    QTableWidget *table() const { return m_table; }
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setRows(const QList<imaging::WindowPreset> &presets);
    // The first row with a name but no valid centre/width.
    std::optional<int> firstInvalidRow() const;

    QTableWidget *m_table = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_defaults = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// QSettings key of the configured presets (JSON, see imaging::presetsToJson).
inline constexpr const char *kWindowPresetsSettingsKey = "viewer/windowPresets";
// The configured presets, else the built-in CT presets.
QList<imaging::WindowPreset> savedWindowPresets();
void saveWindowPresets(const QList<imaging::WindowPreset> &presets);

} // namespace cliniclink::ui::viewer
