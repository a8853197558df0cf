#pragma once
// Text that does not fit, found generically: word-wrapped labels shorter than their text, labels and
// buttons narrower than their text, and visible widgets cut off by their window's edge. Each
// problem names the widget (AccessibilityAudit's describe()).
#include <QStringList>

class QWidget;

namespace wk::test {

QStringList clippedWidgets(const QWidget &top);

} // namespace wk::test
