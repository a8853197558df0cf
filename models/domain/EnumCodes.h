#pragma once
// Stable string codes for enums. The codes are part of the wire contract and the cache schema:
// never renumber or rename one, only add.
#include <QString>
#include <QStringList>
#include <QStringView>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace wk {

template <typename E, std::size_t N>
using EnumCodeTable = std::array<std::pair<E, std::string_view>, N>;

template <typename E, std::size_t N>
QString codeFromTable(const EnumCodeTable<E, N> &table, E value)
{
    for (const auto &[e, code] : table)
        if (e == value)
            return QString::fromLatin1(code.data(), qsizetype(code.size()));
    return {};
}

template <typename E, std::size_t N>
std::optional<E> enumFromTable(const EnumCodeTable<E, N> &table, QStringView code)
{
    for (const auto &[e, c] : table)
        if (code == QLatin1StringView(c.data(), qsizetype(c.size())))
            return e;
    return std::nullopt;
}

template <typename E, std::size_t N>
QStringList allCodesFromTable(const EnumCodeTable<E, N> &table)
{
    QStringList out;
    for (const auto &[e, c] : table)
        out << QString::fromLatin1(c.data(), qsizetype(c.size()));
    return out;
}

} // namespace wk

// Declares toCode(E), fromCode<E>(QStringView) and allCodes<E>() for an enum with a code table.
#define WK_DECLARE_ENUM_CODES(Enum)                                                                \
    QString toCode(Enum value);                                                                    \
    template <> std::optional<Enum> fromCode<Enum>(QStringView code);                              \
    template <> QStringList allCodes<Enum>();

#define WK_DEFINE_ENUM_CODES(Enum, table)                                                          \
    QString toCode(Enum value) { return codeFromTable(table, value); }                             \
    template <> std::optional<Enum> fromCode<Enum>(QStringView code)                               \
    {                                                                                              \
        return enumFromTable(table, code);                                                         \
    }                                                                                              \
    template <> QStringList allCodes<Enum>() { return allCodesFromTable(table); }
