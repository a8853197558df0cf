#pragma once
// The pieces of SQL that the Fulfilment desk's queries share (FulfilmentQueries.cpp for the board,
// ExceptionQueries.cpp for the queue): SQL text built with its positional binds, and the order
// filters and the search as SQL. Private to models/itemmodels.
#include "FulfilmentTypes.h"

#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace wk {

class Statement;

namespace fulfilment {

using Bind = std::variant<qint64, QString>;

// A piece of SQL with its positional binds, in order.
struct Sql {
    QString text;
    QList<Bind> binds;
    void add(const QString &clause, const QList<Bind> &values = {})
    {
        text += clause;
        binds += values;
    }
};

void bindAll(Statement &st, const QList<Bind> &binds);
std::optional<qint64> optionalInt(const Statement &st, int col);

// Filters on the orders row `o` that every query shares (not the exception code, SLA or search,
// which select the driving set of ids).
void addOrderFilters(Sql &sql, const FulfilmentFilter &f);
// The orders a search term finds (order id prefix, tracking number, customer name or email) as a
// compound SELECT of ids.
void addSearchIds(Sql &sql, const QString &term);

} // namespace fulfilment
} // namespace wk
