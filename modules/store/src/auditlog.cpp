#include "cliniclink/store/auditlog.h"

#include "cliniclink/core/uuid7.h"
#include "cliniclink/store/store.h"
#include "timeformat.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtEndian>

namespace cliniclink::store {

namespace {
const QString kHeadKey = QStringLiteral("audit.head");
const QString kAlgorithmKey = QStringLiteral("audit.hash");
const QString kColumns = QStringLiteral("seq, event_id, ts, actor, device, action, object_type, object_id, detail, prev_hash, hash");

AuditEvent eventFromRow(const Row &r)
{
    AuditEvent e;
    e.seq = r[0].toLongLong();
    e.eventId = r[1].toString();
    e.timestampUtc = fromIsoUtc(r[2].toString());
    e.actor = r[3].toString();
    e.device = r[4].toString();
    e.action = r[5].toString();
    e.objectType = r[6].toString();
    e.objectId = r[7].toString();
    e.detail = r[8].toString();
    e.prevHash = r[9].toByteArray();
    e.hash = r[10].toByteArray();
    return e;
}

// Length-prefixed fields, so no two different rows serialise to the same bytes.
void addField(crypto::Hasher &h, const QByteArray &field)
{
    uchar len[4];
    qToBigEndian<quint32>(quint32(field.size()), len);
    h.add(QByteArrayView(reinterpret_cast<const char *>(len), 4));
    h.add(field);
}
} // namespace

QJsonObject AuditEvent::toJson() const
{
    return QJsonObject{{QStringLiteral("seq"), seq},
                       {QStringLiteral("id"), eventId},
                       {QStringLiteral("time"), isoUtc(timestampUtc)},
                       {QStringLiteral("actor"), actor},
                       {QStringLiteral("device"), device},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("objectType"), objectType},
                       {QStringLiteral("objectId"), objectId},
                       {QStringLiteral("detail"), QJsonDocument::fromJson(detail.toUtf8()).object()},
                       {QStringLiteral("prevHash"), QString::fromLatin1(prevHash.toHex())},
                       {QStringLiteral("hash"), QString::fromLatin1(hash.toHex())}};
}

AuditLog::AuditLog(Store &store) : m_store(store) {}

Result<void> AuditLog::initialize(crypto::HashAlgorithm algorithm)
{
    m_algorithm = algorithm;
    CL_TRY(m_store.setMeta(kAlgorithmKey, crypto::hashAlgorithmName(algorithm)));
    return m_store.setMeta(kHeadKey, QStringLiteral("0:") + QString::fromLatin1(genesis().toHex()));
}

Result<void> AuditLog::load()
{
    auto name = m_store.meta(kAlgorithmKey);
    if (!name)
        return fail(name.error());
    if (!name->has_value())
        return fail(ErrorCode::StoreCorrupt, QStringLiteral("audit algorithm missing"));
    auto alg = crypto::parseHashAlgorithm(**name);
    if (!alg)
        return fail(alg.error());
    m_algorithm = *alg;
    return {};
}

QByteArray AuditLog::genesis() const
{
    return crypto::digest(m_algorithm, QByteArray("cliniclink-audit-v1|") + m_store.deviceId().toUtf8());
}

QByteArray AuditLog::chainHash(const QByteArray &prev, const AuditEvent &e) const
{
    crypto::Hasher h(m_algorithm);
    addField(h, prev);
    addField(h, QByteArray::number(e.seq));
    for (const QString *f : {&e.eventId, &e.actor, &e.device, &e.action, &e.objectType, &e.objectId, &e.detail})
        addField(h, f->toUtf8());
    addField(h, isoUtc(e.timestampUtc).toUtf8());
    return h.result();
}

Result<AuditEvent> AuditLog::append(const QString &action, const QString &objectType, const QString &objectId,
                                    const QJsonObject &detail)
{
    const Actor &a = m_store.actor();
    AuditEvent e;
    e.actor = a.username;
    e.device = a.deviceId;
    e.timestampUtc = m_store.clock().nowUtc();
    e.action = action;
    e.objectType = objectType;
    e.objectId = objectId;
    e.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    return insert(std::move(e));
}

