#include "OrderDetailPane.h"

#include "itemmodels/FulfilmentHistory.h"
#include "itemmodels/FulfilmentText.h"
#include "rules/CarrierStatus.h"
#include "rules/Guarantee.h"
#include "rules/ReferenceRates.h"
#include "rules/SlaClocks.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wk {

namespace {
QString money(const Money &m) { return m.toPlainString() + QLatin1Char(' ') + m.currency(); }

QLabel *wrappingLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(accessibleName);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
}
} // namespace

OrderDetailPane::OrderDetailPane(QWidget *parent)
    : QWidget(parent), m_title(wrappingLabel(this, tr("Order"))), m_customer(wrappingLabel(this, tr("Customer"))),
      m_reveal(new QPushButton(tr("Re&veal customer"), this)), m_clocks(wrappingLabel(this, tr("SLA clocks"))),
      m_proposal(wrappingLabel(this, tr("The AI's proposal"))), m_decision(wrappingLabel(this, tr("The supervisor's decision"))),
      m_costs(wrappingLabel(this, tr("What the guarantee costs"))), m_timeline(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("orderDetailPane"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_reveal->setObjectName(QStringLiteral("revealCustomerButton"));
    m_reveal->setAccessibleName(tr("Reveal the customer's name and email (recorded in the journal)"));
    m_reveal->setToolTip(tr("Shows the customer's personal data. Every reveal is recorded in the journal."));
    m_timeline->setObjectName(QStringLiteral("orderTimeline"));
    m_timeline->setAccessibleName(tr("Timeline of tracking events and actions"));
    m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Where / detail")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    // The time as wide as it needs; what happened and its detail (amounts, reasons, places) share
    // the rest of a pane that is often narrow, cut with an ellipsis rather than scrolled sideways:
    // whole in the tooltips, and the latest actions whole in the decision box above.
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_timeline->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_timeline->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_timeline->header()->setAccessibleName(tr("Timeline columns"));

    auto *customerRow = new QHBoxLayout;
    customerRow->addWidget(m_customer, 1);
    customerRow->addWidget(m_reveal);

    auto *clocksBox = new QGroupBox(tr("SLA clocks"), this);
    (new QVBoxLayout(clocksBox))->addWidget(m_clocks);
    auto *proposalBox = new QGroupBox(tr("AI proposal"), this);
    (new QVBoxLayout(proposalBox))->addWidget(m_proposal);
    auto *decisionBox = new QGroupBox(tr("Supervisor's decision"), this);
    (new QVBoxLayout(decisionBox))->addWidget(m_decision);
    auto *costBox = new QGroupBox(tr("What the guarantee costs"), this);
    (new QVBoxLayout(costBox))->addWidget(m_costs);

    auto *grid = new QGridLayout;
    grid->addWidget(proposalBox, 0, 0);
    grid->addWidget(decisionBox, 0, 1);
    grid->addWidget(clocksBox, 1, 0);
    grid->addWidget(costBox, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(customerRow);
    layout->addLayout(grid);
    layout->addWidget(m_timeline, 1);

    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (m_detail.found)
            emit revealRequested(m_detail.order.id);
    });
    // Countdowns move while the supervisor reads.
    m_tick.setInterval(30 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &OrderDetailPane::updateClocks);
    m_tick.start();
    clear();
}

qint64 OrderDetailPane::now() const { return m_nowMs ? m_nowMs : QDateTime::currentMSecsSinceEpoch(); }

void OrderDetailPane::clear()
{
    m_detail = {};
    m_exceptionId.clear();
    m_title->setText(tr("No order selected"));
    m_customer->clear();
    m_reveal->setEnabled(false);
    m_clocks->clear();
    m_proposal->clear();
    m_decision->clear();
    m_costs->clear();
    m_timeline->clear();
}

const OrderException *OrderDetailPane::currentException() const
{
    for (const auto &x : m_detail.exceptions)
        if (x.id == m_exceptionId)
            return &x;
    for (const auto &x : m_detail.exceptions)
        if (x.status == ExceptionStatus::Open)
            return &x;
    return nullptr;
}

