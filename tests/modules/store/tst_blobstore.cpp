// Requirement: images and attachments are stored encrypted and authenticated, one key per blob.
#include "storefixture.h"
#include "testsupport.h"

#include <QFile>

using namespace cliniclink;
using namespace cliniclink::store;

class TestBlobStore : public QObject {
    Q_OBJECT
private slots:
    void putGet_roundTrips_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("empty") << 0;
        QTest::newRow("small") << 17;
        QTest::newRow("4MiB") << 4 * 1024 * 1024;
    }
    void putGet_roundTrips()
    {
        QFETCH(int, size);
        test::StoreFixture f;
        f.create();
        QByteArray data(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            data[i] = char(i * 7 + 3);
        auto id = f.store->blobs().put(data, QStringLiteral("application/dicom"), QStringLiteral("study"), QStringLiteral("s1"));
        QVERIFY(id.has_value());
        auto back = f.store->blobs().get(*id);
        QVERIFY(back.has_value());
        QCOMPARE(*back, data);
        QFile file(f.store->blobs().pathFor(*id));
        QVERIFY(file.size() == size + 4 + 4 + 2 * 29 + 32);
    }

    void get_tamperedByte_isBlobCorrupt()
    {
        test::StoreFixture f;
        f.create();
        auto id = f.store->blobs().put(QByteArray(1000, 'a'), QStringLiteral("text/plain"));
        QFile file(f.store->blobs().pathFor(*id));
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(500);
        file.putChar('b');
        file.close();
        auto back = f.store->blobs().get(*id);
        QVERIFY(!back.has_value());
        QCOMPARE(back.error().code, ErrorCode::BlobCorrupt);
        const auto v = f.store->verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.code, ErrorCode::BlobCorrupt);
    }

    void get_fileSwappedToOtherId_isBlobCorrupt()
    {
        test::StoreFixture f;
        f.create();
        auto a = f.store->blobs().put(QByteArray("first"), QStringLiteral("text/plain"));
        auto b = f.store->blobs().put(QByteArray("second"), QStringLiteral("text/plain"));
        QFile::remove(f.store->blobs().pathFor(*b));
        QVERIFY(QFile::copy(f.store->blobs().pathFor(*a), f.store->blobs().pathFor(*b)));
        QCOMPARE(f.store->blobs().get(*b).error().code, ErrorCode::BlobCorrupt);
    }

    void remove_deletesFileAndRow()
    {
        test::StoreFixture f;
        f.create();
        auto id = f.store->blobs().put(QByteArray("x"), QStringLiteral("text/plain"));
        const QString path = f.store->blobs().pathFor(*id);
        QVERIFY(QFile::exists(path));
        QVERIFY(f.store->blobs().remove(*id).has_value());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(f.store->blobs().get(*id).error().code, ErrorCode::NotFound);
        QVERIFY(f.store->verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
