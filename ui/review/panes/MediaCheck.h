#pragma once
// Checks a media file handed to a pane before it is shown: is it there, are its bytes the ones
// the platform published (sha256), is it a type we can show, and (images) does it decode. Runs on
// a worker thread; the answer is a sentence a supervisor can act on, never a blank pane.
#include "domain/Entities.h"
#include "review/ReviewItemView.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace wk {

enum class MediaProblemKind { None, Missing, WrongHash, Unsupported, Undecodable, Absent };

struct MediaCheckResult {
    QString assetId;
    QString path;
    MediaProblemKind kind = MediaProblemKind::None;
    QString problem;     // a sentence, empty when the file is fine
    QImage image;        // decoded, for images that passed
};

class MediaCheck
{
    Q_DECLARE_TR_FUNCTIONS(wk::MediaCheck)

public:
    // Blocking: call it on a worker. `decodeImage` decodes the bytes as an image too; a Verified
    // file's sha256 is not computed again.
    static MediaCheckResult check(const MediaAsset &asset, const QString &path, bool decodeImage,
                                  MediaTrust trust = MediaTrust::Check);
    // The same sentences for problems found elsewhere (the player, the cache).
    static QString missingSentence(const QString &assetId);
    static QString absentSentence();
    static QString undecodableSentence(const QString &assetId, const QString &detail);
    static QString unsupportedSentence(const QString &assetId, const QString &mimeType);
    static QString fetchFailedSentence(const QString &assetId, const QString &detail);
    // The video types the players on our platforms decode.
    static bool isSupportedVideoType(const QString &mimeType);
};

} // namespace wk
