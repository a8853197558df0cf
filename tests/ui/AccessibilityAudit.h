#pragma once
// What a screen-reader or keyboard-only user meets, checked generically: walks whatever widgets a
// window holds through QAccessible (so it needs no knowledge of the desks) and names every problem
// by object name, class and parent chain, so that it can be fixed without a debugger.
#include <QStringList>

class QWidget;

namespace wk::test {

// Interactive controls (buttons, check boxes, line edits, combo boxes, spin boxes, sliders, tables,
// trees, lists, tab bars ...) that a screen reader would announce without a name. Editors, combo
// boxes, spin boxes and sliders need an accessible name or a label that is their buddy: Qt would
// otherwise announce their current value as the name.
QStringList unnamedControls(QWidget &top);

// Visible, enabled interactive controls that Tab never reaches from within `top` (no Tab focus, or
// left out of the focus chain). A control kept out of the Tab chain on purpose names the key that
// does the same in its "keyboardAlternative" property (the desk switcher: Ctrl+1…9).
QStringList focusChainGaps(QWidget &top);

// "QLineEdit 'platformUrl' in wk::SettingsDialog 'settingsDialog' > QWidget 'page'".
QString describe(const QWidget *widget);

} // namespace wk::test
