// Requirement: issue 3 "Conformance suite" — every file of ../shared/testdata/dicom/manifest.json with
// pixel ground truth decodes to the listed stored values (exact when lossless, ±2 when lossy), the
// listed modality values, windows, padding and spacing are read, every listed patient name decodes
// to the expected UTF-8, and every malformed file returns an error or decodes without crashing.
#include "cliniclink/dicom/dicomfile.h"
#include "cliniclink/imaging/pixelpipeline.h"

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <map>

using namespace cliniclink;

namespace {
// Known limitations, each with the reason; they are reported as XFAIL, never silently passed.
const std::map<QString, QString> kKnownFailures = {
};

bool isLossy(const QJsonObject &e)
{
    const QString ts = e.value(QLatin1String("transfer_syntax_uid")).toString();
    for (const char *s : {".4.50", ".4.51", ".4.81", ".4.91", ".4.203"})
        if (ts.endsWith(QLatin1String(s)))
            return true;
    return e.value(QLatin1String("file")).toString().contains(QLatin1String("lossy"));
}

QString expectedName(const QJsonArray &header)
{
    static const QRegularExpression dcmtk(QStringLiteral("^via dcmtk \\+U8='(.*)'$"));
    for (const QJsonValue &h : header) {
        const auto m = dcmtk.match(h.toString());
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

QString pydicomName(const QJsonArray &header)
{
    static const QRegularExpression py(QStringLiteral("^PatientName via pydicom='(.*)'$"));
    for (const QJsonValue &h : header) {
        const auto m = py.match(h.toString());
        if (m.hasMatch())
            return m.captured(1);
    }
    return {};
}

std::vector<int> parseValues(const QString &s)
{
    std::vector<int> v;
    for (const QString &p : QString(s).remove(QLatin1Char('(')).remove(QLatin1Char(')')).split(QLatin1Char(',')))
        v.push_back(p.trimmed().toInt());
    return v;
}
} // namespace

class TestConformance : public QObject {
    Q_OBJECT
    QString m_root;
    QJsonArray m_files;
    QStringList m_table;
    int m_pass = 0, m_fail = 0, m_known = 0;

    void record(const QString &file, const QString &result) { m_table << QStringLiteral("%1 | %2").arg(file, -72).arg(result); }

private slots:
    void initTestCase()
    {
        const QString shared = test::sharedDir();
        m_root = shared + QStringLiteral("/testdata/dicom");
        QFile f(m_root + QStringLiteral("/manifest.json"));
        if (shared.isEmpty() || !f.open(QIODevice::ReadOnly))
            QSKIP("shared test corpus not present");
        m_files = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("files")).toArray();
        QVERIFY(m_files.size() > 100);
    }

    void manifestFile_decodes_matchesGroundTruth_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        for (const QJsonValue &v : m_files) {
            const QJsonObject e = v.toObject();
            QTest::newRow(qPrintable(e.value(QLatin1String("file")).toString())) << e;
        }
    }

