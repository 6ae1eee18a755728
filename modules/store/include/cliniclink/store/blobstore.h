#pragma once

#include "cliniclink/core/result.h"
#include "cliniclink/crypto/secretkey.h"

#include <QByteArray>
#include <QString>

namespace cliniclink::store {
class Store;

// Images and attachments as encrypted files under blobs/. Each blob has its own random key,
// wrapped by the store's data key; both layers are AES-256-GCM with the blob id as associated
// data, so a file renamed to another id or altered by one bit fails to open (BlobCorrupt).
// File: "CLB1" | u32 length of wrapped key | wrapped key | sealed content.
class BlobStore {
public:
    BlobStore(Store &store, QString directory, crypto::SecretKey dataKey);

    // Encrypts and writes the data; records it in the blobs table. Returns the blob id.
    Result<QString> put(const QByteArray &data, const QString &mediaType, const QString &ownerType = {},
                        const QString &ownerId = {});
    Result<QByteArray> get(const QString &id) const;
    Result<void> remove(const QString &id);
    // Decrypts every blob listed in the table; returns the ids that fail.
    Result<QStringList> verifyAll() const;

    QString pathFor(const QString &id) const;

private:
    Store &m_store;
    QString m_dir;
    crypto::SecretKey m_dataKey;
};

} // namespace cliniclink::store
