#pragma once
// The video item: real playback (Qt Multimedia), frame stepping (, .), a J/K/L shuttle, I/O marks
// and a loop over them, a timeline with thumbnails and the AI's suspect ranges, and the
// supervisor's tagged time ranges (M adds the marked range, [ ] jump between ranges, Shift+I /
// Shift+O move the selected range's ends to the playhead, Delete removes it).
#include "review/panes/ItemPane.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QMediaPlayer;
class QPushButton;
class QTimer;

namespace wk {

class MediaLoader;
class VideoSurface;
class VideoThumbnailer;
class VideoTimeline;
class VideoTransport;
struct MediaCheckResult;

class VideoPane : public ItemPane
{
    Q_OBJECT
public:
    explicit VideoPane(QWidget *parent = nullptr);
    ~VideoPane() override;

    void showItem(const ReviewItem &item, const std::optional<Product> &product) override;
    void clearItem() override;
    void setMediaFile(const QString &assetId, const QString &path, const QString &error, MediaTrust trust) override;
    ReviewAnnotations annotations() const override;

    // For the desk and the tests.
    bool isReady() const { return m_ready; }
    // The checked file handed to the player (empty until then).
    const QString &mediaPath() const { return m_path; }
    VideoTransport *transport() const { return m_transport; }
    bool isPlaying() const;
    int shuttleSpeed() const;   // negative: backwards; 0: paused
    qint64 position() const;
    qint64 frameDurationMs() const;
    std::optional<qint64> markIn() const;
    std::optional<qint64> markOut() const;
    bool loops() const;
    VideoTimeline *timeline() const { return m_timeline; }
    VideoSurface *surface() const { return m_surface; }
    QComboBox *tagBox() const { return m_tagBox; }

    void seek(qint64 ms);
    int addMarkedRange();
    void jumpToRange(int direction);

    // Words for why video cannot play here at all, empty if it can.
    static QString backendProblem();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *makeTransport();
    QWidget *makeRangeBar();
    void onChecked(const MediaCheckResult &result);
    void startThumbnails();
    // The base's banner, and the transport blocked with the sentence on the surface.
    void showProblem(const QString &problem);
    void refreshTime();
    void refreshRangeList();
    void refreshTransport();
    void applyTag();
    QString currentTagCode() const;
    bool handlesKey(const QKeyEvent *event) const;

    QMediaPlayer *m_player = nullptr;
    VideoSurface *m_surface = nullptr;
    VideoTimeline *m_timeline = nullptr;
    VideoThumbnailer *m_thumbnailer = nullptr;
    MediaLoader *m_loader = nullptr;
    VideoTransport *m_transport = nullptr;
    QTimer *m_loadWatchdog = nullptr;   // a file the backend never opens must still be said
    QLabel *m_title = nullptr;
    QLabel *m_time = nullptr;
    QPushButton *m_playButton = nullptr;
    QCheckBox *m_loopBox = nullptr;
    QComboBox *m_tagBox = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QListWidget *m_rangeList = nullptr;

    std::optional<ReviewItem> m_item;
    QString m_path;
    bool m_ready = false;
    bool m_thumbnailsAfterFrame = false;   // startThumbnails() at the first frame
};

} // namespace wk
