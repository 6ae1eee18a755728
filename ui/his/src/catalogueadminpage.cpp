#include "cliniclink/ui/his/catalogueadminpage.h"

#include "cliniclink/his/catalogue.h"
#include "cliniclink/ui/his/outpatientservices.h"
#include "cliniclink/ui/shell/errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

namespace cliniclink::ui::his {

using namespace cliniclink::his;

namespace {

QTableWidget *listTable(int columns, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

// An empty field is "no limit recorded" (0); anything else must be a number ≥ 0.
std::optional<double> optionalNumber(const QLineEdit *e)
{
    const QString t = e->text().trimmed();
    if (t.isEmpty())
        return 0.0;
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok && v >= 0 ? std::optional<double>(v) : std::nullopt;
}

QString number(double v)
{
    return v == 0 ? QString() : QString::number(v, 'g', 8);
}

} // namespace

CatalogueAdminPage::CatalogueAdminPage(OutpatientServices &services, QWidget *parent) : QWidget(parent), m_s(services)
{
    auto *layout = new QGridLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildDrugTab(), QString());
    m_tabs->addTab(buildFeeTab(), QString());
    layout->addWidget(m_tabs, 0, 0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status, 1, 0);
    auto shortcut = [this](QKeySequence key, auto fn) {
        auto *s = new QShortcut(key, this, fn);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::Key_F2), [this] { save(); });
    shortcut(QKeySequence(Qt::Key_F4), [this] { newEntry(); });
    shortcut(QKeySequence(Qt::Key_F5), [this] { refresh(); });
    retranslateUi();
    refresh();
}

QLabel *CatalogueAdminPage::caption(const char *source)
{
    auto *label = new QLabel(this);
    m_captions.append({label, source});
    return label;
}

