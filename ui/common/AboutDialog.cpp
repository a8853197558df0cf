#include "common/AboutDialog.h"

#include "common/LayoutFit.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace wk {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Watchkeeper"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/watchkeeper.svg")).pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(QStringLiteral("Watchkeeper"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setWeight(QFont::DemiBold);
    name->setFont(nameFont);

    auto *version = new QLabel(versionText(), this);
    version->setObjectName(QStringLiteral("aboutVersion"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *description = new QLabel(tr("The desk of the supervisors of an AI-run shop: review flagged media, "
                                      "settle order exceptions and keep suppliers honest, online or offline."),
                                   this);
    description->setWordWrap(true);

    auto *licence = new QLabel(tr("Watchkeeper is free software: you can redistribute it and/or modify it "
                                  "under the terms of the GNU General Public License, version 3 or (at your "
                                  "option) any later version (GPL-3.0-or-later). It comes with no warranty."),
                               this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(name);
    text->addWidget(version);
    text->addSpacing(6);
    text->addWidget(description);
    text->addWidget(licence);

    auto *top = new QHBoxLayout;
    top->setSpacing(18);
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setFixedWidth(480);
}

QString AboutDialog::versionText()
{
    return tr("Version %1 (Qt %2)").arg(QStringLiteral(WK_VERSION), QString::fromLatin1(qVersion()));
}

void AboutDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToFitHeight(*this);
}

} // namespace wk
