#include "cliniclink/ui/registry/importdialog.h"

#include "cliniclink/registry/csvreader.h"
#include "cliniclink/registry/registry.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cliniclink::ui::registry {

namespace reg = ::cliniclink::registry;

namespace {
QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}
} // namespace

ImportDialog::ImportDialog(reg::Registry &registry, QWidget *parent) : QDialog(parent), m_registry(registry)
{
    setWindowTitle(tr("Import archives from CSV"));
    m_choose = new QPushButton(tr("Choose CSV file…"), this);
    m_choose->setObjectName(QStringLiteral("chooseImportFileButton"));
    m_file = new QLabel(this);
    m_encoding = new QLabel(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setValue(0);
    m_summary = new QLabel(tr("Columns are matched by their header: 姓名, 性别, 出生日期, 身份证号, 联系电话, 现住址, 民族, "
                              "血型, 档案编号, 户主身份证号, 与户主关系. UTF-8 and GB18030 files are recognised."),
                           this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_errors = new QTableWidget(0, 3, this);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Reason")});
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->verticalHeader()->hide();
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_export = new QPushButton(tr("Save report as CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportImportReportButton"));
    m_export->setEnabled(false);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_choose);
    top->addWidget(m_file, 1);
    top->addWidget(m_encoding);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_export);
    bottom->addStretch(1);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
    layout->addLayout(bottom);
    resize(720, 480);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &ImportDialog::chooseExportFile);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import archives from CSV"), {}, tr("CSV files (*.csv *.txt)"));
    if (!path.isEmpty())
        importFile(path);
}

void ImportDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save report as CSV…"), tr("import-report.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportReport(path))
        m_summary->setText(tr("The report could not be saved to %1.").arg(path));
}

bool ImportDialog::importFile(const QString &path)
{
    m_errors->setRowCount(0);
    m_export->setEnabled(false);
    m_file->setText(QFileInfo(path).fileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(shell::errorText(Error{ErrorCode::ImportFileUnreadable, {}, {}}));
        return false;
    }
    const QByteArray data = file.readAll();
    m_encoding->setText(tr("Encoding: %1").arg(reg::encodingName(reg::detectEncoding(data))));
    m_choose->setEnabled(false);
    reg::ResidentImporter importer(m_registry);
    // Batches commit one by one; between them the dialog repaints but takes no input.
    importer.setProgress([this](int done, int total) {
        m_progress->setMaximum(qMax(total, 1));
        m_progress->setValue(done);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    auto report = importer.importCsv(data);
    m_choose->setEnabled(true);
    if (!report) {
        m_summary->setText(shell::errorText(report.error()));
        return false;
    }
    m_report = *report;
    m_progress->setValue(m_progress->maximum());
    m_summary->setText(tr("%1 archive(s) imported, %2 row(s) rejected; %3 family(ies) created, %4 member(s) linked.")
                           .arg(m_report.imported)
                           .arg(m_report.rejected)
                           .arg(m_report.familiesCreated)
                           .arg(m_report.familyMembersLinked));
    m_errors->setRowCount(int(m_report.errors.size()));
    for (int i = 0; i < m_report.errors.size(); ++i) {
        const reg::ImportError &e = m_report.errors.at(i);
        m_errors->setItem(i, 0, new QTableWidgetItem(QString::number(e.row)));
        m_errors->setItem(i, 1, new QTableWidgetItem(e.column.isEmpty() ? tr("(whole row)") : e.column));
        m_errors->setItem(i, 2, new QTableWidgetItem(shell::errorText(Error{e.code, {}, {}})));
    }
    m_errors->resizeColumnsToContents();
    m_export->setEnabled(!m_report.errors.isEmpty());
    emit imported(m_report.imported);
    return true;
}

bool ImportDialog::exportReport(const QString &path) const
{
    // UTF-8 with a BOM, so Excel and WPS on Chinese Windows open it without garbling.
    QString text = QStringLiteral("\uFEFF") + tr("Row") + QLatin1Char(',') + tr("Column") + QLatin1Char(',') + tr("Reason")
        + QStringLiteral(",code\r\n");
    for (int i = 0; i < m_errors->rowCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < 3; ++c)
            cells << csvField(m_errors->item(i, c)->text());
        cells << m_report.errors.at(i).reason();
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(text.toUtf8());
    return out.commit();
}

QString ImportDialog::summary() const { return m_summary->text(); }
QString ImportDialog::encodingText() const { return m_encoding->text(); }
int ImportDialog::progressValue() const { return m_progress->value(); }
int ImportDialog::progressMaximum() const { return m_progress->maximum(); }

} // namespace cliniclink::ui::registry
