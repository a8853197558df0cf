// `watchkeeper-bench review-panes [--iterations N] [--media DIR] [--json]`: what the Review desk's
// item panes add to "decide → next item fully shown": an image item shown and painted with its
// media prefetched (target ≤ 16 ms p95) against the same with the media checked and decoded on
// demand (the baseline), the copy checks and the copy pane, and a video's first frame. Run it
// offscreen: QT_QPA_PLATFORM=offscreen watchkeeper-bench review-panes.
#include "BenchRegistry.h"
#include "review/ReviewItemView.h"
#include "review/panes/CopyPane.h"
#include "review/panes/ImageCanvas.h"
#include "review/panes/ImagePane.h"
#include "review/panes/MediaLoader.h"
#include "review/panes/VideoPane.h"
#include "review/panes/VideoSurface.h"
#include "rules/CopyChecks.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>
#include <algorithm>

namespace wk::bench {
namespace {

struct Stats {
    double p50 = 0, p95 = 0;
};
Stats stats(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const auto at = [&values](double q) { return values[size_t(q * double(values.size() - 1) + 0.5)]; };
    return {at(0.5), at(0.95)};
}

MediaAsset asset(const QDir &dir, const QString &file)
{
    MediaAsset a;
    a.id = file.section(QLatin1Char('.'), 0, 0);
    a.mimeType = file.endsWith(QLatin1String(".png")) ? QStringLiteral("image/png")
                 : file.endsWith(QLatin1String(".mp4")) ? QStringLiteral("video/mp4")
                                                         : QStringLiteral("image/jpeg");
    QFile f(dir.filePath(file));
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = f.readAll();
        a.size = bytes.size();
        a.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
    a.durationMs = a.mimeType == QLatin1String("video/mp4") ? 3000 : 0;
    return a;
}

QDir mediaDir(const QStringList &args)
{
    const qsizetype at = args.indexOf(QStringLiteral("--media"));
    if (at >= 0 && at + 1 < args.size())
        return QDir(args.at(at + 1));
    for (const QString &candidate : {QStringLiteral("resources/media"),
                                     QCoreApplication::applicationDirPath() + QStringLiteral("/../../../resources/media")})
        if (QDir(candidate).exists(QStringLiteral("manifest.json")))
            return QDir(candidate);
    return QDir(QStringLiteral("resources/media"));
}

// Shows each item and paints it; the time until both images are on screen.
std::vector<double> showImages(ReviewItemView &view, const QList<ReviewItem> &items, const QDir &dir, int iterations)
{
    std::vector<double> times;
    for (int i = 0; i < iterations; ++i) {
        const ReviewItem &item = items.at(i % items.size());
        QElapsedTimer timer;
        timer.start();
        view.showItem(item, std::nullopt);
        view.setMediaFile(item.media->id, dir.filePath(item.media->id + QLatin1Char('.') + item.media->mimeType.section(QLatin1Char('/'), 1).replace(QLatin1String("jpeg"), QLatin1String("jpg"))));
        view.setMediaFile(item.sourceMedia->id, dir.filePath(item.sourceMedia->id + QStringLiteral(".jpg")));
        auto *pane = qobject_cast<ImagePane *>(view.currentPane());
        while (!(pane->generatedCanvas()->hasImage() && pane->sourceCanvas()->hasImage()) && timer.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        view.repaint();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

int run(const QStringList &args)
{
    const bool json = args.contains(QStringLiteral("--json"));
    const qsizetype at = args.indexOf(QStringLiteral("--iterations"));
    const int iterations = at >= 0 && at + 1 < args.size() ? std::max(1, args.at(at + 1).toInt()) : 200;
    const QDir dir = mediaDir(args);

    QList<ReviewItem> images;
    for (const QString &file : dir.entryList({QStringLiteral("gen-*.jpg"), QStringLiteral("gen-*.png")}, QDir::Files, QDir::Name)) {
        ReviewItem item;
        item.id = file;
        item.kind = MediaKind::Image;
        item.media = asset(dir, file);
        const QString product = file.section(QLatin1Char('-'), 1, 1);
        item.sourceMedia = asset(dir, QStringLiteral("src-%1.jpg").arg(product));
        item.suspectRegions = {Region{0.3, 0.3, 0.2, 0.2, QStringLiteral("artefact_visible"), {}}};
        images.append(item);
    }
    if (images.isEmpty()) {
        QTextStream(stderr) << "No demo media in " << dir.absolutePath() << ": pass --media <resources/media>.\n";
        return 2;
    }

    ReviewItemView view;
    view.resize(1280, 720);
    view.show();
    QCoreApplication::processEvents();

    // Baseline: nothing prefetched, every file hashed and decoded when it is shown.
    std::vector<double> cold;
    for (int i = 0; i < iterations; ++i) {
        MediaLoader::clearCache();
        const auto one = showImages(view, {images.at(i % images.size())}, dir, 1);
        cold.push_back(one.front());
    }
    // With prefetch: the desk asks for the next items' media ahead, as it does while one is open.
    MediaLoader::clearCache();
    for (const ReviewItem &item : std::as_const(images)) {
        ReviewItemView::prefetchMedia(*item.media, dir.filePath(item.media->id + (item.media->mimeType == QLatin1String("image/png") ? QStringLiteral(".png") : QStringLiteral(".jpg"))));
        ReviewItemView::prefetchMedia(*item.sourceMedia, dir.filePath(item.sourceMedia->id + QStringLiteral(".jpg")));
    }
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < 10000
           && !std::all_of(images.cbegin(), images.cend(), [&dir](const ReviewItem &item) {
                  return MediaLoader::isCached(*item.sourceMedia, dir.filePath(item.sourceMedia->id + QStringLiteral(".jpg")));
              }))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QCoreApplication::processEvents();
    const std::vector<double> warm = showImages(view, images, dir, iterations);

    // Copy: the checks alone, and the pane (checks, highlight, diff, attributes) shown and painted.
    Product product;
    product.attributes = {{QStringLiteral("material"), QStringLiteral("ceramic")}, {QStringLiteral("size_cm"), QStringLiteral("10")},
                          {QStringLiteral("weight_g"), QStringLiteral("350")}, {QStringLiteral("colour"), QStringLiteral("white")}};
    ReviewItem copy;
    copy.id = QStringLiteral("copy");
    copy.kind = MediaKind::Copy;
    copy.locale = QStringLiteral("de-DE");
    copy.previousCopyText = QString::fromUtf16(u"Unser Bestseller: Tasse in Weiß. Material: Keramik. Größe: 10 cm. Gewicht: 350 g. Versand in recycelter Verpackung.");
    copy.copyText = QString::fromUtf16(u"Tasse in Weiß – für jeden Tag gemacht. Material: Keramik. Größe: 16 cm. Gewicht: 350 g. "
                                       u"Aus 100 % Merinowolle gefertigt. CE-zertifiziert. Heilt Rückenschmerzen. Versand in recycelter Verpackung.");
    std::vector<double> checks, copyPane;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto findings = CopyChecks::check(copy.copyText, copy.locale, product.attributes);
        checks.push_back(double(timer.nsecsElapsed()) / 1e6);
        Q_UNUSED(findings)
        copy.id = QString::number(i);
        timer.restart();
        view.showItem(copy, product);
        view.repaint();
        copyPane.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    // Video: from showItem to the first decoded frame painted (a few runs: each opens a player).
    std::vector<double> video;
    if (VideoPane::backendProblem().isEmpty()) {
        const QString file = QStringLiteral("vid-lamp-jump.mp4");
        ReviewItem item;
        item.kind = MediaKind::Video;
        item.media = asset(dir, file);
        for (int i = 0; i < 5; ++i) {
            item.id = QStringLiteral("video-%1").arg(i);
            QElapsedTimer timer;
            timer.start();
            view.showItem(item, std::nullopt);
            view.setMediaFile(item.media->id, dir.filePath(file));
            auto *pane = qobject_cast<VideoPane *>(view.currentPane());
            while (!pane->surface()->hasFrame() && view.mediaProblem().isEmpty() && timer.elapsed() < 10000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            view.repaint();
            video.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }

    BenchReport report(QStringLiteral("review-panes"));
    report.setContext(QStringLiteral("iterations"), QString::number(iterations));
    report.setContext(QStringLiteral("images"), QString::number(images.size()));
    report.setContext(QStringLiteral("platform"), QGuiApplication::platformName());
    const Stats c = stats(cold), w = stats(warm), k = stats(checks), p = stats(copyPane), v = stats(video);
    report.add({QStringLiteral("image_shown_prefetched_p95_ms"), QStringLiteral("image item shown + painted, prefetched, p95"),
                w.p95, QStringLiteral("ms"), 16.0, c.p95, QStringLiteral("checked and decoded on demand"), true});
    report.add({QStringLiteral("image_shown_prefetched_p50_ms"), QStringLiteral("image item shown + painted, prefetched, p50"),
                w.p50, QStringLiteral("ms"), std::nullopt, c.p50, QStringLiteral("checked and decoded on demand"), true});
    report.add({QStringLiteral("copy_checks_p95_ms"), QStringLiteral("copy checks of one text, p95"), k.p95,
                QStringLiteral("ms"), 1.0, std::nullopt, {}, true});
    report.add({QStringLiteral("copy_item_shown_p95_ms"), QStringLiteral("copy item shown + painted (checks, diff), p95"), p.p95,
                QStringLiteral("ms"), 16.0, std::nullopt, {}, true});
    if (!video.empty())
        report.add({QStringLiteral("video_first_frame_p50_ms"), QStringLiteral("video item: first frame painted, p50"), v.p50,
                    QStringLiteral("ms"), std::nullopt, std::nullopt, {}, true});
    report.add({QStringLiteral("peak_rss_mb"), QStringLiteral("peak RSS"), peakRssMb(), QStringLiteral("MB"), std::nullopt,
                std::nullopt, {}, true});
    return report.print(json);
}

} // namespace

WK_REGISTER_BENCH("review-panes", "the item panes: image shown with/without prefetch, copy checks, video first frame", run);

} // namespace wk::bench