QWidget *CatalogueAdminPage::buildDrugTab()
{
    auto *tab = new QWidget(this);
    auto *grid = new QGridLayout(tab);
    m_drugSearch = new QLineEdit(tab);
    m_drugs = listTable(8, tab);
    grid->addWidget(caption(QT_TR_NOOP("Search (拼音码, 五笔码, 医保 code or name)")), 0, 0);
    grid->addWidget(m_drugSearch, 1, 0);
    grid->addWidget(m_drugs, 2, 0);

    auto *form = new QFormLayout;
    m_genericName = new QLineEdit(tab);
    m_tradeName = new QLineEdit(tab);
    m_form = new QLineEdit(tab);
    m_strength = new QLineEdit(tab);
    m_unit = new QLineEdit(tab);
    m_packageSize = new QSpinBox(tab);
    m_packageSize->setRange(1, 100000);
    m_packageUnit = new QLineEdit(tab);
    m_price = new QLineEdit(tab);
    m_insuranceCode = new QLineEdit(tab);
    m_insuranceCode->setObjectName(QStringLiteral("insuranceCode"));
    m_insuranceCode->setMaxLength(23);
    m_insuranceCheck = new QLabel(tab);
    m_essential = new QCheckBox(tab);
    m_category = new QComboBox(tab);
    for (DrugCategory c : {DrugCategory::Western, DrugCategory::ChinesePatent, DrugCategory::HerbalPieces})
        m_category->addItem(QString(), drugCategoryKey(c));
    m_control = new QComboBox(tab);
    for (ControlClass c : {ControlClass::None, ControlClass::NarcoticPsych1, ControlClass::Psych2})
        m_control->addItem(QString(), controlClassKey(c));
    m_doseUnit = new QLineEdit(tab);
    m_dosePerUnit = new QLineEdit(tab);
    m_maxSingle = new QLineEdit(tab);
    m_maxDaily = new QLineEdit(tab);
    m_pinyin = new QLineEdit(tab);
    m_pinyin->setObjectName(QStringLiteral("pinyinCode"));
    m_wubi = new QLineEdit(tab);
    m_wubi->setObjectName(QStringLiteral("wubiCode"));
    m_lowStock = new QSpinBox(tab);
    m_lowStock->setRange(0, 1000000);
    m_drugActive = new QCheckBox(tab);
    // Object names for tests and accessibility tools.
    const QList<QPair<QWidget *, const char *>> names = {
        {m_drugSearch, "drugSearch"}, {m_genericName, "genericName"}, {m_tradeName, "tradeName"}, {m_form, "form"},
        {m_strength, "strength"},     {m_unit, "unit"},               {m_price, "price"},         {m_essential, "essential"},
        {m_doseUnit, "doseUnit"},     {m_dosePerUnit, "dosePerUnit"}};
    for (const auto &[w, name] : names)
        w->setObjectName(QLatin1String(name));
    const QList<QPair<const char *, QWidget *>> rows = {
        {QT_TR_NOOP("Generic name (通用名)"), m_genericName},
        {QT_TR_NOOP("Trade name"), m_tradeName},
        {QT_TR_NOOP("Dosage form"), m_form},
        {QT_TR_NOOP("Strength"), m_strength},
        {QT_TR_NOOP("Dispensing unit"), m_unit},
        {QT_TR_NOOP("Units per package"), m_packageSize},
        {QT_TR_NOOP("Package unit"), m_packageUnit},
        {QT_TR_NOOP("Price per unit (yuan)"), m_price},
        {QT_TR_NOOP("医保 drug code (23 characters)"), m_insuranceCode},
        {"", m_insuranceCheck},
        {QT_TR_NOOP("Essential medicine (基本药物)"), m_essential},
        {QT_TR_NOOP("Category"), m_category},
        {QT_TR_NOOP("Control class"), m_control},
        {QT_TR_NOOP("Dose unit"), m_doseUnit},
        {QT_TR_NOOP("Dose per dispensing unit"), m_dosePerUnit},
        {QT_TR_NOOP("Maximum single dose"), m_maxSingle},
        {QT_TR_NOOP("Maximum daily dose"), m_maxDaily},
        {QT_TR_NOOP("拼音码 (empty: computed)"), m_pinyin},
        {QT_TR_NOOP("五笔码"), m_wubi},
        {QT_TR_NOOP("Low-stock threshold"), m_lowStock},
        {QT_TR_NOOP("In use"), m_drugActive}};
    for (const auto &[label, field] : rows)
        form->addRow(*label ? caption(label) : new QLabel(tab), field);
    grid->addLayout(form, 0, 1, 3, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    connect(m_drugSearch, &QLineEdit::textChanged, this, &CatalogueAdminPage::fillDrugs);
    connect(m_insuranceCode, &QLineEdit::textChanged, this, &CatalogueAdminPage::checkInsuranceCode);
    connect(m_drugs, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_drugs->item(row, 0))
            openDrug(m_drugs->item(row, 0)->data(Qt::UserRole).toString());
    });
    return tab;
}

QWidget *CatalogueAdminPage::buildFeeTab()
{
    auto *tab = new QWidget(this);
    auto *grid = new QGridLayout(tab);
    m_fees = listTable(5, tab);
    grid->addWidget(m_fees, 0, 0);
    auto *form = new QFormLayout;
    m_feeCode = new QLineEdit(tab);
    m_feeName = new QLineEdit(tab);
    m_feeKind = new QComboBox(tab);
    for (FeeKind k : {FeeKind::Registration, FeeKind::Consultation, FeeKind::Injection, FeeKind::Procedure,
                      FeeKind::Examination, FeeKind::Other})
        m_feeKind->addItem(QString(), feeKindKey(k));
    m_feePrice = new QLineEdit(tab);
    m_feeUnit = new QLineEdit(tab);
    m_feeInsurance = new QLineEdit(tab);
    m_feePinyin = new QLineEdit(tab);
    m_feeActive = new QCheckBox(tab);
    const QList<QPair<QWidget *, const char *>> names = {
        {m_feeCode, "feeCode"}, {m_feeName, "feeName"}, {m_feeKind, "feeKind"}, {m_feePrice, "feePrice"}, {m_feeUnit, "feeUnit"}};
    for (const auto &[w, name] : names)
        w->setObjectName(QLatin1String(name));
    const QList<QPair<const char *, QWidget *>> rows = {{QT_TR_NOOP("Code"), m_feeCode},
                                                        {QT_TR_NOOP("Name"), m_feeName},
                                                        {QT_TR_NOOP("Kind"), m_feeKind},
                                                        {QT_TR_NOOP("Price (yuan)"), m_feePrice},
                                                        {QT_TR_NOOP("Unit"), m_feeUnit},
                                                        {QT_TR_NOOP("医保 item code"), m_feeInsurance},
                                                        {QT_TR_NOOP("拼音码"), m_feePinyin},
                                                        {QT_TR_NOOP("In use"), m_feeActive}};
    for (const auto &[label, field] : rows)
        form->addRow(caption(label), field);
    grid->addLayout(form, 0, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    connect(m_fees, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_fees->item(row, 0))
            openFeeItem(m_fees->item(row, 0)->data(Qt::UserRole).toString());
    });
    return tab;
}

void CatalogueAdminPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CatalogueAdminPage::retranslateUi()
{
    setWindowTitle(tr("Catalogue"));
    m_tabs->setTabText(0, tr("Drugs"));
    m_tabs->setTabText(1, tr("Fee items"));
    for (const auto &[label, source] : std::as_const(m_captions))
        label->setText(tr(source));
    m_drugs->setHorizontalHeaderLabels({tr("Generic name"), tr("Strength"), tr("Form"), tr("Price (yuan)"), tr("医保 code"),
                                        tr("Essential"), tr("拼音码"), tr("五笔码")});
    m_fees->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Kind"), tr("Price (yuan)"), tr("Unit")});
    const QStringList categories = {tr("Western medicine (西药)"), tr("Chinese patent medicine (中成药)"), tr("Herbal pieces (中药饮片)")};
    for (int i = 0; i < categories.size(); ++i)
        m_category->setItemText(i, categories.at(i));
    const QStringList controls = {tr("Not controlled"), tr("Narcotic / psychotropic I (麻、精一)"), tr("Psychotropic II (精二)")};
    for (int i = 0; i < controls.size(); ++i)
        m_control->setItemText(i, controls.at(i));
    const QStringList kinds = {tr("Registration"), tr("Consultation"), tr("Injection"), tr("Procedure"), tr("Examination"), tr("Other")};
    for (int i = 0; i < kinds.size(); ++i)
        m_feeKind->setItemText(i, kinds.at(i));
    m_essential->setText(tr("on the national essential medicines list"));
    m_drugActive->setText(tr("can be prescribed"));
    m_feeActive->setText(tr("can be charged"));
    m_drugSearch->setPlaceholderText(tr("e.g. amxl"));
    m_price->setPlaceholderText(tr("e.g. 0.35"));
    checkInsuranceCode();
}

void CatalogueAdminPage::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #a61b1b;") : QString());
    m_status->setText(text);
}

QString CatalogueAdminPage::statusText() const
{
    return m_status->text();
}

void CatalogueAdminPage::refresh()
{
    fillDrugs();
    fillFees();
}

int CatalogueAdminPage::drugRows() const
{
    return m_drugs->rowCount();
}

int CatalogueAdminPage::feeRows() const
{
    return m_fees->rowCount();
}

void CatalogueAdminPage::fillDrugs()
{
    const QString q = m_drugSearch->text().trimmed();
    auto drugs = q.isEmpty() ? m_s.catalogue->drugs(true) : m_s.catalogue->searchDrugs(q, 200);
    if (!drugs)
        return setStatus(shell::errorText(drugs.error()), true);
    QSignalBlocker block(m_drugs); // filling is not choosing a row
    m_drugs->setRowCount(int(drugs->size()));
    for (int r = 0; r < drugs->size(); ++r) {
        const Drug &d = drugs->at(r);
        const QStringList cells = {d.genericName, d.strength, d.form, formatYuan(d.priceFen), d.insuranceCode,
                                   d.essential ? tr("yes") : QString(), d.pinyinCode, d.wubiCode};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, d.id);
            if (!d.active)
                item->setForeground(Qt::gray);
            m_drugs->setItem(r, c, item);
        }
    }
    m_drugs->resizeColumnsToContents();
}

