// The wire codecs: exact round trips for every type, and strict, precisely located errors for
// malformed input (missing fields, wrong types, unknown codes, unsafe integers, bad currencies,
// timestamps, regions and ranges).
#include "CodecSamples.h"
#include "sync/CommandPayloads.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace wk;

namespace {

QByteArray toText(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// Sets (or, with an undefined value, removes) the value at a dotted path such as "changes.3.data.id".
QJsonValue setAt(const QJsonValue &node, QStringList segments, const QJsonValue &value)
{
    if (segments.isEmpty())
        return value;
    const QString head = segments.takeFirst();
    const bool remove = segments.isEmpty() && value.isUndefined();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const int i = head.toInt();
        if (remove)
            a.removeAt(i);
        else
            a[i] = setAt(a.at(i), segments, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (remove)
        o.remove(head);
    else
        o.insert(head, setAt(o.value(head), segments, value));
    return o;
}

QByteArray mutated(const QJsonObject &base, const QString &path, const QJsonValue &value)
{
    return toText(setAt(base, path.split(QLatin1Char('.')), value).toObject());
}

const QJsonValue kRemove(QJsonValue::Undefined);

using Decoder = std::function<void(const QJsonValue &)>;

const QHash<QString, Decoder> &decoders()
{
    static const QHash<QString, Decoder> table{
        {QStringLiteral("money"), [](const QJsonValue &o) { codec::decodeMoney(o); }},
        {QStringLiteral("supplier"), [](const QJsonValue &o) { codec::decodeSupplier(o); }},
        {QStringLiteral("supplier_metrics"), [](const QJsonValue &o) { codec::decodeSupplierMetrics(o); }},
        {QStringLiteral("product"), [](const QJsonValue &o) { codec::decodeProduct(o); }},
        {QStringLiteral("region"), [](const QJsonValue &o) { codec::decodeRegion(o); }},
        {QStringLiteral("time_range"), [](const QJsonValue &o) { codec::decodeTimeRange(o); }},
        {QStringLiteral("media_asset"), [](const QJsonValue &o) { codec::decodeMediaAsset(o); }},
        {QStringLiteral("review_item"), [](const QJsonValue &o) { codec::decodeReviewItem(o); }},
        {QStringLiteral("order"), [](const QJsonValue &o) { codec::decodeOrder(o); }},
        {QStringLiteral("shipment_event"), [](const QJsonValue &o) { codec::decodeShipmentEvent(o); }},
        {QStringLiteral("order_exception"), [](const QJsonValue &o) { codec::decodeOrderException(o); }},
        {QStringLiteral("problem"), [](const QJsonValue &o) { codec::decodeProblem(o); }},
        {QStringLiteral("command"), [](const QJsonValue &o) { codec::decodeCommand(o); }},
        {QStringLiteral("command_result"), [](const QJsonValue &o) { codec::decodeCommandResult(o); }},
        {QStringLiteral("change"), [](const QJsonValue &o) { codec::decodeChange(o); }},
        {QStringLiteral("changes_page"), [](const QJsonValue &o) { codec::decodeChangesPage(o); }},
        {QStringLiteral("command_batch"), [](const QJsonValue &o) { codec::decodeCommandBatch(o); }},
        {QStringLiteral("command_results"), [](const QJsonValue &o) { codec::decodeCommandResults(o); }},
        {QStringLiteral("me"), [](const QJsonValue &o) { codec::decodeMe(o); }},
        {QStringLiteral("health"), [](const QJsonValue &o) { codec::decodeHealth(o); }},
    };
    return table;
}

} // namespace

// decode(encode(x)) == x, both on the JSON object and through the compact text form.
#define WK_ROUND_TRIP(value, decoder)                                                              \
    do {                                                                                           \
        const auto original = (value);                                                             \
        const QJsonObject json = codec::encode(original);                                          \
        QVERIFY2(codec::decoder(json) == original, toText(json).constData());                      \
        const QByteArray text = toText(json);                                                      \
        const auto decoded = codec::decoder(codec::parseObject(text), QStringLiteral("$"));       \
        QVERIFY2(decoded == original, text.constData());                                           \
        QCOMPARE(codec::encode(decoded), json);                                                    \
    } while (false)

class TestCodecs : public QObject
{
    Q_OBJECT

private slots:
    void roundTripEntities()
    {
        WK_ROUND_TRIP(Money(-123456, QStringLiteral("USD")), decodeMoney);
        WK_ROUND_TRIP(Money(9007199254740991, QStringLiteral("JPY")), decodeMoney);
        WK_ROUND_TRIP(Money(-9007199254740991, QStringLiteral("GBP")), decodeMoney);
        WK_ROUND_TRIP(samples::supplier(), decodeSupplier);
        WK_ROUND_TRIP((Supplier{QStringLiteral("s"), {}, {}, SupplierTier::PalletTrader, {}, {},
                                SupplierStatus::Active, {}, 0}),
                      decodeSupplier);
        WK_ROUND_TRIP(samples::supplierMetrics(), decodeSupplierMetrics);
        WK_ROUND_TRIP(samples::product(), decodeProduct);
        WK_ROUND_TRIP(samples::reviewItem().suspectRegions.first(), decodeRegion);
        WK_ROUND_TRIP((Region{1.0 / 3.0, 0.1 + 0.2, 2.0 / 3.0, 1e-7, {}, {}}), decodeRegion);
        WK_ROUND_TRIP(samples::reviewItem().suspectRanges.first(), decodeTimeRange);
        WK_ROUND_TRIP(samples::image(), decodeMediaAsset);
        WK_ROUND_TRIP(samples::video(), decodeMediaAsset);
        WK_ROUND_TRIP(*samples::reviewItem().decision, decodeDecisionRecord);
        WK_ROUND_TRIP(samples::reviewItem(), decodeReviewItem);
        WK_ROUND_TRIP(samples::minimalReviewItem(), decodeReviewItem);
        WK_ROUND_TRIP(samples::order(), decodeOrder);
        Order bare = samples::order();
        bare.carrier.clear();
        bare.trackingNumber.clear();
        bare.onHold = false;
        WK_ROUND_TRIP(bare, decodeOrder);
        WK_ROUND_TRIP(samples::shipmentEvent(), decodeShipmentEvent);
        WK_ROUND_TRIP(samples::orderException(), decodeOrderException);
        WK_ROUND_TRIP((OrderException{QStringLiteral("e"), QStringLiteral("o"), ExceptionCode::Lost, {},
                                      ExceptionStatus::Open, {}, {}, samples::at(1, 0, 0), samples::at(2, 0, 0),
                                      {}, 0}),
                      decodeOrderException);
    }

    void roundTripEnvelopes()
    {
        WK_ROUND_TRIP(samples::problem(), decodeProblem);
        WK_ROUND_TRIP((Problem{{}, QStringLiteral("Gone"), 0, {}, QStringLiteral("cursor_expired")}), decodeProblem);
        WK_ROUND_TRIP(samples::decideCommand(), decodeCommand);
        WK_ROUND_TRIP(samples::claimCommand(), decodeCommand);
        for (const CommandResult &r : samples::commandResults().results)
            WK_ROUND_TRIP(r, decodeCommandResult);
        for (const Change &c : samples::changesPage().changes)
            WK_ROUND_TRIP(c, decodeChange);
        WK_ROUND_TRIP(samples::changesPage(), decodeChangesPage);
        WK_ROUND_TRIP(ChangesPage(), decodeChangesPage);
        WK_ROUND_TRIP((CommandBatch{QStringLiteral("client-1"), {samples::claimCommand(), samples::decideCommand()}}),
                      decodeCommandBatch);
        WK_ROUND_TRIP(samples::commandResults(), decodeCommandResults);
        WK_ROUND_TRIP((Me{QStringLiteral("sv-anna"), QStringLiteral("Anna Schmidt"), 300}), decodeMe);
        WK_ROUND_TRIP((Health{QStringLiteral("ok"), QStringLiteral("0.1.0"), 1795335300123}), decodeHealth);
    }

    // decodeChangesPageBody keeps each upsert's data exactly as the body spelled it: the cache stores
    // those bytes. They must be the data's text in the body, and parse to the entity's object.
    void changesPageBodyKeepsEachDataText()
    {
        const ChangesPage sample = samples::changesPage();
        // Pretty-printed, with escapes in a string, so that the cut-out texts are not just compact
        // re-serialisations.
        ChangesPage tricky = sample;
        ReviewItem item = samples::reviewItem();
        item.title = QStringLiteral("Quote \" brace } bracket ] comma , backslash \\ done \u00e9\u4e2d\U0001F600");
        tricky.changes[3] = codec::upsertChange(item);
        const QByteArray body = QJsonDocument(codec::encode(tricky)).toJson(QJsonDocument::Indented);
        const ChangesPage page = codec::decodeChangesPageBody(body);
        QCOMPARE(page, codec::decodeChangesPage(codec::parseObject(body)));
        QCOMPARE(page, tricky);
        for (qsizetype i = 0; i < page.changes.size(); ++i) {
            const Change &c = page.changes.at(i);
            if (c.op == ChangeOp::Delete) {
                QVERIFY(c.dataText.isEmpty());
                QVERIFY(!c.decoded);
                continue;
            }
            QVERIFY2(!c.dataText.isEmpty(), qPrintable(c.id));
            QVERIFY2(body.contains(c.dataText), qPrintable(c.id));   // the body's own bytes
            QVERIFY(c.dataText.contains('\n'));                       // ... not a compact copy
            QCOMPARE(c.dataObject(), tricky.changes.at(i).dataObject());
            QVERIFY(c.decoded);   // the entity decoded once, on the client's thread
        }
        QVERIFY(page.changes.at(3).dataText.contains("backslash \\\\ done"));
        QCOMPARE(std::get<ReviewItem>(*page.changes.at(3).decoded), item);
    }

    void peekNextCursorReadsTheTopLevelOnly()
    {
        ChangesPage page = samples::changesPage();
        page.cursor = QStringLiteral("c-real");
        page.hasMore = true;
        // An entity near the end of the body that carries keys named like the page's own.
        Product product = samples::product();
        product.attributes.insert(QStringLiteral("zz"), QStringLiteral("x"));
        page.changes << codec::upsertChange(product);
        QByteArray body = QJsonDocument(codec::encode(page)).toJson(QJsonDocument::Compact);
        QCOMPARE(codec::peekNextCursor(body), std::optional<QString>(QStringLiteral("c-real")));
        QCOMPARE(codec::peekNextCursor(QJsonDocument(codec::encode(page)).toJson(QJsonDocument::Indented)),
                 std::optional<QString>(QStringLiteral("c-real")));

        // A "cursor" and "has_more" inside the last entity, the page's own keys written first: the
        // tail is not an object that ends the body, so the whole body is read, and its top level wins.
        const QByteArray fakeTail = "{\"cursor\":\"c-fake\",\"has_more\":true}";
        QByteArray reordered = "{\"cursor\":\"c-real\",\"has_more\":true,\"changes\":[{\"entity\":\"product\","
                               "\"op\":\"upsert\",\"id\":\"p\",\"version\":1,\"data\":" + fakeTail + "}]}";
        QCOMPARE(codec::peekNextCursor(reordered), std::optional<QString>(QStringLiteral("c-real")));
        reordered.replace("\"has_more\":true,\"changes", "\"has_more\":false,\"changes");
        QCOMPARE(codec::peekNextCursor(reordered), std::nullopt);

        page.hasMore = false;   // the last page: nothing to ask for
        QCOMPARE(codec::peekNextCursor(QJsonDocument(codec::encode(page)).toJson()), std::nullopt);
        QCOMPARE(codec::peekNextCursor(body.left(body.size() / 2)), std::nullopt);   // cut short
        QCOMPARE(codec::peekNextCursor(QByteArray()), std::nullopt);
    }

    // The exact spelling of the wire form is the contract: the golden bodies under tests/fuzz/corpus
    // (also the fuzzer's seeds) must equal what the encoders write today.
    void goldenBodies_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("changes_page") << QStringLiteral("changes_page.json") << toText(codec::encode(samples::changesPage()));
        QTest::newRow("command_batch")
            << QStringLiteral("command_batch.json")
            << toText(codec::encode(CommandBatch{QStringLiteral("4f1c2a9e-5b7d-4e36-9a0b-1c2d3e4f5a6b"),
                                                 {samples::claimCommand(), samples::decideCommand()}}));
        QTest::newRow("command_results") << QStringLiteral("command_results.json")
                                         << toText(codec::encode(samples::commandResults()));
        QTest::newRow("me") << QStringLiteral("me.json")
                            << toText(codec::encode(Me{QStringLiteral("sv-anna"), QStringLiteral("Anna Schmidt"), 300}));
        QTest::newRow("health") << QStringLiteral("health.json")
                                << toText(codec::encode(Health{QStringLiteral("ok"), QStringLiteral("0.1.0"), 1795335300123}));
        QTest::newRow("problem") << QStringLiteral("problem.json") << toText(codec::encode(samples::problem()));
        QTest::newRow("supplier") << QStringLiteral("supplier.json") << toText(codec::encode(samples::supplier()));
        QTest::newRow("supplier_metrics") << QStringLiteral("supplier_metrics.json")
                                          << toText(codec::encode(samples::supplierMetrics()));
        QTest::newRow("product") << QStringLiteral("product.json") << toText(codec::encode(samples::product()));
        QTest::newRow("review_item") << QStringLiteral("review_item.json") << toText(codec::encode(samples::reviewItem()));
        QTest::newRow("review_item_copy") << QStringLiteral("review_item_copy.json")
                                          << toText(codec::encode(samples::minimalReviewItem()));
        QTest::newRow("order") << QStringLiteral("order.json") << toText(codec::encode(samples::order()));
        QTest::newRow("shipment_event") << QStringLiteral("shipment_event.json")
                                        << toText(codec::encode(samples::shipmentEvent()));
        QTest::newRow("order_exception") << QStringLiteral("order_exception.json")
                                         << toText(codec::encode(samples::orderException()));
    }

    void goldenBodies()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, encoded);
        QFile f(QDir(qEnvironmentVariable("WK_SOURCE_DIR")).filePath(QStringLiteral("tests/fuzz/corpus/") + file));
        // After a deliberate change of the wire form: WK_UPDATE_GOLDEN=1 rewrites the files (review the diff).
        if (qEnvironmentVariableIntValue("WK_UPDATE_GOLDEN") == 1) {
            QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(f.fileName()));
            f.write(QJsonDocument(codec::parseObject(encoded)).toJson(QJsonDocument::Indented));
            f.close();
        }
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QJsonObject golden = codec::parseObject(f.readAll());
        QCOMPARE(golden, codec::parseObject(encoded));
    }

    void unknownFieldsAreIgnored()
    {
        QJsonObject json = codec::encode(samples::supplier());
        json.insert(QStringLiteral("added_in_v2"), QJsonObject{{QStringLiteral("anything"), 1}});
        QCOMPARE(codec::decodeSupplier(json), samples::supplier());
    }

    void optionalFieldsAcceptNull()
    {
        QJsonObject json = codec::encode(samples::minimalReviewItem());
        for (const char *key : {"claimed_by", "claim_expires_at", "media", "source_media", "decision", "locale"})
            json.insert(QLatin1StringView(key), QJsonValue::Null);
        QCOMPARE(codec::decodeReviewItem(json), samples::minimalReviewItem());
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("utc with ms") << QStringLiteral("2026-11-22T08:15:00.123Z") << samples::at(22, 8, 15, 123);
        QTest::newRow("no fraction") << QStringLiteral("2026-11-22T08:15:00Z") << samples::at(22, 8, 15);
        QTest::newRow("micro truncated") << QStringLiteral("2026-11-22T08:15:00.123999Z") << samples::at(22, 8, 15, 123);
        QTest::newRow("one digit") << QStringLiteral("2026-11-22T08:15:00.5Z") << samples::at(22, 8, 15, 500);
        QTest::newRow("offset") << QStringLiteral("2026-11-22T09:15:00.000+01:00") << samples::at(22, 8, 15);
        QTest::newRow("negative offset") << QStringLiteral("2026-11-21T22:45:00.000-09:30") << samples::at(22, 8, 15);
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime decoded = codec::decodeTimestamp(text, QStringLiteral("$.t"));
        QCOMPARE(decoded, expected);
        QCOMPARE(decoded.timeSpec(), Qt::UTC);
    }

    void encodeTimestampIsUtcWithMs()
    {
        const QDateTime berlin(QDate(2026, 11, 22), QTime(9, 15, 0, 7), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        QCOMPARE(codec::encodeTimestamp(berlin), QStringLiteral("2026-11-22T08:15:00.007Z"));
        QCOMPARE(codec::encodeTimestamp(samples::at(1, 0, 0)), QStringLiteral("2026-11-01T00:00:00.000Z"));
        QCOMPARE(codec::encodeTimestamp(QDateTime()), QString());
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("decoder");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");

        const auto row = [](const char *name, const char *decoder, const QByteArray &input, const char *path,
                            const char *reason) {
            QTest::newRow(name) << QString::fromLatin1(decoder) << input << QString::fromLatin1(path)
                                << QString::fromLatin1(reason);
        };

        // Money, from literal bodies.
        row("money missing currency", "money", R"({"amount_minor": 5})", "$.currency", "missing required field");
        row("money null currency", "money", R"({"amount_minor": 5, "currency": null})", "$.currency", "is null");
        row("money amount as string", "money", R"({"amount_minor": "5", "currency": "EUR"})", "$.amount_minor",
            "expected an integer, got a string");
        row("money fraction", "money", R"({"amount_minor": 1.5, "currency": "EUR"})", "$.amount_minor",
            "expected an integer, got 1.5");
        row("money beyond 2^53", "money", R"({"amount_minor": 9007199254740993, "currency": "EUR"})",
            "$.amount_minor", "out of range");
        row("money exactly 2^53", "money", R"({"amount_minor": 9007199254740992, "currency": "EUR"})",
            "$.amount_minor", "out of range");
        row("money huge negative", "money", R"({"amount_minor": -1e300, "currency": "EUR"})", "$.amount_minor",
            "out of range");
        row("money unknown currency", "money", R"({"amount_minor": 5, "currency": "XXX"})", "$.currency",
            "unknown currency \"XXX\"");
        row("money lowercase currency", "money", R"({"amount_minor": 5, "currency": "eur"})", "$.currency",
            "unknown currency");
        row("money currency as number", "money", R"({"amount_minor": 5, "currency": 978})", "$.currency",
            "expected a string, got a number");

        const QJsonObject supplier = codec::encode(samples::supplier());
        row("supplier unknown tier", "supplier", mutated(supplier, QStringLiteral("tier"), QStringLiteral("mega")),
            "$.tier", "unknown code \"mega\" (expected one of: pallet_trader, direct_factory, longtail_1688)");
        row("supplier negative version", "supplier", mutated(supplier, QStringLiteral("version"), -1), "$.version",
            "must not be negative");
        row("supplier empty id", "supplier", mutated(supplier, QStringLiteral("id"), QString()), "$.id",
            "must not be empty");
        row("supplier missing name_zh", "supplier", mutated(supplier, QStringLiteral("name_zh"), kRemove),
            "$.name_zh", "missing required field");
        row("supplier status_reason wrong type", "supplier",
            mutated(supplier, QStringLiteral("status_reason"), QJsonArray()), "$.status_reason",
            "expected a string, got an array");

        const QJsonObject metrics = codec::encode(samples::supplierMetrics());
        row("metrics negative count", "supplier_metrics", mutated(metrics, QStringLiteral("orders"), -3),
            "$.orders", "must not be negative");
        row("metrics count beyond int", "supplier_metrics", mutated(metrics, QStringLiteral("on_time"), 2147483648.0),
            "$.on_time", "must be between 0 and 2147483647");
        row("metrics bad date", "supplier_metrics",
            mutated(metrics, QStringLiteral("period_start"), QStringLiteral("2026-02-30")), "$.period_start",
            "YYYY-MM-DD");
        row("metrics date with time", "supplier_metrics",
            mutated(metrics, QStringLiteral("period_start"), QStringLiteral("2026-11-16T00:00:00Z")),
            "$.period_start", "YYYY-MM-DD");
        row("metrics unknown period", "supplier_metrics",
            mutated(metrics, QStringLiteral("period_kind"), QStringLiteral("day")), "$.period_kind", "unknown code");

        const QJsonObject product = codec::encode(samples::product());
        row("product attribute not a string", "product", mutated(product, QStringLiteral("attributes.size_cm"), 40),
            "$.attributes.size_cm", "expected a string, got a number");
        row("product odd attribute key", "product",
            mutated(product, QStringLiteral("attributes.size (inch)"), true), "$.attributes[\"size (inch)\"]",
            "expected a string, got a boolean");
        row("product negative price", "product", mutated(product, QStringLiteral("price.amount_minor"), -1),
            "$.price.amount_minor", "must not be negative");
        row("product price not an object", "product", mutated(product, QStringLiteral("price"), 4999), "$.price",
            "expected an object, got a number");
        row("product attributes missing", "product", mutated(product, QStringLiteral("attributes"), kRemove),
            "$.attributes", "missing required field");

        row("region x beyond 1", "region", R"({"x": 1.2, "y": 0, "width": 0.1, "height": 0.1})", "$.x",
            "between 0 and 1");
        row("region negative y", "region", R"({"x": 0, "y": -0.01, "width": 0.1, "height": 0.1})", "$.y",
            "between 0 and 1");
        row("region leaves the image", "region", R"({"x": 0.8, "y": 0, "width": 0.3, "height": 0.1})", "$.width",
            "leaves the image");
        row("region zero height", "region", R"({"x": 0, "y": 0, "width": 0.3, "height": 0})", "$.height",
            "greater than 0");
        row("time range end before start", "time_range", R"({"start_ms": 2000, "end_ms": 1999})", "$.end_ms",
            "must not be before start_ms");
        row("time range negative start", "time_range", R"({"start_ms": -1, "end_ms": 1999})", "$.start_ms",
            "must not be negative");
        row("media bad sha256", "media_asset",
            R"({"id": "m", "mime_type": "image/png", "size": 1, "sha256": "ABC", "width": 1, "height": 1, "duration_ms": 0})",
            "$.sha256", "64 lowercase hex");

        const QJsonObject item = codec::encode(samples::reviewItem());
        row("item bad gmv currency", "review_item",
            mutated(item, QStringLiteral("gmv_at_risk.currency"), QStringLiteral("BTC")), "$.gmv_at_risk.currency",
            "unknown currency \"BTC\"");
        row("item unknown flag reason", "review_item",
            mutated(item, QStringLiteral("flag_reasons.1"), QStringLiteral("looks_weird")), "$.flag_reasons[1]",
            "unknown code \"looks_weird\"");
        row("item flag reasons not an array", "review_item",
            mutated(item, QStringLiteral("flag_reasons"), QStringLiteral("flash_frame")), "$.flag_reasons",
            "expected an array, got a string");
        row("item confidence above 1", "review_item", mutated(item, QStringLiteral("ai_confidence"), 1.5),
            "$.ai_confidence", "between 0 and 1");
        row("item confidence as string", "review_item", mutated(item, QStringLiteral("ai_confidence"), QStringLiteral("0.5")),
            "$.ai_confidence", "expected a number, got a string");
        row("item timestamp with space", "review_item",
            mutated(item, QStringLiteral("created_at"), QStringLiteral("2026-11-22 08:15:00.000Z")), "$.created_at",
            "RFC 3339");
        row("item timestamp without zone", "review_item",
            mutated(item, QStringLiteral("created_at"), QStringLiteral("2026-11-22T08:15:00.000")), "$.created_at",
            "RFC 3339");
        row("item timestamp month 13", "review_item",
            mutated(item, QStringLiteral("sla_due_at"), QStringLiteral("2026-13-01T00:00:00.000Z")), "$.sla_due_at",
            "RFC 3339");
        row("item timestamp leap second", "review_item",
            mutated(item, QStringLiteral("sla_due_at"), QStringLiteral("2026-12-31T23:59:60.000Z")), "$.sla_due_at",
            "RFC 3339");
        row("item timestamp as number", "review_item",
            mutated(item, QStringLiteral("claim_expires_at"), 1795335300123.0), "$.claim_expires_at",
            "expected a string, got a number");
        row("item region out of range", "review_item",
            mutated(item, QStringLiteral("suspect_regions.1.height"), 1.0001), "$.suspect_regions[1].height",
            "between 0 and 1");
        row("item range end before start", "review_item",
            mutated(item, QStringLiteral("suspect_ranges.0.end_ms"), 1199), "$.suspect_ranges[0].end_ms",
            "must not be before start_ms");
        row("item video without media", "review_item", mutated(item, QStringLiteral("media"), kRemove), "$.media",
            "required for video items");
        row("item media bad sha", "review_item",
            mutated(item, QStringLiteral("media.sha256"), QStringLiteral("zz")), "$.media.sha256", "64 lowercase hex");
        row("item media negative size", "review_item", mutated(item, QStringLiteral("media.size"), -5),
            "$.media.size", "must not be negative");
        row("item unknown decision", "review_item",
            mutated(item, QStringLiteral("decision.kind"), QStringLiteral("maybe")), "$.decision.kind",
            "unknown code \"maybe\"");
        row("item decision without decider", "review_item",
            mutated(item, QStringLiteral("decision.decided_by"), kRemove), "$.decision.decided_by",
            "missing required field");
        row("item generator meta number", "review_item",
            mutated(item, QStringLiteral("generator_meta.seed"), 424242), "$.generator_meta.seed", "expected a string");
        row("item unknown status", "review_item", mutated(item, QStringLiteral("status"), QStringLiteral("Open")),
            "$.status", "unknown code \"Open\"");

        const QJsonObject order = codec::encode(samples::order());
        row("order mixed currencies", "order", mutated(order, QStringLiteral("shipping.currency"), QStringLiteral("USD")),
            "$.shipping.currency", "must be AUD");
        row("order supplier cost not CNY", "order",
            mutated(order, QStringLiteral("supplier_cost_cny.currency"), QStringLiteral("AUD")),
            "$.supplier_cost_cny.currency", "must be CNY");
        row("order zero quantity", "order", mutated(order, QStringLiteral("quantity"), 0), "$.quantity",
            "must be between 1 and");
        row("order on_hold as string", "order", mutated(order, QStringLiteral("on_hold"), QStringLiteral("yes")),
            "$.on_hold", "expected a boolean");
        row("order unknown stage", "order", mutated(order, QStringLiteral("stage"), QStringLiteral("lost_at_sea")),
            "$.stage", "unknown code");
        row("order fee fraction", "order", mutated(order, QStringLiteral("fee.amount_minor"), 1150.5),
            "$.fee.amount_minor", "expected an integer");

        const QJsonObject event = codec::encode(samples::shipmentEvent());
        row("event missing at", "shipment_event", mutated(event, QStringLiteral("at"), kRemove), "$.at",
            "missing required field");
        row("event empty carrier status", "shipment_event",
            mutated(event, QStringLiteral("carrier_status"), QString()), "$.carrier_status", "must not be empty");

        const QJsonObject exception = codec::encode(samples::orderException());
        row("exception lowercase code", "order_exception",
            mutated(exception, QStringLiteral("code"), QStringLiteral("customs_hold")), "$.code", "unknown code");
        row("exception unknown proposal", "order_exception",
            mutated(exception, QStringLiteral("ai_proposal"), QStringLiteral("order.teleport")), "$.ai_proposal",
            "unknown code \"order.teleport\"");

        const QJsonObject change = codec::encode(codec::upsertChange(samples::order()));
        row("change unknown entity", "change", mutated(change, QStringLiteral("entity"), QStringLiteral("customer")),
            "$.entity", "unknown code \"customer\"");
        row("change unknown op", "change", mutated(change, QStringLiteral("op"), QStringLiteral("insert")), "$.op",
            "unknown code");
        row("change upsert without data", "change", mutated(change, QStringLiteral("data"), kRemove), "$.data",
            "missing required field");
        row("change delete with data", "change", mutated(change, QStringLiteral("op"), QStringLiteral("delete")),
            "$.data", "must be absent for a delete");
        row("change data of another id", "change", mutated(change, QStringLiteral("id"), QStringLiteral("ord-78")),
            "$.data.id", "does not match the change's id \"ord-78\"");
        row("change data of another version", "change", mutated(change, QStringLiteral("version"), 10),
            "$.data.version", "does not match the change's version 10");
        row("change data of another kind", "change", mutated(change, QStringLiteral("entity"), QStringLiteral("supplier")),
            "$.data.name", "missing required field");

        const QJsonObject page = codec::encode(samples::changesPage());
        row("page nested currency", "changes_page",
            mutated(page, QStringLiteral("changes.3.data.gmv_at_risk.currency"), QStringLiteral("XXX")),
            "$.changes[3].data.gmv_at_risk.currency", "unknown currency");
        row("page nested region", "changes_page",
            mutated(page, QStringLiteral("changes.3.data.suspect_regions.0.x"), -0.5),
            "$.changes[3].data.suspect_regions[0].x", "between 0 and 1");
        row("page change not an object", "changes_page", mutated(page, QStringLiteral("changes.2"), 7),
            "$.changes[2]", "expected an object, got a number");
        row("page duplicate entity", "changes_page",
            mutated(page, QStringLiteral("changes.4"), page.value(QStringLiteral("changes")).toArray().at(3)),
            "$.changes[4].id", "appears more than once");
        row("page missing has_more", "changes_page", mutated(page, QStringLiteral("has_more"), kRemove),
            "$.has_more", "missing required field");
        row("page negative last seq", "changes_page", mutated(page, QStringLiteral("last_command_seq"), -1),
            "$.last_command_seq", "must not be negative");

        const QJsonObject batch = codec::encode(
            CommandBatch{QStringLiteral("client-1"), {samples::claimCommand(), samples::decideCommand()}});
        row("batch command id not a uuid", "command_batch",
            mutated(batch, QStringLiteral("commands.0.id"), QStringLiteral("cmd-1")), "$.commands[0].id",
            "expected a UUID");
        row("batch zero seq", "command_batch", mutated(batch, QStringLiteral("commands.0.seq"), 0),
            "$.commands[0].seq", "must be between 1 and");
        row("batch unknown type", "command_batch",
            mutated(batch, QStringLiteral("commands.0.type"), QStringLiteral("review.snooze")), "$.commands[0].type",
            "unknown code \"review.snooze\"");
        row("batch decide without decision", "command_batch",
            mutated(batch, QStringLiteral("commands.1.payload.decision"), kRemove), "$.commands[1].payload.decision",
            "missing required field");
        row("batch payload not an object", "command_batch",
            mutated(batch, QStringLiteral("commands.1.payload"), QJsonArray()), "$.commands[1].payload",
            "expected an object, got an array");
        row("batch missing client", "command_batch", mutated(batch, QStringLiteral("client_id"), kRemove),
            "$.client_id", "missing required field");

        const QJsonObject results = codec::encode(samples::commandResults());
        row("result conflict without current", "command_results",
            mutated(results, QStringLiteral("results.1.current"), kRemove), "$.results[1].current",
            "missing required field");
        row("result current is not a change", "command_results",
            mutated(results, QStringLiteral("results.1.current.entity"), QStringLiteral("nothing")),
            "$.results[1].current.entity", "unknown code");
        row("result rejected without problem", "command_results",
            mutated(results, QStringLiteral("results.2.problem"), kRemove), "$.results[2].problem",
            "missing required field");
        row("result problem bad status", "command_results",
            mutated(results, QStringLiteral("results.1.problem.status"), 42), "$.results[1].problem.status",
            "must be between 100 and 599");
        row("result unknown outcome", "command_results",
            mutated(results, QStringLiteral("results.0.outcome"), QStringLiteral("ok")), "$.results[0].outcome",
            "unknown code");

        row("me zero lease", "me", R"({"supervisor_id": "sv", "display_name": "S", "lease_seconds": 0})",
            "$.lease_seconds", "must be between 1 and 86400");
        row("health negative time", "health", R"({"status": "ok", "version": "1", "server_time_ms": -5})",
            "$.server_time_ms", "must not be negative");
        row("problem without code", "problem", R"({"title": "Oops", "status": 500})", "$.code",
            "missing required field");

        // The body itself.
        row("invalid JSON text", "health", R"({"status": "ok",)", "$", "not valid JSON");
        row("empty body", "health", "", "$", "not valid JSON");
        row("top-level array", "health", "[1, 2]", "$", "expected a JSON object, got an array");
        row("top-level string", "health", R"("ok")", "$", "");
    }

    void malformed()
    {
        QFETCH(QString, decoder);
        QFETCH(QByteArray, input);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        QVERIFY2(decoders().contains(decoder), qPrintable(decoder));
        try {
            decoders().value(decoder)(codec::parseObject(input));
            QFAIL("no DecodeError was thrown");
        } catch (const DecodeError &e) {
            QCOMPARE(e.path(), path);
            QVERIFY2(e.reason().contains(reason), qPrintable(e.toString()));
            QCOMPARE(QString::fromStdString(e.what()), e.toString());
        }
    }

    void decodersRejectNonObjects()
    {
        const QJsonValue notObjects[] = {QJsonArray(), QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Undefined),
                                         QJsonValue(1), QJsonValue(QStringLiteral("{}"))};
        for (auto it = decoders().begin(); it != decoders().end(); ++it) {
            for (const QJsonValue &value : notObjects) {
                try {
                    it.value()(value);
                    QFAIL(qPrintable(it.key() + QStringLiteral(" accepted a non-object")));
                } catch (const DecodeError &e) {
                    QCOMPARE(e.path(), QStringLiteral("$"));
                    QVERIFY2(e.reason().startsWith(QStringLiteral("expected an object, got ")), qPrintable(e.toString()));
                }
            }
        }
        try {
            codec::decodeReviewItem(QJsonArray(), QStringLiteral("$.changes[0].data"));
            QFAIL("accepted an array");
        } catch (const DecodeError &e) {
            QCOMPARE(e.toString(), QStringLiteral("$.changes[0].data: expected an object, got an array"));
        }
    }

    // The platform's way in: envelopes strictly, payloads later, one command at a time.
    void envelopesWithoutPayloadChecks()
    {
        const CommandBatch batch{QStringLiteral("client-1"), {samples::claimCommand(), samples::decideCommand()}};
        QJsonObject json = codec::encode(batch);
        QCOMPARE(codec::decodeCommandBatchEnvelopes(json), batch);
        const QByteArray badPayload = mutated(json, QStringLiteral("commands.1.payload.decision"), QStringLiteral("maybe"));
        const CommandBatch relaxed = codec::decodeCommandBatchEnvelopes(codec::parseObject(badPayload));
        QCOMPARE(relaxed.commands.size(), 2);
        QCOMPARE(relaxed.commands.at(1).payload.value(QStringLiteral("decision")).toString(), QStringLiteral("maybe"));
        QVERIFY_THROWS_EXCEPTION(DecodeError, codec::decodeCommandBatch(codec::parseObject(badPayload)));
        // Everything but the payload's content is still checked.
        const QByteArray badType = mutated(json, QStringLiteral("commands.1.type"), QStringLiteral("review.snooze"));
        try {
            codec::decodeCommandBatchEnvelopes(codec::parseObject(badType));
            QFAIL("an unknown command type was accepted");
        } catch (const DecodeError &e) {
            QCOMPARE(e.path(), QStringLiteral("$.commands[1].type"));
        }
        const QByteArray payloadArray = mutated(json, QStringLiteral("commands.0.payload"), QJsonArray());
        QVERIFY_THROWS_EXCEPTION(DecodeError, codec::decodeCommandEnvelope(
                                                  codec::parseObject(payloadArray).value(QStringLiteral("commands")).toArray().at(0)));
    }

    void typedPayloads()
    {
        const DecidePayload decide{DecisionKind::Correct, {QStringLiteral("garbled_text"), QStringLiteral("off_brand")},
                                   QStringLiteral("note"), samples::reviewItem().suspectRegions,
                                   samples::reviewItem().suspectRanges, QStringLiteral("Rattan lamp."), QString()};
        QCOMPARE(codec::decodeDecidePayload(codec::encode(decide)), decide);
        const DecidePayload approve{};
        QCOMPARE(codec::encode(approve), (QJsonObject{{QStringLiteral("decision"), QStringLiteral("approve")}}));
        QCOMPARE(codec::decodeDecidePayload(codec::encode(approve)), approve);
        QCOMPARE(codec::decodeClaimPayload(codec::encode(ClaimPayload{600})), ClaimPayload{600});
        QCOMPARE(codec::encode(ClaimPayload{}), QJsonObject());
        QCOMPARE(codec::decodeClaimPayload(QJsonObject()), ClaimPayload{});
        const FixTrackingPayload tracking{QStringLiteral("YT2412345678901234"), QStringLiteral("YunExpress")};
        QCOMPARE(codec::decodeFixTrackingPayload(codec::encode(tracking)), tracking);
        QCOMPARE(codec::decodeFixTrackingPayload(codec::encode(FixTrackingPayload{QStringLiteral("X1"), {}})),
                 (FixTrackingPayload{QStringLiteral("X1"), {}}));
        const RefundPayload refund{Money(1250, QStringLiteral("GBP")), QStringLiteral("Damaged"), true};
        QCOMPARE(codec::decodeRefundPayload(codec::encode(refund)), refund);
        // Every typed encoder writes a payload its command type's schema accepts.
        codec::validateCommandPayload(CommandType::ReviewDecide, codec::encode(decide));
        codec::validateCommandPayload(CommandType::OrderRefund, codec::encode(refund));

        // The typed decoders are as strict as the schema: a correction needs its text.
        DecidePayload noText = decide;
        noText.correctedText.clear();
        try {
            codec::decodeDecidePayload(codec::encode(noText), QStringLiteral("$.commands[2].payload"));
            QFAIL("a correction without corrected_text was accepted");
        } catch (const DecodeError &e) {
            QCOMPARE(e.path(), QStringLiteral("$.commands[2].payload.corrected_text"));
        }
        QVERIFY_THROWS_EXCEPTION(DecodeError, codec::decodeRefundPayload(codec::encode(RefundPayload{})));
        QVERIFY_THROWS_EXCEPTION(DecodeError, codec::decodeFixTrackingPayload(QJsonObject()));
        QVERIFY_THROWS_EXCEPTION(DecodeError, codec::decodeClaimPayload(codec::encode(ClaimPayload{-1})));
    }

    void payloads_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("path");     // empty: the payload is valid
        QTest::addColumn<QString>("reason");

        const auto ok = [](const char *type, const char *payload) {
            QTest::addRow("%s ok: %s", type, payload) << QString::fromLatin1(type) << QByteArray(payload)
                                                      << QString() << QString();
        };
        const auto bad = [](const char *type, const char *payload, const char *path, const char *reason) {
            QTest::addRow("%s bad: %s", type, payload) << QString::fromLatin1(type) << QByteArray(payload)
                                                       << QString::fromLatin1(path) << QString::fromLatin1(reason);
        };

        ok("review.claim", "{}");
        ok("review.claim", R"({"lease_seconds": 300})");
        bad("review.claim", R"({"lease_seconds": 0})", "$.payload.lease_seconds", "between 1 and 86400");
        bad("review.claim", R"({"lease_seconds": 86401})", "$.payload.lease_seconds", "between 1 and 86400");
        bad("review.claim", R"({"lease_seconds": 30.5})", "$.payload.lease_seconds", "expected an integer");
        ok("review.release", "{}");
        ok("review.release", R"({"ignored": true})");
        ok("review.decide", R"({"decision": "approve"})");
        ok("review.decide", R"({"decision": "approve", "reasons": [], "note": null})");
        ok("review.decide", R"({"decision": "reject", "reject_reason": "Sixth finger", "reasons": ["artefact_visible"],
                                "regions": [{"x": 0.1, "y": 0.1, "width": 0.2, "height": 0.2, "tag": "artefact_visible"}]})");
        ok("review.decide", R"({"decision": "correct", "corrected_text": "Rattan lamp."})");
        ok("review.decide", R"({"decision": "regenerate", "ranges": [{"start_ms": 0, "end_ms": 10}]})");
        ok("review.decide", R"({"decision": "escalate", "note": "Trademark? Ask legal."})");
        bad("review.decide", "{}", "$.payload.decision", "missing required field");
        bad("review.decide", R"({"decision": "maybe"})", "$.payload.decision", "unknown code");
        bad("review.decide", R"({"decision": "reject"})", "$.payload.reject_reason", "missing required field");
        bad("review.decide", R"({"decision": "reject", "reject_reason": "  "})", "$.payload.reject_reason",
            "must not be empty");
        bad("review.decide", R"({"decision": "correct"})", "$.payload.corrected_text", "missing required field");
        bad("review.decide", R"({"decision": "approve", "reasons": ["Flash Frame"]})", "$.payload.reasons[0]",
            "snake_case reason code");
        bad("review.decide", R"({"decision": "approve", "reasons": "flash_frame"})", "$.payload.reasons",
            "expected an array");
        bad("review.decide", R"({"decision": "approve", "regions": [{"x": 2, "y": 0, "width": 0.1, "height": 0.1}]})",
            "$.payload.regions[0].x", "between 0 and 1");
        bad("review.decide", R"({"decision": "approve", "ranges": [{"start_ms": 5, "end_ms": 4}]})",
            "$.payload.ranges[0].end_ms", "must not be before");
        bad("review.decide", R"({"decision": "approve", "note": 5})", "$.payload.note", "expected a string");
        ok("review.note", R"({"text": "Looks fine on a second look."})");
        bad("review.note", "{}", "$.payload.text", "missing required field");
        bad("review.note", R"({"text": ""})", "$.payload.text", "must not be empty");
        ok("order.fix_tracking", R"({"tracking_number": "YT2412345678901234"})");
        ok("order.fix_tracking", R"({"tracking_number": "YT2412345678901234", "carrier": "YunExpress"})");
        bad("order.fix_tracking", R"({"carrier": "YunExpress"})", "$.payload.tracking_number", "missing required field");
        bad("order.fix_tracking", R"({"tracking_number": 123})", "$.payload.tracking_number", "expected a string");
        ok("order.refund", R"({"amount": {"amount_minor": 1000, "currency": "EUR"}, "reason": "Damaged", "full": false})");
        bad("order.refund", R"({"amount": {"amount_minor": 0, "currency": "EUR"}, "reason": "x", "full": false})",
            "$.payload.amount.amount_minor", "greater than 0");
        bad("order.refund", R"({"amount": {"amount_minor": 10, "currency": "XBT"}, "reason": "x", "full": false})",
            "$.payload.amount.currency", "unknown currency");
        bad("order.refund", R"({"amount": {"amount_minor": 10, "currency": "EUR"}, "reason": "x"})", "$.payload.full",
            "missing required field");
        bad("order.refund", R"({"amount": {"amount_minor": 10, "currency": "EUR"}, "reason": "x", "full": "no"})",
            "$.payload.full", "expected a boolean");
        ok("order.reship", "{}");
        ok("order.reship", R"({"note": "Second parcel"})");
        ok("order.hold", R"({"reason": "Customs"})");
        bad("order.hold", "{}", "$.payload.reason", "missing required field");
        ok("order.release", "{}");
        ok("order.note", R"({"text": "Called the customer"})");
        bad("order.note", R"({"text": null})", "$.payload.text", "is null");
        ok("exception.resolve", R"({"resolution": "Delivered to a neighbour"})");
        bad("exception.resolve", "{}", "$.payload.resolution", "missing required field");
        ok("exception.escalate", "{}");
        bad("exception.escalate", R"({"note": []})", "$.payload.note", "expected a string");
        ok("exception.note", R"({"text": "x"})");
        ok("supplier.set_tier", R"({"tier": "pallet_trader"})");
        bad("supplier.set_tier", R"({"tier": "gold"})", "$.payload.tier", "unknown code \"gold\"");
        ok("supplier.suspend", R"({"reason": "Counterfeits"})");
        bad("supplier.suspend", R"({"reason": ""})", "$.payload.reason", "must not be empty");
        ok("supplier.reinstate", "{}");
        ok("supplier.reinstate", R"({"reason": "Audit passed"})");
        ok("supplier.note", R"({"text": "Prefers WeChat"})");
        bad("supplier.note", R"({"body": "Prefers WeChat"})", "$.payload.text", "missing required field");
    }

    void payloads()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, payload);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        const std::optional<CommandType> commandType = fromCode<CommandType>(type);
        QVERIFY(commandType);
        const QJsonObject object = codec::parseObject(payload);
        try {
            codec::validateCommandPayload(*commandType, object);
            QVERIFY2(path.isEmpty(), "the payload was accepted");
        } catch (const DecodeError &e) {
            QVERIFY2(!path.isEmpty(), qPrintable(e.toString()));
            QCOMPARE(e.path(), path);
            QVERIFY2(e.reason().contains(reason), qPrintable(e.toString()));
        }
    }

    // Every command type has a payload schema (a new type without one is caught here).
    void everyCommandTypeHasASchema()
    {
        for (const QString &code : allCodes<CommandType>()) {
            const CommandType type = *fromCode<CommandType>(code);
            try {
                codec::validateCommandPayload(type, QJsonObject());
            } catch (const DecodeError &e) {
                QVERIFY2(!e.reason().contains(QStringLiteral("no payload schema")), qPrintable(code));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCodecs)
#include "test_codecs.moc"
