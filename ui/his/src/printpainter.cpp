#include "printpainter.h"

#include <QPen>

namespace cliniclink::ui::his {

QFont printFont(qreal points, bool bold)
{
    QFont font(QStringLiteral("WenQuanYi Micro Hei"));
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QString printable(const QString &text)
{
    QString out = text;
    out.replace(QChar(0x2103), QStringLiteral("°C"));
    return out;
}

PrintPainter::PrintPainter(QPainter &painter, qreal dpi, QPointF originMm)
    : m_painter(painter), m_dpi(dpi), m_origin(originMm)
{
}

QRectF PrintPainter::rect(qreal xMm, qreal yMm, qreal wMm, qreal hMm) const
{
    return {px(m_origin.x() + xMm), px(m_origin.y() + yMm), px(wMm), px(hMm)};
}

void PrintPainter::setFont(qreal points, bool bold)
{
    m_painter.setFont(printFont(points, bold));
}

void PrintPainter::text(qreal xMm, qreal yMm, qreal wMm, qreal hMm, const QString &text, int flags)
{
    m_painter.drawText(rect(xMm, yMm, wMm, hMm), flags | Qt::TextWordWrap, printable(text));
}

void PrintPainter::line(qreal x1Mm, qreal y1Mm, qreal x2Mm, qreal y2Mm, qreal widthMm)
{
    m_painter.setPen(QPen(Qt::black, px(widthMm)));
    m_painter.drawLine(QPointF(px(m_origin.x() + x1Mm), px(m_origin.y() + y1Mm)),
                       QPointF(px(m_origin.x() + x2Mm), px(m_origin.y() + y2Mm)));
}

void PrintPainter::field(qreal xMm, qreal yMm, qreal labelMm, qreal valueMm, const QString &label, const QString &value)
{
    const qreal h = 6;
    text(xMm, yMm, labelMm, h, label);
    text(xMm + labelMm + 0.5, yMm, valueMm - 1, h, value);
    line(xMm + labelMm, yMm + h, xMm + labelMm + valueMm, yMm + h, 0.15);
}

} // namespace cliniclink::ui::his
