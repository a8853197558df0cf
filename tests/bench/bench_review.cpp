// watchkeeper-bench review [--items N] [--db PATH] [--baseline-items N] [--samples N] [--json]
//
// The Review desk on a cache of N review items (default 1,000,000; built once into --db, default
// /tmp/watchkeeper-bench-review-N.db, and reused): open → first rows painted, FTS search p95, facet
// and sort change p95, jump to a random row p95, sequential page fetch p95, decide → next item shown
// p95, peak RSS. Each against the target, the raw SQLite query time as the floor, and stock
// QSqlTableModel + QSortFilterProxyModel as the baseline (on --baseline-items rows: it holds every
// row in memory) with the ratio.
#include "../models/ReviewSamples.h"
#include "../ui/ReviewDeskShown.h"
#include "BenchRegistry.h"
#include "itemmodels/ReviewQueueModel.h"
#include "review/ReviewDesk.h"
#include "review/ReviewItemView.h"
#include "review/panes/CopyPane.h"
#include "review/panes/ImageCanvas.h"
#include "review/panes/ImagePane.h"
#include "review/panes/VideoPane.h"
#include "storage/Statement.h"
#include "sync/Codecs.h"
#include "sync/MediaCache.h"
#include "sync/Workspace.h"

#include <QAction>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>

#ifdef WK_HAVE_QTSQL
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlTableModel>
#endif

using namespace wk;
using namespace wk::bench;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    // The thread sleeps until an event comes (an answer from a reader thread, a paint, ...); a
    // 1 ms tick wakes it for conditions no event announces. processEvents(flags, ms) does not
    // wait: it spun, and on two cores took the time of the very reader threads being measured.
    QTimer tick;
    tick.start(1);
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

double ms(const QElapsedTimer &t) { return double(t.nsecsElapsed()) / 1e6; }


double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5)));
}
double median(const QList<double> &v) { return percentile(v, 0.5); }

qint64 reviewCount(const QString &path)
{
    if (!QFile::exists(path))
        return -1;
    try {
        Database db(path, Database::Mode::ReadOnly);
        Statement st(db, QStringLiteral("SELECT count(*) FROM review_items"));
        st.step();
        return st.columnInt64(0);
    } catch (const StorageError &) {
        return -1;
    }
}

// Straight into the table (indexes dropped and rebuilt, one FTS rebuild): minutes less than
// ReviewStore's per-row upserts for a million items, and the same rows.
void buildCache(const QString &path, int items)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    Database db = openCache(path, CacheOpenOptions{false, 5000});
    db.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    QStringList indexSql, indexNames;
    {
        Statement st(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                        "tbl_name = 'review_items' AND sql IS NOT NULL"));
        while (st.step()) {
            indexNames << st.columnText(0);
            indexSql << st.columnText(1);
        }
    }
    for (const QString &name : std::as_const(indexNames))
        db.exec(QStringLiteral("DROP INDEX ") + name);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        Transaction tx(db);
        SupplierStore suppliers(db);
        for (int i = 0; i < 40; ++i)
            suppliers.upsert(samples::supplier(i));
        ReviewStore store(db);
        Statement ins(db, QStringLiteral(
            "INSERT INTO review_items (id, kind, status, sku, title, supplier_id, product_id, market, locale, "
            "ai_confidence, gmv_minor, currency, claimed_by, claim_expires_at, created_at, sla_due_at, flag_mask, "
            "flag_codes, copy_text, media_id, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
            "?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)"));
        Statement insData(db, QStringLiteral("INSERT INTO review_item_data (item_rowid, data) VALUES (?1, ?2)"));
        for (int i = 0; i < items; ++i) {
            ReviewItem r = samples::reviewItem(i);
            if (i % 17 == 0 || i % 29 == 0) {
                r.status = ReviewStatus::Claimed;
                r.claimedBy = i % 17 == 0 ? QStringLiteral("sv-other") : QStringLiteral("sv-bench");
                r.claimExpiresAt = now.addSecs(3600);
            }
            if (i < 100 && r.media)
                store.upsertMediaAsset(*r.media);
            QStringList codes;
            for (FlagReason f : r.flagReasons)
                codes << toCode(f);
            ins.bind(1, r.id).bind(2, toCode(r.kind)).bind(3, toCode(r.status)).bind(4, r.sku).bind(5, r.title);
            ins.bind(6, r.supplierId).bind(7, r.productId).bind(8, r.market).bind(9, r.locale.isNull() ? QStringLiteral("") : r.locale);
            ins.bind(10, r.aiConfidence).bind(11, r.gmvAtRisk.minorUnits()).bind(12, r.gmvAtRisk.currency());
            ins.bind(13, r.claimedBy.isEmpty() ? QString() : r.claimedBy);
            if (r.claimExpiresAt.isValid())
                ins.bind(14, r.claimExpiresAt.toMSecsSinceEpoch());
            else
                ins.bindNull(14);
            ins.bind(15, r.createdAt.toMSecsSinceEpoch()).bind(16, r.slaDueAt.toMSecsSinceEpoch());
            ins.bind(17, flagMask(r.flagReasons)).bind(18, codes.join(QLatin1Char(' ')));
            ins.bind(19, r.copyText.isNull() ? QStringLiteral("") : r.copyText);
            ins.bind(20, r.media ? r.media->id : QStringLiteral("")).bind(21, r.version);
            ins.run();
            insData.bind(1, db.lastInsertRowId())
                .bindText(2, QJsonDocument(codec::encode(r)).toJson(QJsonDocument::Compact));
            insData.run();
            if (i % 100000 == 0 && i > 0)
                std::fprintf(stderr, "  %d items\n", i);
        }
        tx.commit();
    }
    std::fprintf(stderr, "  indexes and search index\n");
    for (const QString &sql : std::as_const(indexSql))
        db.exec(sql);
    db.exec(QStringLiteral("INSERT INTO review_items_fts (review_items_fts) VALUES ('rebuild')"));
}

