#pragma once
// The platform token in a plain file readable only by its owner: the fallback where no system
// keychain exists or it cannot be reached (a headless Linux without Secret Service). The file holds
// the token on its first line and nothing else; it is created with owner-only permissions from the
// start (never widened and narrowed afterwards), then renamed over the old one.
#include <QCoreApplication>
#include <QString>

namespace wk::tokenfile {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wk::TokenFile)
};

// Writes `token` to `path` (creating its folder, owner-only too). Returns an error sentence or empty.
QString write(const QString &path, const QString &token);

// Reads the token (the first non-empty line) into *token. Returns an error sentence or empty; an
// absent file is not an error (*token stays empty). When others could read the file it is made
// owner-only and *warning says so.
QString read(const QString &path, QString *token, QString *warning);

// Removes the file if it exists; false only when it exists and cannot be removed.
bool remove(const QString &path);

// True when only the owner may read or write the file (always true where POSIX permissions do
// not apply).
bool isPrivate(const QString &path);

} // namespace wk::tokenfile
