#include "overview/OverviewDesk.h"

#include "common/EmptyStateWidget.h"
#include "itemmodels/OverviewLoader.h"
#include "overview/NotificationCenter.h"
#include "overview/NotificationToast.h"
#include "overview/OverviewBoard.h"
#include "sync/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace wk {

namespace {
constexpr int kCoalesceMs = 1000;
constexpr int kTickMs = 60 * 1000;

QString waitingMessage()
{
    return OverviewDesk::tr("Queue depths, SLA clocks, the AI's error rates, throughput, exceptions and what the "
                            "guarantee costs will appear here once the console has synced.");
}
} // namespace

OverviewDesk::OverviewDesk(QWidget *parent) : Desk(parent), m_notifications(new NotificationCenter(this))
{
    setObjectName(QStringLiteral("overviewDesk"));
    m_empty = new EmptyStateWidget(icon(), tr("Nothing to overview yet"), waitingMessage(), connectHint(), this);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(createJournalBanner());
    contentLayout->addWidget(createToolbar());
    m_board = new OverviewBoard(content);
    auto *scroll = new QScrollArea(content);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidget(m_board);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    contentLayout->addWidget(scroll, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_board, &OverviewBoard::openRequested, this, &Desk::openDeskRequested);
    connect(m_notifications, &NotificationCenter::notified, this, &OverviewDesk::notify);
    connect(m_notifications, &NotificationCenter::openRequested, this, &Desk::openDeskRequested);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &OverviewDesk::refreshNow);
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &OverviewDesk::refreshNow);
}

OverviewDesk::~OverviewDesk() = default;

QString OverviewDesk::key() const { return QStringLiteral("overview"); }

QString OverviewDesk::title() const { return tr("Overview"); }

QString OverviewDesk::summary() const
{
    return tr("What needs attention now: queues, SLA clocks, AI error rates, exceptions and the guarantee's cost.");
}

QIcon OverviewDesk::icon() const { return QIcon(QStringLiteral(":/icons/overview.svg")); }

QWidget *OverviewDesk::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(16, 8, 16, 0);
    m_updated = new QLabel(bar);
    m_updated->setObjectName(QStringLiteral("overviewUpdated"));
    layout->addWidget(m_updated, 1);

    m_muteButton = new QToolButton(bar);
    m_muteButton->setObjectName(QStringLiteral("overviewNotifications"));
    m_muteButton->setText(tr("Notifications"));
    m_muteButton->setAccessibleName(tr("Choose which notifications to show"));
    m_muteButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_muteButton);
    for (const QString &kind : NotificationCenter::kinds()) {
        QAction *action = menu->addAction(NotificationCenter::kindName(kind));
        action->setObjectName(QStringLiteral("notify_") + kind);
        action->setCheckable(true);
        action->setChecked(!NotificationCenter::isMuted(kind));
        connect(action, &QAction::toggled, this, [kind](bool on) { NotificationCenter::setMuted(kind, !on); });
    }
    m_muteButton->setMenu(menu);
    layout->addWidget(m_muteButton);

    auto *refresh = new QPushButton(tr("Refresh"), bar);
    refresh->setObjectName(QStringLiteral("overviewRefresh"));
    refresh->setAccessibleName(tr("Refresh the overview"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, this, &OverviewDesk::refreshNow);
    layout->addWidget(refresh);
    return bar;
}

QWidget *OverviewDesk::createJournalBanner()
{
    m_journalBanner = new QFrame(this);
    m_journalBanner->setObjectName(QStringLiteral("journalBanner"));
    m_journalBanner->setStyleSheet(QStringLiteral("#journalBanner { background: #fdecea; border-bottom: 2px solid #c0392b; }"
                                                  "#journalBanner QLabel { color: #611a15; }"));
    auto *layout = new QHBoxLayout(m_journalBanner);
    layout->setContentsMargins(16, 8, 16, 8);
    m_journalText = new QLabel(m_journalBanner);
    m_journalText->setWordWrap(true);
    m_journalText->setObjectName(QStringLiteral("journalBannerText"));
    auto *open = new QPushButton(tr("Open the journal"), m_journalBanner);
    open->setObjectName(QStringLiteral("journalBannerOpen"));
    open->setAccessibleName(tr("Open the decision journal"));
    connect(open, &QPushButton::clicked, this, [this] { emit openDeskRequested(QStringLiteral("journal"), {}); });
    layout->addWidget(m_journalText, 1);
    layout->addWidget(open);
    m_journalBanner->setVisible(false);
    return m_journalBanner;
}

