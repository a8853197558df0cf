#pragma once
// Light and dark follow the operating system through the palette (Qt 6.4 has no colour-scheme API):
// the colours that carry meaning are picked for the palette in use, so that they keep their
// contrast on a dark window as on a light one. Widgets that use them re-apply them on
// QEvent::PaletteChange, which Qt sends when the OS switches. Meaning is never colour alone: the
// text or a shape says it too.
#include <QColor>

class QPalette;

namespace wk {

enum class Tone { Neutral, Good, Warning, Danger, Info };

// True when the palette draws light text on a dark window.
bool isDark(const QPalette &palette);

// Text in this tone on the palette's Window and Base colours, with a contrast of at least 4.5:1
// (WCAG AA for body text) in both the light and the dark palette.
QColor toneColor(Tone tone, const QPalette &palette);

// WCAG 2 contrast ratio of two colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);

// Before QApplication exists: asks Qt's Windows platform plugin for the dark palette when Windows
// is in dark mode (Qt 6.4 needs darkmode=2; macOS and the Linux desktops' themes do it by themselves).
void requestSystemColourScheme();
// After QApplication: on Windows in dark mode, the Fusion style (the native one ignores dark palettes).
void applySystemStyle();

} // namespace wk
