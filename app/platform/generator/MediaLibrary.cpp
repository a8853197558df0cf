#include "MediaLibrary.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPlatformMedia, "wk.platform.media")

namespace wk::platform {

namespace {

const QString kManifest = QStringLiteral(":/media/manifest.json");

// The manifest is ours and compiled in: a problem in it is a build mistake, reported loudly and
// skipped so that the platform still serves what it can.
std::optional<MediaEntry> entryFrom(const QJsonObject &o, QByteArray *bytes)
{
    const QString id = o.value(QStringLiteral("id")).toString();
    QFile file(QStringLiteral(":/") + o.value(QStringLiteral("file")).toString());
    if (id.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        qCWarning(lcPlatformMedia) << "manifest entry" << id << "names a file that is not compiled in:"
                                   << file.fileName();
        return std::nullopt;
    }
    *bytes = file.readAll();

    MediaEntry e;
    e.asset.id = id;
    e.asset.mimeType = o.value(QStringLiteral("mime")).toString();
    e.asset.size = bytes->size();
    e.asset.sha256 = QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    e.asset.width = o.value(QStringLiteral("width")).toInt();
    e.asset.height = o.value(QStringLiteral("height")).toInt();
    e.asset.durationMs = o.value(QStringLiteral("duration_ms")).toInteger();
    const auto kind = fromCode<MediaKind>(o.value(QStringLiteral("kind")).toString());
    e.kind = kind.value_or(MediaKind::Image);
    e.isSourcePhoto = o.value(QStringLiteral("is_source_photo")).toBool();
    e.sourceId = o.value(QStringLiteral("source")).toString();
    e.productKey = o.value(QStringLiteral("product")).toString();
    for (const QJsonValue &d : o.value(QStringLiteral("defects")).toArray()) {
        if (const auto reason = fromCode<FlagReason>(d.toString()))
            e.defects.append(*reason);
        else
            qCWarning(lcPlatformMedia) << "manifest entry" << id << "has an unknown defect" << d.toString();
    }
    for (const QJsonValue &v : o.value(QStringLiteral("regions")).toArray()) {
        const QJsonObject r = v.toObject();
        Region g;
        g.tag = r.value(QStringLiteral("tag")).toString();
        g.x = r.value(QStringLiteral("x")).toDouble();
        g.y = r.value(QStringLiteral("y")).toDouble();
        g.width = r.value(QStringLiteral("w")).toDouble();
        g.height = r.value(QStringLiteral("h")).toDouble();
        e.defectRegions.append(g);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("ranges")).toArray()) {
        const QJsonObject r = v.toObject();
        TimeRange t;
        t.tag = r.value(QStringLiteral("tag")).toString();
        t.startMs = r.value(QStringLiteral("start_ms")).toInteger();
        t.endMs = r.value(QStringLiteral("end_ms")).toInteger();
        e.defectRanges.append(t);
    }
    return e;
}

} // namespace

const MediaLibrary &MediaLibrary::instance()
{
    static const MediaLibrary library;
    return library;
}

MediaLibrary::MediaLibrary()
{
    QFile manifest(kManifest);
    if (!manifest.open(QIODevice::ReadOnly)) {
        qCWarning(lcPlatformMedia) << "no media manifest compiled in: the platform serves no media";
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(manifest.readAll(), &error);
    if (!doc.isObject()) {
        qCWarning(lcPlatformMedia) << "the media manifest is not valid JSON:" << error.errorString();
        return;
    }
    for (const QJsonValue &v : doc.object().value(QStringLiteral("media")).toArray()) {
        QByteArray bytes;
        if (auto entry = entryFrom(v.toObject(), &bytes)) {
            m_bytes.append(bytes);
            m_entries.append(std::move(*entry));
        }
    }
}

const MediaEntry *MediaLibrary::find(const QString &id) const
{
    // 26 entries: a linear scan is cheaper than keeping an index in sync.
    for (const MediaEntry &e : m_entries)
        if (e.asset.id == id)
            return &e;
    return nullptr;
}

QByteArray MediaLibrary::bytes(const QString &id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).asset.id == id)
            return m_bytes.at(i);
    return {};
}

} // namespace wk::platform