// The sample items' media (50 assets of each kind, named by their sha256) as real files in the
// workspace's media folder, as the MediaCache leaves them after a download: the real panes decode
// real JPEGs and open real H.264 files. The samples' sha256 are placeholders, so these bytes would
// fail a hash check; the desk trusts a path from the MediaCache (it hashed them when it stored
// them), which is the behaviour measured here.
void seedMedia(const QString &cachePath)
{
    const QString source = QStringLiteral(WK_SOURCE_DIR "/resources/media/");
    const QString folder = Workspace::mediaDirectoryFor(cachePath);
    QDir().mkpath(folder);
    const QStringList images = QDir(source).entryList({QStringLiteral("gen-*.jpg")});
    const QStringList videos = QDir(source).entryList({QStringLiteral("vid-*.mp4")});
    for (int i = 0; i < 150; ++i) {
        const ReviewItem item = samples::reviewItem(i);
        if (!item.media)
            continue;
        const bool video = item.kind == MediaKind::Video;
        const QString target = QDir(folder).filePath(MediaCache::fileNameFor(*item.media));
        if (!QFile::exists(target))
            QFile::copy(source + (video ? videos.at(i % videos.size()) : images.at(i % images.size())), target);
    }
}

// The open item fully shown in the real pane (ReviewDeskShown.h): a video counts from its first
// frame on screen.
bool fullyShown(ReviewDesk &desk) { return reviewtest::fullyShown(desk, reviewtest::VideoShown::FirstFrame); }

QList<QVariantMap> facetChanges()
{
    const auto f = [](const char *key, const QVariant &value) { return QVariantMap{{QString::fromLatin1(key), value}}; };
    return {f("kind", QStringLiteral("video")), f("kind", QStringLiteral("copy")), f("market", QStringLiteral("AU")),
            f("flag_reason", QStringLiteral("low_confidence")), f("tier", QStringLiteral("direct_factory")),
            f("locale", QStringLiteral("de-DE")), f("claimed", QStringLiteral("nobody")),
            f("claimed", QStringLiteral("others")), f("sla", QStringLiteral("due_soon")),
            f("flag_reason", QStringLiteral("wrong_colour")),
            QVariantMap{{QStringLiteral("kind"), QStringLiteral("image")}, {QStringLiteral("market"), QStringLiteral("DE")}},
            f("kind", QStringLiteral("image"))};
}

QStringList searchWords()
{
    return {QStringLiteral("kettle"), QStringLiteral("rattan lamp"), QStringLiteral("waterproof"),
            QStringLiteral("certification_claim"), QStringLiteral("SKU-0004"), QStringLiteral("wool scarf 42"),
            QStringLiteral("bamb"), QStringLiteral("drone"), QStringLiteral("ceramic teapot"), QStringLiteral("flash_frame"),
            QStringLiteral("steel 7"), QStringLiteral("carbon sneaker 96"), QStringLiteral("blender"),
            QStringLiteral("nosuchword"), QStringLiteral("SKU-000123")};
}