void CatalogueAdminPage::fillFees()
{
    auto fees = m_s.catalogue->feeItems(true);
    if (!fees)
        return setStatus(shell::errorText(fees.error()), true);
    QSignalBlocker block(m_fees);
    m_fees->setRowCount(int(fees->size()));
    for (int r = 0; r < fees->size(); ++r) {
        const FeeItem &f = fees->at(r);
        const QStringList cells = {f.code, f.name, m_feeKind->itemText(m_feeKind->findData(feeKindKey(f.kind))),
                                   formatYuan(f.priceFen), f.unit};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, f.id);
            m_fees->setItem(r, c, item);
        }
    }
    m_fees->resizeColumnsToContents();
}

bool CatalogueAdminPage::insuranceCodeAccepted() const
{
    return isValidInsuranceCode(m_insuranceCode->text().trimmed());
}

// Checked as it is typed, so a mistyped code is seen before saving.
void CatalogueAdminPage::checkInsuranceCode()
{
    const QString code = m_insuranceCode->text().trimmed();
    if (code.isEmpty())
        m_insuranceCheck->setText(tr("Not on the insurance list"));
    else if (insuranceCodeAccepted())
        m_insuranceCheck->setText(tr("✓ valid 医保 code"));
    else
        m_insuranceCheck->setText(tr("✗ %1 of 23 characters; letters and digits, starting with a letter").arg(code.size()));
    m_insuranceCheck->setStyleSheet(code.isEmpty() || insuranceCodeAccepted() ? QString() : QStringLiteral("color: #a61b1b;"));
}

bool CatalogueAdminPage::openDrug(const QString &id)
{
    auto d = m_s.catalogue->drug(id);
    if (!d) {
        setStatus(shell::errorText(d.error()), true);
        return false;
    }
    m_drug = *d;
    m_tabs->setCurrentIndex(0);
    m_genericName->setText(d->genericName);
    m_tradeName->setText(d->tradeName);
    m_form->setText(d->form);
    m_strength->setText(d->strength);
    m_unit->setText(d->unit);
    m_packageSize->setValue(d->packageSize);
    m_packageUnit->setText(d->packageUnit);
    m_price->setText(formatYuan(d->priceFen));
    m_insuranceCode->setText(d->insuranceCode);
    m_essential->setChecked(d->essential);
    m_category->setCurrentIndex(m_category->findData(drugCategoryKey(d->category)));
    m_control->setCurrentIndex(m_control->findData(controlClassKey(d->control)));
    m_doseUnit->setText(d->doseUnit);
    m_dosePerUnit->setText(number(d->dosePerUnit));
    m_maxSingle->setText(number(d->maxSingleDose));
    m_maxDaily->setText(number(d->maxDailyDose));
    m_pinyin->setText(d->pinyinCode);
    m_wubi->setText(d->wubiCode);
    m_lowStock->setValue(d->lowStockThreshold);
    m_drugActive->setChecked(d->active);
    setStatus(tr("Editing %1. F2 saves, F4 starts a new entry.").arg(d->genericName));
    return true;
}

bool CatalogueAdminPage::openFeeItem(const QString &id)
{
    auto f = m_s.catalogue->feeItem(id);
    if (!f) {
        setStatus(shell::errorText(f.error()), true);
        return false;
    }
    m_fee = *f;
    m_tabs->setCurrentIndex(1);
    m_feeCode->setText(f->code);
    m_feeName->setText(f->name);
    m_feeKind->setCurrentIndex(m_feeKind->findData(feeKindKey(f->kind)));
    m_feePrice->setText(formatYuan(f->priceFen));
    m_feeUnit->setText(f->unit);
    m_feeInsurance->setText(f->insuranceCode);
    m_feePinyin->setText(f->pinyinCode);
    m_feeActive->setChecked(f->active);
    setStatus(tr("Editing %1. F2 saves, F4 starts a new entry.").arg(f->name));
    return true;
}

