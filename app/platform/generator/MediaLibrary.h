#pragma once
// The real media files the reference platform serves (compiled-in resources under :/media):
// generated product images carrying the defect their flag describes, the suppliers' source photos,
// and short H.264 clips with real glitches. Review items reference them by id.
#include "domain/Entities.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wk::platform {

struct MediaEntry {
    MediaAsset asset;                 // id, mime type, size, sha256 of the bytes, dimensions, duration
    MediaKind kind = MediaKind::Image;
    bool isSourcePhoto = false;       // the supplier's photo, not AI-generated
    QList<FlagReason> defects;        // what is really wrong with it (empty: a clean one)
    QList<Region> defectRegions;      // where, for images (normalised)
    QList<TimeRange> defectRanges;    // when, for videos
    QString file;                     // resource path below ":/", e.g. "media/gen-mug-clean.jpg"
    QString sourceId;                 // the source photo a generated one derives from (empty for sources)
    QString product;                  // which demo product it shows ("mug", "lamp", ...)
};

class MediaLibrary
{
public:
    // Loads the manifest and the files from the resources; computes sizes and sha256 once.
    static const MediaLibrary &instance();

    const QList<MediaEntry> &entries() const { return m_entries; }
    const MediaEntry *find(const QString &id) const;
    QByteArray bytes(const QString &id) const;   // empty if unknown

private:
    MediaLibrary();
    QList<MediaEntry> m_entries;
};

} // namespace wk::platform
