#include "cliniclink/ui/publichealth/formprinter.h"

#include "cliniclink/ui/publichealth/formrenderer.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace cliniclink::ui::publichealth {

namespace ph = ::cliniclink::publichealth;

namespace {

// Everything in millimetres on the page; the painter is scaled once.
constexpr double kPageWidth = 210.0;
constexpr double kPageHeight = 297.0;
constexpr double kMargin = 15.0;
constexpr double kLabelWidth = 32.0;
constexpr double kRowPadding = 1.5;

struct Cell {
    QString label;
    QString value;
};

class Sheet {
public:
    Sheet(QPdfWriter &writer, QPainter &painter) : m_writer(writer), m_p(painter) {}

    double y = kMargin;

    void ensure(double height)
    {
        if (y + height <= kPageHeight - kMargin)
            return;
        m_writer.newPage();
        y = kMargin;
    }

    double textHeight(const QString &text, double width) const
    {
        const QRectF r = m_p.boundingRect(QRectF(0, 0, width - 2 * kRowPadding, 1000), Qt::TextWordWrap, text);
        return r.height() + 2 * kRowPadding;
    }

    void cell(double x, double w, double h, const QString &text, bool shaded)
    {
        const QRectF r(x, y, w, h);
        if (shaded)
            m_p.fillRect(r, QColor(0xf2, 0xf2, 0xf2));
        m_p.drawRect(r);
        m_p.drawText(r.adjusted(kRowPadding, kRowPadding, -kRowPadding, -kRowPadding),
                     Qt::TextWordWrap | Qt::AlignVCenter, text);
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_p;
};

} // namespace

Result<void> printFormPdf(const ph::FormDefinition &form, const QJsonObject &values, const PrintHeader &header,
                          const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(300);
    writer.setTitle(form.title());
    writer.setCreator(QStringLiteral("ClinicLink"));
    QPainter p;
    if (!p.begin(&writer))
        return tl::unexpected(Error{ErrorCode::IoError, QStringLiteral("pdf"), {}});
    const double scale = writer.resolution() / 25.4; // device pixels per millimetre
    p.scale(scale, scale);
    QPen pen(Qt::black);
    pen.setWidthF(0.2);
    p.setPen(pen);

    QFont title = p.font();
    title.setPointSizeF(16);
    title.setBold(true);
    QFont body = p.font();
    body.setPointSizeF(9.5);
    QFont sectionFont = body;
    sectionFont.setBold(true);
    // The painter's millimetre scale also enlarges fonts; undo it so point sizes stay true.
    auto fit = [scale](QFont f) {
        f.setPointSizeF(f.pointSizeF() / scale);
        return f;
    };
    title = fit(title);
    body = fit(body);
    sectionFont = fit(sectionFont);

    Sheet sheet(writer, p);
    const double width = kPageWidth - 2 * kMargin;
    p.setFont(title);
    p.drawText(QRectF(kMargin, sheet.y, width, 10), Qt::AlignCenter, form.title());
    sheet.y += 12;
    p.setFont(body);
    const QString nameLabel = QCoreApplication::translate("cliniclink::ui::publichealth::FormPrinter", "Name: %1");
    const QString numberLabel = QCoreApplication::translate("cliniclink::ui::publichealth::FormPrinter", "No.: %1");
    p.drawText(QRectF(kMargin, sheet.y, width / 2, 6), Qt::AlignLeft | Qt::AlignVCenter, nameLabel.arg(header.name));
    p.drawText(QRectF(kMargin + width / 2, sheet.y, width / 2, 6), Qt::AlignRight | Qt::AlignVCenter,
               numberLabel.arg(header.archiveNumber));
    sheet.y += 8;

    const double valueWidth = width / 2 - kLabelWidth;
    for (const ph::SectionDef &section : form.sections()) {
        QList<Cell> cells;
        for (const ph::FieldDef &f : section.fields) {
            const QString v = displayValue(form, f, values.value(f.key));
            // Empty required boxes stay visible for handwriting; conditional ones only when filled.
            if (!v.isEmpty() || (f.required && f.when.isEmpty()))
                cells.append({f.label, v});
        }
        if (cells.isEmpty())
            continue;
        p.setFont(sectionFont);
        sheet.ensure(8 + sheet.textHeight(cells.first().value, valueWidth));
        sheet.cell(kMargin, width, 6.5, section.title, true);
        sheet.y += 6.5;
        p.setFont(body);
        for (int i = 0; i < cells.size(); i += 2) {
            const bool pair = i + 1 < cells.size();
            double h = qMax(sheet.textHeight(cells.at(i).value, pair ? valueWidth : width - kLabelWidth),
                            sheet.textHeight(cells.at(i).label, kLabelWidth));
            if (pair)
                h = std::max({h, sheet.textHeight(cells.at(i + 1).value, valueWidth),
                          sheet.textHeight(cells.at(i + 1).label, kLabelWidth)});
            h = qMax(h, 6.5);
            sheet.ensure(h);
            sheet.cell(kMargin, kLabelWidth, h, cells.at(i).label, true);
            sheet.cell(kMargin + kLabelWidth, pair ? valueWidth : width - kLabelWidth, h, cells.at(i).value, false);
            if (pair) {
                sheet.cell(kMargin + width / 2, kLabelWidth, h, cells.at(i + 1).label, true);
                sheet.cell(kMargin + width / 2 + kLabelWidth, valueWidth, h, cells.at(i + 1).value, false);
            }
            sheet.y += h;
        }
        sheet.y += 2;
    }
    if (!header.signedBy.isEmpty()) {
        sheet.ensure(8);
        p.drawText(QRectF(kMargin, sheet.y + 2, width, 6), Qt::AlignRight | Qt::AlignVCenter,
                   QCoreApplication::translate("cliniclink::ui::publichealth::FormPrinter", "Doctor's signature: %1")
                       .arg(header.signedBy));
    }
    p.end();
    return {};
}

} // namespace cliniclink::ui::publichealth
