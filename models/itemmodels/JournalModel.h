#pragma once
// The decision journal as a table for the Journal view: the newest entries matching a JournalQuery
// (up to its limit), read in the background (CacheReader) and swapped in whole; an answer to an
// older query is dropped.
#include "storage/JournalChain.h"
#include "storage/JournalStore.h"

#include <QAbstractTableModel>

#include <memory>

namespace wk {

class CacheReader;

class JournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { At, Actor, Event, Subject, Suggestion, Detail, ColumnCount };
    enum Role { EntryRole = Qt::UserRole + 1, SeqRole };

    explicit JournalModel(const QString &cachePath, QObject *parent = nullptr);
    ~JournalModel() override;

    void setQuery(const JournalQuery &query);
    const JournalQuery &query() const { return m_query; }
    void reload();
    const JournalEntry &entry(int row) const { return m_entries.at(row); }
    // Every entry, oldest first, for export; the answer comes as `allEntries`.
    void fetchAll();
    // Checks the hash chain; the answer comes as `verified`.
    void verify();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Human words for the stored codes (translated), shared with the view's filter.
    static QString eventText(const QString &event);
    static QString suggestionText(const QString &suggestionJson);

signals:
    void loaded(int rows);
    void failed(const QString &sentence);
    void allEntries(const QList<wk::JournalEntry> &entries, const QString &error);
    void verified(const wk::JournalVerification &result, const QString &error);

private:
    std::unique_ptr<CacheReader> m_reader;
    JournalQuery m_query;
    QList<JournalEntry> m_entries;
    quint64 m_token = 0;
};

} // namespace wk
