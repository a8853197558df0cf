#include "MediaLibrary.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMedia, "wk.platform.media")

// The media are compiled into this static library: make sure the resource is registered even when
// the linker would otherwise drop the initialiser.
static void initMediaResources() { Q_INIT_RESOURCE(watchkeeper_media); }

namespace wk::platform {
namespace {
const QString kManifest = QStringLiteral(":/media/manifest.json");

QString resourcePath(const QString &file) { return QStringLiteral(":/") + file; }
} // namespace

MediaLibrary::MediaLibrary()
{
    initMediaResources();
    QFile manifest(kManifest);
    if (!manifest.open(QIODevice::ReadOnly)) {
        qCCritical(lcMedia) << "The media manifest is missing from the resources; no media will be served.";
        return;
    }
    const QJsonArray media = QJsonDocument::fromJson(manifest.readAll()).object().value(QStringLiteral("media")).toArray();
    for (const QJsonValue &value : media) {
        const QJsonObject o = value.toObject();
        MediaEntry e;
        e.asset.id = o.value(QStringLiteral("id")).toString();
        e.asset.mimeType = o.value(QStringLiteral("mime")).toString();
        e.asset.width = o.value(QStringLiteral("width")).toInt();
        e.asset.height = o.value(QStringLiteral("height")).toInt();
        e.asset.durationMs = o.value(QStringLiteral("duration_ms")).toInteger();
        e.kind = fromCode<MediaKind>(o.value(QStringLiteral("kind")).toString()).value_or(MediaKind::Image);
        e.isSourcePhoto = o.value(QStringLiteral("is_source_photo")).toBool();
        e.file = o.value(QStringLiteral("file")).toString();
        e.sourceId = o.value(QStringLiteral("source")).toString();
        e.product = o.value(QStringLiteral("product")).toString();
        for (const QJsonValue &d : o.value(QStringLiteral("defects")).toArray()) {
            if (const auto reason = fromCode<FlagReason>(d.toString()))
                e.defects << *reason;
            else
                qCWarning(lcMedia) << "Unknown defect code in the media manifest:" << d.toString();
        }
        for (const QJsonValue &r : o.value(QStringLiteral("regions")).toArray()) {
            const QJsonObject ro = r.toObject();
            e.defectRegions << Region{ro.value(QStringLiteral("x")).toDouble(), ro.value(QStringLiteral("y")).toDouble(),
                                      ro.value(QStringLiteral("w")).toDouble(), ro.value(QStringLiteral("h")).toDouble(),
                                      ro.value(QStringLiteral("tag")).toString(), QString()};
        }
        for (const QJsonValue &r : o.value(QStringLiteral("ranges")).toArray()) {
            const QJsonObject ro = r.toObject();
            e.defectRanges << TimeRange{ro.value(QStringLiteral("start_ms")).toInteger(),
                                        ro.value(QStringLiteral("end_ms")).toInteger(),
                                        ro.value(QStringLiteral("tag")).toString(), QString()};
        }
        QFile f(resourcePath(e.file));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcMedia) << "Media file listed in the manifest is missing:" << e.file;
            continue;
        }
        const QByteArray data = f.readAll();
        e.asset.size = data.size();
        e.asset.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        m_entries << e;
    }
}

const MediaLibrary &MediaLibrary::instance()
{
    static const MediaLibrary library;
    return library;
}

const MediaEntry *MediaLibrary::find(const QString &id) const
{
    for (const MediaEntry &e : m_entries)
        if (e.asset.id == id)
            return &e;
    return nullptr;
}

QByteArray MediaLibrary::bytes(const QString &id) const
{
    const MediaEntry *e = find(id);
    if (!e)
        return {};
    QFile f(resourcePath(e->file));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace wk::platform
