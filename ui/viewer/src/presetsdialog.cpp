#include "cliniclink/ui/viewer/presetsdialog.h"

#include "cliniclink/ui/viewer/viewerwidget.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace cliniclink::ui::viewer {

namespace {
enum Column { NameColumn, CenterColumn, WidthColumn, ColumnCount };

std::optional<double> number(const QTableWidgetItem *item)
{
    if (!item)
        return std::nullopt;
    bool ok = false;
    const QString t = item->text().trimmed();
    double v = QLocale().toDouble(t, &ok);
    if (!ok) // "40.5" typed with another keyboard layout still counts
        v = t.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

QString text(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}
} // namespace

QList<imaging::WindowPreset> savedWindowPresets()
{
    const QByteArray json = QSettings().value(QLatin1String(kWindowPresetsSettingsKey)).toByteArray();
    const auto presets = imaging::presetsFromJson(json);
    return presets.isEmpty() ? imaging::defaultCtPresets() : presets;
}

void saveWindowPresets(const QList<imaging::WindowPreset> &presets)
{
    QSettings().setValue(QLatin1String(kWindowPresetsSettingsKey), imaging::presetsToJson(presets));
}

PresetsDialog::PresetsDialog(const QList<imaging::WindowPreset> &presets, QWidget *parent) : QDialog(parent)
{
    m_table = new QTableWidget(imaging::kMaxWindowPresets, ColumnCount, this);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00000"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_defaults = m_buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PresetsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PresetsDialog::reject);
    connect(m_defaults, &QPushButton::clicked, this, [this] { setRows(imaging::defaultCtPresets()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_table);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(460, 400);
    setRows(presets);
    retranslateUi();
}

void PresetsDialog::retranslateUi()
{
    setWindowTitle(tr("Window presets"));
    m_hint->setText(tr("Keys 1 to 8 apply these windows (in modality units, HU for CT); key 9 restores the image's own window."));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Centre"), tr("Width")});
    QStringList keys;
    for (int i = 0; i < m_table->rowCount(); ++i)
        keys << tr("Key %1").arg(i + 1);
    m_table->setVerticalHeaderLabels(keys);
    m_defaults->setText(tr("Restore defaults"));
}

void PresetsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PresetsDialog::setRows(const QList<imaging::WindowPreset> &presets)
{
    m_table->clearContents();
    for (int r = 0; r < presets.size() && r < m_table->rowCount(); ++r) {
        const imaging::WindowPreset &p = presets[r];
        auto *name = new QTableWidgetItem(ViewerWidget::presetDisplayName(p.name));
        name->setData(Qt::UserRole, p.name); // a built-in name left as shown stays language-neutral
        m_table->setItem(r, NameColumn, name);
        m_table->setItem(r, CenterColumn, new QTableWidgetItem(QLocale().toString(p.center, 'g', 10)));
        m_table->setItem(r, WidthColumn, new QTableWidgetItem(QLocale().toString(p.width, 'g', 10)));
    }
}

std::optional<int> PresetsDialog::firstInvalidRow() const
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (text(m_table, r, NameColumn).isEmpty())
            continue;
        const auto c = number(m_table->item(r, CenterColumn)), w = number(m_table->item(r, WidthColumn));
        if (!c || !w || *w < 1)
            return r;
    }
    return std::nullopt;
}

QList<imaging::WindowPreset> PresetsDialog::presets() const
{
    QList<imaging::WindowPreset> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QString name = text(m_table, r, NameColumn);
        const QString original = m_table->item(r, NameColumn) ? m_table->item(r, NameColumn)->data(Qt::UserRole).toString() : QString();
        if (!original.isEmpty() && name == ViewerWidget::presetDisplayName(original))
            name = original;
        const auto c = number(m_table->item(r, CenterColumn)), w = number(m_table->item(r, WidthColumn));
        if (!name.isEmpty() && c && w && *w >= 1)
            out.append({name, *c, *w});
    }
    return out;
}

void PresetsDialog::accept()
{
    if (const auto bad = firstInvalidRow()) {
        m_error->setText(tr("Row %1 needs a number as centre and a width of at least 1.").arg(*bad + 1));
        m_error->show();
        m_table->setCurrentCell(*bad, WidthColumn);
        return;
    }
    QDialog::accept();
}

} // namespace cliniclink::ui::viewer
