#include "overview/OverviewBoard.h"

#include "itemmodels/OverviewQuery.h"
#include "overview/OverviewCharts.h"
#include "overview/OverviewTexts.h"
#include "overview/OverviewTile.h"

#include <QGridLayout>
#include <QLocale>

namespace wk {

namespace {
const QString kReview = QStringLiteral("review");
const QString kFulfilment = QStringLiteral("fulfilment");
const QString kJournal = QStringLiteral("journal");
const QString kKind = QStringLiteral("kind");
const QString kSla = QStringLiteral("sla");
const QString kBreached = QStringLiteral("breached");
const QString kDueSoon = QStringLiteral("due_soon");
constexpr int kTopReasons = 6;

QString number(qint64 n) { return QLocale().toString(n); }
} // namespace

OverviewBoard::OverviewBoard(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("overviewBoard"));
    auto *grid = new QGridLayout(this);
    grid->setSpacing(12);
    grid->setContentsMargins(16, 8, 16, 16);
    m_sla = add(QStringLiteral("tileSla"), tr("SLA clocks"), 0, 0);
    m_queue = add(QStringLiteral("tileQueue"), tr("Review queue"), 0, 1);
    m_exceptions = add(QStringLiteral("tileExceptions"), tr("Open exceptions"), 0, 2);
    m_errors = add(QStringLiteral("tileErrors"), tr("AI error rates"), 1, 0);
    m_reasons = add(QStringLiteral("tileReasons"), tr("Why items were flagged"), 1, 1);
    m_guarantee = add(QStringLiteral("tileGuarantee"), tr("Guarantee this week"), 1, 2);
    m_throughput = add(QStringLiteral("tileThroughput"), tr("Throughput per supervisor"), 2, 0, 3);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
}

OverviewTile *OverviewBoard::add(const QString &objectName, const QString &title, int row, int column, int span)
{
    auto *tile = new OverviewTile(objectName, title, this);
    static_cast<QGridLayout *>(layout())->addWidget(tile, row, column, 1, span);
    connect(tile, &OverviewTile::openRequested, this, &OverviewBoard::openRequested);
    return tile;
}

QList<OverviewTile *> OverviewBoard::tiles() const
{
    return {m_sla, m_queue, m_exceptions, m_errors, m_reasons, m_guarantee, m_throughput};
}

OverviewTile *OverviewBoard::tile(const QString &objectName) const { return findChild<OverviewTile *>(objectName); }

void OverviewBoard::open(const QString &deskKey, const DeskFilter &filter) { emit openRequested(deskKey, filter); }

void OverviewBoard::show(const OverviewSnapshot &s)
{
    showSla(s);
    showQueue(s);
    showExceptions(s);
    showErrorRates(s);
    showReasons(s);
    showGuarantee(s);
    showThroughput(s);
}

void OverviewBoard::showQueue(const OverviewSnapshot &s)
{
    m_queue->setHeadline(tr("%Ln waiting", nullptr, int(s.queueTotal)), kReview, {},
                         tr("Open and claimed review items. Opens the Review desk."));
    QList<OverviewTile::Line> lines;
    QList<OverviewCharts::Bar> bars;
    for (const CodeCount &c : s.queueByKind) {
        const QString name = OverviewTexts::kind(c.code);
        lines.append({tr("%1: %2").arg(name, number(c.count)), kReview, {{kKind, c.code}},
                      tr("Opens the Review desk showing %1 only.").arg(name), false});
        bars.append({name, c.count});
    }
    m_queue->setLines(lines);
    const QList<CodeCount> kinds = s.queueByKind;
    m_queue->setChart(bars.isEmpty() ? nullptr : OverviewCharts::bars(tr("Review queue by kind"), bars, [this, kinds](int i) {
        open(kReview, {{kKind, kinds.at(i).code}});
    }));
}

void OverviewBoard::showReasons(const OverviewSnapshot &s)
{
    const QList<CodeCount> top = s.queueByReason.mid(0, kTopReasons);
    m_reasons->setHeadline(s.queueByReason.isEmpty() ? tr("No flags") : OverviewTexts::flagReason(top.constFirst().code),
                           kReview,
                           s.queueByReason.isEmpty() ? DeskFilter{}
                                                     : DeskFilter{{QStringLiteral("flag_reason"), top.constFirst().code}},
                           tr("The most common reason in the queue. Opens the Review desk filtered to it."));
    QList<OverviewTile::Line> lines;
    QList<OverviewCharts::Bar> bars;
    for (const CodeCount &c : top) {
        const QString name = OverviewTexts::flagReason(c.code);
        lines.append({tr("%1: %2").arg(name, number(c.count)), kReview, {{QStringLiteral("flag_reason"), c.code}},
                      tr("Opens the Review desk showing items flagged for: %1.").arg(name), false});
        bars.append({name, c.count});
    }
    m_reasons->setLines(lines);
    m_reasons->setChart(bars.isEmpty() ? nullptr : OverviewCharts::bars(tr("Review queue by flag reason"), bars, [this, top](int i) {
        open(kReview, {{QStringLiteral("flag_reason"), top.at(i).code}});
    }));
}

