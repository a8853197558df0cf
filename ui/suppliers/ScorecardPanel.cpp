#include "suppliers/ScorecardPanel.h"

#include "suppliers/SupplierTexts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wk {

namespace {
enum CriteriaColumn { CName, CWeight, CSample, COwn, CTierMean, CCredibility, CUsed, CPoints, CCount };

QTableWidgetItem *cell(const QString &text, const QString &tip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (!tip.isEmpty())
        item->setToolTip(tip);
    return item;
}

QString periodWord(PeriodKind kind, int n)
{
    return kind == PeriodKind::Week ? (n == 1 ? ScorecardPanel::tr("1 week") : ScorecardPanel::tr("%n weeks", nullptr, n))
                                    : (n == 1 ? ScorecardPanel::tr("1 month") : ScorecardPanel::tr("%n months", nullptr, n));
}
} // namespace

ScorecardPanel::ScorecardPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_score(new QLabel(this)), m_explanation(new QLabel(this)),
      m_criteria(new QTableWidget(0, CCount, this)), m_feedback(new QTreeWidget(this)),
      m_showOrders(new QPushButton(tr("Orders behind this score…"), this)),
      m_showReview(new QPushButton(tr("Review items behind this score…"), this)),
      m_moveTier(new QPushButton(tr("Move tier…"), this)), m_suspend(new QPushButton(tr("Suspend…"), this))
{
    setObjectName(QStringLiteral("scorecardPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_score->setFont(big);
    m_score->setObjectName(QStringLiteral("scoreLabel"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setWordWrap(true);
    m_title->setAccessibleName(tr("Supplier"));
    m_score->setAccessibleName(tr("Score"));
    m_explanation->setAccessibleName(tr("How the score is made"));
    layout->addWidget(m_title);
    layout->addWidget(m_score);
    layout->addWidget(m_explanation);

    m_criteria->setObjectName(QStringLiteral("criteriaTable"));
    m_criteria->setAccessibleName(tr("Score criteria"));
    m_criteria->setHorizontalHeaderLabels({tr("Criterion"), tr("Weight"), tr("Sample"), tr("Own"), tr("Tier mean"),
                                           tr("Own share"), tr("Used"), tr("Points")});
    m_criteria->horizontalHeaderItem(CCredibility)->setToolTip(
        tr("How much the supplier's own record counts: sample / (sample + prior). The rest is the tier's mean."));
    m_criteria->horizontalHeaderItem(CUsed)->setToolTip(tr("The rate the score uses: own share × own + the rest × tier mean."));
    m_criteria->horizontalHeaderItem(CPoints)->setToolTip(tr("Weight × the criterion's score out of 100."));
    m_criteria->verticalHeader()->hide();
    m_criteria->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_criteria->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_criteria->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_criteria->horizontalHeader()->setStretchLastSection(true);
    m_criteria->setToolTip(tr("Double-click a criterion to see the orders or review items behind it."));
    connect(m_criteria, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (!m_detail.found || row < 0 || row >= m_detail.card.criteria.size())
            return;
        const bool media = m_detail.card.criteria.at(row).criterion == Criterion::MediaRejects;
        emit drillDownRequested(media ? QStringLiteral("review") : QStringLiteral("fulfilment"), m_detail.supplier.id);
    });
    layout->addWidget(m_criteria, 2);

    auto *behind = new QLabel(tr("Behind this score: the latest exceptions and rejected media"), this);
    behind->setBuddy(m_feedback);
    layout->addWidget(behind);
    m_feedback->setObjectName(QStringLiteral("feedbackList"));
    m_feedback->setAccessibleName(tr("Orders and review items behind the score"));
    m_feedback->setHeaderLabels({tr("What"), tr("Order or item"), tr("Counts as"), tr("When")});
    m_feedback->setRootIsDecorated(false);
    m_feedback->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_feedback, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit drillDownRequested(item->data(0, Qt::UserRole).toString(), m_detail.supplier.id);
    });
    layout->addWidget(m_feedback, 1);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_showOrders, m_showReview, m_moveTier, m_suspend}) {
        b->setAccessibleName(b->text().remove(QStringLiteral("…")));
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_showOrders->setToolTip(tr("Open the Fulfilment desk filtered to this supplier's orders."));
    m_showReview->setToolTip(tr("Open the Review desk filtered to this supplier's review items."));
    connect(m_showOrders, &QPushButton::clicked, this,
            [this] { emit drillDownRequested(QStringLiteral("fulfilment"), m_detail.supplier.id); });
    connect(m_showReview, &QPushButton::clicked, this,
            [this] { emit drillDownRequested(QStringLiteral("review"), m_detail.supplier.id); });
    connect(m_moveTier, &QPushButton::clicked, this, &ScorecardPanel::moveTierRequested);
    connect(m_suspend, &QPushButton::clicked, this, &ScorecardPanel::suspendOrReinstateRequested);
    clear();
}

void ScorecardPanel::clear()
{
    m_detail = {};
    m_title->setText(tr("Select a supplier to see its scorecard."));
    m_score->clear();
    m_explanation->clear();
    m_criteria->setRowCount(0);
    m_feedback->clear();
    updateButtons();
}

void ScorecardPanel::setLoading(const QString &supplierId)
{
    if (m_detail.supplier.id != supplierId)
        m_title->setText(tr("Loading the scorecard of %1…").arg(supplierId));
}

