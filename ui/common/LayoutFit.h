#pragma once

class QWidget;

namespace wk {

// Makes a window tall enough for its word-wrapped labels at its current width. Qt sizes a window
// whose layout has height-for-width only once, from its size hint; a fixed width, a translation
// with longer words or a label that appears later leaves the wrapped text clipped without this.
void growToFitHeight(QWidget &window);

} // namespace wk
