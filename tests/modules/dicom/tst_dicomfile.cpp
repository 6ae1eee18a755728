// Requirement: issue 3 modules/dicom — lossless round trip of stored values through every encoding
// the writer supports (explicit/implicit LE, JPEG-LS, RLE), signed values and padding read back,
// and errors (never crashes) for missing, non-DICOM, truncated and out-of-range input.
#include "cliniclink/dicom/dicomfile.h"
#include "cliniclink/dicom/dicomwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cliniclink;

Q_DECLARE_METATYPE(cliniclink::dicom::WriteEncoding)

namespace {
dicom::SyntheticImage ctImage()
{
    dicom::SyntheticImage img;
    img.rows = 17;
    img.columns = 23;
    img.bitsStored = 16;
    img.isSigned = true;
    for (int i = 0; i < img.rows * img.columns; ++i)
        img.values.push_back((i * 7919) % 5000 - 2048);
    img.values[0] = -2000;
    img.paddingValue = -2000;
    img.rescaleSlope = 1;
    img.rescaleIntercept = -1024;
    img.windowCenter = 40;
    img.windowWidth = 400;
    img.pixelSpacing = std::array<double, 2>{0.7, 0.6};
    return img;
}
} // namespace

class TestDicomFile : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    // Uncompressed files are read in one go with the pixels taken from the file buffer; a file
    // with data after Pixel Data, or whose Pixel Data is cut short, takes the general path and
    // must give the same values or an error.
    void decodeFrame_trailingElementAfterPixelData_sameValues()
    {
        const dicom::SyntheticImage img = ctImage();
        const QString path = m_dir.filePath(QStringLiteral("trailing.dcm"));
        QVERIFY(dicom::writeSyntheticImage(img, path).has_value());
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write(QByteArray("\xFC\xFF\xFC\xFFOB\0\0\x04\0\0\0abcd", 16)); // (FFFC,FFFC) Data Set Trailing Padding
        f.close();
        auto file = dicom::DicomFile::open(path);
        QVERIFY(file);
        auto frame = file->decodeFrame(0);
        QVERIFY(frame);
        for (int r = 0; r < img.rows; ++r)
            for (int c = 0; c < img.columns; ++c)
                QCOMPARE(frame->value(r, c), img.values[size_t(r * img.columns + c)]);
    }

    // A big uncompressed file is read into shared huge-page chunks and its frame is a view of
    // that memory: the frame (and copies of it) must keep it mapped after the file object and
    // the other frames of the chunk are gone. (A use after unmap would crash here.)
    void decodeFrame_bigUncompressed_frameOutlivesFileAndNeighbours()
    {
        std::vector<dicom::SyntheticImage> images;
        std::vector<dicom::DicomFrame> frames;
        for (int n = 0; n < 20; ++n) { // 20 × 512 KB: more than one chunk
            dicom::SyntheticImage img;
            img.rows = img.columns = 512;
            img.bitsStored = 16;
            img.isSigned = false;
            for (int i = 0; i < 512 * 512; ++i)
                img.values.push_back((i * 31 + n * 977) % 65536);
            const QString path = m_dir.filePath(QStringLiteral("big_%1.dcm").arg(n));
            QVERIFY(dicom::writeSyntheticImage(img, path).has_value());
            auto file = dicom::DicomFile::open(path);
            QVERIFY(file);
            auto frame = file->decodeFrame(0);
            QVERIFY(frame);
            QVERIFY2(frame->storage, "a 512 KB file is read into the huge-page arena");
            frames.push_back(std::move(*frame));
            images.push_back(std::move(img));
        } // every DicomFile is gone here
        const dicom::DicomFrame copy = frames[7];
        for (size_t n = 0; n < frames.size(); n += 2)
            frames[n] = {}; // release every other frame: chunks stay mapped for the rest
        for (size_t n = 1; n < frames.size(); n += 2)
            for (int i = 0; i < 512 * 512; i += 4099)
                QCOMPARE(frames[n].value(i / 512, i % 512), images[n].values[size_t(i)]);
        frames.clear();
        for (int i = 0; i < 512 * 512; i += 1021)
            QCOMPARE(copy.value(i / 512, i % 512), images[7].values[size_t(i)]);
    }

    void decodeFrame_pixelDataCutShort_errorNotCrash()
    {
        const QString path = m_dir.filePath(QStringLiteral("short.dcm"));
        QVERIFY(dicom::writeSyntheticImage(ctImage(), path).has_value());
        QFile f(path);
        QVERIFY(f.resize(f.size() - 100));
        auto file = dicom::DicomFile::open(path);
        if (file)
            QVERIFY(!file->decodeFrame(0));
    }

    void decodeFrame_eachEncoding_losslessRoundTrip_data()
    {
        QTest::addColumn<dicom::WriteEncoding>("encoding");
        QTest::addColumn<QString>("ts");
        QTest::newRow("explicitLE") << dicom::WriteEncoding::ExplicitLittleEndian << QStringLiteral("1.2.840.10008.1.2.1");
        QTest::newRow("implicitLE") << dicom::WriteEncoding::ImplicitLittleEndian << QStringLiteral("1.2.840.10008.1.2");
        QTest::newRow("jpegLs") << dicom::WriteEncoding::JpegLsLossless << QStringLiteral("1.2.840.10008.1.2.4.80");
        QTest::newRow("rle") << dicom::WriteEncoding::Rle << QStringLiteral("1.2.840.10008.1.2.5");
    }
    void decodeFrame_eachEncoding_losslessRoundTrip()
    {
        QFETCH(dicom::WriteEncoding, encoding);
        QFETCH(QString, ts);
        const dicom::SyntheticImage img = ctImage();
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".dcm"));
        auto written = dicom::writeSyntheticImage(img, path, encoding);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        auto file = dicom::DicomFile::open(path);
        QVERIFY(file);
        const dicom::DicomInfo &info = file->info();
        QCOMPARE(info.transferSyntaxUid, ts);
        QCOMPARE(info.rows, 17);
        QCOMPARE(info.columns, 23);
        QVERIFY(info.pixelSigned);
        QCOMPARE(info.paddingValue.value_or(0), -2000);
        QCOMPARE(info.rescale.intercept, -1024.0);
        QCOMPARE(info.windows.size(), size_t(1));
        QCOMPARE((*info.pixelSpacing)[1], 0.6);
        auto frame = file->decodeFrame(0);
        QVERIFY2(frame, qPrintable(frame ? QString() : frame.error().toString()));
        QCOMPARE(frame->type, dicom::SampleType::S16);
        for (int r = 0; r < img.rows; ++r)
            for (int c = 0; c < img.columns; ++c)
                QCOMPARE(frame->value(r, c), img.values[size_t(r * img.columns + c)]);
    }

    void decodeFrame_outOfRange_error()
    {
        const QString path = m_dir.filePath(QStringLiteral("range.dcm"));
        QVERIFY(dicom::writeSyntheticImage(ctImage(), path));
        auto file = dicom::DicomFile::open(path);
        QVERIFY(file);
        QCOMPARE(file->decodeFrame(1).error().code, ErrorCode::FrameOutOfRange);
        QCOMPARE(file->decodeFrame(-1).error().code, ErrorCode::FrameOutOfRange);
    }

    void open_missingOrNotDicom_error()
    {
        QCOMPARE(dicom::DicomFile::open(m_dir.filePath(QStringLiteral("nope.dcm"))).error().code, ErrorCode::IoError);
        const QString junk = m_dir.filePath(QStringLiteral("junk.dcm"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1000, '\xAB'));
        f.close();
        auto r = dicom::DicomFile::open(junk);
        QVERIFY(!r || !r->decodeFrame(0));
    }

    void open_deeplyNestedSequences_rejectedEvenFromSmallStack()
    {
        // 50 000 nested undefined-length sequences (explicit VR little endian, no meta header):
        // recursive parsers overflow their stack on this. Open it from a thread with a 256 KiB stack.
        QByteArray bytes("\x08\x00\x16\x00UI\x02\x001\x00", 10); // (0008,0016) SOP Class UID "1"
        const QByteArray sq("\x08\x00\x40\x11SQ\x00\x00\xFF\xFF\xFF\xFF", 12);
        const QByteArray item("\xFE\xFF\x00\xE0\xFF\xFF\xFF\xFF", 8);
        for (int i = 0; i < 50000; ++i)
            bytes += sq + item;
        const QString path = m_dir.filePath(QStringLiteral("nested.dcm"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        bool opened = true;
        QThread *t = QThread::create([&] { opened = bool(dicom::DicomFile::open(path)); });
        t->setStackSize(256 * 1024);
        t->start();
        QVERIFY(t->wait(120000));
        delete t;
        QVERIFY(!opened);
    }

    void open_truncatedAtEveryTenthByte_neverCrashes()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.dcm"));
        QVERIFY(dicom::writeSyntheticImage(ctImage(), path, dicom::WriteEncoding::JpegLsLossless));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        int errors = 0;
        for (qsizetype n = 0; n < all.size(); n += 10) {
            const QString cut = m_dir.filePath(QStringLiteral("cut.dcm"));
            QFile out(cut);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(all.left(n));
            out.close();
            auto file = dicom::DicomFile::open(cut);
            if (!file || !file->decodeFrame(0))
                ++errors;
        }
        QVERIFY(errors > 0);
    }
};

QTEST_GUILESS_MAIN(TestDicomFile)
#include "tst_dicomfile.moc"