void ScorecardPanel::setDetail(const SupplierDetail &d)
{
    m_detail = d;
    if (!d.found) {
        clear();
        m_title->setText(tr("This supplier is no longer in the cache."));
        return;
    }
    const Supplier &s = d.supplier;
    QString title = QStringLiteral("<b>%1</b>").arg(s.name.toHtmlEscaped());
    if (!s.nameZh.isEmpty())
        title += QStringLiteral(" · ") + s.nameZh.toHtmlEscaped();
    title += QStringLiteral("<br>") + tr("%1 · %2, %3 · %4")
                                          .arg(SupplierTexts::tier(s.tier), s.city, s.region, s.id)
                                          .toHtmlEscaped();
    if (s.status == SupplierStatus::Suspended)
        title += QStringLiteral("<br>") + tr("Suspended: %1").arg(s.statusReason).toHtmlEscaped();
    if (d.pendingCommands > 0)
        title += QStringLiteral("<br><i>") + (d.pendingCommands == 1 ? tr("1 change waiting to reach the platform.")
                                                                 : tr("%n changes waiting to reach the platform.", nullptr, d.pendingCommands))
                 + QStringLiteral("</i>");
    m_title->setText(title);

    const QString window = periodWord(d.spec.periodKind, d.spec.periods);
    if (d.card.score) {
        m_score->setText(tr("Score %1 · %2").arg(QLocale().toString(*d.card.score, 'f', 0), SupplierTexts::standing(d.card.standing)));
        m_explanation->setText(
            tr("From %1 and %2 in the last %3, newer periods weighing more (×%4 per period back). Small samples are "
               "pulled toward the mean of the %5 tier: the \"Own share\" column says how much the supplier's own "
               "record counts.")
                .arg((d.card.orders == 1 ? tr("1 order") : tr("%n orders", nullptr, d.card.orders)), tr("%n reviewed media", nullptr, d.card.mediaReviewed),
                     window, QLocale().toString(d.spec.decay, 'f', 2), SupplierTexts::tier(s.tier)));
    } else {
        m_score->setText(tr("No data"));
        m_explanation->setText(tr("No orders and no reviewed media in the last %1: there is nothing to score yet. "
                                  "This is not a perfect score; the rows below show what the tier's mean would give.")
                                   .arg(window));
    }
    m_score->setAccessibleDescription(m_explanation->text());
    fillCriteria();
    fillFeedback();
    updateButtons();
}

void ScorecardPanel::fillCriteria()
{
    const auto &rows = m_detail.card.criteria;
    m_criteria->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const CriterionScore &c = rows.at(r);
        m_criteria->setItem(r, CName, cell(SupplierTexts::criterion(c.criterion), SupplierTexts::criterionHelp(c.criterion)));
        m_criteria->setItem(r, CWeight, cell(QLocale().toString(c.weight) + QLatin1Char('%')));
        m_criteria->setItem(r, CSample, cell(SupplierTexts::sampleUnit(c.criterion, c.sample)));
        m_criteria->setItem(r, COwn, cell(c.rawValue ? SupplierTexts::value(c.criterion, *c.rawValue) : tr("none")));
        m_criteria->setItem(r, CTierMean, cell(SupplierTexts::value(c.criterion, c.tierMean)));
        m_criteria->setItem(r, CCredibility, cell(QLocale().toString(c.credibility * 100.0, 'f', 0) + QLatin1Char('%')));
        m_criteria->setItem(r, CUsed, cell(SupplierTexts::value(c.criterion, c.value)));
        m_criteria->setItem(r, CPoints, cell(tr("%1 of %2").arg(QLocale().toString(c.contribution, 'f', 1),
                                                                 QLocale().toString(c.weight))));
    }
}

void ScorecardPanel::fillFeedback()
{
    m_feedback->clear();
    for (const FeedbackItem &f : m_detail.feedback) {
        auto *item = new QTreeWidgetItem(m_feedback);
        const bool exception = f.kind == FeedbackItem::Kind::Exception;
        item->setText(0, exception ? SupplierTexts::exceptionCode(f.code) : tr("Rejected %1").arg(f.code));
        item->setText(1, exception ? f.orderId : f.title + QStringLiteral(" (") + f.id + QLatin1Char(')'));
        item->setText(2, exception ? (f.defect ? tr("Defect and exception") : tr("Exception")) : tr("Media reject"));
        item->setText(3, f.at.isValid() ? QLocale().toString(f.at.toLocalTime(), QLocale::ShortFormat) : QString());
        item->setData(0, Qt::UserRole, exception ? QStringLiteral("fulfilment") : QStringLiteral("review"));
    }
    if (m_detail.feedback.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_feedback);
        item->setText(0, tr("No exceptions or rejected media in the cache for this supplier."));
        item->setFlags(Qt::NoItemFlags);
    }
}

void ScorecardPanel::updateButtons()
{
    const bool found = m_detail.found;
    for (QPushButton *b : {m_showOrders, m_showReview, m_moveTier, m_suspend})
        b->setEnabled(found);
    const bool suspended = found && m_detail.supplier.status == SupplierStatus::Suspended;
    m_suspend->setText(suspended ? tr("Reinstate…") : tr("Suspend…"));
    m_suspend->setAccessibleName(suspended ? tr("Reinstate") : tr("Suspend"));
}

} // namespace wk
