#include "ShapedTextDelegate.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace wk {

ShapedTextDelegate::ShapedTextDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
    m_lines.setMaxCost(4000);
}

const QStaticText &ShapedTextDelegate::shaped(const QString &line, const QStyleOptionViewItem &option, int width) const
{
    const QString key = option.font.key() + QChar(0x1f) + QString::number(width) + QChar(0x1f) + line;
    if (QStaticText *hit = m_lines.object(key))
        return *hit;
    auto *text = new QStaticText(line);
    text->setTextFormat(Qt::PlainText);
    text->setPerformanceHint(QStaticText::AggressiveCaching);
    text->prepare(QTransform(), option.font);
    // Most lines fit: shaped once. Only a line too wide is measured again to be cut.
    if (text->size().width() > width) {
        text->setText(option.fontMetrics.elidedText(line, option.textElideMode, width));
        text->prepare(QTransform(), option.font);
    }
    m_lines.insert(key, text);
    return *m_lines.object(key);
}

void ShapedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The text's place as the style would put it, then everything but the text from the style
    // (background, alternating rows, selection, focus).
    const QStyle::SubElement textElement = QStyle::SE_ItemViewItemText;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = style->subElementRect(textElement, &opt, widget).adjusted(margin, 0, -margin, 0);
    // displayText() has turned the model's '\n' into line separators.
    const QStringList lines = opt.text.split(QChar::LineSeparator);
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                            : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect);
    const int lineHeight = opt.fontMetrics.lineSpacing();
    int y = textRect.top() + std::max(0, (textRect.height() - lineHeight * int(lines.size())) / 2);
    for (const QString &line : lines) {
        const QStaticText &text = shaped(line, opt, textRect.width());
        int x = textRect.left();
        const int room = textRect.width() - int(text.size().width());
        if (opt.displayAlignment & Qt::AlignRight)
            x += room;
        else if (opt.displayAlignment & Qt::AlignHCenter)
            x += room / 2;
        painter->drawStaticText(x, y, text);
        y += lineHeight;
    }
    painter->restore();
}

} // namespace wk
