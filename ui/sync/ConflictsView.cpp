#include "sync/ConflictsView.h"

#include "common/EmptyStateWidget.h"
#include "itemmodels/ConflictListModel.h"
#include "sync/CommandQueue.h"
#include "sync/ConflictDiff.h"
#include "sync/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wk {

ConflictsView::ConflictsView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("conflictsView"));
    m_model = new ConflictListModel(this);

    m_title = new QLabel(tr("Conflicts and rejections"), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setAccessibleName(tr("Conflicts and rejections"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ConflictListModel::ProblemColumn, QHeaderView::Stretch);

    m_empty = new EmptyStateWidget(QIcon(QStringLiteral(":/icons/sync.svg")), tr("Nothing needs you"),
                                   tr("When the platform answers a decision with a conflict or a rejection, it "
                                      "waits here until you settle it."),
                                   {}, this);
    m_empty->setObjectName(QStringLiteral("conflictsEmpty"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("conflictProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    m_fields = new QTableWidget(0, 4, this);
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_fields->setAccessibleName(tr("Theirs beside mine, field by field"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Theirs (the platform now)"), tr("Mine (my command)"),
                                         tr("Compared")});
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    m_acceptTheirs = new QPushButton(tr("&Accept theirs"), this);
    m_acceptTheirs->setObjectName(QStringLiteral("acceptTheirs"));
    m_acceptTheirs->setAccessibleName(tr("Accept theirs"));
    m_acceptTheirs->setToolTip(tr("Keep the platform's version and drop my command (kept in the journal)."));
    m_resubmit = new QPushButton(tr("&Send mine again"), this);
    m_resubmit->setObjectName(QStringLiteral("resubmit"));
    m_resubmit->setAccessibleName(tr("Send mine again"));
    m_resubmit->setToolTip(tr("Send my command again under a new command id, against the platform's current "
                              "version."));
    m_discard = new QPushButton(tr("&Discard mine"), this);
    m_discard->setObjectName(QStringLiteral("discard"));
    m_discard->setAccessibleName(tr("Discard mine"));
    m_discard->setToolTip(tr("Drop my command without accepting anything (kept in the journal)."));
    connect(m_acceptTheirs, &QPushButton::clicked, this, &ConflictsView::acceptTheirs);
    connect(m_resubmit, &QPushButton::clicked, this, &ConflictsView::resubmit);
    connect(m_discard, &QPushButton::clicked, this, &ConflictsView::discard);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_acceptTheirs);
    buttons->addWidget(m_resubmit);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);

    // A plain box layout, not a splitter: the problem sentence wraps and keeps the height it needs.
    m_detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_list, 2);
    detailLayout->addWidget(m_problem);
    detailLayout->addWidget(m_fields, 3);
    detailLayout->addLayout(buttons);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("conflictOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_outcome);
    layout->addWidget(m_detail, 1);
    layout->addWidget(m_empty, 1);

    connect(m_model, &ConflictListModel::loaded, this, &ConflictsView::onLoaded);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &c) {
        const OutboxEntry *e = m_model->entry(c.row());
        m_selectedId = e ? e->command.id : QString();
        showSelected();
    });
    m_outcome->hide();
    onLoaded();
}

void ConflictsView::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_selectedId.clear();
    say({});
    if (workspace) {
        connect(workspace, &Workspace::outboxChanged, m_model, &ConflictListModel::reload);
        CommandQueue *queue = workspace->commands();
        connect(queue, &CommandQueue::dismissed, this, [this](const QString &) { m_model->reload(); });
        connect(queue, &CommandQueue::resubmitted, this, [this](const QString &, const QString &) { m_model->reload(); });
        connect(queue, &CommandQueue::failed, this, [this](const QStringList &ids, const QString &sentence) {
            if (m_model->rowOf(ids.value(0)) >= 0)
                say(sentence);   // the row stays: nothing happened to it
        });
    }
    m_model->setCachePath(workspace ? workspace->cachePath() : QString());
}

const OutboxEntry *ConflictsView::selected() const { return m_model->entry(m_model->rowOf(m_selectedId)); }

