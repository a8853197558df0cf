#pragma once
// The words the Suppliers desk shows for stable codes: tiers, criteria, exception codes, and how a
// criterion's value reads (a percentage or hours).
#include "domain/Enums.h"
#include "rules/ScorecardSpec.h"

#include <QCoreApplication>
#include <QString>

namespace wk {

class SupplierTexts
{
    Q_DECLARE_TR_FUNCTIONS(SupplierTexts)
public:
    static QString tier(SupplierTier tier);
    static QString tierPlural(SupplierTier tier);
    static QString status(SupplierStatus status);
    static QString criterion(Criterion c);
    // One sentence: what the criterion measures and what its sample is.
    static QString criterionHelp(Criterion c);
    static QString sampleUnit(Criterion c, int sample);
    static QString value(Criterion c, double value);
    static QString exceptionCode(const QString &code);
    static QString standing(Standing s);
};

} // namespace wk
