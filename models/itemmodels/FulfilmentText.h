#pragma once
// The Fulfilment desk's words for the stable codes: stages, exception codes, supplier tiers and
// command types, translated. One place, so the board, the queue and the detail say the same.
#include <QCoreApplication>
#include <QString>

namespace wk {

class FulfilmentText
{
    Q_DECLARE_TR_FUNCTIONS(wk::FulfilmentText)
public:
    static QString stageName(const QString &stageCode);
    static QString exceptionName(const QString &exceptionCode);
    static QString tierName(const QString &tierCode);
    static QString commandName(const QString &commandTypeCode);
    static QString journalEvent(const QString &event);
};

} // namespace wk
