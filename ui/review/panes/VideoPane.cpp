#include "review/panes/VideoPane.h"
#include "review/panes/ProblemBanner.h"

#include "review/panes/DefectTags.h"
#include "review/panes/MediaBackend.h"
#include "review/panes/MediaLoader.h"
#include "review/panes/VideoSurface.h"
#include "review/panes/VideoThumbnailer.h"
#include "review/panes/VideoTimeline.h"
#include "review/panes/VideoTransport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMediaDevices>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <QVideoSink>
#include <algorithm>
#include <numeric>

namespace wk {

namespace {
constexpr int kThumbnails = 12;
constexpr int kThumbHeight = 64;
constexpr int kLoadTimeoutMs = 10000;

QString clock(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    return QStringLiteral("%1:%2.%3")
        .arg(ms / 60000, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

// Transport buttons stay out of the Tab chain so that the keys stay with the pane; each names the
// key that does the same (what the accessibility audit asks of a control Tab does not reach).
QPushButton *button(const QString &text, const QString &accessible, const QString &tip, const QString &key,
                    QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAccessibleName(accessible);
    b->setToolTip(tip);
    b->setFocusPolicy(Qt::NoFocus);
    b->setProperty("keyboardAlternative", key);
    return b;
}
// The pane's player, on the backend chooseMediaBackend() picks (before the first player exists).
QMediaPlayer *newPlayer(QObject *parent)
{
    chooseMediaBackend();
    return new QMediaPlayer(parent);
}
} // namespace

QString VideoPane::backendProblem()
{
    // A player without a backend says so through isAvailable(); asking costs one QMediaPlayer.
    static const bool available = [] {
        chooseMediaBackend();
        return QMediaPlayer().isAvailable();
    }();
    if (available)
        return {};
    return tr("Video cannot be played on this computer: Qt Multimedia found no media backend. Install "
              "the GStreamer plugins (base, good, libav) or Qt's FFmpeg plugin, then restart Watchkeeper.");
}

VideoPane::VideoPane(QWidget *parent)
    : ItemPane(parent), m_player(newPlayer(this)), m_surface(new VideoSurface(this)),
      m_timeline(new VideoTimeline(this)), m_thumbnailer(new VideoThumbnailer(this)), m_loader(new MediaLoader(this)),
      m_transport(new VideoTransport(m_player, this)), m_loadWatchdog(new QTimer(this))
{
    setAccessibleName(tr("Video review"));
    setFocusPolicy(Qt::StrongFocus);
    m_surface->setAccessibleName(tr("Video"));
    m_timeline->setAccessibleName(tr("Video timeline"));
    m_timeline->setTagLabeler(&DefectTags::label);
    m_player->setVideoSink(m_surface->sink());
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);

    auto *ranges = new QWidget(this);
    auto *rangesLayout = new QVBoxLayout(ranges);
    rangesLayout->setContentsMargins(0, 0, 0, 0);
    auto *rangesTitle = new QLabel(tr("Time ranges"), ranges);
    rangesTitle->setFont(f);
    m_rangeList = new QListWidget(ranges);
    m_rangeList->setAccessibleName(tr("Time ranges on the video"));
    m_rangeList->setFocusPolicy(Qt::StrongFocus);
    m_rangeList->setWordWrap(true);
    rangesTitle->setBuddy(m_rangeList);
    rangesLayout->addWidget(rangesTitle);
    rangesLayout->addWidget(m_rangeList, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_surface);
    split->addWidget(ranges);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(problemBanner());
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
    layout->addWidget(m_timeline);
    layout->addWidget(makeTransport());
    layout->addWidget(makeRangeBar());

    m_loadWatchdog->setSingleShot(true);
    m_loadWatchdog->setInterval(kLoadTimeoutMs);
    connect(m_loadWatchdog, &QTimer::timeout, this, [this] {
        if (m_item && m_item->media && !m_ready)
            showProblem(MediaCheck::undecodableSentence(
                m_item->media->id, tr("the player did not open it within %1 seconds").arg(kLoadTimeoutMs / 1000)));
    });
    connect(m_loader, &MediaLoader::checked, this, &VideoPane::onChecked);
    connect(m_transport, &VideoTransport::positionChanged, this, [this](qint64 ms) {
        m_timeline->setPosition(ms);
        refreshTime();
    });
    connect(m_transport, &VideoTransport::stateChanged, this, &VideoPane::refreshTransport);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (ms > 0) {
            m_transport->setDuration(ms);
            m_timeline->setDuration(ms);
        }
        refreshTime();
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (!m_item || !m_item->media || m_path.isEmpty())
            return;
        if (status == QMediaPlayer::InvalidMedia || status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia)
            m_loadWatchdog->stop();
        if (status == QMediaPlayer::InvalidMedia) {
            showProblem(MediaCheck::undecodableSentence(m_item->media->id, m_player->errorString().isEmpty()
                                                                              ? tr("the player rejected it")
                                                                              : m_player->errorString()));
        } else if (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia) {
            const double fps = m_player->metaData().value(QMediaMetaData::VideoFrameRate).toDouble();
            if (fps >= 1 && fps <= 240)
                m_transport->setFrameDuration(qint64(1000.0 / fps + 0.5));
            m_ready = true;
            refreshTime();
        }
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error, const QString &text) {
        if (error == QMediaPlayer::NoError || !m_item || !m_item->media || m_path.isEmpty())
            return;
        m_loadWatchdog->stop();
        showProblem(error == QMediaPlayer::FormatError
                       ? MediaCheck::unsupportedSentence(m_item->media->id, text)
                       : MediaCheck::undecodableSentence(m_item->media->id, text));
    });
    connect(m_surface, &VideoSurface::frameShown, this, &VideoPane::startThumbnails);
    connect(m_timeline, &VideoTimeline::seekRequested, this, &VideoPane::seek);
    connect(m_timeline, &VideoTimeline::rangesChanged, this, [this] {
        refreshRangeList();
        emit annotationsChanged();
    });
    connect(m_timeline, &VideoTimeline::selectionChanged, this, [this](int index) {
        m_deleteButton->setEnabled(index >= 0);
        if (index >= 0) {
            const QSignalBlocker blocker(m_tagBox);
            const QString tag = m_timeline->ranges().at(index).range.tag;
            const int known = m_tagBox->findData(tag);
            if (known >= 0)
                m_tagBox->setCurrentIndex(known);
            else
                m_tagBox->setEditText(tag);
        }
        const QSignalBlocker blocker(m_rangeList);
        m_rangeList->setCurrentRow(index);
    });
    connect(m_rangeList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_timeline->setSelectedIndex(row);
        if (row >= 0)
            seek(m_timeline->ranges().at(row).range.startMs);
    });
    connect(m_thumbnailer, &VideoThumbnailer::thumbnail, m_timeline, &VideoTimeline::setThumbnail);
    clearItem();
}

