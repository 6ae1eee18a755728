#include "cliniclink/ui/his/outpatientnoteprint.h"

#include "printpainter.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

namespace cliniclink::ui::his {

namespace {

// Lays the note out top to bottom in millimetres, starting a new page when the next block
// does not fit; a block of text is measured before it is drawn.
class NoteLayout {
public:
    NoteLayout(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer), m_painter(painter), m_dpi(writer.resolution()),
          m_widthMm(writer.pageLayout().fullRect(QPageLayout::Millimeter).width()),
          m_heightMm(writer.pageLayout().fullRect(QPageLayout::Millimeter).height()), m_p(painter, m_dpi)
    {
        m_margin = m_widthMm < 160 ? 10 : 15; // A5 keeps a narrower margin
        m_y = m_margin;
    }

    qreal contentWidth() const { return m_widthMm - 2 * m_margin; }
    PrintPainter &p() { return m_p; }
    qreal &y() { return m_y; }
    qreal left() const { return m_margin; }

    bool ensure(qreal heightMm)
    {
        if (m_y + heightMm <= m_heightMm - m_margin)
            return true;
        if (!m_writer.newPage())
            return false;
        m_y = m_margin;
        return true;
    }

    // A labelled paragraph: "主诉：" in bold, then the text wrapped beside it line by line, so a
    // long text continues on the next page instead of running off this one.
    bool paragraph(const QString &label, const QString &text, qreal points = 10.5)
    {
        const qreal labelMm = 22;
        QString body = printable(text);
        body.replace(QLatin1Char('\n'), QChar::LineSeparator);
        QTextLayout layout(body, printFont(points), m_painter.device());
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(m_p.px(contentWidth() - labelMm));
        layout.endLayout();
        const qreal minLineMm = 6;
        for (int i = 0; i < std::max(1, layout.lineCount()); ++i) {
            const qreal lineMm = layout.lineCount() ? std::max<qreal>(layout.lineAt(i).height() * 25.4 / m_dpi, 5) : minLineMm;
            if (!ensure(lineMm))
                return false;
            if (i == 0) {
                m_p.setFont(points, true);
                m_p.text(left(), m_y, labelMm, minLineMm, label + QStringLiteral("："), Qt::AlignLeft | Qt::AlignTop);
            }
            if (layout.lineCount()) {
                const QTextLine line = layout.lineAt(i);
                m_painter.setPen(Qt::black);
                line.draw(&m_painter, QPointF(m_p.px(left() + labelMm), m_p.px(m_y) - line.y()));
            }
            m_y += lineMm;
        }
        m_y += 1.5;
        return true;
    }

private:
    QPdfWriter &m_writer;
    QPainter &m_painter;
    qreal m_dpi;
    qreal m_widthMm;
    qreal m_heightMm;
    PrintPainter m_p;
    qreal m_margin = 10;
    qreal m_y = 10;
};

} // namespace

bool writeOutpatientNotePdf(const OutpatientNotePaper &paper, const QString &path, QPageSize::PageSizeId size)
{
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(size)))
        return false;
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("门诊病历"));
    writer.setCreator(QStringLiteral("ClinicLink"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    NoteLayout l(writer, painter);
    PrintPainter &p = l.p();
    const qreal w = l.contentWidth();
    const qreal x = l.left();

    p.setFont(13, true);
    p.text(x, l.y(), w, 7, paper.clinicName, Qt::AlignHCenter | Qt::AlignVCenter);
    l.y() += 7;
    p.setFont(16, true);
    p.text(x, l.y(), w, 9, QStringLiteral("门 诊 病 历"), Qt::AlignHCenter | Qt::AlignVCenter);
    l.y() += 11;

    p.setFont(10);
    const qreal col = w / 3;
    const qreal label = 12;
    const qreal value = col - label - 2; // each field ends 2 mm before the next column
    p.field(x, l.y(), label, value, QStringLiteral("姓名"), paper.patientName);
    p.field(x + col, l.y(), label, value, QStringLiteral("性别"), paper.sex);
    p.field(x + 2 * col, l.y(), label, value + 2, QStringLiteral("年龄"), paper.ageText);
    l.y() += 8;
    p.field(x, l.y(), label, value, QStringLiteral("科别"), paper.department);
    p.field(x + col, l.y(), label, value, QStringLiteral("费别"), paper.feeCategory);
    p.field(x + 2 * col, l.y(), label, value + 2, QStringLiteral("门诊号"), paper.outpatientNo);
    l.y() += 8;
    p.field(x, l.y(), label, 2 * col - label - 2, QStringLiteral("就诊"),
            paper.visitTime.toString(QStringLiteral("yyyy年M月d日 HH:mm")) + QStringLiteral("  ") + paper.visitKind);
    l.y() += 9;
    p.line(x, l.y(), x + w, l.y(), 0.4);
    l.y() += 3;

    bool ok = true;
    for (const auto &[label, text] : paper.sections)
        ok = ok && l.paragraph(label, text);
    ok = ok && l.paragraph(QStringLiteral("诊断"), paper.diagnoses.join(QLatin1Char('\n')));

    if (!paper.amendments.isEmpty() && ok) {
        ok = l.ensure(8);
        p.setFont(10, true);
        p.text(x, l.y() + 2, w, 6, QStringLiteral("修改记录（痕迹保留）"));
        l.y() += 8;
        for (const QString &a : paper.amendments)
            ok = ok && l.paragraph(QStringLiteral("修改"), a, 9);
    }
    if (ok && (ok = l.ensure(14))) {
        l.y() += 4;
        p.setFont(10.5);
        const QString signature = paper.doctor.isEmpty()
                                      ? QStringLiteral("（草稿，未签名）")
                                      : paper.doctor + QStringLiteral("  ") +
                                            paper.signedTime.toString(QStringLiteral("yyyy年M月d日 HH:mm"));
        p.field(x + w / 3, l.y(), 22, 2 * w / 3 - 22, QStringLiteral("医师签名"), signature);
    }
    return painter.end() && ok;
}

} // namespace cliniclink::ui::his