// Time from setting a query on the model to its first page in memory.
double timeToFirstPage(ReviewQueueModel &model, const ReviewQuery &query)
{
    QElapsedTimer t;
    t.start();
    model.setQuery(query);
    waitFor([&] { return model.hasFirstPage(); });
    return ms(t);
}

} // namespace

static int benchReview(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption itemsOpt(QStringLiteral("items"), QStringLiteral("Review items."), QStringLiteral("n"),
                                      QStringLiteral("1000000"));
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Cache file (reused)."), QStringLiteral("path"));
    const QCommandLineOption baseOpt(QStringLiteral("baseline-items"), QStringLiteral("Rows for the QtSql baseline."),
                                     QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption samplesOpt(QStringLiteral("samples"), QStringLiteral("Samples per figure."),
                                        QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("One JSON object."));
    const QCommandLineOption buildOpt(QStringLiteral("build-only"), QStringLiteral("Only build the cache (a child process)."));
    const QCommandLineOption verboseOpt(QStringLiteral("verbose"), QStringLiteral("Every sample on stderr."));
    parser.addOptions({itemsOpt, dbOpt, baseOpt, samplesOpt, jsonOpt, buildOpt, verboseOpt});
    parser.parse(QStringList{QStringLiteral("review")} + arguments);
    const int items = parser.value(itemsOpt).toInt();
    const int samples = qMax(5, parser.value(samplesOpt).toInt());
    const QString path = parser.isSet(dbOpt) ? parser.value(dbOpt)
                                             : QStringLiteral("/tmp/watchkeeper-bench-review-%1.db").arg(items);
    if (parser.isSet(buildOpt)) {
        buildCache(path, items);
        return 0;
    }
    if (reviewCount(path) != items) {
        // In a child process: building a million rows (and their indexes) takes far more memory
        // than the desk ever does, and the peak RSS measured here is the desk's.
        std::fprintf(stderr, "building %s with %d review items…\n", qPrintable(path), items);
        QProcess::execute(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("review"), QStringLiteral("--items"), QString::number(items),
                           QStringLiteral("--db"), path, QStringLiteral("--build-only")});
        if (reviewCount(path) != items) {
            std::fprintf(stderr, "could not build %s\n", qPrintable(path));
            return 1;
        }
    }
    const bool verbose = parser.isSet(verboseOpt);
    const auto note = [verbose](const QString &what, double modelMs, double rawMs) {
        if (verbose)
            std::fprintf(stderr, "  %-40s model %8.2f ms  raw %8.2f ms\n", qPrintable(what), modelMs, rawMs);
    };
    const auto noteRss = [verbose](const char *after) {
        if (verbose)
            std::fprintf(stderr, "RSS after %s: %.0f MB (peak %.0f MB)\n", after, currentRssMb(), peakRssMb());
    };
    {
        Database db(path);
        db.exec(QStringLiteral("DELETE FROM outbox"));   // a previous run's decisions
    }
    QRandomGenerator random(42);
    // The raw floor runs the model's very query: as the model does, with the supervisor and the
    // time filled in (without them "claimed by others" matches nothing and walks every row).
    const auto asModel = [](ReviewQuery q) {
        q.me = QStringLiteral("sv-bench");
        q.nowMs = QDateTime::currentMSecsSinceEpoch();
        return q;
    };
    BenchReport report(QStringLiteral("review"));
    report.setContext(QStringLiteral("items"), QString::number(items));

    // 1. Open → first rows painted (a fresh model, readers and connection each time).
    QList<double> firstPaint;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        QTableView view;
        auto *model = new ReviewQueueModel(&view);
        view.setModel(model);
        view.resize(1200, 800);
        view.show();
        model->setCachePath(path);
        waitFor([&] { return model->hasFirstPage(); });
        view.viewport()->repaint();
        firstPaint << ms(t);
    }

    noteRss("first paint");
    // The queue's figures on a model and a raw reader of the bench's own, let go of before the
    // desk is measured: they are not the desk's memory.
    auto rawReader = std::make_unique<ReviewQueueReader>(path);
    auto queueModel = std::make_unique<ReviewQueueModel>();
    ReviewQueueReader &raw = *rawReader;
    ReviewQueueModel &model = *queueModel;
    model.setSupervisorId(QStringLiteral("sv-bench"));
    model.setCachePath(path);
    waitFor([&] { return model.hasFirstPage(); });

    // 2. FTS search: model (query → first page) and the raw query as the floor.
    QList<double> search, searchRaw;
    const QStringList words = searchWords();
    for (int i = 0; i < samples; ++i) {
        ReviewQuery q;
        q.search = words.at(i % words.size());
        search << timeToFirstPage(model, q);
        model.setQuery(ReviewQuery());
        waitFor([&] { return model.hasFirstPage(); });
        QElapsedTimer t;
        t.start();
        raw.page(asModel(q), ReviewQueueModel::kPageSize, std::nullopt);
        searchRaw << ms(t);
        note(QStringLiteral("search ") + q.search, search.last(), searchRaw.last());
    }
    noteRss("searches");
    // 3. Facet changes, and sort changes.
    QList<double> facet, facetRaw, sortChange;
    const QList<QVariantMap> facets = facetChanges();
    for (int i = 0; i < samples; ++i) {
        const ReviewQuery q = ReviewQuery::fromVariant(facets.at(i % facets.size()));
        facet << timeToFirstPage(model, q);
        QElapsedTimer t;
        t.start();
        raw.page(asModel(q), ReviewQueueModel::kPageSize, std::nullopt);
        facetRaw << ms(t);
        note(QStringLiteral("facet ") + QString::fromUtf8(QJsonDocument::fromVariant(facets.at(i % facets.size())).toJson(QJsonDocument::Compact)),
             facet.last(), facetRaw.last());
    }
    for (int i = 0; i < samples; ++i) {
        ReviewQuery q;
        q.sort = ReviewSort(i % 3);
        sortChange << timeToFirstPage(model, q);
    }
    noteRss("facets and sorts");
    // 4. Jump to a random row (once the walk has the page keys) and sequential page fetches. The
    // walk's signal is watched before the query is set: on a quick walk it fires before any wait.
    bool anchored = false;
    QObject::connect(&model, &ReviewQueueModel::anchorsReady, &model, [&] { anchored = true; });
    ReviewQuery other;
    other.sort = ReviewSort::Age;
    if (model.query().sameSelection(ReviewQuery()))
        timeToFirstPage(model, other);   // so that the next query is a new one, with a walk of its own
    anchored = false;
    QElapsedTimer walk;
    walk.start();
    model.setQuery(ReviewQuery());
    waitFor([&] { return anchored; }, 600000);
    const double walkMs = ms(walk);
    waitFor([&] { return model.isCountExact() && model.hasFirstPage() && model.isIdle(); });
    QList<double> jump, jumpOffset, scroll;
    for (int i = 0; i < samples; ++i) {
        const int row = int(random.bounded(model.rowCount()));
        QElapsedTimer t;
        t.start();
        if (!model.rowAt(row))
            waitFor([&] { return model.rowAt(row) != nullptr; });
        jump << ms(t);
        QElapsedTimer o;
        o.start();
        raw.page(model.query(), ReviewQueueModel::kPageSize, std::nullopt, qint64(row / ReviewQueueModel::kPageSize) * ReviewQueueModel::kPageSize);
        jumpOffset << ms(o);
        note(QStringLiteral("jump to row %1").arg(row), jump.last(), jumpOffset.last());
    }
    const int start = int(random.bounded(qMax(1, model.rowCount() - samples * ReviewQueueModel::kPageSize)));
    for (int i = 0; i < samples; ++i) {
        const int row = start + i * ReviewQueueModel::kPageSize;
        if (row >= model.rowCount())
            break;
        QElapsedTimer t;
        t.start();
        if (!model.rowAt(row))
            waitFor([&] { return model.rowAt(row) != nullptr; });
        scroll << ms(t);
        note(QStringLiteral("next page at row %1").arg(row), scroll.last(), 0);
    }
    queueModel.reset();
    rawReader.reset();
    noteRss("jumps and scrolling");
    // 5. Decide → next item fully shown, on the real desk with the real panes and media from the
    // MediaCache's folder (prefetch on; a person's pace is simulated by a short pause between
    // decisions, far shorter than the ~8 s a person takes). Images are counted apart: their
    // decode is what prefetching is for.
    QList<double> decideNext, decideNextImage, decideNextVideo;
    {
        seedMedia(path);
        Workspace ws(path, nullptr);
        ws.setSupervisor(Me{QStringLiteral("sv-bench"), QStringLiteral("Bench"), 300});
        noteRss("opening the workspace");
        ReviewDesk desk;
        desk.resize(1400, 800);
        desk.setWorkspace(&ws);
        desk.show();
        waitFor([&] { return fullyShown(desk); });
        noteRss("showing the desk's first item");
        waitFor([&] { return desk.model()->isCountExact() && desk.model()->isIdle(); }, 600000);
        noteRss("the desk's walk");
        // `mixed`: the queue as it comes, into the main figure; else only the images' figure.
        const auto decideRun = [&](int runs, bool mixed) {
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer pause;
                pause.start();
                waitFor([&] { return pause.elapsed() > 250; }, 1000);
                const QString before = desk.currentItemId();
                QElapsedTimer t;
                t.start();
                desk.actions().approve->trigger();
                waitFor([&] { return desk.currentItemId() != before && fullyShown(desk); });
                desk.repaint();
                const double took = ms(t);
                if (mixed)
                    decideNext << took;
                const MediaKind kind = desk.itemView()->item()->kind;
                if (kind == MediaKind::Image)
                    decideNextImage << took;
                else if (kind == MediaKind::Video)
                    decideNextVideo << took;
                const bool problem = !desk.itemView()->mediaProblem().isEmpty();
                note(QStringLiteral("decide → next %1%2, RSS %3 MB")
                         .arg(toCode(kind), problem ? QStringLiteral(" (media problem)") : QString())
                         .arg(currentRssMb(), 0, 'f', 0),
                     took, 0);
            }
        };
        decideRun(samples, true);
        noteRss("deciding");
        // Images and videos apart as well, on their facets: the top of a large queue may hold few
        // of them, and their decoding is what prefetching is for.
        desk.applyFilter({{QStringLiteral("kind"), QStringLiteral("image")}});
        waitFor([&] { return desk.model()->hasFirstPage() && fullyShown(desk); });
        decideRun(qMax(20, samples / 2), false);
        noteRss("deciding images");
        desk.applyFilter({{QStringLiteral("kind"), QStringLiteral("video")}});
        waitFor([&] { return desk.model()->hasFirstPage() && fullyShown(desk); });
        decideRun(qMax(20, samples / 2), false);
        noteRss("deciding videos");
    }
    const double rss = peakRssMb();

    // Baseline: stock QSqlTableModel + QSortFilterProxyModel (every row in memory, sorted by the proxy).
    std::optional<double> baseFirst, baseSearch, baseFacet, baseJump, baseSort;
    const int baseItems = qMin(items, parser.value(baseOpt).toInt());
