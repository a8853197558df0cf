#include "common/ToneLabel.h"

#include <QEvent>

namespace wk {

ToneLabel::ToneLabel(QWidget *parent) : QLabel(parent) {}

void ToneLabel::setTone(Tone tone)
{
    m_tone = tone;
    applyTone();
}

void ToneLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyTone();
}

void ToneLabel::applyTone()
{
    // The window's palette, not this label's own (which carries the previous tone).
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    QPalette p = base;
    p.setColor(QPalette::WindowText, toneColor(m_tone, base));
    m_applying = true; // setPalette sends a PaletteChange of its own
    setPalette(p);
    m_applying = false;
}

} // namespace wk
