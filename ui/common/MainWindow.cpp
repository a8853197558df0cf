#include "common/MainWindow.h"

#include "common/AboutDialog.h"
#include "common/Desk.h"
#include "common/DeskSwitcher.h"
#include "common/SettingsDialog.h"
#include "common/SettingsTransfer.h"
#include "common/ShortcutsDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolButton>

Q_LOGGING_CATEGORY(lcMainWindow, "wk.ui.mainwindow")

namespace wk {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString lastDeskKey = QStringLiteral("window/lastDesk");
constexpr QSize defaultSize(1280, 800);
constexpr int maxNumberedDesks = 9;
constexpr int indicatorSize = 8;
constexpr int statusMessageMs = 8000;

// The platform's key for a standard action, or a common one where the platform defines none
// (desktops without a theme plugin have no Quit or Preferences key at all).
QKeySequence standardKey(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QKeySequence platform(key);
    return platform.isEmpty() ? fallback : platform;
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/watchkeeper.svg")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_switcher = new DeskSwitcher(central);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("desks"));
    // Desks sit on the base colour, the switcher on the window colour: content reads as the page.
    m_stack->setBackgroundRole(QPalette::Base);
    m_stack->setAutoFillBackground(true);
    layout->addWidget(m_switcher);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_switcher, &DeskSwitcher::deskRequested, this, &MainWindow::setCurrentDesk);

    // A coloured dot before the text: the state can be read at a glance, the text says which.
    m_connectionIndicator = new QLabel(this);
    m_connectionIndicator->setObjectName(QStringLiteral("connectionIndicator"));
    m_connectionIndicator->setFixedSize(indicatorSize, indicatorSize);
    m_connectionStatus = new QLabel(this);
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionStatus->setContentsMargins(0, 2, 6, 2);
    auto *status = new QWidget(this);
    auto *statusLayout = new QHBoxLayout(status);
    statusLayout->setContentsMargins(10, 0, 0, 0);
    statusLayout->setSpacing(6);
    statusLayout->addWidget(m_connectionIndicator);
    statusLayout->addWidget(m_connectionStatus);
    statusBar()->addWidget(status);
    statusBar()->setSizeGripEnabled(false);

