#pragma once

class QLineEdit;

namespace wk {

// QLineEdit::setClearButtonEnabled(true) with a name for the little button: Qt 6.4 leaves it
// unnamed, so screen readers would announce just "button".
void enableClearButton(QLineEdit &edit);

} // namespace wk