void OrderDetailPane::setDetail(const OrderDetail &detail, const QString &exceptionId)
{
    const bool sameOrder = detail.order.id == m_detail.order.id;
    const QString revealed = sameOrder ? m_customer->property("revealedFor").toString() : QString();
    m_detail = detail;
    m_exceptionId = exceptionId;
    if (!detail.found) {
        clear();
        return;
    }
    const Order &o = detail.order;
    QStringList title{o.id, o.market, FulfilmentText::stageName(toCode(o.stage))};
    if (o.onHold)
        title << tr("ON HOLD");
    m_title->setText(title.join(QStringLiteral(" \u00b7 ")));
    if (revealed != o.id) {
        m_customer->setProperty("revealedFor", QString());
        m_customer->setText(tr("Customer: %1 <%2> (masked) \u00b7 supplier %3 (%4) \u00b7 %5 %6")
                                .arg(o.customerName, o.customerEmail, detail.supplierName.isEmpty() ? o.supplierId : detail.supplierName,
                                     FulfilmentText::tierName(detail.supplierTier),
                                     o.carrier.isEmpty() ? tr("no carrier") : o.carrier,
                                     o.trackingNumber.isEmpty() ? tr("no tracking number") : o.trackingNumber));
    }
    m_reveal->setEnabled(revealed != o.id);
    updateClocks();
    updateDecision();
    updateCosts();
    updateTimeline();
}

void OrderDetailPane::setRevealed(const QString &orderId, const QString &name, const QString &email)
{
    if (orderId != m_detail.order.id)
        return;
    m_customer->setProperty("revealedFor", orderId);
    m_customer->setText(tr("Customer: %1 <%2> (revealed, recorded in the journal)").arg(name, email));
    m_reveal->setEnabled(false);
}

QString OrderDetailPane::customerText() const { return m_customer->text(); }
QString OrderDetailPane::clocksText() const { return m_clocks->text(); }
QString OrderDetailPane::costText() const { return m_costs->text(); }
QString OrderDetailPane::proposalText() const { return m_proposal->text(); }
QString OrderDetailPane::decisionText() const { return m_decision->text(); }

void OrderDetailPane::updateClocks()
{
    if (!m_detail.found)
        return;
    const auto clocks = SlaClocks::compute({m_detail.order, m_detail.events, m_detail.exceptions,
                                            QDateTime::fromMSecsSinceEpoch(now(), Qt::UTC)});
    QStringList lines;
    for (const SlaClock &c : clocks) {
        // A mark and words, not only a colour: breached, paused or running.
        const QString mark = c.breached() ? QStringLiteral("\u26a0") : c.pause != SlaPause::None ? QStringLiteral("\u23f8")
                                                                                                  : QStringLiteral("\u23f1");
        QString name = SlaClocks::title(c);
        if (c.kind == SlaClockKind::StageDwell)
            name = tr("%1 (%2, limit %3)").arg(name, FulfilmentText::stageName(toCode(c.stage)), SlaClocks::duration(c.limitMs));
        lines << QStringLiteral("%1 %2: %3").arg(mark, name, SlaClocks::countdown(c));
    }
    m_clocks->setText(lines.isEmpty() ? tr("No clock runs in this stage.") : lines.join(QLatin1Char('\n')));
}

void OrderDetailPane::updateDecision()
{
    const OrderException *x = currentException();
    if (!x) {
        m_proposal->setText(tr("No open exception on this order."));
    } else {
        m_proposal->setText(tr("%1 \u2014 proposes: %2\n%3\nCarrier: %4")
                                .arg(FulfilmentText::exceptionName(toCode(x->code)),
                                     x->aiProposal.isEmpty() ? tr("nothing") : FulfilmentText::commandName(x->aiProposal),
                                     x->aiRationale.isEmpty() ? tr("(no rationale given)") : x->aiRationale,
                                     x->carrierSubStatus.isEmpty() ? tr("no carrier status")
                                                                   : CarrierStatuses::label(CarrierStatus::parse(x->carrierSubStatus))));
    }
    QStringList lines;
    if (x && x->status == ExceptionStatus::Resolved)
        lines << tr("\u2714 Resolved: %1").arg(x->resolution);
    // The latest actions in brief (the timeline below has them all).
    constexpr int kShown = 4;
    for (const HistoryLine &h : FulfilmentHistory::lines(m_detail.actions, m_detail.pending)) {
        if (lines.size() >= kShown)
            break;
        const QString what = h.detail.isEmpty() ? h.what : tr("%1 \u2014 %2").arg(h.what, h.detail);
        lines << (h.pending ? tr("\u23f3 %1").arg(what) : tr("%1 (%2)").arg(what, when(h.atMs)));
    }
    if (lines.isEmpty())
        lines << tr("No decision yet.");
    m_decision->setText(lines.join(QLatin1Char('\n')));
}

