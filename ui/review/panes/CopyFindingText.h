#pragma once
// The words for a copy check's finding (models/rules/CopyChecks): what is wrong and what the
// attributes say instead, as a sentence a supervisor can act on.
#include "rules/CopyChecks.h"

#include <QCoreApplication>

namespace wk {

class CopyFindingText
{
    Q_DECLARE_TR_FUNCTIONS(wk::CopyFindingText)

public:
    static QString sentence(const CopyFinding &finding);
    // "✖ Must fix" or "⚠ Check": the weight of a finding in words, not only in colour.
    static QString severity(const CopyFinding &finding);
    // A product attribute's name (material, size_cm, ...).
    static QString fieldName(const QString &field);
    // An attribute's value with its unit ("45 cm"); "none" for an empty list.
    static QString fieldValue(const QString &field, const QString &value);
};

} // namespace wk
