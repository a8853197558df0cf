#pragma once
// Masks a customer's personal data for display: the console shows "J••• D•••" and "j•••@e•••.com"
// unless a supervisor explicitly reveals the order's customer (which the journal records).
#include <QString>

namespace wk {

class CustomerPrivacy
{
public:
    // Every word keeps its first character: enough to tell two customers apart in a list.
    static QString maskName(const QString &name);
    // The local part and the domain keep their first character; the top-level domain stays.
    static QString maskEmail(const QString &email);
};

} // namespace wk
