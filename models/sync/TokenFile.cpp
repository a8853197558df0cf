#include "TokenFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace wk::tokenfile {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
} // namespace

QString write(const QString &path, const QString &token)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return Tr::tr("Cannot create the folder %1 for the token file.").arg(dir.absolutePath());
        QFile::setPermissions(dir.absolutePath(), kOwnerOnly | QFileDevice::ExeOwner);
    }
    // Created owner-only (QFile::open with permissions applies them at creation): there is no
    // moment at which another user could open it.
    const QString temporary = path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        return Tr::tr("Cannot write the token file %1: %2.").arg(temporary, file.errorString());
    const QByteArray bytes = token.toUtf8() + '\n';
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString why = file.errorString();
        file.close();
        file.remove();
        return Tr::tr("Cannot write the token file %1: %2.").arg(temporary, why);
    }
    file.close();
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Tr::tr("Cannot replace the token file %1.").arg(path);
    }
    return {};
}

QString read(const QString &path, QString *token, QString *warning)
{
    token->clear();
    QFile file(path);
    if (!file.exists())
        return {};
    if (!isPrivate(path)) {
        // Someone (a copy, a restore from backup) widened it: narrow it again before reading.
        if (file.setPermissions(kOwnerOnly))
            *warning = Tr::tr("The token file %1 could be read by other users; it is now readable by you only. "
                              "If you share this computer, ask for a new token.").arg(path);
        else
            *warning = Tr::tr("The token file %1 can be read by other users; make it readable by you only "
                              "(chmod 600).").arg(path);
    }
    if (!file.open(QIODevice::ReadOnly))
        return Tr::tr("Cannot read the token file %1: %2.").arg(path, file.errorString());
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty()) {
            *token = line.trimmed();
            break;
        }
    }
    return {};
}

bool remove(const QString &path) { return !QFile::exists(path) || QFile::remove(path); }

bool isPrivate(const QString &path)
{
#ifdef Q_OS_WIN
    // NTFS permissions are ACLs; the per-user AppData folder is already private to the user.
    Q_UNUSED(path);
    return true;
#else
    return (QFile::permissions(path) & kOthers) == 0;
#endif
}

} // namespace wk::tokenfile