    createMenus();
    updateWindowTitle();
    updateStatus();
    resize(defaultSize);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *settings = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(standardKey(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    settings->setMenuRole(QAction::PreferencesRole);
    QAction *exportAction = fileMenu->addAction(tr("&Export Settings…"), this, &MainWindow::chooseExportFile);
    exportAction->setObjectName(QStringLiteral("actionExportSettings"));
    QAction *importAction = fileMenu->addAction(tr("&Import Settings…"), this, &MainWindow::chooseImportFile);
    importAction->setObjectName(QStringLiteral("actionImportSettings"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(standardKey(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_deskActions = new QActionGroup(this);
    m_deskActions->setExclusive(true);
    m_deskSeparator = m_viewMenu->addSeparator();
    QAction *next = m_viewMenu->addAction(tr("&Next Desk"), this, &MainWindow::showNextDesk);
    next->setObjectName(QStringLiteral("actionNextDesk"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *previous = m_viewMenu->addAction(tr("&Previous Desk"), this, &MainWindow::showPreviousDesk);
    previous->setObjectName(QStringLiteral("actionPreviousDesk"));
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    shortcuts->setShortcut(standardKey(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(tr("&About Watchkeeper"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);

    m_shortcutActions = {settings, quit, next, previous, shortcuts};
}

void MainWindow::addDesk(std::unique_ptr<Desk> desk)
{
    Q_ASSERT(desk);
    const int index = m_stack->addWidget(desk.get());
    Desk &added = *desk.release(); // the stack owns it now
    m_switcher->addDesk(added.icon(), added.title(), added.summary());
    addDeskAction(index, added);
    added.setWorkspace(m_workspace);
    connect(&added, &Desk::openDeskRequested, this, &MainWindow::openDesk);
    if (index == 0)
        setCurrentDesk(0);
}

bool MainWindow::openDesk(const QString &key, const DeskFilter &filter)
{
    for (int i = 0; i < deskCount(); ++i) {
        if (desk(i)->key() == key) {
            setCurrentDesk(i);
            desk(i)->applyFilter(filter);
            return true;
        }
    }
    return false;
}

void MainWindow::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    for (int i = 0; i < deskCount(); ++i)
        desk(i)->setWorkspace(workspace);
}

void MainWindow::addDeskAction(int index, const Desk &desk)
{
    auto *action = new QAction(desk.icon(), desk.title(), m_deskActions);
    action->setObjectName(QStringLiteral("actionDesk_") + desk.key());
    action->setCheckable(true);
    action->setStatusTip(desk.summary());
    action->setData(index);
    if (index < maxNumberedDesks) {
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        // The switcher's buttons stay out of the Tab chain (Tab goes to the desk's content); their
        // keyboard way is this shortcut, which screen readers announce and the accessibility test accepts.
        if (QToolButton *button = m_switcher->button(index)) {
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            button->setProperty("keyboardAlternative", keys);
            button->setAccessibleDescription(tr("%1 Shortcut: %2").arg(desk.summary(), keys));
        }
        // Desk actions are grouped at the front of the shortcut list, in desk order.
        m_shortcutActions.insert(index, action);
    }
    connect(action, &QAction::triggered, this, [this, index] { setCurrentDesk(index); });
    m_viewMenu->insertAction(m_deskSeparator, action);
}

int MainWindow::deskCount() const { return m_stack->count(); }

Desk *MainWindow::desk(int index) const { return qobject_cast<Desk *>(m_stack->widget(index)); }

int MainWindow::currentDeskIndex() const { return m_stack->currentIndex(); }

Desk *MainWindow::currentDesk() const { return desk(currentDeskIndex()); }

void MainWindow::setCurrentDesk(int index)
{
    if (index < 0 || index >= deskCount())
        return;
    const bool changed = index != m_stack->currentIndex();
    m_stack->setCurrentIndex(index);
    m_switcher->setCurrentIndex(index);
    const auto actions = m_deskActions->actions();
    if (index < actions.size())
        actions.at(index)->setChecked(true);
    if (changed)
        emit currentDeskChanged(index);
}

void MainWindow::showNextDesk()
{
    if (deskCount() > 0)
        setCurrentDesk((currentDeskIndex() + 1) % deskCount());
}

void MainWindow::showPreviousDesk()
{
    if (deskCount() > 0)
        setCurrentDesk((currentDeskIndex() + deskCount() - 1) % deskCount());
}

void MainWindow::setPlatformMode(PlatformMode mode)
{
    m_mode = mode;
    updateWindowTitle();
    updateStatus();
}

MainWindow::PlatformMode MainWindow::platformMode() const { return m_mode; }

QString MainWindow::connectionStatusText() const { return m_connectionStatus->text(); }

const ConnectionSettings &MainWindow::connectionSettings() const { return m_connection; }

void MainWindow::setConnectionSettings(const ConnectionSettings &settings)
{
    m_connection = settings;
    if (m_mode != PlatformMode::Demo)
        m_mode = m_connection.platformUrl.isEmpty() ? PlatformMode::NotConnected : PlatformMode::Remote;
    updateWindowTitle();
    updateStatus();
}

void MainWindow::updateWindowTitle()
{
    switch (m_mode) {
    case PlatformMode::NotConnected:
        setWindowTitle(tr("Watchkeeper"));
        break;
    case PlatformMode::Demo:
        setWindowTitle(tr("Watchkeeper — Demo platform"));
        break;
    case PlatformMode::Remote:
        setWindowTitle(tr("Watchkeeper — %1").arg(m_connection.platformUrl.host()));
        break;
    }
}

void MainWindow::updateStatus()
{
    // A placeholder until the sync engine reports real state (pending, last pull, conflicts).
    QColor dot;
    switch (m_mode) {
    case PlatformMode::NotConnected:
        m_connectionStatus->setText(tr("Not connected"));
        m_connectionStatus->setToolTip(tr("Choose File → Settings… to enter the platform's address."));
        dot = QColor(0x9a, 0xa5, 0xb1); // slate grey: nothing is wrong, nothing is happening
        break;
    case PlatformMode::Demo:
        m_connectionStatus->setText(tr("Demo platform"));
        m_connectionStatus->setToolTip(tr("A reference platform with generated data runs inside the "
                                          "console. Nothing you do here reaches the real shop."));
        dot = QColor(0xd0, 0x8c, 0x2b); // amber: real-looking, but not the real shop
        break;
    case PlatformMode::Remote:
        m_connectionStatus->setText(tr("Platform %1 — not synced yet").arg(m_connection.platformUrl.host()));
        m_connectionStatus->setToolTip(m_connection.platformUrl.toDisplayString());
        dot = palette().color(QPalette::Highlight);
        break;
    }
    m_connectionIndicator->setToolTip(m_connectionStatus->toolTip());
    m_connectionIndicator->setStyleSheet(QStringLiteral("QLabel { background: %1; border-radius: %2px; }")
                                             .arg(dot.name())
                                             .arg(indicatorSize / 2));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(defaultSize);
        if (const QScreen *s = screen())
            move(s->availableGeometry().center() - rect().center());
    }
    restoreState(settings.value(stateKey).toByteArray());

    const QString lastDesk = settings.value(lastDeskKey).toString();
    for (int i = 0; i < deskCount(); ++i) {
        if (desk(i)->key() == lastDesk) {
            setCurrentDesk(i);
            break;
        }
    }
    m_connection.load(settings);
    setConnectionSettings(m_connection);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    if (const Desk *d = currentDesk())
        settings.setValue(lastDeskKey, d->key());
}

QList<QAction *> MainWindow::shortcutActions() const { return m_shortcutActions; }

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_connection, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setConnectionSettings(dialog.settings());
    QSettings settings;
    m_connection.save(settings);
    qCInfo(lcMainWindow) << "platform set to" << m_connection.platformUrl.toDisplayString();
    emit connectionSettingsEdited(m_connection);
}

QString MainWindow::exportSettingsTo(const QString &path) const
{
    saveSettings(); // the file carries the current desk too
    QSettings settings;
    return exportSettings(settings, path);
}

QString MainWindow::importSettingsFrom(const QString &path)
{
    QSettings settings;
    const QString error = importSettings(settings, path);
    if (error.isEmpty())
        restoreSettings();
    return error;
}

void MainWindow::chooseExportFile()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("watchkeeper-settings.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Settings"), suggested,
                                                      tr("Watchkeeper settings (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = exportSettingsTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Settings"), error);
    else
        statusBar()->showMessage(tr("Settings exported to %1 (without tokens or window positions).")
                                     .arg(QDir::toNativeSeparators(path)), statusMessageMs);
}

void MainWindow::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Settings"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Watchkeeper settings (*.json)"));
    if (path.isEmpty())
        return;
    const QString error = importSettingsFrom(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Import Settings"), error);
    else
        statusBar()->showMessage(tr("Settings imported from %1.").arg(QDir::toNativeSeparators(path)),
                                 statusMessageMs);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcutActions(), this);
    dialog.exec();
}

} // namespace wk