void OverviewDesk::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    if (m_loader)
        m_loader->setClock(m_clock);
}

void OverviewDesk::workspaceChanged()
{
    delete m_loader;
    m_loader = nullptr;
    m_tick.stop();
    m_notifications->reset();
    Workspace *ws = workspace();
    if (!ws) {
        m_empty->setMessage(waitingMessage());
        m_empty->setHint(connectHint());
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_loader = new OverviewLoader(ws->cachePath(), this);
    if (m_clock)
        m_loader->setClock(m_clock);
    connect(m_loader, &OverviewLoader::loaded, this, &OverviewDesk::showSnapshot);
    connect(m_loader, &OverviewLoader::failed, this, [this](const QString &sentence) {
        m_updated->setText(tr("Could not read the cache: %1").arg(sentence));
    });
    connect(m_loader, &OverviewLoader::journalVerified, this, &OverviewDesk::showJournal);
    // A throttle, not a debounce: during a first sync cacheUpdated comes every 250 ms, and a timer
    // restarted each time would never fire — the Overview would stay empty until the sync ends.
    const auto soon = [this] {
        if (!m_coalesce.isActive())
            m_coalesce.start();
    };
    connect(ws, &Workspace::cacheUpdated, this, soon);
    connect(ws, &Workspace::outboxChanged, this, soon);
    m_tick.start();
    m_loader->refresh();
    // The start-up check of the journal's chain.
    m_loader->verifyJournal();
}

void OverviewDesk::refreshNow()
{
    if (m_loader)
        m_loader->refresh();
}

void OverviewDesk::showSnapshot(const OverviewSnapshot &read)
{
    OverviewSnapshot snapshot = read;
    if (const Workspace *ws = workspace()) {
        const SyncStatus &status = ws->status();
        snapshot.catchingUp = status.connection == SyncStatus::Connection::Syncing && !status.caughtUp;
    }
    m_stack->setCurrentIndex(snapshot.empty() ? 0 : 1);
    if (snapshot.empty()) {
        m_empty->setMessage(tr("The cache has no review items, orders or exceptions yet. They appear here as the "
                               "sync brings them."));
        m_empty->setHint({}); // connected already: how to connect is no help here
    }
    m_board->show(snapshot);
    m_updated->setText(tr("As of %1").arg(QLocale().toString(snapshot.at.toLocalTime().time(), QLocale::ShortFormat)));
    m_notifications->consider(snapshot);
    emit refreshed(snapshot);
}

void OverviewDesk::showJournal(const JournalVerification &result)
{
    m_journalBanner->setVisible(!result.ok());
    if (result.ok())
        return;
    m_journalText->setText(QStringLiteral("⚠ ") + result.message());
    m_journalText->setAccessibleName(m_journalText->text());
    m_notifications->raise({QLatin1String(NotificationCenter::kJournalBroken), tr("The decision journal is broken"),
                            result.message(), QStringLiteral("journal"), {}});
}

NotificationToast *OverviewDesk::toast() const { return m_toast; }

bool OverviewDesk::journalWarningShown() const { return !m_journalBanner->isHidden(); }

QString OverviewDesk::journalWarning() const { return m_journalText->text(); }

void OverviewDesk::notify(const Notification &notification)
{
    if (!m_toast && window()) {
        m_toast = new NotificationToast(window());
        connect(m_toast, &NotificationToast::openRequested, this, &Desk::openDeskRequested);
    }
    if (m_toast)
        m_toast->show(notification);
}

} // namespace wk