void OrderDetailPane::updateCosts()
{
    const Order &o = m_detail.order;
    const auto subtotal = o.goods.plus(o.shipping);
    const auto full = subtotal ? subtotal->plus(o.fee) : std::nullopt;
    if (!full) {
        m_costs->setText(tr("The order's amounts are not in one currency; the platform's figures are needed."));
        return;
    }
    const GuaranteeBreakdown order{o.goods, o.shipping, o.fee, *full};
    QStringList lines;
    lines << tr("Goods %1 + shipping %2 + fee %3 = %4").arg(money(o.goods), money(o.shipping), money(o.fee), money(*full));
    const auto rate = referenceCnyRate(o.goods.currency());
    if (!rate) {
        lines << tr("No CNY reference rate for %1.").arg(o.goods.currency());
    } else {
        const auto shippingCny = Guarantee::toCny(o.shipping, *rate);
        const auto cmp = shippingCny ? Guarantee::compareRefundAndReship(order, o.supplierCostCny, shippingCny.value(), *rate)
                                     : GuaranteeResult<RemedyComparison>(GuaranteeFailure{GuaranteeError::InvalidRate, shippingCny.message()});
        if (!cmp) {
            lines << cmp.message();
        } else {
            lines << tr("Refund: %1 = %2").arg(money(cmp->refundInOrderCurrency), money(cmp->refundInCny));
            lines << tr("Reship: %1 = %2 (supplier %3 + shipping again)")
                         .arg(money(cmp->reshipInOrderCurrency), money(cmp->reshipInCny), money(o.supplierCostCny));
            lines << (cmp->cheaper == Remedy::Reship ? tr("\u2192 Reship is cheaper by %1.").arg(money(cmp->savingInCny))
                                                     : tr("\u2192 Refund is cheaper by %1.").arg(money(cmp->savingInCny)));
            lines << tr("CNY at the reference rate 1 %1 = %2 CNY.")
                         .arg(o.goods.currency(), Money(rate->cnyNumerator * 100 / rate->cnyDenominator, QStringLiteral("CNY")).toPlainString());
        }
    }
    m_costs->setText(lines.join(QLatin1Char('\n')));
}

void OrderDetailPane::updateTimeline()
{
    m_timeline->clear();
    struct Line { qint64 at; QStringList columns; };
    QList<Line> lines;
    for (const ShipmentEvent &e : m_detail.events) {
        const qint64 at = e.at.isValid() ? e.at.toMSecsSinceEpoch() : 0;
        lines.append({at, {when(at), CarrierStatuses::label(CarrierStatus::parse(e.carrierStatus)),
                           QStringList{e.location, e.description}.join(QStringLiteral(" \u00b7 "))}});
    }
    for (const OrderException &x : m_detail.exceptions) {
        if (x.openedAt.isValid())
            lines.append({x.openedAt.toMSecsSinceEpoch(),
                          {when(x.openedAt.toMSecsSinceEpoch()), tr("Exception opened: %1").arg(FulfilmentText::exceptionName(toCode(x.code))),
                           x.carrierSubStatus}});
    }
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.at > b.at; });   // newest first
    // The supervisors' actions (with amounts, reasons, new numbers) merged in by time, pending ones
    // on top in italics: they are intents, not yet facts.
    QList<QTreeWidgetItem *> items;
    qsizetype next = 0;
    const auto eventItem = [&lines](qsizetype i) {
        auto *item = new QTreeWidgetItem(lines[i].columns);
        item->setToolTip(1, lines[i].columns.value(1));
        item->setToolTip(2, lines[i].columns.value(2));
        return item;
    };
    for (const HistoryLine &h : FulfilmentHistory::lines(m_detail.actions, m_detail.pending)) {
        while (!h.pending && next < lines.size() && lines[next].at > h.atMs)
            items << eventItem(next++);
        auto *item = new QTreeWidgetItem({when(h.atMs), h.what, h.detail});
        QFont font = item->font(1);
        font.setItalic(h.pending);
        font.setBold(!h.pending);
        item->setFont(1, font);
        item->setToolTip(1, h.detail.isEmpty() ? h.what : tr("%1 \u2014 %2").arg(h.what, h.detail));
        item->setToolTip(2, h.detail);
        items << item;
    }
    while (next < lines.size())
        items << eventItem(next++);
    m_timeline->addTopLevelItems(items);
}

} // namespace wk
