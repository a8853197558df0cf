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
class ProblemBanner;
class VideoSurface;
class VideoThumbnailer;
class VideoTimeline;
struct MediaCheckResult;

class VideoPane : public ItemPane
{
    Q_OBJECT
public:
    explicit VideoPane(QWidget *parent = nullptr);
    ~VideoPane() override;

    void showItem(const ReviewItem &item, const std::optional<Product> &product) override;
    void clearItem() override;
    void setMediaFile(const QString &assetId, const QString &path, const QString &error) override;
    ReviewAnnotations annotations() const override;
    QString mediaProblem() const override { return m_problem; }

    // For the desk and the tests.
    bool isReady() const { return m_ready; }
    bool isPlaying() const;
    int shuttleSpeed() const { return m_shuttle; }   // negative: backwards; 0: paused
    qint64 position() const { return m_position; }
    qint64 frameDurationMs() const { return m_frameMs; }
    std::optional<qint64> markIn() const { return m_in; }
    std::optional<qint64> markOut() const { return m_out; }
    bool loops() const;
    VideoTimeline *timeline() const { return m_timeline; }
    VideoSurface *surface() const { return m_surface; }
    QComboBox *tagBox() const { return m_tagBox; }

    void seek(qint64 ms);
    void stepFrames(int frames);
    void shuttle(int direction);   // J = -1, L = +1: faster each press in the same direction
    void pause();
    void togglePlay();
    void setMarkIn();
    void setMarkOut();
    void setLoop(bool loop);
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
    void onPosition(qint64 ms);
    void onReverseTick();
    void setProblem(const QString &problem);
    void refreshTime();
    void refreshRangeList();
    void refreshMarks();
    void applyTag();
    QString currentTagCode() const;
    bool handlesKey(const QKeyEvent *event) const;

    QMediaPlayer *m_player = nullptr;
    VideoSurface *m_surface = nullptr;
    VideoTimeline *m_timeline = nullptr;
    VideoThumbnailer *m_thumbnailer = nullptr;
    MediaLoader *m_loader = nullptr;
    ProblemBanner *m_banner = nullptr;
    QTimer *m_reverse = nullptr;
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
    QString m_problem;
    bool m_ready = false;
    int m_shuttle = 0;
    qint64 m_position = 0;
    qint64 m_frameMs = 40;
    std::optional<qint64> m_in, m_out;
};

} // namespace wk
