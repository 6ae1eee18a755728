// Requirement: issue 3 §1 "never crash on bad input (return Error)" — seeded mutation fuzzing of
// the parsers and decoders modules/dicom owns: byte flips, truncation and corrupted length fields
// of synthetic files (every encoding the writer has, and a DICOMDIR) and, when present, small
// files of the shared corpus (big endian, J2K, JPEG, JPEG-LS, RLE, deflated, multi-frame). Every
// mutant must open with an Error or decode and render; the seeds themselves must decode, and the
// mutations must reach the error paths. The seed of the RNG is fixed, so a failure reproduces.
#include "cliniclink/dicom/dicomdir.h"
#include "cliniclink/dicom/dicomfile.h"
#include "cliniclink/dicom/dicomwriter.h"
#include "cliniclink/imaging/pixelpipeline.h"
#include "cliniclink/imaging/roistats.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace cliniclink;

namespace {
constexpr int kMutantsPerSeed = 60;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Offsets just after an explicit VR (two capital letters after a plausible tag): the length field.
std::vector<qsizetype> lengthFields(const QByteArray &b)
{
    std::vector<qsizetype> out;
    for (qsizetype i = 132; i + 8 < b.size(); ++i)
        if (std::isupper(uchar(b[i])) && std::isupper(uchar(b[i + 1])) && i >= 4)
            out.push_back(i + 2);
    return out;
}

QByteArray mutate(const QByteArray &seed, std::mt19937 &rng, int kind)
{
    QByteArray b = seed;
    auto pick = [&](qsizetype n) { return qsizetype(std::uniform_int_distribution<qint64>(0, std::max<qint64>(0, n - 1))(rng)); };
    switch (kind % 4) {
    case 0: { // a few random bytes
        const int flips = 1 + int(pick(8));
        for (int i = 0; i < flips; ++i)
            b[pick(b.size())] = char(rng());
        break;
    }
    case 1: // cut anywhere, mostly inside the data set
        b.truncate(pick(b.size()));
        break;
    case 2: { // a length field set to a boundary value (or a random one)
        const auto fields = lengthFields(b);
        const quint32 values[] = {0xFFFFFFFFu, 0xFFFFFFFEu, 0x7FFFFFFFu, 0x80000000u, 1u, 3u, quint32(b.size()), quint32(rng())};
        if (fields.empty())
            break;
        const qsizetype at = fields[size_t(pick(qsizetype(fields.size())))];
        const quint32 v = values[pick(8)];
        // Short VRs have a 16-bit length here, long ones 2 reserved bytes then 32 bits: write both ways.
        for (int k = 0; k < 6 && at + k < b.size(); ++k)
            b[at + k] = char((k < 2 ? v : v >> (8 * (k - 2))) & 0xFF);
        break;
    }
    case 3: { // a block of the file repeated or garbage inserted (misaligns everything after it)
        const qsizetype at = pick(b.size());
        const qsizetype len = 1 + pick(64);
        if (rng() % 2)
            b.insert(at, b.mid(pick(b.size()), len));
        else
            b.insert(at, QByteArray(len, char(rng())));
        break;
    }
    }
    return b;
}

struct Outcome {
    int errors = 0, decoded = 0;
};

// Everything a viewer does with a file: open, decode some frames, render, measure, probe.
void exercise(const QString &path, Outcome &o)
{
    auto file = dicom::DicomFile::open(path);
    if (!file) {
        ++o.errors;
        return;
    }
    bool anyFrame = false;
    for (int i = 0; i < std::min(3, std::max(1, file->info().frames)); ++i) {
        auto frame = file->decodeFrame(i);
        if (!frame)
            continue;
        anyFrame = true;
        const imaging::DisplayImage img = imaging::renderFrame(*frame, file->info());
        Q_UNUSED(img);
        imaging::Roi roi;
        roi.rect = QRectF(0, 0, std::max(1, frame->columns / 2), std::max(1, frame->rows / 2));
        (void)imaging::roiStatistics(*frame, file->info(), roi);
        (void)imaging::probePixel(*frame, file->info(), frame->columns / 2, frame->rows / 2);
    }
    ++(anyFrame ? o.decoded : o.errors);
}

dicom::SyntheticImage smallCt()
{
    dicom::SyntheticImage img;
    img.rows = 24;
    img.columns = 20;
    img.rescaleSlope = 1;
    img.rescaleIntercept = -1024;
    img.windowCenter = 40;
    img.windowWidth = 400;
    img.paddingValue = -2000;
    img.pixelSpacing = std::array<double, 2>{0.5, 0.5};
    img.specificCharacterSet = "GB18030";
    img.patientNameBytes = QByteArray("Wang^XiaoDong=\xCD\xF5^\xD0\xA1\xB6\xAB=");
    img.values.resize(24 * 20);
    for (size_t i = 0; i < img.values.size(); ++i)
        img.values[i] = int(i * 37 % 3000) - 1000;
    return img;
}
} // namespace

