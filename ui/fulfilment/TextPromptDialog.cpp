#include "TextPromptDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wk {

TextPromptDialog::TextPromptDialog(const QString &title, const QString &label, const QString &text, bool required,
                                   QWidget *parent)
    : QDialog(parent), m_edit(new QLineEdit(text, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("textPromptDialog"));
    setWindowTitle(title);
    auto *caption = new QLabel(label, this);
    caption->setWordWrap(true);
    caption->setBuddy(m_edit);
    m_edit->setAccessibleName(label);
    m_edit->selectAll();
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_edit);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (required) {
        const auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_edit->text().trimmed().isEmpty()); };
        connect(m_edit, &QLineEdit::textChanged, this, update);
        update();
    }
}

QString TextPromptDialog::text() const { return m_edit->text().trimmed(); }

} // namespace wk