VideoPane::~VideoPane()
{
    m_transport->pause();
    m_loadWatchdog->stop();
    m_thumbnailer->stop();
    m_player->stop();
}

QWidget *VideoPane::makeTransport()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *back = button(tr("◀◀"), tr("Play backwards"), tr("Play backwards; again for faster (J)"), QStringLiteral("J"), bar);
    auto *stepBack = button(tr("◀|"), tr("Previous frame"), tr("One frame back (,)"), QStringLiteral(","), bar);
    m_playButton = button(tr("Play"), tr("Play or pause"), tr("Play or pause (Space; K pauses)"), QStringLiteral("Space"), bar);
    auto *stepForward = button(tr("|▶"), tr("Next frame"), tr("One frame forward (.)"), QStringLiteral("."), bar);
    auto *forward = button(tr("▶▶"), tr("Play forwards"), tr("Play forwards; again for faster (L)"), QStringLiteral("L"), bar);
    auto *in = button(tr("In"), tr("Mark in"), tr("Mark the start of a range here (I)"), QStringLiteral("I"), bar);
    auto *out = button(tr("Out"), tr("Mark out"), tr("Mark the end of a range here (O)"), QStringLiteral("O"), bar);
    m_loopBox = new QCheckBox(tr("Loop in–out"), bar);
    m_loopBox->setAccessibleName(tr("Loop between the in and out marks"));
    m_loopBox->setToolTip(tr("Play the marked range over and over (Shift+L)"));
    m_loopBox->setFocusPolicy(Qt::NoFocus);
    m_loopBox->setProperty("keyboardAlternative", QStringLiteral("Shift+L"));
    m_time = new QLabel(bar);
    m_time->setAccessibleName(tr("Playback position"));
    m_time->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(back, &QPushButton::clicked, m_transport, [this] { m_transport->shuttle(-1); });
    connect(stepBack, &QPushButton::clicked, m_transport, [this] { m_transport->stepFrames(-1); });
    connect(m_playButton, &QPushButton::clicked, m_transport, &VideoTransport::togglePlay);
    connect(stepForward, &QPushButton::clicked, m_transport, [this] { m_transport->stepFrames(1); });
    connect(forward, &QPushButton::clicked, m_transport, [this] { m_transport->shuttle(1); });
    connect(in, &QPushButton::clicked, m_transport, &VideoTransport::setMarkIn);
    connect(out, &QPushButton::clicked, m_transport, &VideoTransport::setMarkOut);
    connect(m_loopBox, &QCheckBox::toggled, m_transport, &VideoTransport::setLoop);
    for (QWidget *w : std::initializer_list<QWidget *>{back, stepBack, m_playButton, stepForward, forward, in, out, m_loopBox})
        row->addWidget(w);
    row->addWidget(m_time, 1);
    return bar;
}

