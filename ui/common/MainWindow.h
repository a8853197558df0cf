#pragma once

#include "common/ConnectionSettings.h"
#include "common/Desk.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;

namespace wk {

class Desk;
class DeskSwitcher;
class Workspace;

// The console's frame. It only composes: desks in a stack, the switcher on the left, the menus and
// the status bar. Everything a desk shows belongs to the desk.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Which platform the window talks to; shown in the title and the status bar.
    enum class PlatformMode { NotConnected, Demo, Remote };
    Q_ENUM(PlatformMode)

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void addDesk(std::unique_ptr<Desk> desk);
    // Hands the workspace (cache, command queue, sync news) to every desk, present and future.
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }
    int deskCount() const;
    Desk *desk(int index) const;
    int currentDeskIndex() const;
    Desk *currentDesk() const;
    void setCurrentDesk(int index);
    // Switches to the desk with this key (Desk::key) and applies the filter; false if no such desk.
    bool openDesk(const QString &key, const DeskFilter &filter = {});
    void showNextDesk();
    void showPreviousDesk();

    void setPlatformMode(PlatformMode mode);
    PlatformMode platformMode() const;
    QString connectionStatusText() const;

    const ConnectionSettings &connectionSettings() const;
    void setConnectionSettings(const ConnectionSettings &settings);

    // Window geometry and the last desk. Separate from the constructor so that screenshots and
    // tests can start from a known state.
    void restoreSettings();
    void saveSettings() const;
    // File → Export/Import Settings… without the file dialog (SettingsTransfer.h). Return an empty
    // string or the sentence for the user; an import is applied at once.
    QString exportSettingsTo(const QString &path) const;
    QString importSettingsFrom(const QString &path);

    // Every action that has a shortcut, in menu order: the Keyboard shortcuts dialog lists these.
    QList<QAction *> shortcutActions() const;

signals:
    void currentDeskChanged(int index);
    // The user changed the connection in the settings dialog (the token included): the console
    // stores the token and (re)starts the sync.
    void connectionSettingsEdited(const wk::ConnectionSettings &settings);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void addDeskAction(int index, const Desk &desk);
    void updateWindowTitle();
    void updateStatus();
    void openSettings();
    void showAbout();
    void chooseExportFile();
    void chooseImportFile();
    void showShortcuts();

    QStackedWidget *m_stack = nullptr;
    DeskSwitcher *m_switcher = nullptr;
    QLabel *m_connectionIndicator = nullptr;
    QLabel *m_connectionStatus = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_deskSeparator = nullptr;
    QActionGroup *m_deskActions = nullptr;
    QList<QAction *> m_shortcutActions;
    PlatformMode m_mode = PlatformMode::NotConnected;
    ConnectionSettings m_connection;
    Workspace *m_workspace = nullptr;
};

} // namespace wk
