// Requirement: issue 5 §Show — every prescription type written to PDF and rendered with
// pdftoppm: A5 page size, the type's corner label present, the paper tint right. The PNGs stay
// in ${CLINICLINK_BUILD_DIR}/prints/ for a person to look at. Also the receipt and the daily
// settlement report (A4), and the outpatient note (门诊病历) on A5 and A4, with a long note
// running onto a second page and the amendment trail printed.
#include "cliniclink/ui/his/outpatientnoteprint.h"
#include "cliniclink/ui/his/prescriptionsheet.h"
#include "cliniclink/ui/his/receiptprint.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::ui::his;
using cliniclink::his::PrescriptionType;

namespace {

QString printsDir()
{
    const QString dir = qEnvironmentVariable("CLINICLINK_BUILD_DIR", QDir::tempPath()) + QStringLiteral("/prints");
    QDir().mkpath(dir);
    return dir;
}

QString tool(const char *env, const char *name)
{
    const QString configured = qEnvironmentVariable(env);
    return configured.isEmpty() || configured.endsWith(QStringLiteral("-NOTFOUND")) ? QString::fromLatin1(name) : configured;
}

bool run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return false;
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

// Renders page 1 at 100 dpi to <base>.png and returns the image.
QImage render(const QString &pdf, const QString &base)
{
    if (!run(tool("PDFTOPPM", "pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"),
                                             QStringLiteral("-singlefile"), pdf, base}))
        return {};
    return QImage(base + QStringLiteral(".png"));
}

QString text(const QString &pdf)
{
    QByteArray out;
    run(tool("PDFTOTEXT", "pdftotext"), {pdf, QStringLiteral("-")}, &out);
    return QString::fromUtf8(out);
}

PrescriptionSheet sampleSheet(PrescriptionType type)
{
    PrescriptionSheet s;
    s.type = type;
    s.clinicName = QStringLiteral("东山镇卫生院");
    s.feeCategory = QStringLiteral("城乡居民医保");
    s.outpatientNo = QStringLiteral("MZ20261122001");
    s.department = QStringLiteral("全科");
    s.prescriptionNo = QStringLiteral("CF0001");
    s.date = QDate(2026, 11, 22);
    s.patientName = QStringLiteral("张小明");
    s.sex = QStringLiteral("男");
    s.ageText = type == PrescriptionType::Paediatric ? QStringLiteral("8月12天") : QStringLiteral("45岁");
    if (type == PrescriptionType::Paediatric)
        s.weightKg = 8.6;
    s.diagnosis = QStringLiteral("J06.900 急性上呼吸道感染");
    s.items = {{QStringLiteral("阿莫西林胶囊"), QStringLiteral("0.25g"), QStringLiteral("24粒"),
                QStringLiteral("每次 0.5 g  口服  每日三次  4 天")},
               {QStringLiteral("对乙酰氨基酚片"), QStringLiteral("0.5g"), QStringLiteral("6片"),
                QStringLiteral("每次 0.5 g  口服  必要时  3 天")}};
    s.doctor = QStringLiteral("李医生");
    s.amountFen = 2345;
    return s;
}

OutpatientNotePaper sampleNote()
{
    OutpatientNotePaper n;
    n.clinicName = QStringLiteral("东山镇卫生院");
    n.department = QStringLiteral("全科");
    n.outpatientNo = QStringLiteral("MZ20261122001");
    n.patientName = QStringLiteral("张小明");
    n.sex = QStringLiteral("男");
    n.ageText = QStringLiteral("45岁");
    n.visitKind = QStringLiteral("初诊");
    n.feeCategory = QStringLiteral("城乡居民医保");
    n.visitTime = QDateTime(QDate(2026, 11, 22), QTime(9, 5));
    n.sections = {{QStringLiteral("主诉"), QStringLiteral("咽痛、发热2天")},
                  {QStringLiteral("现病史"), QStringLiteral("受凉后出现咽痛，体温最高38.6℃，无咳嗽咳痰。")},
                  {QStringLiteral("既往史"), QStringLiteral("高血压（2015-03-01确诊）")},
                  {QStringLiteral("过敏史"), QStringLiteral("青霉素")},
                  {QStringLiteral("体格检查"), QStringLiteral("T 38.4℃，咽充血，扁桃体Ⅱ度肿大")},
                  {QStringLiteral("处理"), QStringLiteral("对症退热，多饮水，3天后复诊")}};
    n.diagnoses = {QStringLiteral("J03.9 急性扁桃体炎（主要诊断）"), QStringLiteral("I10 特发性（原发性）高血压")};
    n.doctor = QStringLiteral("李医生");
    n.signedTime = QDateTime(QDate(2026, 11, 22), QTime(9, 20));
    n.amendments = {QStringLiteral("2026-11-22 10:02 李医生 修改体格检查：“咽充血”改为“咽充血，扁桃体Ⅱ度肿大”，原因：补记")};
    return n;
}

