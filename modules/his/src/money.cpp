#include "cliniclink/his/money.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cliniclink::his {

Result<Fen> multiplyFen(Fen unitPrice, qint64 quantity)
{
    if (unitPrice < 0 || quantity < 0)
        return fail(ErrorCode::InvalidQuantity, u"negative price or quantity"_s);
    Fen out = 0;
    if (__builtin_mul_overflow(unitPrice, quantity, &out) || out > kMaxAmountFen)
        return fail(ErrorCode::AmountOutOfRange, u"line amount"_s);
    return out;
}

Result<Fen> addFen(Fen a, Fen b)
{
    Fen out = 0;
    if (__builtin_add_overflow(a, b, &out) || out > kMaxAmountFen || out < -kMaxAmountFen)
        return fail(ErrorCode::AmountOutOfRange, u"sum"_s);
    return out;
}

QString formatYuan(Fen amount)
{
    const bool negative = amount < 0;
    const quint64 abs = negative ? quint64(-(amount + 1)) + 1 : quint64(amount);
    return (negative ? u"-"_s : QString()) + QString::number(abs / 100) + u'.'
        + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

Result<Fen> parseYuan(const QString &text)
{
    static const QRegularExpression re(u"^\\s*(\\d{1,10})(?:\\.(\\d{1,2}))?\\s*$"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return fail(ErrorCode::InvalidQuantity, u"amount"_s);
    QString cents = m.captured(2);
    while (cents.size() < 2)
        cents += u'0';
    return m.captured(1).toLongLong() * 100 + cents.toLongLong();
}

} // namespace cliniclink::his