void OverviewBoard::showSla(const OverviewSnapshot &s)
{
    const qint64 breached = s.reviewSla.breached + s.exceptionSla.breached;
    const qint64 dueSoon = s.reviewSla.dueSoon + s.exceptionSla.dueSoon;
    const bool exceptionsFirst = s.reviewSla.breached == 0 && s.exceptionSla.breached > 0;
    m_sla->setHeadline(tr("%Ln breached", nullptr, int(breached)), exceptionsFirst ? kFulfilment : kReview,
                       {{kSla, kBreached}}, tr("Items past their SLA. Opens the desk with the most of them."));
    if (breached > 0)
        m_sla->setState(OverviewTile::State::Alert, tr("Breached"));
    else if (dueSoon > 0)
        m_sla->setState(OverviewTile::State::Attention, tr("Due soon"));
    else
        m_sla->setState(OverviewTile::State::Calm);
    const int soonMinutes = int(OverviewQuery::kDueSoon.count());
    m_sla->setLines({
        {tr("Review: %n breached", nullptr, int(s.reviewSla.breached)), kReview, {{kSla, kBreached}},
         tr("Opens the Review desk showing items past their SLA."), s.reviewSla.breached > 0},
        {tr("Review: %1 due within %2 min").arg(number(s.reviewSla.dueSoon)).arg(soonMinutes), kReview,
         {{kSla, kDueSoon}}, tr("Opens the Review desk showing items due within the hour."), false},
        {tr("Exceptions: %n breached", nullptr, int(s.exceptionSla.breached)), kFulfilment, {{kSla, kBreached}},
         tr("Opens the Fulfilment desk showing exceptions past their SLA."), s.exceptionSla.breached > 0},
        {tr("Exceptions: %1 due within %2 min").arg(number(s.exceptionSla.dueSoon)).arg(soonMinutes), kFulfilment,
         {{kSla, kDueSoon}}, tr("Opens the Fulfilment desk showing exceptions due within the hour."), false},
    });
}

void OverviewBoard::showErrorRates(const OverviewSnapshot &s)
{
    QList<OverviewTile::Line> lines;
    QStringList drifting;
    QString firstDrift;
    for (const ErrorRate &r : s.errorRates) {
        const QString name = OverviewTexts::kind(r.kind);
        const bool logistics = r.kind == QLatin1String("logistics");
        const QString expected = r.expectedLow > 0
                                     ? tr("expected %1–%2").arg(OverviewTexts::percent(r.expectedLow),
                                                                OverviewTexts::percent(r.expectedHigh))
                                     : tr("expected under %1").arg(OverviewTexts::percent(r.expectedHigh));
        QString text = tr("%1: %2, %3").arg(name, OverviewTexts::percent(r.observed()), expected);
        const bool drift = r.drifting() && !s.catchingUp;
        if (drift) {
            text += tr(" — drift");
            drifting << name;
            if (firstDrift.isEmpty())
                firstDrift = r.kind;
        }
        lines.append({text, logistics ? kFulfilment : kReview,
                      logistics ? DeskFilter{} : DeskFilter{{kKind, r.kind}},
                      tr("%1 of %2 observed as errors. Opens the desk with these items.")
                          .arg(number(r.errors), number(r.population)),
                      drift});
    }
    m_errors->setLines(lines);
    if (s.catchingUp && !s.errorRates.isEmpty()) {
        m_errors->setState(OverviewTile::State::Calm);
        m_errors->setHeadline(tr("Judged once synced"), kReview, {},
                              tr("The first sync is still bringing items in: the rates are not compared with their "
                                 "bands until it has caught up."));
    } else if (drifting.isEmpty()) {
        m_errors->setState(OverviewTile::State::Calm);
        m_errors->setHeadline(s.errorRates.isEmpty() ? tr("No data yet") : tr("As expected"), kReview, {},
                              tr("Every kind of work is within its expected error rate."));
    } else {
        m_errors->setState(OverviewTile::State::Alert, tr("Drift"));
        const bool logistics = firstDrift == QLatin1String("logistics");
        m_errors->setHeadline(tr("Drift: %1").arg(drifting.join(QStringLiteral(", "))), logistics ? kFulfilment : kReview,
                              logistics ? DeskFilter{} : DeskFilter{{kKind, firstDrift}},
                              tr("The AI's error rate left its expected band. Opens the desk with these items."));
    }
    const QList<ErrorRate> rates = s.errorRates;
    m_errors->setChart(rates.isEmpty() ? nullptr : OverviewCharts::errorRates(rates, !s.catchingUp, [this, rates](int i) {
        if (rates.at(i).kind == QLatin1String("logistics"))
            open(kFulfilment, {});
        else
            open(kReview, {{kKind, rates.at(i).kind}});
    }));
}

