#include "JournalModel.h"

#include "CacheReader.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace wk {

JournalModel::JournalModel(const QString &cachePath, QObject *parent)
    : QAbstractTableModel(parent), m_reader(std::make_unique<CacheReader>(cachePath))
{
    qRegisterMetaType<QList<wk::JournalEntry>>();
    qRegisterMetaType<wk::JournalVerification>();
}

JournalModel::~JournalModel() { m_reader.reset(); }

void JournalModel::setQuery(const JournalQuery &query)
{
    m_query = query;
    reload();
}

void JournalModel::reload()
{
    const quint64 token = ++m_token;
    m_reader->run([this, token, query = m_query](Database *db, const QString &error) {
        QList<JournalEntry> entries;
        QString problem = error;
        if (db) {
            try {
                entries = JournalStore(*db).search(query);
            } catch (const StorageError &e) {
                problem = e.message();
            }
        }
        QMetaObject::invokeMethod(this, [this, token, entries, problem] {
            if (token != m_token)
                return;
            if (!problem.isEmpty()) {
                emit failed(problem);
                return;
            }
            beginResetModel();
            m_entries = entries;
            endResetModel();
            emit loaded(int(m_entries.size()));
        }, Qt::QueuedConnection);
    });
}

void JournalModel::fetchAll()
{
    m_reader->run([this](Database *db, const QString &error) {
        QList<JournalEntry> entries;
        QString problem = error;
        if (db) {
            try {
                entries = JournalStore(*db).all();
            } catch (const StorageError &e) {
                problem = e.message();
            }
        }
        QMetaObject::invokeMethod(this, [this, entries, problem] { emit allEntries(entries, problem); },
                                  Qt::QueuedConnection);
    });
}

void JournalModel::verify()
{
    m_reader->run([this](Database *db, const QString &error) {
        JournalVerification result;
        QString problem = error;
        if (db) {
            try {
                result = JournalChain::verify(*db);
            } catch (const StorageError &e) {
                problem = e.message();
            }
        }
        QMetaObject::invokeMethod(this, [this, result, problem] { emit verified(result, problem); },
                                  Qt::QueuedConnection);
    });
}

int JournalModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

int JournalModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString JournalModel::eventText(const QString &event)
{
    if (event == QLatin1String("enqueued"))
        return tr("Decided / queued");
    if (event == QLatin1String("undone"))
        return tr("Undone");
    if (event == QLatin1String("applied"))
        return tr("Applied");
    if (event == QLatin1String("duplicate"))
        return tr("Applied (repeat)");
    if (event == QLatin1String("conflict"))
        return tr("Conflict");
    if (event == QLatin1String("rejected"))
        return tr("Rejected");
    if (event == QLatin1String("dismissed"))
        return tr("Conflict resolved");
    if (event == QLatin1String(JournalStore::kRevealEvent))
        return tr("Personal data revealed");
    if (event == QLatin1String("resync"))
        return tr("Cache rebuilt");
    if (event == QLatin1String("registered"))
        return tr("Console registered");
    if (event == QLatin1String("client_forgotten"))
        return tr("Console forgotten by the platform");
    return event;
}

QString JournalModel::suggestionText(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.contains(QLatin1String("flags"))) {
        QStringList flags;
        for (const QJsonValue &v : o.value(QLatin1String("flags")).toArray())
            flags << v.toString();
        return tr("flagged %1 (confidence %2)")
            .arg(flags.join(QStringLiteral(", ")),
                 QLocale().toString(o.value(QLatin1String("confidence")).toDouble(), 'f', 2));
    }
    if (o.contains(QLatin1String("proposal")))
        return tr("proposes %1").arg(o.value(QLatin1String("proposal")).toString());
    return json;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &e = m_entries.at(index.row());
    if (role == SeqRole)
        return e.seq;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Suggestion)
            return e.suggestion;
        if (index.column() == Detail)
            return e.payload.isEmpty() ? e.detail : e.payload + QLatin1Char('\n') + e.detail;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case At:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case Actor:
        return e.actor;
    case Event:
        return eventText(e.event);
    case Subject:
        return e.type.isEmpty() ? e.target : e.type + QLatin1Char(' ') + e.target;
    case Suggestion:
        return suggestionText(e.suggestion);
    case Detail:
        return e.payload.isEmpty() ? e.detail : e.payload;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case At:
        return tr("When");
    case Actor:
        return tr("Who");
    case Event:
        return tr("What happened");
    case Subject:
        return tr("Command and target");
    case Suggestion:
        return tr("AI suggestion");
    case Detail:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace wk
