#include "residentpopulation.h"

#include "cliniclink/registry/idnumber.h"

namespace cliniclink::registry::bench {

namespace {
const QStringList kSurnames = {
    QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"), QStringLiteral("陈"),
    QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"), QStringLiteral("吴"), QStringLiteral("周"),
    QStringLiteral("徐"), QStringLiteral("孙"), QStringLiteral("马"), QStringLiteral("朱"), QStringLiteral("胡"),
    QStringLiteral("郭"), QStringLiteral("何"), QStringLiteral("林"), QStringLiteral("罗"), QStringLiteral("梁"),
    QStringLiteral("韦"), QStringLiteral("覃"), QStringLiteral("蒙"), QStringLiteral("莫"), QStringLiteral("农"),
    QStringLiteral("单"), QStringLiteral("曾"), QStringLiteral("解"), QStringLiteral("区"), QStringLiteral("查"),
    QStringLiteral("翟"), QStringLiteral("尉迟"), QStringLiteral("欧阳"), QStringLiteral("诸葛")};
const QString kGiven = QStringLiteral("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰红玉华建国志春梅海燕文辉鹏飞云凤琴");
const QStringList kAddresses = {QStringLiteral("450102"), QStringLiteral("450103"), QStringLiteral("452122"),
                                QStringLiteral("450521")};
} // namespace

SyntheticResident Population::make(int i)
{
    SyntheticResident r;
    r.name = kSurnames.at(int(m_rng.bounded(quint32(kSurnames.size()))));
    const int givenLength = 1 + int(m_rng.bounded(2u));
    for (int k = 0; k < givenLength; ++k)
        r.name += kGiven.at(int(m_rng.bounded(quint32(kGiven.size()))));
    // Unique (address, birth date, sequence): i picks the birth day and the sequence.
    r.birthDate = QDate(1930, 1, 1).addDays(i % 30000);
    const int sequence = i / 30000 * 2 + 1 + int(m_rng.bounded(2u)) ; // odd male, even female
    const QString first17 = kAddresses.at(i % kAddresses.size()) + r.birthDate.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    r.idNumber = first17 + idNumberCheckCharacter(first17);
    r.sexLabel = sequence % 2 == 1 ? QStringLiteral("男") : QStringLiteral("女");
    r.phone = QStringLiteral("13%1").arg(100000000 + i, 9, 10, QLatin1Char('0'));
    r.archiveNumber = QStringLiteral("450102001%1%2").arg(i % 10 + 101, 3, 10, QLatin1Char('0')).arg(i / 10 + 1, 5, 10, QLatin1Char('0'));
    return r;
}

} // namespace cliniclink::registry::bench