#ifdef WK_HAVE_QTSQL
    if (QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QElapsedTimer t;
            t.start();
            QSqlTableModel table(nullptr, db);
            table.setTable(QStringLiteral("review_items"));
            table.setFilter(QStringLiteral("status IN ('open', 'claimed') AND rowid <= %1").arg(baseItems));
            table.select();
            while (table.canFetchMore())
                table.fetchMore();
            QSortFilterProxyModel proxy;
            proxy.setSourceModel(&table);
            const int gmv = table.fieldIndex(QStringLiteral("gmv_minor"));
            proxy.sort(gmv, Qt::DescendingOrder);
            QTableView view;
            view.setModel(&proxy);
            view.resize(1200, 800);
            view.show();
            view.viewport()->repaint();
            baseFirst = ms(t);
            QList<double> s, f, j, so;
            const int title = table.fieldIndex(QStringLiteral("title"));
            const int kind = table.fieldIndex(QStringLiteral("kind"));
            for (int i = 0; i < qMin(samples, 15); ++i) {
                QElapsedTimer x;
                x.start();
                proxy.setFilterKeyColumn(title);
                proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
                proxy.setFilterFixedString(words.at(i % words.size()).split(QLatin1Char(' ')).first());
                view.viewport()->repaint();
                s << ms(x);
                x.restart();
                proxy.setFilterKeyColumn(kind);
                proxy.setFilterFixedString(i % 2 ? QStringLiteral("video") : QStringLiteral("copy"));
                view.viewport()->repaint();
                f << ms(x);
                proxy.setFilterFixedString(QString());
                x.restart();
                proxy.sort(i % 2 ? table.fieldIndex(QStringLiteral("created_at")) : gmv);
                view.viewport()->repaint();
                so << ms(x);
                x.restart();
                view.scrollTo(proxy.index(int(random.bounded(proxy.rowCount())), 0));
                view.viewport()->repaint();
                j << ms(x);
            }
            baseSearch = percentile(s, 0.95);
            baseFacet = percentile(f, 0.95);
            baseSort = percentile(so, 0.95);
            baseJump = percentile(j, 0.95);
        }
    }
