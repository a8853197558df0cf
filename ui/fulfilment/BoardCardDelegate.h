#pragma once
// Paints a board card (two lines of text, each cut with an ellipsis) from shaped text kept between
// paints. The style's own item text is laid out and shaped anew on every paint: with nine columns of
// cards that was most of the desk's painting time on a filter change, and the same cards are painted
// again on every hover, scroll and selection change.

#include <QCache>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace wk {

class BoardCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit BoardCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const QStaticText &shaped(const QString &line, const QStyleOptionViewItem &option, int width) const;

    // Keyed by line, width and font: a few screens of cards.
    mutable QCache<QString, QStaticText> m_lines;
};

} // namespace wk