class TestFuzz : public QObject {
    Q_OBJECT
private slots:
    void mutatedFiles_openWithErrorOrDecode_neverCrash_data()
    {
        QTest::addColumn<QString>("seed");
        QVERIFY(m_dir.isValid());
        const std::pair<const char *, dicom::WriteEncoding> encodings[] = {
            {"explicit_le", dicom::WriteEncoding::ExplicitLittleEndian},
            {"implicit_le", dicom::WriteEncoding::ImplicitLittleEndian},
            {"jpeg_ls", dicom::WriteEncoding::JpegLsLossless},
            {"rle", dicom::WriteEncoding::Rle}};
        for (const auto &[name, encoding] : encodings) {
            const QString path = m_dir.filePath(QStringLiteral("seed_%1.dcm").arg(QLatin1String(name)));
            QVERIFY(dicom::writeSyntheticImage(smallCt(), path, encoding).has_value());
            QTest::newRow(name) << path;
        }
        const QString shared = test::sharedDir() + QStringLiteral("/testdata/dicom/");
        for (const char *relative : {"transfer_syntax/MR_small_64x64/MR_small_ExplicitBE.dcm",
                                     "transfer_syntax/MR_small_64x64/MR_small_J2K_lossless.dcm",
                                     "transfer_syntax/MR_small_64x64/MR_small_JPEGLS_lossless.dcm",
                                     "transfer_syntax/MR_small_64x64/MR_small_RLE.dcm",
                                     "transfer_syntax/misc/JPEGBaseline8bit_YBR_FULL_422_TestPattern.dcm",
                                     "transfer_syntax/misc/JPEGLS_nearlossless_16bit_50x10.dcm",
                                     "nm_pt/PT_128x128_JPEGLosslessSV1_rescale.dcm",
                                     "lut_window/PerFrame_VOI_FunctionalGroups_2x2_4frames.dcm",
                                     "sr_pr/SR_Enhanced_Deflated.dcm"}) {
            const QString path = shared + QLatin1String(relative);
            if (!test::sharedDir().isEmpty() && QFile::exists(path))
                QTest::newRow(relative) << path;
        }
    }

    void mutatedFiles_openWithErrorOrDecode_neverCrash()
    {
        QFETCH(QString, seed);
        const QByteArray original = readAll(seed);
        QVERIFY(!original.isEmpty());
        QVERIFY2(dicom::DicomFile::open(seed).has_value(), qPrintable(seed)); // the seed itself is valid
        std::mt19937 rng(20261122u + quint32(qHash(QFileInfo(seed).fileName())));
        Outcome o;
        const QString mutant = m_dir.filePath(QStringLiteral("mutant.dcm"));
        for (int i = 0; i < kMutantsPerSeed; ++i) {
            QVERIFY(writeAll(mutant, mutate(original, rng, i)));
            exercise(mutant, o); // a crash or hang here fails the test run
        }
        qInfo("%-70s %3d mutants: %3d errors, %3d decoded", qPrintable(QFileInfo(seed).fileName()), kMutantsPerSeed, o.errors, o.decoded);
        QCOMPARE(o.errors + o.decoded, kMutantsPerSeed);
        QVERIFY2(o.errors > 0, "the mutations never reached an error path");
    }

    void mutatedDicomDir_readWithErrorOrEntries_neverCrash()
    {
        QTemporaryDir media;
        for (int i = 0; i < 3; ++i)
            QVERIFY(dicom::writeSyntheticImage(smallCt(), media.filePath(QStringLiteral("IM%1").arg(i))).has_value());
        QVERIFY(dicom::writeDicomDir(media.path()).has_value());
        const QString dicomdir = media.filePath(QStringLiteral("DICOMDIR"));
        const QByteArray original = readAll(dicomdir);
        auto seed = dicom::readDicomDir(dicomdir);
        QVERIFY(seed.has_value());
        QCOMPARE(seed->entries.size(), size_t(3));
        std::mt19937 rng(20261122u);
        int errors = 0, intact = 0, damaged = 0;
        for (int i = 0; i < 4 * kMutantsPerSeed; ++i) {
            QVERIFY(writeAll(dicomdir, mutate(original, rng, i)));
            auto contents = dicom::readDicomDir(dicomdir);
            if (!contents)
                ++errors;
            else
                ++(contents->entries.size() == seed->entries.size() ? intact : damaged);
        }
        qInfo("DICOMDIR %d mutants: %d errors, %d read with other entries, %d intact", 4 * kMutantsPerSeed, errors, damaged, intact);
        QVERIFY2(errors + damaged > 0, "the mutations never changed what was read");
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestFuzz)
#include "tst_fuzz.moc"
