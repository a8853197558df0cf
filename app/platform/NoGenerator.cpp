// Built only while the data generator (app/platform/generator, its own branch) has no sources in
// this tree, so that the platform still links and serves: the store starts empty, live ticks add
// nothing and there is no media. CMake drops this file as soon as generator sources exist.
#include "generator/DataGenerator.h"
#include "generator/MediaLibrary.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPlatformNoGenerator, "wk.platform.generator")

namespace wk::platform {

DataGenerator::DataGenerator(GeneratorOptions options) : m_options(std::move(options)), m_rng(m_options.seed) {}

void DataGenerator::generate(GenerationSink &)
{
    qCWarning(lcPlatformNoGenerator) << "built without the data generator: the store starts empty";
}

void DataGenerator::generateLiveTick(GenerationSink &, const QDateTime &, int) { ++m_liveCounter; }

const MediaLibrary &MediaLibrary::instance()
{
    static const MediaLibrary library;
    return library;
}

MediaLibrary::MediaLibrary() = default;

const MediaEntry *MediaLibrary::find(const QString &) const { return nullptr; }

QByteArray MediaLibrary::bytes(const QString &) const { return {}; }

} // namespace wk::platform
