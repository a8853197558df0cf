#pragma once
// The Overview's tiles, filled from one OverviewSnapshot. Which desk and filter each figure opens
// is decided here (the target desks' documented keys: review kind/flag_reason/sla, fulfilment
// exception_code/stage/sla, journal actor). SLA filter values: "breached", "due_soon".
#include "common/Desk.h"
#include "itemmodels/OverviewSnapshot.h"

#include <QWidget>

namespace wk {

class OverviewTile;

class OverviewBoard : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewBoard(QWidget *parent = nullptr);

    void show(const OverviewSnapshot &snapshot);
    QList<OverviewTile *> tiles() const;
    OverviewTile *tile(const QString &objectName) const;

signals:
    void openRequested(const QString &deskKey, const wk::DeskFilter &filter);

private:
    void showQueue(const OverviewSnapshot &s);
    void showReasons(const OverviewSnapshot &s);
    void showSla(const OverviewSnapshot &s);
    void showErrorRates(const OverviewSnapshot &s);
    void showThroughput(const OverviewSnapshot &s);
    void showExceptions(const OverviewSnapshot &s);
    void showGuarantee(const OverviewSnapshot &s);
    OverviewTile *add(const QString &objectName, const QString &title, int row, int column, int columnSpan = 1);
    void open(const QString &deskKey, const DeskFilter &filter);

    OverviewTile *m_queue, *m_reasons, *m_sla, *m_errors, *m_throughput, *m_exceptions, *m_guarantee;
};

} // namespace wk
