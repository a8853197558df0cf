// Decoding a GET /v1/changes page on one thread, in CPU time per change:
//   watchkeeper-bench decode [--pages N] [--page-size N] [--json]
// The console decodes each page with codec::decodeChangesPageBody (one JsonTape of the body, the
// decoders over it, each upsert's data bytes kept). The baseline in the same run is the QJsonValue
// route over the same body: QJsonDocument::fromJson, then the same decoders through a tape of the
// value (what decoding cost before the tape, plus the wrapper). The first sync's budget on two
// cores leaves about 8 us of CPU per change to decoding (issue 3).
#include "../models/CodecSamples.h"
#include "BenchRegistry.h"
#include "sync/Codecs.h"
#include "sync/JsonTape.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <ctime>

using namespace wk;

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// A page of review items as a first sync pulls them: images, videos and copy, each its own.
QByteArray reviewItemsPage(int pageIndex, int size)
{
    ChangesPage page;
    for (int i = 0; i < size; ++i) {
        const int n = pageIndex * size + i;
        ReviewItem item = n % 3 == 2 ? samples::minimalReviewItem() : samples::reviewItem();
        item.id = QStringLiteral("rv-%1").arg(n);
        item.title = QStringLiteral("Rattan lamp \u00e9dition %1").arg(n);
        item.version = 1 + n % 7;
        page.changes.append(codec::upsertChange(item));
    }
    page.cursor = QStringLiteral("cursor-%1").arg(pageIndex);
    page.hasMore = true;
    return QJsonDocument(codec::encode(page)).toJson(QJsonDocument::Compact);
}

// CPU seconds per change of `decode` over the bodies; the decoded count is checked, so that the
// work cannot be optimised away or silently fail.
template <typename Decode>
double cpuPerChange(const QList<QByteArray> &bodies, int rounds, int pageSize, Decode decode)
{
    qint64 changes = 0;
    const double start = threadCpuSeconds();
    for (int r = 0; r < rounds; ++r)
        for (const QByteArray &body : bodies)
            changes += decode(body);
    const double seconds = threadCpuSeconds() - start;
    if (changes != qint64(rounds) * bodies.size() * pageSize)
        qFatal("decode bench: %lld changes decoded, expected %lld", changes, qint64(rounds) * bodies.size() * pageSize);
    return seconds / double(changes);
}

int runDecode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("pages"), QStringLiteral("Pages decoded by the tape."), QStringLiteral("N"),
                        QStringLiteral("100")},
                       {QStringLiteral("page-size"), QStringLiteral("Changes per page."), QStringLiteral("N"),
                        QStringLiteral("1000")},
                       {QStringLiteral("json"), QStringLiteral("One JSON object instead of a table.")}});
    parser.process(QStringList{QStringLiteral("watchkeeper-bench decode")} + arguments);
    const int pages = qMax(1, parser.value(QStringLiteral("pages")).toInt());
    const int pageSize = qMax(1, parser.value(QStringLiteral("page-size")).toInt());

    // Ten distinct bodies, decoded round after round (generating a million items would dominate).
    const int distinct = qMin(pages, 10);
    QList<QByteArray> bodies;
    qint64 bytes = 0;
    for (int p = 0; p < distinct; ++p) {
        bodies.append(reviewItemsPage(p, pageSize));
        bytes += bodies.constLast().size();
    }
    const int rounds = qMax(1, pages / distinct);
    // The baseline is ~10x slower: a tenth of the pages tells it as well.
    const int baselineRounds = qMax(1, rounds / 10);

    const auto tapePage = [](const QByteArray &body) { return codec::decodeChangesPageBody(body).changes.size(); };
    const auto valuePage = [](const QByteArray &body) {
        return codec::decodeChangesPage(codec::parseObject(body)).changes.size();
    };
    const double tape = cpuPerChange(bodies, rounds, pageSize, tapePage) * 1e6;
    const double value = cpuPerChange(bodies, baselineRounds, pageSize, valuePage) * 1e6;
    const double tapeParse = cpuPerChange(bodies, rounds, pageSize, [&](const QByteArray &body) {
                                 return json::JsonTape(body).root().member(u"changes").size();
                             }) * 1e6;
    const double qtParse = cpuPerChange(bodies, baselineRounds, pageSize, [](const QByteArray &body) {
                               return QJsonDocument::fromJson(body).object().value(QLatin1StringView("changes")).toArray().size();
                           }) * 1e6;

    bench::BenchReport report(QStringLiteral("decode"));
    report.setContext(QStringLiteral("pages"), QString::number(rounds * distinct));
    report.setContext(QStringLiteral("page_size"), QString::number(pageSize));
    report.setContext(QStringLiteral("bytes_per_change"), QString::number(bytes / (qint64(distinct) * pageSize)));
    report.add({QStringLiteral("decode_cpu_us_per_change"), QStringLiteral("decodeChangesPageBody, CPU per change"),
                tape, QStringLiteral("us"), 8.0, value,
                QStringLiteral("QJsonDocument + decodeChangesPage(QJsonValue)"), true});
    report.add({QStringLiteral("decode_changes_per_s"), QStringLiteral("  changes/s on one thread"), 1e6 / tape,
                QStringLiteral("changes/s"), std::nullopt, 1e6 / value, QStringLiteral("the same baseline"), false});
    report.add({QStringLiteral("parse_cpu_us_per_change"), QStringLiteral("  of which JsonTape parse"), tapeParse,
                QStringLiteral("us"), std::nullopt, qtParse, QStringLiteral("QJsonDocument::fromJson alone"), true});
    return report.print(parser.isSet(QStringLiteral("json")));
}

} // namespace

WK_REGISTER_BENCH("decode", "Decoding a changes page: CPU per change [--pages N] [--page-size N]", runDecode);
