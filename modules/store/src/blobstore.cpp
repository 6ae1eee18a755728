#include "cliniclink/store/blobstore.h"

#include "cliniclink/core/uuid7.h"
#include "cliniclink/crypto/aead.h"
#include "cliniclink/store/store.h"
#include "timeformat.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

namespace cliniclink::store {

namespace {
const QByteArray kMagic = QByteArrayLiteral("CLB1");
QByteArray aadFor(const QString &id) { return QByteArrayLiteral("cliniclink-blob-v1|") + id.toUtf8(); }
} // namespace

BlobStore::BlobStore(Store &store, QString directory, crypto::SecretKey dataKey)
    : m_store(store), m_dir(std::move(directory)), m_dataKey(std::move(dataKey))
{
}

QString BlobStore::pathFor(const QString &id) const
{
    return m_dir + QLatin1Char('/') + id.right(2) + QLatin1Char('/') + id + QStringLiteral(".clb");
}

Result<QString> BlobStore::put(const QByteArray &data, const QString &mediaType, const QString &ownerType,
                               const QString &ownerId)
{
    const QString id = newId(m_store.clock());
    const crypto::SecretKey blobKey = crypto::SecretKey::generate();
    auto wrapped = crypto::seal(m_dataKey, blobKey.bytes(), aadFor(id));
    if (!wrapped)
        return fail(wrapped.error());
    auto content = crypto::seal(blobKey, data, aadFor(id));
    if (!content)
        return fail(content.error());

    const QString path = pathFor(id);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::IoError, QStringLiteral("cannot create blob directory"));
    // QSaveFile's temporary file holds only ciphertext, like the final file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::IoError, file.errorString(), QStringLiteral("blob write"));
    uchar len[4];
    qToBigEndian<quint32>(quint32(wrapped->size()), len);
    file.write(kMagic);
    file.write(reinterpret_cast<const char *>(len), 4);
    file.write(*wrapped);
    file.write(*content);
    if (!file.commit())
        return fail(ErrorCode::IoError, file.errorString(), QStringLiteral("blob write"));

    auto row = m_store.db().execute(QStringLiteral("INSERT INTO blobs(id, media_type, owner_type, owner_id, size, created_at) "
                                                   "VALUES(?,?,?,?,?,?)"),
                                    {id, mediaType, ownerType, ownerId, qint64(data.size()), isoUtc(m_store.clock().nowUtc())});
    if (!row) {
        QFile::remove(path);
        return fail(row.error());
    }
    return id;
}

Result<QByteArray> BlobStore::get(const QString &id) const
{
    QFile file(pathFor(id));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, QStringLiteral("blob file missing"), id);
    const QByteArray raw = file.readAll();
    if (raw.size() < 8 || !raw.startsWith(kMagic))
        return fail(ErrorCode::BlobCorrupt, QStringLiteral("bad header"), id);
    const quint32 len = qFromBigEndian<quint32>(raw.constData() + 4);
    if (qint64(len) > raw.size() - 8)
        return fail(ErrorCode::BlobCorrupt, QStringLiteral("bad key length"), id);
    auto keyBytes = crypto::open(m_dataKey, QByteArrayView(raw).sliced(8, len), aadFor(id));
    if (!keyBytes)
        return fail(ErrorCode::BlobCorrupt, QStringLiteral("key does not unwrap"), id);
    const crypto::SecretKey blobKey(*keyBytes);
    crypto::wipe(*keyBytes);
    auto data = crypto::open(blobKey, QByteArrayView(raw).sliced(8 + len), aadFor(id));
    if (!data)
        return fail(ErrorCode::BlobCorrupt, QStringLiteral("content does not verify"), id);
    return *data;
}

Result<void> BlobStore::remove(const QString &id)
{
    auto row = m_store.db().execute(QStringLiteral("DELETE FROM blobs WHERE id = ?"), {id});
    if (!row)
        return fail(row.error());
    // Deleting the file destroys the only copy of its wrapped key (crypto-shredding).
    QFile::remove(pathFor(id));
    return {};
}

Result<QStringList> BlobStore::verifyAll() const
{
    auto rows = m_store.db().query(QStringLiteral("SELECT id FROM blobs ORDER BY id"));
    if (!rows)
        return fail(rows.error());
    QStringList bad;
    for (const Row &r : *rows)
        if (!get(r[0].toString()))
            bad << r[0].toString();
    return bad;
}

} // namespace cliniclink::store