#endif
    const QString baseLabel = QStringLiteral("QSqlTableModel+QSFPM, %1 rows").arg(baseItems);
    const auto add = [&](const QString &key, const QString &label, double value, std::optional<double> target,
                         std::optional<double> baseline, const QString &baselineLabel, const QString &unit = QStringLiteral("ms")) {
        BenchFigure f;
        f.key = key;
        f.label = label;
        f.value = value;
        f.unit = unit;
        f.target = target;
        f.baseline = baseline;
        f.baselineLabel = baseline && value > 0
                              ? QStringLiteral("%1; ×%2").arg(baselineLabel).arg(*baseline / value, 0, 'f', 1)
                              : baselineLabel;
        report.add(f);
    };
    add(QStringLiteral("first_paint_ms"), QStringLiteral("open → first rows painted (median of 5)"), median(firstPaint),
        150, baseFirst, baseLabel);
    add(QStringLiteral("search_p95_ms"), QStringLiteral("FTS search → first page p95"), percentile(search, 0.95), 30,
        baseSearch, baseLabel);
    add(QStringLiteral("search_raw_p95_ms"), QStringLiteral("  floor: raw SQLite search page p95"),
        percentile(searchRaw, 0.95), std::nullopt, std::nullopt, QString());
    add(QStringLiteral("facet_p95_ms"), QStringLiteral("facet change → first page p95"), percentile(facet, 0.95), 30,
        baseFacet, baseLabel);
    add(QStringLiteral("facet_raw_p95_ms"), QStringLiteral("  floor: raw SQLite facet page p95"),
        percentile(facetRaw, 0.95), std::nullopt, std::nullopt, QString());
    add(QStringLiteral("sort_p95_ms"), QStringLiteral("sort change → first page p95"), percentile(sortChange, 0.95), 30,
        baseSort, baseLabel);
    add(QStringLiteral("jump_p95_ms"), QStringLiteral("jump to a random row p95 (keyset)"), percentile(jump, 0.95), 10,
        percentile(jumpOffset, 0.95), QStringLiteral("raw OFFSET paging"));
    if (baseJump)
        add(QStringLiteral("jump_qsfpm_p95_ms"), QStringLiteral("  baseline: QSFPM jump (all rows in memory)"),
            *baseJump, std::nullopt, std::nullopt, QString());
    add(QStringLiteral("scroll_page_p95_ms"), QStringLiteral("next page while scrolling p95"), percentile(scroll, 0.95),
        10, std::nullopt, QString());
    add(QStringLiteral("walk_ms"), QStringLiteral("background walk: page keys + exact count"), walkMs, std::nullopt,
        std::nullopt, QString());
    add(QStringLiteral("decide_next_p95_ms"), QStringLiteral("decide → next item fully shown and painted p95 (prefetch)"),
        percentile(decideNext, 0.95), 16, std::nullopt, QString());
    if (!decideNextImage.isEmpty())
        add(QStringLiteral("decide_next_image_p95_ms"),
            QStringLiteral("  of which images (decoded), %1 samples, p95").arg(decideNextImage.size()),
            percentile(decideNextImage, 0.95), 16, std::nullopt, QString());
    if (!decideNextVideo.isEmpty())
        add(QStringLiteral("decide_next_video_p95_ms"),
            QStringLiteral("  of which videos (first frame), %1 samples, p95").arg(decideNextVideo.size()),
            percentile(decideNextVideo, 0.95), 16, std::nullopt, QString());
    add(QStringLiteral("peak_rss_mb"), QStringLiteral("peak RSS (before the baseline)"), rss, 250, std::nullopt, QString(),
        QStringLiteral("MB"));
    return report.print(parser.isSet(jsonOpt));
}

WK_REGISTER_BENCH("review", "Review desk: first paint, search, facets, jumps, decide→next, RSS (--items N)", benchReview);
