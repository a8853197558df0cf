#pragma once
// The Suppliers desk's reader: one thread with its own read-only cache connection that answers
// page, count, scorecard, impact and chart requests. Every request returns a token at once; the
// answer comes back as a signal on the caller's thread carrying that token, so a caller drops
// answers it no longer wants (stale tokens). Errors come back as sentences.
#include "itemmodels/SupplierQueries.h"

#include <QObject>
#include <QThread>
#include <atomic>

namespace wk {

class SupplierReadWorker;

class SupplierReader : public QObject
{
    Q_OBJECT
public:
    explicit SupplierReader(const QString &cachePath, QObject *parent = nullptr);
    ~SupplierReader() override;

    quint64 requestPage(const TierQuery &query, int offset, int limit, bool withCount);
    quint64 requestCounts(const QString &search, const QString &supplierId = {});
    quint64 requestDetail(const QString &supplierId);
    quint64 requestImpact(const QString &supplierId);
    quint64 requestScatter();

signals:
    void pageReady(quint64 token, int offset, const QList<wk::SupplierListRow> &rows, qint64 count);
    void countsReady(quint64 token, const QList<qint64> &counts);
    void detailReady(quint64 token, const wk::SupplierDetail &detail);
    void impactReady(quint64 token, const wk::SupplierImpact &impact);
    void scatterReady(quint64 token, const QList<QList<wk::ScatterPoint>> &byTier);
    void failed(quint64 token, const QString &sentence);

private:
    quint64 next() { return ++m_token; }
    QThread m_thread;
    SupplierReadWorker *m_worker;
    std::atomic<quint64> m_token{0};
};

} // namespace wk