void CatalogueAdminPage::newEntry()
{
    if (m_tabs->currentIndex() == 0) {
        m_drug = Drug{};
        for (QLineEdit *e : {m_genericName, m_tradeName, m_form, m_strength, m_unit, m_packageUnit, m_price, m_insuranceCode,
                             m_doseUnit, m_dosePerUnit, m_maxSingle, m_maxDaily, m_pinyin, m_wubi})
            e->clear();
        m_packageSize->setValue(1);
        m_lowStock->setValue(0);
        m_essential->setChecked(false);
        m_drugActive->setChecked(true);
        m_category->setCurrentIndex(0);
        m_control->setCurrentIndex(0);
        m_genericName->setFocus();
    } else {
        m_fee = FeeItem{};
        for (QLineEdit *e : {m_feeCode, m_feeName, m_feePrice, m_feeUnit, m_feeInsurance, m_feePinyin})
            e->clear();
        m_feeKind->setCurrentIndex(0);
        m_feeActive->setChecked(true);
        m_feeCode->setFocus();
    }
    setStatus(tr("New entry: fill in the form, F2 saves."));
}

bool CatalogueAdminPage::save()
{
    return m_tabs->currentIndex() == 0 ? saveDrug() : saveFeeItem();
}

bool CatalogueAdminPage::saveDrug()
{
    auto price = parseYuan(m_price->text());
    const auto perUnit = optionalNumber(m_dosePerUnit);
    const auto single = optionalNumber(m_maxSingle);
    const auto daily = optionalNumber(m_maxDaily);
    if (!price || !perUnit || !single || !daily) {
        setStatus(tr("Enter the price in yuan with at most two decimals, and doses as numbers."), true);
        return false;
    }
    Drug d = m_drug;
    d.genericName = m_genericName->text().trimmed();
    d.tradeName = m_tradeName->text().trimmed();
    d.form = m_form->text().trimmed();
    d.strength = m_strength->text().trimmed();
    d.unit = m_unit->text().trimmed();
    d.packageSize = m_packageSize->value();
    d.packageUnit = m_packageUnit->text().trimmed();
    d.priceFen = *price;
    d.insuranceCode = m_insuranceCode->text().trimmed();
    d.essential = m_essential->isChecked();
    d.category = parseDrugCategory(m_category->currentData().toString());
    d.control = parseControlClass(m_control->currentData().toString());
    d.doseUnit = m_doseUnit->text().trimmed();
    d.dosePerUnit = *perUnit > 0 ? *perUnit : 1;
    d.maxSingleDose = *single;
    d.maxDailyDose = *daily;
    d.pinyinCode = m_pinyin->text().trimmed();
    d.wubiCode = m_wubi->text().trimmed();
    d.lowStockThreshold = m_lowStock->value();
    d.active = m_drugActive->isChecked();
    auto saved = m_s.catalogue->saveDrug(d);
    if (!saved) {
        setStatus(shell::errorText(saved.error()), true); // the form keeps what was typed
        return false;
    }
    fillDrugs();
    openDrug(saved->id);
    setStatus(tr("Saved %1 (拼音码 %2).").arg(saved->genericName, saved->pinyinCode));
    return true;
}

bool CatalogueAdminPage::saveFeeItem()
{
    auto price = parseYuan(m_feePrice->text());
    if (!price) {
        setStatus(tr("Enter the price in yuan with at most two decimals."), true);
        return false;
    }
    FeeItem f = m_fee;
    f.code = m_feeCode->text().trimmed();
    f.name = m_feeName->text().trimmed();
    f.kind = parseFeeKind(m_feeKind->currentData().toString());
    f.priceFen = *price;
    f.unit = m_feeUnit->text().trimmed();
    f.insuranceCode = m_feeInsurance->text().trimmed();
    f.pinyinCode = m_feePinyin->text().trimmed();
    f.active = m_feeActive->isChecked();
    auto saved = m_s.catalogue->saveFeeItem(f);
    if (!saved) {
        setStatus(shell::errorText(saved.error()), true);
        return false;
    }
    fillFees();
    openFeeItem(saved->id);
    setStatus(tr("Saved %1.").arg(saved->name));
    return true;
}

} // namespace cliniclink::ui::his