QWidget *VideoPane::makeRangeBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *add = button(tr("Add range"), tr("Add range"), tr("Add the range between the in and out marks (M)"), QStringLiteral("M"), bar);
    auto *tagLabel = new QLabel(tr("Defect tag:"), bar);
    m_tagBox = new QComboBox(bar);
    m_tagBox->setEditable(true);
    m_tagBox->setInsertPolicy(QComboBox::NoInsert);
    m_tagBox->setAccessibleName(tr("Defect tag"));
    m_tagBox->lineEdit()->setAccessibleName(tr("Defect tag"));
    m_tagBox->view()->setAccessibleName(tr("Defect tags"));
    m_tagBox->setFocusPolicy(Qt::StrongFocus);
    m_tagBox->setToolTip(tr("The tag of the selected range and of new ones; type your own for a defect not in the list"));
    for (const DefectTags::Tag &tag : DefectTags::forKind(MediaKind::Video))
        m_tagBox->addItem(tag.label, tag.code);
    tagLabel->setBuddy(m_tagBox);
    connect(m_tagBox, &QComboBox::currentIndexChanged, this, &VideoPane::applyTag);
    connect(m_tagBox->lineEdit(), &QLineEdit::editingFinished, this, &VideoPane::applyTag);
    m_deleteButton = button(tr("Delete range"), tr("Delete range"), tr("Delete the selected range (Delete)"), QStringLiteral("Delete"), bar);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { m_timeline->removeRange(m_timeline->selectedIndex()); });
    auto *previous = button(tr("Previous range"), tr("Previous range"), tr("Jump to the previous range ([)"), QStringLiteral("["), bar);
    auto *next = button(tr("Next range"), tr("Next range"), tr("Jump to the next range (])"), QStringLiteral("]"), bar);
    connect(add, &QPushButton::clicked, this, &VideoPane::addMarkedRange);
    connect(previous, &QPushButton::clicked, this, [this] { jumpToRange(-1); });
    connect(next, &QPushButton::clicked, this, [this] { jumpToRange(1); });
    for (QWidget *w : std::initializer_list<QWidget *>{add, tagLabel, m_tagBox, m_deleteButton, previous, next})
        row->addWidget(w);
    row->addStretch(1);
    return bar;
}

void VideoPane::showItem(const ReviewItem &item, const std::optional<Product> &product)
{
    Q_UNUSED(product)
    m_transport->pause();
    m_loadWatchdog->stop();
    m_loader->reset();
    m_thumbnailer->stop();
    m_player->stop();
    m_player->setSource(QUrl());
    m_item = item;
    m_path.clear();
    m_ready = false;
    m_thumbnailsAfterFrame = false;
    m_transport->reset(item.media ? item.media->durationMs : 0);
    m_surface->clearFrame();
    m_title->setText(item.media ? tr("Generated video — %1").arg(item.media->id) : tr("Generated video"));
    m_timeline->setDuration(item.media ? item.media->durationMs : 0);
    m_timeline->setThumbnailCount(0);
    QList<TimelineRange> ranges;
    for (const TimeRange &r : item.suspectRanges)
        ranges.append({r, true});
    m_timeline->setRanges(ranges);
    refreshRangeList();
    refreshTransport();
    const QString backend = backendProblem();
    if (!item.media)
        showProblem(MediaCheck::absentSentence());
    else if (!backend.isEmpty())
        showProblem(backend);
    else {
        showProblem({});
        m_surface->setMessage(tr("Loading %1…").arg(item.media->id), false);
    }
    applyTag();
    refreshTime();
}

void VideoPane::clearItem()
{
    m_transport->pause();
    m_loadWatchdog->stop();
    m_loader->reset();
    m_thumbnailer->stop();
    m_player->stop();
    m_player->setSource(QUrl());
    m_item.reset();
    m_path.clear();
    m_ready = false;
    m_thumbnailsAfterFrame = false;
    m_transport->reset(0);
    m_surface->clearFrame();
    m_surface->setMessage(tr("No item selected."), false);
    m_timeline->setRanges({});
    m_timeline->setThumbnailCount(0);
    m_timeline->setDuration(0);
    showProblem({});
    refreshRangeList();
    refreshTime();
}