int pageCount(const QString &pdf)
{
    QByteArray out;
    run(QStringLiteral("pdfinfo"), {pdf}, &out);
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    return -1;
}

} // namespace

class TestOutpatientPrints : public QObject {
    Q_OBJECT
private slots:
    void prescription_data()
    {
        QTest::addColumn<PrescriptionType>("type");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QColor>("paper");
        QTest::newRow("ordinary") << PrescriptionType::Ordinary << QString() << QColor(Qt::white);
        QTest::newRow("emergency") << PrescriptionType::Emergency << QStringLiteral("急诊") << QColor(0xff, 0xf6, 0xc4);
        QTest::newRow("paediatric") << PrescriptionType::Paediatric << QStringLiteral("儿科") << QColor(0xdc, 0xf2, 0xd4);
        QTest::newRow("narcotic_psych1") << PrescriptionType::NarcoticPsych1 << QStringLiteral("麻、精一") << QColor(0xfa, 0xd9, 0xd9);
        QTest::newRow("psych2") << PrescriptionType::Psych2 << QStringLiteral("精二") << QColor(Qt::white);
    }
    void prescription()
    {
        QFETCH(PrescriptionType, type);
        QFETCH(QString, label);
        QFETCH(QColor, paper);
        const QString base = printsDir() + QStringLiteral("/prescription-") + cliniclink::his::prescriptionTypeKey(type);
        QVERIFY(writePrescriptionPdf(sampleSheet(type), base + QStringLiteral(".pdf")));

        const QImage page = render(base + QStringLiteral(".pdf"), base);
        QVERIFY2(!page.isNull(), "pdftoppm failed (is poppler-utils installed?)");
        // A5 = 148 × 210 mm at 100 dpi: 583 × 827 pixels (±1 for rounding).
        QVERIFY2(qAbs(page.width() - 583) <= 1 && qAbs(page.height() - 827) <= 1,
                 qPrintable(QStringLiteral("%1×%2").arg(page.width()).arg(page.height())));
        // The paper tint: a point in the blank margin, away from any text.
        QCOMPARE(page.pixelColor(8, page.height() / 2).rgb(), paper.rgb());

        const QString words = text(base + QStringLiteral(".pdf"));
        QVERIFY(QString(words).remove(QLatin1Char(' ')).contains(QStringLiteral("处方笺")));
        QVERIFY(words.contains(QStringLiteral("张小明")));
        QVERIFY(words.contains(QStringLiteral("阿莫西林胶囊")));
        for (const QString &other : {QStringLiteral("急诊"), QStringLiteral("儿科"), QStringLiteral("麻、精一"), QStringLiteral("精二")}) {
            if (other == label)
                QVERIFY2(words.contains(label), qPrintable(label));
            else if (!label.contains(other))
                QVERIFY2(!words.contains(other), qPrintable(other));
        }
        if (type == PrescriptionType::Paediatric)
            QVERIFY(words.contains(QStringLiteral("8.6 kg")));
    }

    void receipt()
    {
        Receipt r;
        r.clinicName = QStringLiteral("东山镇卫生院");
        r.receiptNo = QStringLiteral("SF0001");
        r.paidAt = QDateTime(QDate(2026, 11, 22), QTime(9, 30));
        r.patientName = QStringLiteral("张小明");
        r.feeCategory = QStringLiteral("自费");
        r.lines = {{QStringLiteral("挂号费"), 100, 1, 100}, {QStringLiteral("阿莫西林胶囊"), 35, 24, 840}};
        r.totalFen = 940;
        r.method = cliniclink::his::PaymentMethod::SocialSecurityCard;
        r.cashier = QStringLiteral("王收费");
        const QString base = printsDir() + QStringLiteral("/receipt");
        QVERIFY(writeReceiptPdf(r, base + QStringLiteral(".pdf")));
        const QImage page = render(base + QStringLiteral(".pdf"), base);
        QVERIFY(qAbs(page.width() - 827) <= 1 && qAbs(page.height() - 1169) <= 1); // A4
        const QString words = text(base + QStringLiteral(".pdf"));
        QVERIFY(words.contains(QStringLiteral("9.40")));
        QVERIFY(words.contains(QStringLiteral("社会保障卡")));
    }

