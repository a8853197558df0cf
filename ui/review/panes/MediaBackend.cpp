#include "review/panes/MediaBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QtGlobal>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

Q_LOGGING_CATEGORY(lcMediaBackend, "wk.review.media")

namespace wk {

void chooseMediaBackend()
{
#if defined(Q_OS_LINUX) && QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    static const bool once = [] {
        if (!qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
            return true;   // the user's (or a test's) choice stands
        // Only a plugin that is really there: a named backend that fails to load leaves Qt with
        // no backend at all, not with its default.
        for (const QString &path : QCoreApplication::libraryPaths()) {
            const QDir dir(path + QStringLiteral("/multimedia"));
            if (!dir.entryList({QStringLiteral("*ffmpegmediaplugin*")}, QDir::Files).isEmpty()) {
                qputenv("QT_MEDIA_BACKEND", "ffmpeg");
                qCInfo(lcMediaBackend) << "video through Qt's FFmpeg backend, from" << dir.path();
                return true;
            }
        }
        return true;
    }();
    Q_UNUSED(once)
#endif
}

void keepLargeBuffersOutOfTheHeap()
{
#if defined(__GLIBC__)
    static const bool once = [] {
        constexpr int kThreshold = 256 * 1024;
        if (mallopt(M_MMAP_THRESHOLD, kThreshold) != 1)
            qCWarning(lcMediaBackend) << "could not set the allocator's mmap threshold";
        return true;
    }();
    Q_UNUSED(once)
#endif
}

} // namespace wk