    void manifestFile_decodes_matchesGroundTruth()
    {
        QFETCH(QJsonObject, entry);
        const QString rel = entry.value(QLatin1String("file")).toString();
        const QJsonObject gt = entry.value(QLatin1String("ground_truth")).toObject();
        const QString pixel = gt.value(QLatin1String("pixel")).toString();
        const QJsonArray header = gt.value(QLatin1String("header")).toArray();
        QStringList problems;

        auto file = dicom::DicomFile::open(m_root + QLatin1Char('/') + rel);
        const bool malformed = entry.value(QLatin1String("category")).toString() == QLatin1String("malformed");
        static const QRegularExpression pixelRe(
            QStringLiteral("frame0\\[r=(\\d+),c=(\\d+)\\]=(\\([-\\d,]+\\)|-?\\d+)"));
        static const QRegularExpression minMaxRe(QStringLiteral("min/max=(-?\\d+)/(-?\\d+)"));
        static const QRegularExpression modalityRe(QStringLiteral("modality value (-?[\\d.]+)"));
        const auto pm = pixelRe.match(pixel);

        if (!file) {
            if (pm.hasMatch() || !expectedName(header).isEmpty())
                problems << QStringLiteral("open failed: ") + file.error().toString();
        } else {
            const dicom::DicomInfo &info = file->info();
            // Names: DCMTK's UTF-8 rendering is the reference.
            const QString name = expectedName(header);
            if (!name.isEmpty() && info.patientName != name)
                problems << QStringLiteral("name '%1' != '%2'").arg(info.patientName, name);
            const QString pyName = pydicomName(header);
            if (name.isEmpty() && !pyName.isEmpty() && info.patientName != pyName)
                problems << QStringLiteral("name '%1' != pydicom '%2'").arg(info.patientName, pyName);
            for (const QJsonValue &hv : header) {
                const QString h = hv.toString();
                static const QRegularExpression winRe(QStringLiteral("^WindowCenter=(-?[\\d.]+)\\S* WindowWidth=(-?[\\d.]+)"));
                static const QRegularExpression ppvRe(QStringLiteral("^PixelPaddingValue=(-?\\d+)$"));
                static const QRegularExpression psRe(QStringLiteral("^PixelSpacing=([\\d.]+)\\\\([\\d.]+)"));
                if (auto m = winRe.match(h); m.hasMatch()) {
                    if (info.windows.empty() || qAbs(info.windows.front().center - m.captured(1).toDouble()) > 1e-6
                        || qAbs(info.windows.front().width - m.captured(2).toDouble()) > 1e-6)
                        problems << QStringLiteral("window != %1/%2").arg(m.captured(1), m.captured(2));
                }
                // The header value may be written as US for signed pixels (63536 means -2000).
                if (auto m = ppvRe.match(h); m.hasMatch()
                    && (!info.paddingValue || (*info.paddingValue - m.captured(1).toInt()) % 65536 != 0))
                    problems << QStringLiteral("padding %1 != %2").arg(info.paddingValue.value_or(-99999)).arg(m.captured(1));
                static const QRegularExpression lutRe(QStringLiteral("^ModalityLUTSequence: .*LUT\\((\\d+)\\)=(\\d+)"));
                if (auto m = lutRe.match(h); m.hasMatch()
                    && (!info.modalityLut.isValid() || info.modalityLut.lookup(m.captured(1).toInt()) != m.captured(2).toInt()))
                    problems << QStringLiteral("modality LUT(%1) != %2").arg(m.captured(1), m.captured(2));
                if (auto m = psRe.match(h); m.hasMatch()
                    && (!info.pixelSpacing || qAbs((*info.pixelSpacing)[0] - m.captured(1).toDouble()) > 1e-6))
                    problems << QStringLiteral("pixel spacing != %1").arg(m.captured(1));
            }
            if (pm.hasMatch()) {
                auto frame = file->decodeFrame(0);
                if (!frame) {
                    problems << QStringLiteral("decode failed: ") + frame.error().toString();
                } else {
                    const int r = pm.captured(1).toInt(), c = pm.captured(2).toInt();
                    const std::vector<int> want = parseValues(pm.captured(3));
                    const int tol = isLossy(entry) ? 2 : 0;
                    if (int(want.size()) != frame->samplesPerPixel) {
                        problems << QStringLiteral("samples %1 != %2").arg(frame->samplesPerPixel).arg(want.size());
                    } else if (r >= frame->rows || c >= frame->columns) {
                        problems << QStringLiteral("size %1x%2").arg(frame->columns).arg(frame->rows);
                    } else {
                        QStringList got;
                        bool bad = false;
                        for (int k = 0; k < frame->samplesPerPixel; ++k) {
                            got << QString::number(frame->value(r, c, k));
                            bad = bad || qAbs(frame->value(r, c, k) - want[size_t(k)]) > tol;
                        }
                        if (bad)
                            problems << QStringLiteral("[%1,%2]=(%3) want %4 (%5)")
                                            .arg(r).arg(c).arg(got.join(QLatin1Char(',')), pm.captured(3), frame->photometric);
                        if (auto mm = minMaxRe.match(pixel); mm.hasMatch() && frame->samplesPerPixel == 1) {
                            int lo = INT_MAX, hi = INT_MIN;
                            for (int y = 0; y < frame->rows; ++y)
                                for (int x = 0; x < frame->columns; ++x) {
                                    lo = std::min(lo, frame->value(y, x));
                                    hi = std::max(hi, frame->value(y, x));
                                }
                            if (qAbs(lo - mm.captured(1).toInt()) > tol || qAbs(hi - mm.captured(2).toInt()) > tol)
                                problems << QStringLiteral("min/max %1/%2 want %3/%4").arg(lo).arg(hi).arg(mm.captured(1), mm.captured(2));
                        }
                        if (auto mv = modalityRe.match(pixel); mv.hasMatch() && frame->samplesPerPixel == 1) {
                            // The manifest states this value through Rescale Slope/Intercept; a Modality
                            // LUT Sequence (checked above through its "LUT(x)=y" line) takes precedence in the pipeline.
                            const double got = info.rescale.present ? frame->value(r, c) * info.rescale.slope + info.rescale.intercept
                                                                    : imaging::ModalityTransform::fromInfo(info).apply(frame->value(r, c));
                            const double want = mv.captured(1).toDouble();
                            if (qAbs(got - want) > 0.01 * std::max(1.0, qAbs(want)) + tol)
                                problems << QStringLiteral("modality %1 want %2").arg(got).arg(want);
                        }
                    }
                }
            } else if (pixel.startsWith(QLatin1String("PixelData has"))) {
                if (file->decodeFrame(0))
                    problems << QStringLiteral("short Pixel Data decoded without error");
            } else if (malformed) {
                // No ground truth: any result is fine as long as the process survives.
                for (int i = 0; i < std::min(info.frames, 3); ++i)
                    (void)file->decodeFrame(i);
            }
        }
        const auto known = kKnownFailures.find(rel);
        if (!problems.isEmpty() && known != kKnownFailures.end()) {
            ++m_known;
            record(rel, QStringLiteral("KNOWN ") + known->second);
            QEXPECT_FAIL("", qPrintable(known->second), Continue);
        } else if (problems.isEmpty()) {
            ++m_pass;
            record(rel, (pm.hasMatch() ? QStringLiteral("PASS pixel") : QStringLiteral("PASS")) + (file ? QString() : QStringLiteral(" (rejected: ") + file.error().name() + QLatin1Char(')')));
        } else {
            ++m_fail;
            record(rel, QStringLiteral("FAIL ") + problems.join(QStringLiteral("; ")));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    void cleanupTestCase()
    {
        if (m_table.isEmpty())
            return;
        QTextStream out(stdout);
        out << "\nfile | result\n";
        for (const QString &line : m_table)
            out << line << '\n';
        out << QStringLiteral("pass %1, fail %2, known %3\n").arg(m_pass).arg(m_fail).arg(m_known);
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
