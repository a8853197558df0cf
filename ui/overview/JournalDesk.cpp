#include "overview/JournalDesk.h"

#include "common/ClearButton.h"
#include "common/EmptyStateWidget.h"
#include "itemmodels/JournalModel.h"
#include "storage/JournalExport.h"
#include "sync/Workspace.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace wk {

namespace {
constexpr int kDebounceMs = 250;
const QStringList kEvents{QStringLiteral("enqueued"), QStringLiteral("undone"),    QStringLiteral("applied"),
                          QStringLiteral("duplicate"), QStringLiteral("conflict"), QStringLiteral("rejected"),
                          QStringLiteral("dismissed"), QStringLiteral("reveal"),   QStringLiteral("resync")};
} // namespace

JournalDesk::JournalDesk(QWidget *parent) : Desk(parent)
{
    setObjectName(QStringLiteral("journalDesk"));
    m_empty = new EmptyStateWidget(icon(), tr("No journal yet"),
                                   tr("Every decision, command outcome, conflict resolution and personal-data reveal "
                                      "is recorded here, chained so that no entry can be changed unnoticed."),
                                   connectHint(), this);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(createToolbar());
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setAccessibleName(tr("Journal entries, newest first"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    m_count = new QLabel(content);
    layout->addWidget(m_count);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &JournalDesk::reload);
}

JournalDesk::~JournalDesk() = default;

QWidget *JournalDesk::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_search->setPlaceholderText(tr("Search: item, order, command, reason…"));
    m_search->setAccessibleName(tr("Search the journal"));
    enableClearButton(*m_search);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    m_event = new QComboBox(bar);
    m_event->setObjectName(QStringLiteral("journalEvent"));
    m_event->setAccessibleName(tr("Show only this kind of entry"));
    m_event->addItem(tr("Every kind of entry"), QString());
    for (const QString &event : kEvents)
        m_event->addItem(JournalModel::eventText(event), event);
    m_event->view()->setAccessibleName(m_event->accessibleName());   // its popup list is read out too
    connect(m_event, &QComboBox::currentIndexChanged, this, &JournalDesk::reload);
    m_actor = new QLineEdit(bar);
    m_actor->setObjectName(QStringLiteral("journalActor"));
    m_actor->setPlaceholderText(tr("Supervisor"));
    m_actor->setAccessibleName(tr("Show only this supervisor's entries"));
    enableClearButton(*m_actor);
    connect(m_actor, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    auto *csv = new QPushButton(tr("Export CSV…"), bar);
    csv->setObjectName(QStringLiteral("journalExportCsv"));
    csv->setAccessibleName(tr("Export the whole journal as CSV"));
    connect(csv, &QPushButton::clicked, this, [this] { chooseExport(Format::Csv); });
    auto *json = new QPushButton(tr("Export JSON…"), bar);
    json->setObjectName(QStringLiteral("journalExportJson"));
    json->setAccessibleName(tr("Export the whole journal as JSON"));
    connect(json, &QPushButton::clicked, this, [this] { chooseExport(Format::Json); });
    auto *verify = new QPushButton(tr("Verify"), bar);
    verify->setObjectName(QStringLiteral("journalVerify"));
    verify->setAccessibleName(tr("Verify the journal's hash chain"));
    connect(verify, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->verify();
    });
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("journalStatus"));
    layout->addWidget(m_search, 3);
    layout->addWidget(m_event, 1);
    layout->addWidget(m_actor, 1);
    layout->addWidget(csv);
    layout->addWidget(json);
    layout->addWidget(verify);
    auto *column = new QWidget(this);
    auto *v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(bar);
    v->addWidget(m_status);
    return column;
}

QString JournalDesk::key() const { return QStringLiteral("journal"); }

QString JournalDesk::title() const { return tr("Journal"); }

QString JournalDesk::summary() const
{
    return tr("Every decision and its outcome, who made it and what the AI suggested; tamper-evident.");
}

