#include "review/panes/MediaCheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeDatabase>

namespace wk {

QString MediaCheck::missingSentence(const QString &assetId)
{
    return tr("The media file for %1 is missing: it is not in the local cache. Reject the item as "
              "\"media broken\", or wait for the download to be retried.").arg(assetId);
}

QString MediaCheck::absentSentence()
{
    return tr("This item has no media attached. Reject it as \"media broken\" or escalate it.");
}

QString MediaCheck::undecodableSentence(const QString &assetId, const QString &detail)
{
    // The backends' messages are sentences of their own; inside ours they lose their full stop.
    QString reason = detail.trimmed();
    while (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    return tr("The media file for %1 cannot be decoded (%2). Reject the item as \"media broken\".")
        .arg(assetId, reason);
}

QString MediaCheck::unsupportedSentence(const QString &assetId, const QString &mimeType)
{
    return tr("The media file for %1 is of a type this console cannot show (%2). Reject the item as "
              "\"media broken\", or escalate it.").arg(assetId, mimeType);
}

QString MediaCheck::fetchFailedSentence(const QString &assetId, const QString &detail)
{
    return tr("The media file for %1 could not be fetched: %2").arg(assetId, detail);
}

bool MediaCheck::isSupportedVideoType(const QString &mimeType)
{
    static const QStringList types{QStringLiteral("video/mp4"), QStringLiteral("video/webm"),
                                   QStringLiteral("video/quicktime"), QStringLiteral("video/x-matroska")};
    return types.contains(mimeType);
}

MediaCheckResult MediaCheck::check(const MediaAsset &asset, const QString &path, bool decodeImage, MediaTrust trust)
{
    MediaCheckResult result;
    result.assetId = asset.id;
    result.path = path;
    const auto fail = [&result](MediaProblemKind kind, const QString &sentence) {
        result.kind = kind;
        result.problem = sentence;
        result.image = {};
        return result;
    };

    QFile file(path);
    if (path.isEmpty() || !QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return fail(MediaProblemKind::Missing, missingSentence(asset.id));
    const QByteArray bytes = file.readAll();

    if (trust == MediaTrust::Check && !asset.sha256.isEmpty()) {
        const QString actual = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (actual.compare(asset.sha256, Qt::CaseInsensitive) != 0)
            return fail(MediaProblemKind::WrongHash,
                        tr("The media file for %1 is corrupt: its checksum does not match the one the "
                           "platform published (expected %2…, found %3…). Reject the item as \"media "
                           "broken\", or clear it from the cache so it is downloaded again.")
                            .arg(asset.id, asset.sha256.left(12), actual.left(12)));
    }

    // What the bytes are, not what the name says: a renamed text file is not a video.
    const QMimeType sniffed = QMimeDatabase().mimeTypeForData(bytes);
    const QString declared = asset.mimeType.isEmpty() ? sniffed.name() : asset.mimeType;
    const bool wantsImage = declared.startsWith(QLatin1String("image/"));
    const bool wantsVideo = declared.startsWith(QLatin1String("video/"));
    if (wantsImage) {
        if (!QImageReader::supportedMimeTypes().contains(declared.toLatin1()))
            return fail(MediaProblemKind::Unsupported, unsupportedSentence(asset.id, declared));
    } else if (wantsVideo) {
        if (!isSupportedVideoType(declared))
            return fail(MediaProblemKind::Unsupported, unsupportedSentence(asset.id, declared));
    } else {
        return fail(MediaProblemKind::Unsupported, unsupportedSentence(asset.id, declared));
    }
    const QString sniffedName = sniffed.name();
    const bool bytesFit = wantsImage ? sniffedName.startsWith(QLatin1String("image/"))
                                     : sniffedName.startsWith(QLatin1String("video/"))
                                           || sniffedName == QLatin1String("application/mp4");
    if (!bytesFit)
        return fail(MediaProblemKind::Undecodable,
                    undecodableSentence(asset.id, tr("its bytes are %1, not %2").arg(sniffed.comment(), declared)));

    if (decodeImage && wantsImage) {
        QImageReader reader(&file);
        file.seek(0);
        reader.setAutoTransform(true);
        QImage image = reader.read();
        if (image.isNull())
            return fail(MediaProblemKind::Undecodable, undecodableSentence(asset.id, reader.errorString()));
        // The format the raster paint engine draws from without converting, so that turning it
        // into a pixmap on the UI thread is a copy, not a conversion.
        image.convertTo(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
        result.image = std::move(image);
    }
    return result;
}

} // namespace wk
