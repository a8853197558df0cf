#pragma once
// JSON paths for error messages ("$.changes[3].data.gmv_at_risk.currency").
//
// A decoder hands its children a Path that only points at its parent: building the text costs a
// string per field, which a first sync would pay for every field of every item although it is only
// read when something fails. Path::toString() builds it then.
#include "DecodeError.h"

#include <QString>
#include <QStringView>

namespace wk::codec::detail {

// "$.a" + "b" → "$.a.b"; keys that are not identifiers are quoted: "$.attributes[\"size (cm)\"]".
QString childPath(const QString &parent, QStringView key);
QString indexPath(const QString &parent, qsizetype index);

// A path that is only made into text when an error needs it. Lives on the stack of the decoder
// that made it; its parent (and a key it names) must outlive it.
class Path
{
public:
    Path() = default;   // "$"
    explicit Path(const QString &root) : m_root(&root) {}
    Path(const Path &parent, QStringView key) : m_parent(&parent), m_key(key) {}
    Path(const Path &parent, qsizetype index) : m_parent(&parent), m_index(index) {}
    Path(const Path &) = delete;
    Path &operator=(const Path &) = delete;

    QString toString() const;

private:
    const Path *m_parent = nullptr;
    const QString *m_root = nullptr;
    QStringView m_key;
    qsizetype m_index = -1;
};

[[noreturn]] void fail(const QString &path, const QString &reason);
[[noreturn]] void fail(const Path &path, const QString &reason);

} // namespace wk::codec::detail
