#pragma once
// Words for the stable codes the Overview shows (translated): media kinds, flag reasons, exception
// codes, money. Unknown codes are shown as they are.
#include "domain/Money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace wk {

class OverviewTexts
{
    Q_DECLARE_TR_FUNCTIONS(wk::OverviewTexts)
public:
    static QString kind(const QString &code);          // image, video, copy, logistics
    static QString flagReason(const QString &code);
    static QString exceptionCode(const QString &code);
    static QString money(const Money &amount);
    static QString moneyList(const QList<Money> &amounts);   // "€12.00 · $3.50", or "nothing"
    static QString percent(double fraction);
};

} // namespace wk
