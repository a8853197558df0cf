#include "review/ReviewFacetBar.h"
#include "common/ClearButton.h"

#include "itemmodels/ReviewLabels.h"
#include "review/ReviewSavedViews.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace wk {

namespace {
using Entries = QList<QPair<QString, QString>>;   // (code, label); the empty code is "any"

QString first(const QStringList &list) { return list.isEmpty() ? QString() : list.first(); }

void select(QComboBox *box, const QString &code)
{
    const int i = box->findData(code);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

QStringList listOf(const QComboBox *box)
{
    const QString code = box->currentData().toString();
    return code.isEmpty() ? QStringList() : QStringList{code};
}
} // namespace

ReviewFacetBar::ReviewFacetBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewFacetBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);

    Entries kinds{{QString(), tr("All kinds")}};
    for (MediaKind k : {MediaKind::Image, MediaKind::Video, MediaKind::Copy})
        kinds.append({toCode(k), ReviewLabels::kind(k)});
    m_kind = addCombo(tr("Kind"), kinds);

    Entries reasons{{QString(), tr("All flag reasons")}};
    for (const QString &code : allCodes<FlagReason>())
        reasons.append({code, ReviewLabels::reason(*fromCode<FlagReason>(code))});
    m_reason = addCombo(tr("Flag reason"), reasons);

    Entries tiers{{QString(), tr("All tiers")}};
    for (SupplierTier t : {SupplierTier::PalletTrader, SupplierTier::DirectFactory, SupplierTier::LongTail1688})
        tiers.append({toCode(t), ReviewLabels::tier(t)});
    m_tier = addCombo(tr("Supplier tier"), tiers);

    Entries markets{{QString(), tr("All markets")}};
    for (const char *m : {"US", "CA", "GB", "DE", "FR", "NL", "IT", "ES", "AU"})
        markets.append({QString::fromLatin1(m), QString::fromLatin1(m)});
    m_market = addCombo(tr("Market"), markets);

    Entries locales{{QString(), tr("All locales")}};
    for (const char *l : {"en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "en-AU"})
        locales.append({QString::fromLatin1(l), QString::fromLatin1(l)});
    m_locale = addCombo(tr("Locale"), locales);

    m_claimed = addCombo(tr("Claimed by"), {{QString(), tr("Anyone's claim")},
                                            {QStringLiteral("me"), tr("Claimed by me")},
                                            {QStringLiteral("others"), tr("Claimed by others")},
                                            {QStringLiteral("nobody"), tr("Not claimed")}});
    m_sla = addCombo(tr("SLA"), {{QString(), tr("Any SLA")},
                                 {QStringLiteral("breached"), tr("SLA breached")},
                                 {QStringLiteral("due_soon"), tr("Due within the hour")}});
    m_sort = addCombo(tr("Order"), {{QStringLiteral("impact"), tr("Highest impact first")},
                                    {QStringLiteral("age"), tr("Oldest first")},
                                    {QStringLiteral("confidence"), tr("Least AI confidence first")}});

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("reviewSearch"));
    m_search->setPlaceholderText(tr("Search titles, copy and reasons (/)"));
    m_search->setAccessibleName(tr("Search the queue"));
    enableClearButton(*m_search);
    layout->addWidget(m_search, 1);

    m_views = new QToolButton(this);
    m_views->setText(tr("Views"));
    m_views->setAccessibleName(tr("Saved views"));
    m_views->setToolTip(tr("Save the current facets, search and order under a name, or open a saved view."));
    m_views->setPopupMode(QToolButton::InstantPopup);
    m_views->setMenu(new QMenu(m_views));
    connect(m_views->menu(), &QMenu::aboutToShow, this, &ReviewFacetBar::fillViewsMenu);
    layout->addWidget(m_views);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(150);   // one query per pause in typing, not per key
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_updating)
            m_searchDelay.start();
    });
    connect(&m_searchDelay, &QTimer::timeout, this, &ReviewFacetBar::fromControls);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        fromControls();
    });
}

QComboBox *ReviewFacetBar::addCombo(const QString &accessibleName, const QList<QPair<QString, QString>> &entries)
{
    auto *box = new QComboBox(this);
    box->setAccessibleName(accessibleName);
    box->setToolTip(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const auto &[code, label] : entries)
        box->addItem(label, code);
    connect(box, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            fromControls();
    });
    layout()->addWidget(box);
    return box;
}

void ReviewFacetBar::fromControls()
{
    ReviewQuery q = m_query;
    // A facet the bar cannot show as one entry (several markets from a drill-down) stays as it was
    // until its drop-down is changed.
    const auto take = [](const QComboBox *box, QStringList &field) {
        if (field.size() <= 1 || !box->currentData().toString().isEmpty())
            field = listOf(box);
    };
    take(m_kind, q.kinds);
    take(m_reason, q.flagReasons);
    take(m_tier, q.tiers);
    take(m_market, q.markets);
    take(m_locale, q.locales);
    q.claimed = claimFilterFrom(m_claimed->currentData().toString());
    q.sla = slaFilterFrom(m_sla->currentData().toString());
    q.sort = reviewSortFrom(m_sort->currentData().toString());
    q.search = m_search->text().trimmed();
    if (q.sameSelection(m_query))
        return;
    m_query = q;
    emit queryChanged(m_query);
}

void ReviewFacetBar::setQuery(const ReviewQuery &query)
{
    m_updating = true;
    m_query = query;
    select(m_kind, first(query.kinds));
    select(m_reason, first(query.flagReasons));
    select(m_tier, first(query.tiers));
    select(m_market, first(query.markets));
    select(m_locale, first(query.locales));
    select(m_claimed, query.claimed == ClaimFilter::Any ? QString() : toCode(query.claimed));
    select(m_sla, query.sla == SlaFilter::Any ? QString() : toCode(query.sla));
    select(m_sort, toCode(query.sort));
    m_search->setText(query.search);
    m_searchDelay.stop();
    m_updating = false;
}

void ReviewFacetBar::fillViewsMenu()
{
    QMenu *menu = m_views->menu();
    menu->clear();
    menu->addAction(tr("Save current view…"), this, &ReviewFacetBar::saveView);
    ReviewSavedViews views;
    const QStringList names = views.names();
    if (names.isEmpty())
        return;
    menu->addSeparator();
    for (const QString &name : names) {
        menu->addAction(name, this, [this, name] {
            if (auto q = ReviewSavedViews().load(name)) {
                setQuery(*q);
                emit queryChanged(m_query);
            }
        });
    }
    QMenu *remove = menu->addMenu(tr("Delete a view"));
    for (const QString &name : names)
        remove->addAction(name, this, [name] { ReviewSavedViews().remove(name); });
}

void ReviewFacetBar::saveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of this view:"), QLineEdit::Normal,
                                               QString(), &ok)
                             .trimmed()
                             .replace(QLatin1Char('/'), QLatin1Char('-'));
    if (ok && !name.isEmpty())
        ReviewSavedViews().save(name, m_query);
}

} // namespace wk
