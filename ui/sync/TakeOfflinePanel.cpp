#include "sync/TakeOfflinePanel.h"

#include "sync/TakeOffline.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wk {

TakeOfflinePanel::TakeOfflinePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("takeOfflinePanel"));
    auto *label = new QLabel(tr("Take open &items offline:"), this);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("takeOfflineCount"));
    m_count->setAccessibleName(tr("Number of items to take offline"));
    m_count->setRange(1, TakeOffline::kMaxItems);
    m_count->setValue(20);
    label->setBuddy(m_count);
    m_take = new QPushButton(tr("Claim and download"), this);
    m_take->setObjectName(QStringLiteral("takeOffline"));
    m_take->setAccessibleName(tr("Take items offline"));
    m_take->setToolTip(tr("Claims the most urgent open review items for 8 hours and downloads their media, so "
                          "that you can review them without a network."));
    m_line = new QLabel(this);
    m_line->setObjectName(QStringLiteral("takeOfflineLine"));
    m_line->setWordWrap(true);
    m_line->setTextFormat(Qt::PlainText);
    m_line->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_count);
    row->addWidget(m_take);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_line);

    connect(m_take, &QPushButton::clicked, this, [this] {
        if (!m_task || m_task->isRunning())
            return;
        m_take->setEnabled(false);
        m_task->run(m_count->value());
    });
    setWorkspace(nullptr);
}

void TakeOfflinePanel::setWorkspace(Workspace *workspace)
{
    delete m_task.data();
    setLine({});
    m_take->setEnabled(workspace != nullptr);
    if (!workspace)
        return;
    m_task = new TakeOffline(workspace, this);
    connect(m_task, &TakeOffline::progress, this, &TakeOfflinePanel::setLine);
    connect(m_task, &TakeOffline::finished, this, [this](bool, const QString &sentence) {
        setLine(sentence);
        m_take->setEnabled(true);
    });
}

void TakeOfflinePanel::setLine(const QString &text)
{
    m_line->setText(text);
    m_line->setAccessibleName(text);
    m_line->setVisible(!text.isEmpty());
}

QString TakeOfflinePanel::lineText() const { return m_line->text(); }

} // namespace wk