QIcon JournalDesk::icon() const { return QIcon(QStringLiteral(":/icons/journal.svg")); }

void JournalDesk::applyFilter(const DeskFilter &filter)
{
    const QSignalBlocker a(m_search), b(m_event), c(m_actor);
    m_search->setText(filter.value(QStringLiteral("search")).toString());
    m_actor->setText(filter.value(QStringLiteral("actor")).toString());
    const int index = m_event->findData(filter.value(QStringLiteral("event")).toString());
    m_event->setCurrentIndex(std::max(0, index));
    reload();
}

void JournalDesk::workspaceChanged()
{
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    Workspace *ws = workspace();
    if (!ws) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentIndex(1);
    m_model = new JournalModel(ws->cachePath(), this);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(JournalModel::At, 140);
    m_table->setColumnWidth(JournalModel::Actor, 90);
    m_table->setColumnWidth(JournalModel::Event, 170);
    m_table->setColumnWidth(JournalModel::Subject, 240);
    m_table->setColumnWidth(JournalModel::Suggestion, 260);
    connect(m_model, &JournalModel::loaded, this, [this](int rows) {
        m_count->setText(tr("%Ln entries shown (newest first, at most 5,000)", nullptr, rows));
    });
    connect(m_model, &JournalModel::failed, this, [this](const QString &s) { m_count->setText(s); });
    connect(m_model, &JournalModel::verified, this, &JournalDesk::showVerification);
    // New data throttles (a sync reports pages every 250 ms and would keep a restarted timer from
    // ever firing); only typing debounces.
    const auto soon = [this] {
        if (!m_debounce.isActive())
            m_debounce.start();
    };
    connect(ws, &Workspace::outboxChanged, this, soon);
    connect(ws, &Workspace::cacheUpdated, this, soon);
    reload();
    m_model->verify();
}

void JournalDesk::reload()
{
    if (!m_model)
        return;
    JournalQuery q;
    q.text = m_search->text().trimmed();
    q.actor = m_actor->text().trimmed();
    q.event = m_event->currentData().toString();
    m_model->setQuery(q);
}

void JournalDesk::showVerification(const JournalVerification &result, const QString &error)
{
    if (!error.isEmpty())
        m_status->setText(tr("⚠ The journal could not be checked: %1").arg(error));
    else
        m_status->setText((result.ok() ? QStringLiteral("✔ ") : QStringLiteral("⚠ ")) + result.message());
    m_status->setStyleSheet(result.ok() && error.isEmpty() ? QString()
                                                           : QStringLiteral("QLabel { color: #a61b1b; font-weight: bold; }"));
    m_status->setAccessibleName(m_status->text());
    emit verified(result);
}

QString JournalDesk::verificationText() const { return m_status->text(); }

void JournalDesk::chooseExport(Format format)
{
    const bool csv = format == Format::Csv;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the journal"), csv ? QStringLiteral("journal.csv") : QStringLiteral("journal.json"),
        csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (!path.isEmpty())
        exportTo(path, format);
}

void JournalDesk::exportTo(const QString &path, Format format)
{
    if (!m_model) {
        emit exported(path, tr("There is no journal to export until the console has a cache."));
        return;
    }
    auto *context = new QObject(this);
    connect(m_model, &JournalModel::allEntries, context, [this, context, path, format](const QList<JournalEntry> &entries,
                                                                                      const QString &error) {
        context->deleteLater();
        QString problem = error;
        if (problem.isEmpty()) {
            QSaveFile file(path);
            const QByteArray bytes = format == Format::Csv ? journalexport::toCsv(entries) : journalexport::toJson(entries);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                problem = tr("Could not write %1: %2").arg(path, file.errorString());
        }
        m_count->setText(problem.isEmpty() ? tr("Exported to %1: %2").arg(path, tr("%Ln entries", nullptr, int(entries.size())))
                                           : problem);
        emit exported(path, problem);
    });
    m_model->fetchAll();
}

} // namespace wk