void OverviewBoard::showThroughput(const OverviewSnapshot &s)
{
    double total = 0;
    QList<OverviewTile::Line> lines;
    for (const SupervisorThroughput &t : s.throughput) {
        total += t.perHour();
        lines.append({tr("%1: %2 per hour (%3 in %4 h)")
                          .arg(t.supervisor, QLocale().toString(t.perHour(), 'f', 1), number(t.decisions))
                          .arg(OverviewQuery::kThroughputHours),
                      kJournal, {{QStringLiteral("actor"), t.supervisor}},
                      tr("Opens the journal showing what %1 did.").arg(t.supervisor), false});
    }
    m_throughput->setHeadline(tr("%1 decisions per hour").arg(QLocale().toString(total, 'f', 1)), kJournal, {},
                              tr("Review decisions of every supervisor over the last %n hours. Opens the journal.",
                                 nullptr, OverviewQuery::kThroughputHours));
    m_throughput->setLines(lines);
    m_throughput->setChart(s.throughput.isEmpty() ? nullptr : OverviewCharts::throughput(s.throughput));
}

void OverviewBoard::showExceptions(const OverviewSnapshot &s)
{
    m_exceptions->setHeadline(tr("%Ln open", nullptr, int(s.openExceptions)), kFulfilment, {},
                              tr("Orders that left the happy path. Opens the Fulfilment desk."));
    if (!s.urgentExceptionIds.isEmpty())
        m_exceptions->setState(OverviewTile::State::Attention, tr("%Ln urgent", nullptr, int(s.urgentExceptionIds.size())));
    else
        m_exceptions->setState(OverviewTile::State::Calm);
    QList<OverviewTile::Line> lines;
    QList<OverviewCharts::Bar> bars;
    for (const CodeCount &c : s.exceptionsByCode) {
        const QString name = OverviewTexts::exceptionCode(c.code);
        const bool urgent = OverviewQuery::isUrgent(c.code);
        lines.append({tr("%1: %2").arg(name, number(c.count)), kFulfilment, {{QStringLiteral("exception_code"), c.code}},
                      urgent ? tr("Urgent: the guarantee will probably pay. Opens the Fulfilment desk showing %1.").arg(name)
                             : tr("Opens the Fulfilment desk showing %1.").arg(name),
                      urgent});
        bars.append({name, c.count});
    }
    m_exceptions->setLines(lines);
    // The chart keeps to the biggest few, so every bar keeps its label; the lines list more.
    bars = bars.mid(0, kTopReasons);
    const QList<CodeCount> codes = s.exceptionsByCode;
    m_exceptions->setChart(bars.isEmpty() ? nullptr : OverviewCharts::bars(tr("Open exceptions by code"), bars, [this, codes](int i) {
        open(kFulfilment, {{QStringLiteral("exception_code"), codes.at(i).code}});
    }));
}

void OverviewBoard::showGuarantee(const OverviewSnapshot &s)
{
    const DeskFilter refunded{{QStringLiteral("stage"), QStringLiteral("refunded")}};
    m_guarantee->setHeadline(tr("%Ln full refund(s)", nullptr, int(s.refundedThisWeek)), kFulfilment, refunded,
                             tr("Orders refunded in full (goods, shipping and fee) since Monday. Opens the refunded "
                                "orders."));
    // One line per currency: amounts in different currencies are never added up.
    QList<OverviewTile::Line> lines;
    for (const Money &paid : s.guaranteeCostThisWeek) {
        Money risk(0, paid.currency());
        for (const Money &r : s.guaranteeAtRisk)
            if (r.currency() == paid.currency())
                risk = r;
        lines.append({tr("%1 paid, %2 at risk").arg(OverviewTexts::money(paid), OverviewTexts::money(risk)), kFulfilment,
                      refunded, tr("Refunds paid since Monday in %1, and what this week's open exceptions could cost.")
                                    .arg(paid.currency()),
                      false});
    }
    for (const Money &r : s.guaranteeAtRisk) {
        bool listed = false;
        for (const Money &paid : s.guaranteeCostThisWeek)
            listed = listed || paid.currency() == r.currency();
        if (!listed)
            lines.append({tr("%1 at risk").arg(OverviewTexts::money(r)), kFulfilment, {},
                          tr("What this week's open exceptions could cost in %1.").arg(r.currency()), false});
    }
    const QString since = QLocale().toString(s.weekStart.toLocalTime().date(), QLocale::ShortFormat);
    lines.append({tr("%Ln order(s) at risk since %1", nullptr, int(s.atRiskOrders)).arg(since),
                  kFulfilment, {}, tr("What full refunds would cost if this week's open exceptions all ended in one."),
                  false});
    m_guarantee->setLines(lines);
}

} // namespace wk
