#pragma once
// Paints an item's text (one or more lines, each cut with an ellipsis, aligned as the model says)
// from shaped text kept between paints; the style paints the rest (background, selection, focus).
// The style's own item text is laid out and shaped anew on every paint: with nine board columns of
// two-line cards and the exception queue's table that was most of the Fulfilment desk's painting
// time on a filter change, and the same cells are painted again on every hover, scroll and
// selection change. For text-only items: no icon, no check box.

#include <QCache>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace wk {

class ShapedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ShapedTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const QStaticText &shaped(const QString &line, const QStyleOptionViewItem &option, int width) const;

    // Keyed by line, width and font: a few screens of cards.
    mutable QCache<QString, QStaticText> m_lines;
};

} // namespace wk