void ConflictsView::onLoaded()
{
    const int n = m_model->rowCount();
    m_title->setText(n == 0 ? tr("Conflicts and rejections") : tr("Conflicts and rejections: %1").arg(n));
    m_title->setAccessibleName(m_title->text());
    m_empty->setVisible(n == 0);
    m_detail->setVisible(n > 0);
    if (!m_model->error().isEmpty())
        say(tr("The conflicts could not be read from the local cache: %1").arg(m_model->error()));
    // Keep the selection on the same command; else the first row, so the keyboard can act at once.
    int row = m_model->rowOf(m_selectedId);
    if (row < 0 && n > 0)
        row = 0;
    if (row >= 0)
        m_list->selectRow(row);
    else
        m_selectedId.clear();
    showSelected();
}

void ConflictsView::showSelected()
{
    const OutboxEntry *e = selected();
    m_acceptTheirs->setEnabled(e && e->state == OutboxState::Conflict);
    m_resubmit->setEnabled(e != nullptr);
    m_discard->setEnabled(e != nullptr);
    m_fields->setRowCount(0);
    if (!e) {
        m_problem->clear();
        fitProblemHeight();
        return;
    }
    const QString what = e->state == OutboxState::Conflict
        ? tr("%1 on %2: conflict.").arg(ConflictDiff::commandName(e->command.type), e->command.target)
        : tr("%1 on %2: rejected.").arg(ConflictDiff::commandName(e->command.type), e->command.target);
    m_problem->setText(what + QLatin1Char(' ') + ConflictDiff::sentence(*e));
    m_problem->setAccessibleName(m_problem->text());
    fitProblemHeight();
    const QList<ConflictField> rows = ConflictDiff::fields(*e);
    m_fields->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const ConflictField &f = rows.at(i);
        const QString compared = f.theirs.isEmpty() || f.mine.isEmpty() ? QString()
                                 : f.differs                             ? tr("differs")
                                                                         : tr("same");
        const QStringList cells = {f.field, f.theirs.isEmpty() ? tr("—") : f.theirs,
                                   f.mine.isEmpty() ? tr("—") : f.mine, compared};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (f.differs) {   // the text says "differs" too; bold only makes it easy to find
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_fields->setItem(i, c, item);
        }
    }
}

// The layouts around the desk do not pass height-for-width down, so the wrapped sentence would get one
// line's height: it asks for the height its text needs at its width.
void ConflictsView::fitProblemHeight()
{
    const int width = m_problem->width() > 0 ? m_problem->width() : this->width();
    m_problem->setMinimumHeight(m_problem->text().isEmpty() ? 0 : m_problem->heightForWidth(width));
}

void ConflictsView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitProblemHeight();
}

void ConflictsView::acceptTheirs()
{
    const OutboxEntry *e = selected();
    if (!e || !m_workspace)
        return;
    say(tr("Accepted theirs for %1: my %2 is dropped and kept in the journal.")
            .arg(e->command.target, ConflictDiff::commandName(e->command.type)));
    m_workspace->commands()->dismiss(e->command.id, CommandQueue::kAcceptedTheirs);
}

void ConflictsView::resubmit()
{
    const OutboxEntry *e = selected();
    if (!e || !m_workspace)
        return;
    // Against the version I have now seen: theirs, when the platform sent it; else as before.
    const qint64 version = ConflictDiff::theirVersion(*e) > 0 ? ConflictDiff::theirVersion(*e) : e->command.baseVersion;
    say(tr("My %1 for %2 is sent again under a new command id, against version %3.")
            .arg(ConflictDiff::commandName(e->command.type), e->command.target)
            .arg(version));
    m_workspace->commands()->resubmit(e->command.id, version);
}

void ConflictsView::discard()
{
    const OutboxEntry *e = selected();
    if (!e || !m_workspace)
        return;
    say(tr("Discarded my %1 for %2; it is kept in the journal.")
            .arg(ConflictDiff::commandName(e->command.type), e->command.target));
    m_workspace->commands()->dismiss(e->command.id, CommandQueue::kDiscarded);
}

void ConflictsView::say(const QString &sentence)
{
    m_outcome->setText(sentence);
    m_outcome->setAccessibleName(sentence);
    m_outcome->setVisible(!sentence.isEmpty());
}

QString ConflictsView::outcomeText() const { return m_outcome->text(); }

} // namespace wk
