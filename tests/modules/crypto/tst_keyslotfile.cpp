// Requirement: keyslots.json round-trips exactly, is replaced atomically, and a missing, damaged or newer file is reported as such.
#include "cliniclink/crypto/keyslots.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cliniclink;
using namespace cliniclink::crypto;

namespace {
const Argon2Params kFast{1, 1024, 1};

Keyslot makeSlot(Keyslot::Kind kind, const QString &label, const QByteArray &secret, const SecretKey &dataKey)
{
    return *createKeyslot(kind, label, secret, dataKey, kFast);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
} // namespace

class TestKeyslotFile : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("keyslots.json")); }

    // A valid file with one user slot, as JSON, for the corruption tests.
    QJsonObject validJson()
    {
        KeyslotFile f;
        f.deviceId = QStringLiteral("device-1");
        f.put(makeSlot(Keyslot::Kind::User, QStringLiteral("alice"), "pw", SecretKey::generate()));
        const QString p = m_dir.filePath(QStringLiteral("valid.json"));
        if (!f.save(p))
            return {};
        QFile in(p);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(in.readAll()).object();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(path());
    }

    void saveLoad_roundTrip_identicalAndUnlockable()
    {
        const SecretKey dataKey = SecretKey::generate();
        KeyslotFile file;
        file.deviceId = QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057");
        file.put(makeSlot(Keyslot::Kind::User, QStringLiteral("alice"), "alice-pw", dataKey));
        file.put(makeSlot(Keyslot::Kind::User, QStringLiteral("bob"), "bob-pw", dataKey));
        const RecoveryKey rk = RecoveryKey::generate();
        file.put(makeSlot(Keyslot::Kind::Recovery, QStringLiteral("recovery"), rk.bytes, dataKey));
        const Result<void> saved = file.save(path());
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toString()));

        const Result<KeyslotFile> loaded = KeyslotFile::load(path());
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        QCOMPARE(loaded->deviceId, file.deviceId);
        QCOMPARE(loaded->entries.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const Keyslot &a = file.entries.at(i);
            const Keyslot &b = loaded->entries.at(i);
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.label, a.label);
            QCOMPARE(b.salt, a.salt);
            QCOMPARE(b.kdf, a.kdf);
            QCOMPARE(b.wrappedKey, a.wrappedKey);
            QCOMPARE(b.createdUtc, a.createdUtc);
        }
        QCOMPARE(unlockKeyslot(*loaded->userSlot(QStringLiteral("bob")), "bob-pw")->bytes(), dataKey.bytes());
        QCOMPARE(unlockKeyslot(*loaded->recoverySlot(), rk.bytes)->bytes(), dataKey.bytes());
    }

    void save_existingFile_replacedWithoutLeftovers()
    {
        KeyslotFile file;
        file.deviceId = QStringLiteral("first");
        QVERIFY(file.save(path()));
        file.deviceId = QStringLiteral("second");
        QVERIFY(file.save(path()));
        QCOMPARE(KeyslotFile::load(path())->deviceId, QStringLiteral("second"));
        const QStringList entries = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(entries.filter(QStringLiteral("keyslots")).size() == 1, qPrintable(entries.join(QLatin1Char(' '))));
    }

    void save_fileHasFormatVersionAndBase64Fields()
    {
        KeyslotFile file;
        file.deviceId = QStringLiteral("dev");
        const Keyslot slot = makeSlot(Keyslot::Kind::User, QStringLiteral("alice"), "pw", SecretKey::generate());
        file.put(slot);
        QVERIFY(file.save(path()));
        QFile in(path());
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), KeyslotFile::kFormatVersion);
        const QJsonObject s = root.value(QStringLiteral("slots")).toArray().at(0).toObject();
        QCOMPARE(QByteArray::fromBase64(s.value(QStringLiteral("salt")).toString().toLatin1()), slot.salt);
        QCOMPARE(QByteArray::fromBase64(s.value(QStringLiteral("wrappedKey")).toString().toLatin1()), slot.wrappedKey);
    }

    void save_missingDirectory_ioError()
    {
        const Result<void> r = KeyslotFile().save(m_dir.filePath(QStringLiteral("no/such/dir/keyslots.json")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::IoError);
    }

    void load_missingFile_storeNotInitialized()
    {
        const Result<KeyslotFile> r = KeyslotFile::load(path());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::StoreNotInitialized);
    }

    void load_damagedFile_storeCorrupt_data()
    {
        QTest::addColumn<QString>("damage");
        for (const char *d : {"empty", "not json", "truncated", "array", "no format tag", "no version", "version 0",
                              "version text", "no slots", "slot not object", "bad kind", "no label", "bad base64 salt",
                              "short salt", "short wrapped key", "bad kdf", "bad time", "duplicate slot"})
            QTest::newRow(d) << QString::fromLatin1(d);
    }
    void load_damagedFile_storeCorrupt()
    {
        QFETCH(QString, damage);
        QJsonObject root = validJson();
        QVERIFY(!root.isEmpty());
        QJsonArray slotArray = root.value(QStringLiteral("slots")).toArray();
        QJsonObject slot = slotArray.at(0).toObject();
        QByteArray data;
        auto setSlot = [&](const QString &key, const QJsonValue &v) {
            slot.insert(key, v);
            slotArray.replace(0, slot);
            root.insert(QStringLiteral("slots"), slotArray);
        };
        if (damage == QLatin1String("empty")) {
            data = "";
        } else if (damage == QLatin1String("not json")) {
            data = "keyslots: none";
        } else if (damage == QLatin1String("truncated")) {
            data = QJsonDocument(root).toJson();
            data.chop(data.size() / 2);
        } else if (damage == QLatin1String("array")) {
            data = "[]";
        } else {
            if (damage == QLatin1String("no format tag"))
                root.remove(QStringLiteral("format"));
            else if (damage == QLatin1String("no version"))
                root.remove(QStringLiteral("formatVersion"));
            else if (damage == QLatin1String("version 0"))
                root.insert(QStringLiteral("formatVersion"), 0);
            else if (damage == QLatin1String("version text"))
                root.insert(QStringLiteral("formatVersion"), QStringLiteral("1"));
            else if (damage == QLatin1String("no slots"))
                root.remove(QStringLiteral("slots"));
            else if (damage == QLatin1String("slot not object"))
                root.insert(QStringLiteral("slots"), QJsonArray{42});
            else if (damage == QLatin1String("bad kind"))
                setSlot(QStringLiteral("kind"), QStringLiteral("admin"));
            else if (damage == QLatin1String("no label"))
                setSlot(QStringLiteral("label"), QString());
            else if (damage == QLatin1String("bad base64 salt"))
                setSlot(QStringLiteral("salt"), QStringLiteral("!!not base64!!"));
            else if (damage == QLatin1String("short salt"))
                setSlot(QStringLiteral("salt"), QString::fromLatin1(QByteArray(8, 's').toBase64()));
            else if (damage == QLatin1String("short wrapped key"))
                setSlot(QStringLiteral("wrappedKey"), QString::fromLatin1(QByteArray(40, 'w').toBase64()));
            else if (damage == QLatin1String("bad kdf"))
                setSlot(QStringLiteral("kdf"), QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("pbkdf2")}});
            else if (damage == QLatin1String("bad time"))
                setSlot(QStringLiteral("createdUtc"), QStringLiteral("yesterday"));
            else if (damage == QLatin1String("duplicate slot")) {
                slotArray.append(slot);
                root.insert(QStringLiteral("slots"), slotArray);
            }
            data = QJsonDocument(root).toJson();
        }
        QVERIFY(writeFile(path(), data));
        const Result<KeyslotFile> r = KeyslotFile::load(path());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::StoreCorrupt);
        QVERIFY(!r.error().detail.isEmpty());
    }

    void load_newerFormatVersion_schemaTooNew()
    {
        QJsonObject root = validJson();
        root.insert(QStringLiteral("formatVersion"), KeyslotFile::kFormatVersion + 1);
        QVERIFY(writeFile(path(), QJsonDocument(root).toJson()));
        const Result<KeyslotFile> r = KeyslotFile::load(path());
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::SchemaTooNew);
        QVERIFY(r.error().detail.contains(QStringLiteral("formatVersion")));
    }

    void put_sameKindAndLabel_replaces()
    {
        const SecretKey dataKey = SecretKey::generate();
        KeyslotFile file;
        file.put(makeSlot(Keyslot::Kind::User, QStringLiteral("alice"), "old", dataKey));
        file.put(makeSlot(Keyslot::Kind::User, QStringLiteral("bob"), "bob", dataKey));
        const Keyslot replacement = makeSlot(Keyslot::Kind::User, QStringLiteral("alice"), "new", dataKey);
        file.put(replacement);
        QCOMPARE(file.entries.size(), 2);
        QCOMPARE(file.entries.at(0).id, replacement.id); // replaced in place
        QCOMPARE(file.userSlot(QStringLiteral("alice"))->id, replacement.id);
        QVERIFY(unlockKeyslot(*file.userSlot(QStringLiteral("alice")), "new"));
    }

    void put_sameLabelOtherKind_appends()
    {
        const SecretKey dataKey = SecretKey::generate();
        KeyslotFile file;
        file.put(makeSlot(Keyslot::Kind::User, QStringLiteral("recovery"), "pw", dataKey));
        QVERIFY(!file.recoverySlot());
        file.put(makeSlot(Keyslot::Kind::Recovery, QStringLiteral("recovery"), "rk", dataKey));
        QCOMPARE(file.entries.size(), 2);
        QCOMPARE(file.recoverySlot()->kind, Keyslot::Kind::Recovery);
        QCOMPARE(file.userSlot(QStringLiteral("recovery"))->kind, Keyslot::Kind::User);
    }

    void removeUserSlot_existingAndMissing_removesOnlyThatUser()
    {
        const SecretKey dataKey = SecretKey::generate();
        KeyslotFile file;
        file.put(makeSlot(Keyslot::Kind::User, QStringLiteral("alice"), "a", dataKey));
        file.put(makeSlot(Keyslot::Kind::User, QStringLiteral("bob"), "b", dataKey));
        file.put(makeSlot(Keyslot::Kind::Recovery, QStringLiteral("recovery"), "r", dataKey));
        QVERIFY(file.removeUserSlot(QStringLiteral("alice")));
        QVERIFY(!file.userSlot(QStringLiteral("alice")));
        QVERIFY(file.userSlot(QStringLiteral("bob")));
        QVERIFY(file.recoverySlot());
        QVERIFY(!file.removeUserSlot(QStringLiteral("alice")));
        QVERIFY(!file.removeUserSlot(QStringLiteral("recovery"))); // the recovery slot is not a user slot
        QCOMPARE(file.entries.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestKeyslotFile)
#include "tst_keyslotfile.moc"