Result<AuditEvent> AuditLog::appendAs(const QString &actor, const QString &device, const QDateTime &when,
                                      const QString &action, const QJsonObject &detail)
{
    AuditEvent e;
    e.actor = actor;
    e.device = device;
    e.timestampUtc = when;
    e.action = action;
    e.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    return insert(std::move(e));
}

Result<AuditEvent> AuditLog::insert(AuditEvent e)
{
    Database &db = m_store.db();
    CL_TRY(db.transaction([&]() -> Result<void> {
        auto last = db.queryOne(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"));
        if (!last)
            return fail(last.error());
        e.seq = last->has_value() ? (**last)[0].toLongLong() + 1 : 1;
        e.prevHash = last->has_value() ? (**last)[1].toByteArray() : genesis();
        e.eventId = newId(m_store.clock());
        e.hash = chainHash(e.prevHash, e);
        auto w = db.execute(QStringLiteral("INSERT INTO audit(") + kColumns + QStringLiteral(") VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
                            {e.seq, e.eventId, isoUtc(e.timestampUtc), e.actor, e.device, e.action, e.objectType,
                             e.objectId, e.detail, e.prevHash, e.hash});
        if (!w)
            return fail(w.error());
        return m_store.setMeta(kHeadKey, QString::number(e.seq) + QLatin1Char(':') + QString::fromLatin1(e.hash.toHex()));
    }));
    return e;
}

Result<AuditVerification> AuditLog::verify() const
{
    AuditVerification v;
    auto bad = [&v](qint64 seq, const QString &reason) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.reason = reason;
        return v;
    };
    QByteArray prev = genesis();
    qint64 expectedSeq = 1;
    const int kPage = 5000;
    for (;;) {
        auto rows = m_store.db().query(QStringLiteral("SELECT ") + kColumns
                                           + QStringLiteral(" FROM audit WHERE seq >= ? ORDER BY seq LIMIT ?"),
                                       {expectedSeq, kPage});
        if (!rows)
            return fail(rows.error());
        for (const Row &r : *rows) {
            const AuditEvent e = eventFromRow(r);
            if (e.seq != expectedSeq)
                return bad(expectedSeq, QStringLiteral("row missing"));
            if (e.prevHash != prev)
                return bad(e.seq, QStringLiteral("previous-hash link broken"));
            if (chainHash(prev, e) != e.hash)
                return bad(e.seq, QStringLiteral("row content does not match its hash"));
            prev = e.hash;
            ++expectedSeq;
            ++v.rowsChecked;
        }
        if (rows->size() < kPage)
            break;
    }
    auto head = const_cast<Store &>(m_store).meta(kHeadKey);
    if (!head)
        return fail(head.error());
    const QString expectedHead = QString::number(expectedSeq - 1) + QLatin1Char(':') + QString::fromLatin1(prev.toHex());
    if (!head->has_value() || **head != expectedHead)
        return bad(expectedSeq, QStringLiteral("chain head does not match: rows removed from the end"));
    return v;
}

Result<QList<AuditEvent>> AuditLog::events(qint64 fromSeq, int limit) const
{
    auto rows = m_store.db().query(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit WHERE seq >= ? ORDER BY seq LIMIT ?"),
                                   {fromSeq, limit});
    if (!rows)
        return fail(rows.error());
    QList<AuditEvent> out;
    for (const Row &r : *rows)
        out.append(eventFromRow(r));
    return out;
}

Result<qint64> AuditLog::exportJsonl(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::IoError, file.errorString(), QStringLiteral("audit export"));
    qint64 count = 0;
    qint64 from = 1;
    for (;;) {
        auto page = events(from, 5000);
        if (!page)
            return fail(page.error());
        for (const AuditEvent &e : *page) {
            file.write(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact));
            file.write("\n");
            ++count;
            from = e.seq + 1;
        }
        if (page->size() < 5000)
            break;
    }
    if (!file.commit())
        return fail(ErrorCode::IoError, file.errorString(), QStringLiteral("audit export"));
    return count;
}

} // namespace cliniclink::store