    void settlement()
    {
        SettlementReport s;
        s.clinicName = QStringLiteral("东山镇卫生院");
        s.cashierName = QStringLiteral("王收费");
        s.printedAt = QDateTime(QDate(2026, 11, 22), QTime(17, 30));
        s.report.day = QDate(2026, 11, 22);
        s.report.receivedByMethod = {{QStringLiteral("cash"), 12000}, {QStringLiteral("social_security_card"), 3456}};
        s.report.refundedByMethod = {{QStringLiteral("cash"), 500}};
        s.report.received = 15456;
        s.report.refunded = 500;
        s.report.net = 14956;
        s.report.payments = 7;
        s.report.refunds = 1;
        const QString base = printsDir() + QStringLiteral("/settlement");
        QVERIFY(writeSettlementPdf(s, base + QStringLiteral(".pdf")));
        const QImage page = render(base + QStringLiteral(".pdf"), base);
        QVERIFY(qAbs(page.width() - 827) <= 1 && qAbs(page.height() - 1169) <= 1);
        const QString words = text(base + QStringLiteral(".pdf"));
        QVERIFY(words.contains(QStringLiteral("149.56")));
        QVERIFY(words.contains(QStringLiteral("115.00")));
    }

    void outpatientNote_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("A5") << int(QPageSize::A5) << 583 << 827;
        QTest::newRow("A4") << int(QPageSize::A4) << 827 << 1169;
    }
    void outpatientNote()
    {
        QFETCH(int, size);
        QFETCH(int, width);
        QFETCH(int, height);
        const QString base = printsDir() + QStringLiteral("/outpatient-note-") + QString::fromLatin1(QTest::currentDataTag());
        QVERIFY(writeOutpatientNotePdf(sampleNote(), base + QStringLiteral(".pdf"), QPageSize::PageSizeId(size)));
        const QImage page = render(base + QStringLiteral(".pdf"), base);
        QVERIFY2(!page.isNull(), "pdftoppm failed (is poppler-utils installed?)");
        QVERIFY2(qAbs(page.width() - width) <= 1 && qAbs(page.height() - height) <= 1,
                 qPrintable(QStringLiteral("%1×%2").arg(page.width()).arg(page.height())));
        const QString words = text(base + QStringLiteral(".pdf"));
        QVERIFY(QString(words).remove(QLatin1Char(' ')).contains(QStringLiteral("门诊病历")));
        for (const QString &expected : {QStringLiteral("张小明"), QStringLiteral("J03.9"), QStringLiteral("急性扁桃体炎"),
                                        QStringLiteral("高血压"), QStringLiteral("城乡居民医保"), QStringLiteral("李医生"),
                                        QStringLiteral("补记")})
            QVERIFY2(words.contains(expected), qPrintable(expected));
        QCOMPARE(pageCount(base + QStringLiteral(".pdf")), 1);
        // ℃ has no outline in the print font: it must reach the paper as °C, never as a blank.
        QVERIFY(words.contains(QStringLiteral("38.6°C")));
    }

    void outpatientNote_longTextGoesOnANewPage()
    {
        OutpatientNotePaper n = sampleNote();
        QString illness;
        for (int i = 0; i < 60; ++i)
            illness += QStringLiteral("第%1日：患者自述咽痛加重，夜间明显，伴低热。").arg(i + 1);
        n.sections[1].second = illness;
        const QString pdf = printsDir() + QStringLiteral("/outpatient-note-long.pdf");
        QVERIFY(writeOutpatientNotePdf(n, pdf, QPageSize::A5));
        QVERIFY2(pageCount(pdf) >= 2, qPrintable(QString::number(pageCount(pdf))));
        const QString words = text(pdf);
        QVERIFY(words.contains(QStringLiteral("第60日")));  // nothing cut off at the page end
        QVERIFY(words.contains(QStringLiteral("李医生"))); // the signature after the last text
    }
};

QTEST_MAIN(TestOutpatientPrints)
#include "tst_outpatientprints.moc"
