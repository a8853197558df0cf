#include "BoardView.h"
#include "ShapedTextDelegate.h"

#include "itemmodels/FulfilmentText.h"
#include "itemmodels/BoardColumnModel.h"
#include "itemmodels/OrderBoardModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace wk {

BoardView::BoardView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("fulfilmentBoard"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(6);
    // One delegate for every column: a card's shaped lines stay cached when it moves between them.
    auto *cards = new ShapedTextDelegate(this);
    for (size_t i = 0; i < kBoardStages.size(); ++i) {
        auto *header = new QLabel(content);
        header->setWordWrap(true);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        auto *view = new QListView(content);
        view->setObjectName(QStringLiteral("boardColumn_") + toCode(kBoardStages[i]));
        view->setUniformItemSizes(true);   // two lines per card: the view need not measure each row
        view->setMinimumWidth(200);
        // A card's lines are cut with an ellipsis (the tooltip has them whole), never scrolled sideways.
        view->setTextElideMode(Qt::ElideRight);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setAlternatingRowColors(true);   // tells one two-line card from the next
        view->setSpacing(1);
        view->setItemDelegate(cards);
        header->setBuddy(view);
        auto *column = new QVBoxLayout;
        column->addWidget(header);
        column->addWidget(view, 1);
        columns->addLayout(column);
        m_headers << header;
        m_views << view;
        connect(view, &QListView::activated, this, [this](const QModelIndex &index) {
            emit orderActivated(index.data(BoardColumnModel::OrderIdRole).toString());
        });
    }
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    updateHeaders();
}

void BoardView::setModel(OrderBoardModel *model)
{
    m_model = model;
    for (int i = 0; i < m_views.size(); ++i)
        m_views[i]->setModel(model ? model->column(i) : nullptr);
    // Once per board read, not once per column count: each header change re-lays out the row of
    // word-wrapped headers, nine times per filter change otherwise.
    if (model)
        connect(model, &OrderBoardModel::loaded, this, &BoardView::updateHeaders);
    updateHeaders();
}

void BoardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateHeaders();
    QWidget::changeEvent(event);
}

void BoardView::updateHeaders()
{
    const QLocale locale;
    for (int i = 0; i < m_headers.size(); ++i) {
        const QString stage = FulfilmentText::stageName(toCode(kBoardStages[size_t(i)]));
        const qint64 count = m_model ? m_model->column(i)->totalCount() : 0;
        m_headers[i]->setText(tr("%1 (%2)").arg(stage, locale.toString(count)));
        m_views[i]->setAccessibleName(tr("Orders in %1: %2").arg(stage, locale.toString(count)));
    }
}

} // namespace wk