void VideoPane::setMediaFile(const QString &assetId, const QString &path, const QString &error, MediaTrust trust)
{
    if (!m_item || !m_item->media || m_item->media->id != assetId)
        return;   // the source photo is not shown beside a video
    if (path.isEmpty()) {
        showProblem(unavailableSentence(assetId, error));
        return;
    }
    if (!backendProblem().isEmpty())
        return;
    m_loader->load(*m_item->media, path, false, trust);
}

void VideoPane::onChecked(const MediaCheckResult &result)
{
    if (!m_item || !m_item->media || result.assetId != m_item->media->id)
        return;
    if (!result.problem.isEmpty())
        return showProblem(result.problem);
    m_path = result.path;
    m_player->setSource(QUrl::fromLocalFile(result.path));
    m_player->pause();   // shows the first frame
    m_loadWatchdog->start();
    // The timeline's thumbnails wait for the first frame: a second decoder running through the
    // same file at four times the speed would take the CPU the first frame needs (two cores).
    m_thumbnailsAfterFrame = m_item->media->durationMs > 0;
}

void VideoPane::startThumbnails()
{
    if (!m_thumbnailsAfterFrame || !m_item || !m_item->media || m_path.isEmpty())
        return;
    m_thumbnailsAfterFrame = false;
    m_timeline->setThumbnailCount(kThumbnails);
    m_thumbnailer->start(m_path, kThumbnails, m_item->media->durationMs, kThumbHeight);
}

void VideoPane::showProblem(const QString &problem)
{
    m_transport->setBlocked(!problem.isEmpty());
    if (!problem.isEmpty())
        m_surface->setMessage(problem, true);
    setProblem(problem);
}

ReviewAnnotations VideoPane::annotations() const
{
    ReviewAnnotations annotations;
    for (const TimelineRange &r : m_timeline->ranges())
        annotations.ranges.append(r.range);
    return annotations;
}

bool VideoPane::isPlaying() const { return m_transport->speed() != 0; }
int VideoPane::shuttleSpeed() const { return m_transport->speed(); }
qint64 VideoPane::position() const { return m_transport->position(); }
qint64 VideoPane::frameDurationMs() const { return m_transport->frameDurationMs(); }
std::optional<qint64> VideoPane::markIn() const { return m_transport->markIn(); }
std::optional<qint64> VideoPane::markOut() const { return m_transport->markOut(); }
bool VideoPane::loops() const { return m_transport->loops(); }
void VideoPane::seek(qint64 ms) { m_transport->seek(ms); }

int VideoPane::addMarkedRange()
{
    TimeRange range;
    const qint64 duration = m_timeline->duration();
    // Without marks, a second from the playhead: quick to add, then adjust.
    const qint64 position = m_transport->position();
    range.startMs = m_transport->markIn().value_or(position);
    range.endMs = m_transport->markOut().value_or(std::min(range.startMs + 1000, duration > 0 ? duration : range.startMs + 1000));
    if (range.endMs <= range.startMs)
        range.endMs = range.startMs + m_transport->frameDurationMs();
    range.tag = currentTagCode();
    return m_timeline->addRange(range);
}

void VideoPane::jumpToRange(int direction)
{
    const QList<TimelineRange> ranges = m_timeline->ranges();
    if (ranges.isEmpty())
        return;
    const qint64 position = m_transport->position();
    QList<int> order(ranges.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&ranges](int a, int b) { return ranges.at(a).range.startMs < ranges.at(b).range.startMs; });
    int target = -1;
    if (direction > 0) {
        for (int i : order)
            if (ranges.at(i).range.startMs > position) {
                target = i;
                break;
            }
        if (target < 0)
            target = order.first();
    } else {
        for (auto it = order.crbegin(); it != order.crend(); ++it)
            if (ranges.at(*it).range.startMs < position) {
                target = *it;
                break;
            }
        if (target < 0)
            target = order.last();
    }
    m_transport->pause();
    m_timeline->setSelectedIndex(target);
    seek(ranges.at(target).range.startMs);
}

QString VideoPane::currentTagCode() const
{
    const QString text = m_tagBox->currentText();
    const int index = m_tagBox->findText(text);
    return index >= 0 ? m_tagBox->itemData(index).toString() : DefectTags::codeFor(text, MediaKind::Video);
}

void VideoPane::applyTag()
{
    m_timeline->setRangeTag(m_timeline->selectedIndex(), currentTagCode());
}

