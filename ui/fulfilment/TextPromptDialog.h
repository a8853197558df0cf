#pragma once
// One line of text for a command (a hold reason, a resolution, a note to the supplier), prefilled so
// that Enter alone is enough in a fast triage; refuses an empty answer where one is required.
#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace wk {

class TextPromptDialog : public QDialog
{
    Q_OBJECT
public:
    TextPromptDialog(const QString &title, const QString &label, const QString &text, bool required,
                     QWidget *parent = nullptr);
    QString text() const;
    QLineEdit *edit() const { return m_edit; }

private:
    QLineEdit *m_edit;
    QDialogButtonBox *m_buttons;
};

} // namespace wk
