#pragma once
// The item pane of the Review desk: shows one review item by its kind (image, video, copy) and
// collects what the supervisor marks on it. The desk (the queue, the decision keys) only talks to
// this interface; the panes behind it (ui/review/panes) are free to change.
//
// Media arrive as local files from the MediaCache (models/sync); until a file is there the pane
// says it is loading, and a missing or corrupt file is said in words, never a blank pane — the
// item can still be decided (reject: media broken).
#include "domain/Entities.h"

#include <QString>
#include <QWidget>
#include <optional>

class QStackedLayout;

namespace wk {

class CopyPane;
class ImagePane;
class ItemPane;
class VideoPane;

// Whether a media file's bytes still need their sha256 checked: a path from MediaCache::ready was
// hashed against the asset's sha256 before it was moved into place, so hashing it again only
// costs the next item's time.
enum class MediaTrust { Check, Verified };

// What the supervisor marked on the item, carried by the decision (review.decide payload).
struct ReviewAnnotations {
    QList<Region> regions;                 // images: drawn or adjusted regions with a defect tag
    QList<TimeRange> ranges;               // videos: tagged time ranges
    std::optional<QString> correctedText;  // copy: the edited text, when it differs from the item's
    friend bool operator==(const ReviewAnnotations &, const ReviewAnnotations &) = default;
};

class ReviewItemView : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewItemView(QWidget *parent = nullptr);
    ~ReviewItemView() override;

    // Shows `item`; `product` (for copy checks and attributes) may be missing. Resets annotations
    // to the item's suspect regions / ranges as a starting point.
    virtual void showItem(const ReviewItem &item, const std::optional<Product> &product);
    virtual void clear();
    // The item's media (or its source photo) is now on disk at `path`; ignored if it is not the
    // current item's. An empty path with `error` says why it cannot be shown.
    virtual void setMediaFile(const QString &assetId, const QString &path, const QString &error = {});
    // The same for a file the MediaCache verified (its cachedPath() or ready()): not hashed again.
    void setVerifiedMediaFile(const QString &assetId, const QString &path);

    virtual ReviewAnnotations annotations() const;
    // Why the item's media cannot be shown (missing, corrupt, unsupported), empty if it can.
    virtual QString mediaProblem() const;

    // Checks and decodes a file of an item about to be shown (the next ones in the queue) on a
    // worker, so that showItem() + setMediaFile() for it paint at once. Safe to call often.
    static void prefetchMedia(const MediaAsset &asset, const QString &path, MediaTrust trust = MediaTrust::Check);

    // The item shown, if any.
    const std::optional<ReviewItem> &item() const { return m_item; }
    // The pane for the item shown (ImagePane, VideoPane or CopyPane), null when none is.
    ItemPane *currentPane() const { return m_current; }
    // Makes the pane for `kind` before its first item is shown (when one is read ahead): a pane's
    // first construction (a media player's back end) is not paid between a decision and the next.
    void prepare(MediaKind kind) { paneFor(kind); }

signals:
    void annotationsChanged();
    // The media problem changed (found by a check, the player, or a failed fetch).
    void mediaProblemChanged(const QString &problem);

protected:
    std::optional<ReviewItem> m_item;
    std::optional<Product> m_product;
    QString m_mediaProblem;

private:
    ItemPane *paneFor(MediaKind kind);
    void adopt(ItemPane *pane);

    QStackedLayout *m_stack = nullptr;
    QWidget *m_empty = nullptr;
    ImagePane *m_image = nullptr;
    VideoPane *m_video = nullptr;
    CopyPane *m_copy = nullptr;
    ItemPane *m_current = nullptr;
};

} // namespace wk
