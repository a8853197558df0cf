#pragma once

#include "common/Theme.h"

#include <QLabel>

namespace wk {

// A label whose text colour carries a tone (an error in red, a success in green) chosen for the
// current palette, and chosen again when the OS switches between light and dark.
class ToneLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ToneLabel(QWidget *parent = nullptr);

    void setTone(Tone tone);
    Tone tone() const { return m_tone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    Tone m_tone = Tone::Neutral;
    bool m_applying = false;
};

} // namespace wk