void VideoPane::refreshTransport()
{
    const QSignalBlocker blocker(m_loopBox);
    m_loopBox->setChecked(m_transport->loops());
    m_timeline->setMarks(m_transport->markIn(), m_transport->markOut());
    refreshTime();
}

void VideoPane::refreshTime()
{
    const int shuttle = m_transport->speed();
    const qint64 position = m_transport->position(), frame = m_transport->frameDurationMs();
    const std::optional<qint64> in = m_transport->markIn(), out = m_transport->markOut();
    const QString speed = shuttle > 0   ? tr("playing %1×").arg(shuttle)
                          : shuttle < 0 ? tr("playing backwards %1×").arg(-shuttle)
                                        : tr("paused");
    QString text = tr("%1 / %2 · frame %3 · %4")
                       .arg(clock(position), clock(m_timeline->duration()))
                       .arg(frame > 0 ? position / frame + 1 : 0)
                       .arg(speed);
    if (in || out)
        text += tr(" · in %1, out %2").arg(in ? clock(*in) : tr("—"), out ? clock(*out) : tr("—"));
    m_time->setText(text);
    m_playButton->setText(shuttle != 0 ? tr("Pause") : tr("Play"));
}

void VideoPane::refreshRangeList()
{
    const QSignalBlocker blocker(m_rangeList);
    m_rangeList->clear();
    const QList<TimelineRange> ranges = m_timeline->ranges();
    for (int i = 0; i < ranges.size(); ++i) {
        const TimelineRange &r = ranges.at(i);
        const QString tag = r.range.tag.isEmpty() ? tr("untagged") : DefectTags::label(r.range.tag);
        const QString span = tr("%1 – %2").arg(clock(r.range.startMs), clock(r.range.endMs));
        m_rangeList->addItem(r.fromAi ? tr("%1 · %2 · %3 · suspected by the AI").arg(i + 1).arg(span, tag)
                                      : tr("%1 · %2 · %3 · yours").arg(i + 1).arg(span, tag));
    }
    m_rangeList->setCurrentRow(m_timeline->selectedIndex());
    m_deleteButton->setEnabled(m_timeline->selectedIndex() >= 0);
}

bool VideoPane::handlesKey(const QKeyEvent *event) const
{
    switch (event->key()) {
    case Qt::Key_Space: case Qt::Key_J: case Qt::Key_K: case Qt::Key_L: case Qt::Key_Comma:
    case Qt::Key_Period: case Qt::Key_I: case Qt::Key_O: case Qt::Key_M: case Qt::Key_Delete:
    case Qt::Key_Backspace: case Qt::Key_BracketLeft: case Qt::Key_BracketRight: case Qt::Key_Home:
    case Qt::Key_End:
        return !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    default:
        return false;
    }
}

bool VideoPane::event(QEvent *event)
{
    // Our keys win over the desk's shortcuts while the video has the focus.
    if (event->type() == QEvent::ShortcutOverride && handlesKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return ItemPane::event(event);
}

void VideoPane::keyPressEvent(QKeyEvent *event)
{
    if (!handlesKey(event))
        return ItemPane::keyPressEvent(event);
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const int selected = m_timeline->selectedIndex();
    switch (event->key()) {
    case Qt::Key_Space: m_transport->togglePlay(); break;
    case Qt::Key_J: m_transport->shuttle(-1); break;
    case Qt::Key_K: m_transport->pause(); break;
    case Qt::Key_L:
        if (shift)
            m_transport->setLoop(!m_transport->loops());
        else
            m_transport->shuttle(1);
        break;
    case Qt::Key_Comma: m_transport->stepFrames(-1); break;
    case Qt::Key_Period: m_transport->stepFrames(1); break;
    case Qt::Key_I:
        if (shift && selected >= 0)
            m_timeline->setRangeBounds(selected, m_transport->position(), m_timeline->ranges().at(selected).range.endMs);
        else
            m_transport->setMarkIn();
        break;
    case Qt::Key_O:
        if (shift && selected >= 0)
            m_timeline->setRangeBounds(selected, m_timeline->ranges().at(selected).range.startMs, m_transport->position());
        else
            m_transport->setMarkOut();
        break;
    case Qt::Key_M: addMarkedRange(); break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace: m_timeline->removeRange(selected); break;
    case Qt::Key_BracketLeft: jumpToRange(-1); break;
    case Qt::Key_BracketRight: jumpToRange(1); break;
    case Qt::Key_Home: m_transport->pause(); seek(0); break;
    case Qt::Key_End: m_transport->pause(); seek(m_transport->duration()); break;
    default: break;
    }
    event->accept();
}

} // namespace wk
