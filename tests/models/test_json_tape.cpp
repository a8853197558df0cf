// The JsonTape parser and its views (models/sync/JsonTape.h), and the decoders over it:
// - every text it accepts, QJsonDocument accepts with the same values (checked on a table and on
//   thousands of mutated bodies), and it refuses what the contract cannot mean (duplicate keys, lone
//   surrogates, bad UTF-8, numbers out of range, deep nesting) with the byte offset;
// - decodeChangesPageBody (the tape of the body) and decodeChangesPage over QJsonDocument's parse
//   give the same pages and the same errors, at the same paths, for wrong types at every level.
#include "CodecSamples.h"
#include "TapeWalk.h"
#include "sync/JsonPath.h"
#include "sync/JsonTape.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace wk;
using json::JsonTape;
using json::JsonView;
using testing::numbersAsDoubles;
using testing::walk;

namespace {

std::optional<QJsonValue> qtParse(const QByteArray &text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

// The DecodeError `run` throws, as text; empty when it throws none.
template <typename Run>
QString errorOf(Run run)
{
    try {
        run();
        return {};
    } catch (const DecodeError &e) {
        return e.toString();
    }
}

QString parseError(const QByteArray &text)
{
    return errorOf([&] { JsonTape tape(text); });
}

QString pageError(const QByteArray &body)
{
    return errorOf([&] { codec::decodeChangesPageBody(body); });
}

QByteArray sourceFile(const QString &relative)
{
    QFile f(QDir(qEnvironmentVariable("WK_SOURCE_DIR")).filePath(relative));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// Every path in a JSON value, as segments (keys and indexes).
void collectPaths(const QJsonValue &v, QStringList prefix, QList<QStringList> *out)
{
    if (!prefix.isEmpty())
        out->append(prefix);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectPaths(it.value(), prefix + QStringList{it.key()}, out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectPaths(a.at(i), prefix + QStringList{QString::number(i)}, out);
    }
}

QJsonValue replaced(const QJsonValue &node, QStringList segments, const QJsonValue &value)
{
    if (segments.isEmpty())
        return value;
    const QString head = segments.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        a[head.toInt()] = replaced(a.at(head.toInt()), segments, value);
        return a;
    }
    QJsonObject o = node.toObject();
    o.insert(head, replaced(o.value(head), segments, value));
    return o;
}

// "$.changes[3].data.id" for {"changes", "3", "data", "id"}.
QString jsonPath(const QStringList &segments)
{
    QString path = QStringLiteral("$");
    for (const QString &s : segments) {
        bool isIndex = false;
        const int index = s.toInt(&isIndex);
        path = isIndex ? codec::detail::indexPath(path, index) : codec::detail::childPath(path, s);
    }
    return path;
}

// A value of another JSON type than `v`.
QJsonValue otherType(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return 7;
    case QJsonValue::Double: return QStringLiteral("7");
    case QJsonValue::Bool: return QStringLiteral("true");
    case QJsonValue::Array: return QJsonObject();
    case QJsonValue::Object: return QJsonArray();
    default: return true;
    }
}

} // namespace

class TestJsonTape : public QObject
{
    Q_OBJECT

private slots:
    void acceptsWhatQtAccepts_data()
    {
        QTest::addColumn<QByteArray>("text");
        const char *texts[] = {
            "{}", "[]", "{\"a\":1}", " \t\r\n{ \"a\" : [ 1 , 2 , { } , [ ] ] } \n",
            "[0,-0,1.5,-1.5e3,1E+2,2e-5,123456789012345678901234567890,9007199254740993,4.9e-324,1.7976931348623157e308]",
            "[true,false,null,\"\"]",
            "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\",\"\\u0000\\u001f\\u00e9\\u4e2d\",\"\\ud83d\\ude00\",\"a\\u0041b\"]",
            "[\"\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf\xef\xbf\xbf\"]",
            "{\"\xc3\xa9\":1,\"e\\u0301\":2,\"\":3}",
            "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]",
            "{\"a\":{\"b\":{\"c\":[{\"d\":null}]}},\"e\":\"12345678\"}",
        };
        int i = 0;
        for (const char *text : texts)
            QTest::addRow("text %d", i++) << QByteArray(text);
        QTest::newRow("512 levels") << QByteArray(512, '[') + QByteArray(512, ']');
        for (const QString &file : QDir(QDir(qEnvironmentVariable("WK_SOURCE_DIR")).filePath(QStringLiteral("tests/fuzz/corpus")))
                                       .entryList({QStringLiteral("*.json")}))
            QTest::newRow(qPrintable(file)) << sourceFile(QStringLiteral("tests/fuzz/corpus/") + file);
    }

    void acceptsWhatQtAccepts()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!text.isEmpty());
        const std::optional<QJsonValue> qt = qtParse(text);
        QVERIFY(qt);
        const JsonTape tape(text);
        QCOMPARE(walk(tape.root()), numbersAsDoubles(*qt));
        QCOMPARE(tape.root().toJsonValue(), *qt);
        QCOMPARE(tape.root().text(), QByteArrayView(text).trimmed());
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        const auto row = [](const char *name, const QByteArray &text, const char *error) {
            QTest::newRow(name) << text << QString::fromUtf8(error);
        };
        row("empty", "", "$: not valid JSON: the text ends where a value should be at byte offset 0");
        row("only space", "  ", "$: not valid JSON: the text ends where a value should be at byte offset 2");
        row("truncated object", "{\"a\":1", "$: not valid JSON: unterminated object at byte offset 6");
        row("truncated after key", "{\"a\"", "$: not valid JSON: expected ':' after the member's name at byte offset 4");
        row("truncated string", "{\"a\":\"xy", "$: not valid JSON: unterminated string at byte offset 5");
        row("truncated escape", "[\"\\", "$: not valid JSON: unterminated string at byte offset 2");
        row("truncated literal", "[tru", "$: not valid JSON: expected a value at byte offset 1");
        row("trailing comma", "[1,]", "$: not valid JSON: expected a value at byte offset 3");
        row("trailing comma in object", "{\"a\":1,}", "$: not valid JSON: expected a string as the member's name at byte offset 7");
        row("missing comma", "[1 2]", "$: not valid JSON: expected ',' or ']' after an element at byte offset 3");
        row("garbage after", "{} x", "$: not valid JSON: unexpected text after the value at byte offset 3");
        row("two values", "{}{}", "$: not valid JSON: unexpected text after the value at byte offset 2");
        row("single quotes", "{'a':1}", "$: not valid JSON: expected a string as the member's name at byte offset 1");
        row("byte order mark", "\xef\xbb\xbf{}", "$: not valid JSON: expected a value at byte offset 0");
        row("vertical tab", "[\v1]", "$: not valid JSON: expected a value at byte offset 1");
        row("leading zero", "[01]", "$: not valid JSON: invalid number (a leading zero) at byte offset 1");
        row("no integer part", "[.5]", "$: not valid JSON: expected a value at byte offset 1");
        row("no fraction digits", "[1.]", "$: not valid JSON: invalid number (no digit after the decimal point) at byte offset 1");
        row("no exponent digits", "[1e]", "$: not valid JSON: invalid number (no digit in the exponent) at byte offset 1");
        row("plus sign", "[+1]", "$: not valid JSON: expected a value at byte offset 1");
        row("minus alone", "[-]", "$: not valid JSON: invalid number at byte offset 1");
        row("NaN", "[NaN]", "$: not valid JSON: expected a value at byte offset 1");
        row("overflow", "{\"a\":1e400}", "$: not valid JSON: number out of range at byte offset 5");
        row("negative overflow", "[-1e400]", "$: not valid JSON: number out of range at byte offset 1");
        row("underflow", "[1e-400]", "$: not valid JSON: number out of range at byte offset 1");
        row("long overflow", "[" + QByteArray(400, '9') + "]", "$: not valid JSON: number out of range at byte offset 1");
        row("unknown escape", "[\"\\x\"]", "$: not valid JSON: invalid escape sequence at byte offset 2");
        row("short unicode escape", "[\"\\u12\"]", "$: not valid JSON: invalid \\u escape (four hex digits expected) at byte offset 2");
        row("non-hex unicode escape", "[\"\\u12g4\"]", "$: not valid JSON: invalid \\u escape (four hex digits expected) at byte offset 2");
        row("lone high surrogate", "[\"\\ud800\"]", "$: not valid JSON: a lone UTF-16 surrogate in a \\u escape at byte offset 2");
        row("high surrogate then letter", "[\"\\ud800\\u0041\"]", "$: not valid JSON: a lone UTF-16 surrogate in a \\u escape at byte offset 2");
        row("lone low surrogate", "[\"x\\udc00\"]", "$: not valid JSON: a lone UTF-16 surrogate in a \\u escape at byte offset 3");
        row("control character", "[\"a\x01\"]", "$: not valid JSON: a control character in a string (it must be escaped) at byte offset 3");
        row("raw newline", "[\"a\nb\"]", "$: not valid JSON: a control character in a string (it must be escaped) at byte offset 3");
        row("invalid byte", "[\"\xff\"]", "$: not valid JSON: invalid UTF-8 at byte offset 2");
        row("continuation alone", "[\"\x80\"]", "$: not valid JSON: invalid UTF-8 at byte offset 2");
        row("overlong", "[\"\xc0\x80\"]", "$: not valid JSON: invalid UTF-8 at byte offset 2");
        row("overlong three bytes", "[\"\xe0\x80\xaf\"]", "$: not valid JSON: invalid UTF-8 at byte offset 2");
        row("encoded surrogate", "[\"\xed\xa0\x80\"]", "$: not valid JSON: invalid UTF-8 at byte offset 2");
        row("beyond U+10FFFF", "[\"\xf4\x90\x80\x80\"]", "$: not valid JSON: invalid UTF-8 at byte offset 2");
        row("truncated sequence", "[\"\xe4\xb8\"]", "$: not valid JSON: invalid UTF-8 at byte offset 2");
        row("sequence at the end", "[\"\xe4", "$: not valid JSON: invalid UTF-8 at byte offset 2");
        row("invalid UTF-8 in a key", "{\"\xfe\":1}", "$: not valid JSON: invalid UTF-8 at byte offset 2");
        row("513 levels", QByteArray(513, '[') + QByteArray(513, ']'),
            "$: not valid JSON: nested more deeply than 512 levels at byte offset 512");
        row("duplicate key", "{\"a\":1,\"b\":2,\"a\":3}",
            "$.a: duplicate key: the object has it more than once (at byte offsets 1 and 13)");
        row("duplicate key, spelt differently", "{\"a\":1,\"\\u0061\":2}",
            "$.a: duplicate key: the object has it more than once (at byte offsets 1 and 7)");
        row("duplicate key, nested", "{\"changes\":[{},{\"data\":{\"id\":1,\"id\":2}}]}",
            "$.changes[1].data.id: duplicate key: the object has it more than once (at byte offsets 24 and 31)");
        row("duplicate key, odd name", "[{\"a b\":{},\"a b\":{}}]",
            "$[0][\"a b\"]: duplicate key: the object has it more than once (at byte offsets 2 and 11)");
        QByteArray wide = "{";
        for (int i = 0; i < 40; ++i)
            wide += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
        row("duplicate key among many", wide + "\"k17\":0}",
            qPrintable(QStringLiteral("$.k17: duplicate key: the object has it more than once (at byte offsets %1 and %2)")
                           .arg(wide.indexOf("\"k17\"")).arg(wide.size())));
        for (int i = 40; i < 100; ++i)   // beyond 64 keys the parser sorts them
            wide += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
        row("duplicate key among very many", wide + "\"k77\":0}",
            qPrintable(QStringLiteral("$.k77: duplicate key: the object has it more than once (at byte offsets %1 and %2)")
                           .arg(wide.indexOf("\"k77\"")).arg(wide.size())));
        wide.chop(1);
        QTest::newRow("very many distinct keys") << wide + "}" << QString();
    }

    void refuses()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        QCOMPARE(parseError(text), error);
    }

    // Refused by the tape, accepted by QJsonDocument: the cases where the tape is the stricter.
    void stricterThanQt()
    {
        for (const QByteArray &text : {QByteArrayLiteral("{\"a\":1,\"a\":2}"), QByteArrayLiteral("[\"\\ud800\"]"),
                                       QByteArrayLiteral("[\"\\x\"]"), QByteArrayLiteral("[\"\x01\"]"),
                                       QByteArrayLiteral("[1.]"), QByteArrayLiteral("[.5]"),
                                       QByteArrayLiteral("\xef\xbb\xbf[]")}) {
            QVERIFY2(qtParse(text), text.constData());
            QVERIFY2(!parseError(text).isEmpty(), text.constData());
        }
    }

    // Mutated bodies (bytes flipped, inserted, removed, cut off): whatever the tape accepts,
    // QJsonDocument accepts with the same values; nothing crashes.
    void atLeastAsStrictAsQt()
    {
        QList<QByteArray> seeds;
        for (const char *file : {"changes_page.json", "command_results.json", "review_item.json", "order.json"})
            seeds.append(sourceFile(QStringLiteral("tests/fuzz/corpus/") + QLatin1StringView(file)));
        seeds.append(QByteArrayLiteral("{\"s\":\"\\u00e9\\ud83d\\ude00\\n\",\"n\":[-0.5e-3,12,1E2],\"t\":[true,false,null]}"));
        QRandomGenerator random(20261207);
        const char interesting[] = "{}[]\",:\\u0123456789eE+-.tfn \x80\xc3\xbf\xed\xf4";
        int acceptedByBoth = 0, refusedByTape = 0;
        for (int round = 0; round < 4000; ++round) {
            QByteArray text = seeds.at(round % seeds.size());
            QVERIFY(!text.isEmpty());
            for (int edits = 1 + random.bounded(3); edits > 0 && !text.isEmpty(); --edits) {
                const int at = random.bounded(int(text.size()));
                const char c = interesting[random.bounded(int(sizeof(interesting) - 1))];
                switch (random.bounded(4)) {
                case 0: text[at] = c; break;
                case 1: text.insert(at, c); break;
                case 2: text.remove(at, 1 + random.bounded(4)); break;
                case 3: text.truncate(at); break;
                }
            }
            const QString error = parseError(text);
            const std::optional<QJsonValue> qt = qtParse(text);
            if (!error.isEmpty()) {
                QVERIFY2(error.startsWith(QLatin1Char('$')), qPrintable(error));
                ++refusedByTape;
                continue;
            }
            const JsonTape tape(text);
            if (!tape.root().isObject() && !tape.root().isArray())
                continue;   // a lone scalar is JSON (RFC 8259); QJsonDocument only reads documents
            QVERIFY2(qt, text.constData());
            QCOMPARE(walk(tape.root()), numbersAsDoubles(*qt));
            ++acceptedByBoth;
        }
        // Both outcomes were exercised.
        QVERIFY(acceptedByBoth > 100);
        QVERIFY(refusedByTape > 100);
    }

    void views()
    {
        const QByteArray text = "{\"a\":[1,{\"x\":[2,3]},\"s\\\"q\",4],\"e\\u0301\":\"\\u00e9\",\"b\":true,\"n\":null,\"big\":{\"k\":{}},\"z\":-0}";
        const JsonTape tape(text);
        const JsonView root = tape.root();
        QVERIFY(root.isObject());
        QCOMPARE(root.size(), 6);
        const JsonView a = root.member(u"a");
        QVERIFY(a.isArray());
        QCOMPARE(a.size(), 4);
        QStringList texts;
        for (const JsonView e : a.elements())   // nested containers are skipped, not entered
            texts << QString::fromUtf8(e.text().toByteArray());
        QCOMPARE(texts, (QStringList{QStringLiteral("1"), QStringLiteral("{\"x\":[2,3]}"),
                                     QStringLiteral("\"s\\\"q\""), QStringLiteral("4")}));
        QCOMPARE(root.member(u"b").toBool(), true);
        QVERIFY(root.member(u"n").isNull());
        QVERIFY(root.member(u"missing").isUndefined());
        QVERIFY(root.member(u"x").isUndefined());   // members of members are not members
        QVERIFY(a.member(u"a").isUndefined());      // an array has no members
        QCOMPARE(root.member(u"e\u0301").toString(), QStringLiteral("\u00e9"));   // an escaped key
        QCOMPARE(root.member(u"big").member(u"k").size(), 0);
        QCOMPARE(root.member(u"z").toDouble(), 0.0);
        QVERIFY(!std::signbit(root.member(u"z").toDouble()));   // as QJsonValue has "-0"
        auto it = a.elements().begin();
        ++it;
        ++it;
        const JsonView s = *it;
        QVERIFY(s.isEscaped());
        QCOMPARE(s.rawString(), QByteArrayView("s\\\"q"));
        QCOMPARE(s.toString(), QStringLiteral("s\"q"));
        QCOMPARE(s.toDouble(), 0.0);
        QCOMPARE(a.toString(), QString());
        QStringList keys;
        for (const json::JsonMember m : root.members())
            keys << m.key.toString();
        QCOMPARE(keys, (QStringList{QStringLiteral("a"), QStringLiteral("e\u0301"), QStringLiteral("b"),
                                    QStringLiteral("n"), QStringLiteral("big"), QStringLiteral("z")}));
        // Scalars at the top are JSON too.
        QCOMPARE(JsonTape(QByteArrayLiteral(" \"x\" ")).root().toString(), QStringLiteral("x"));
        QCOMPARE(JsonTape(QByteArrayLiteral("2.5")).root().toDouble(), 2.5);
    }

    void fromJsonValue()
    {
        QVERIFY(JsonTape::fromJsonValue(QJsonValue(QJsonValue::Undefined)).root().isUndefined());
        QVERIFY(JsonTape::fromJsonValue(QJsonValue(QJsonValue::Null)).root().isNull());
        QCOMPARE(JsonTape::fromJsonValue(QStringLiteral("{}")).root().toString(), QStringLiteral("{}"));
        QCOMPARE(JsonTape::fromJsonValue(1e300).root().toDouble(), 1e300);
        QCOMPARE(JsonTape::fromJsonValue(qint64(9007199254740993)).root().toDouble(), 9007199254740992.0);
        const QJsonObject object = codec::encode(samples::reviewItem());
        QCOMPARE(walk(JsonTape::fromJsonValue(object).root()), numbersAsDoubles(object));
    }

    // The page decoder on the body's tape and the QJsonValue decoder on QJsonDocument's parse give
    // the same page, for every sample entity alone in a page and for the sample page.
    void bodyDecoderEqualsValueDecoder()
    {
        QList<ChangesPage> pages{samples::changesPage()};
        for (const Change &c : samples::changesPage().changes)
            pages.append(ChangesPage{{c}, QStringLiteral("c"), true, 3});
        for (const ChangesPage &original : pages) {
            for (const auto format : {QJsonDocument::Compact, QJsonDocument::Indented}) {
                const QByteArray body = QJsonDocument(codec::encode(original)).toJson(format);
                const ChangesPage fromBody = codec::decodeChangesPageBody(body);
                const ChangesPage fromValue = codec::decodeChangesPage(codec::parseObject(body));
                QCOMPARE(fromBody, original);
                QCOMPARE(fromValue, original);
                for (qsizetype i = 0; i < fromBody.changes.size(); ++i) {
                    const Change &c = fromBody.changes.at(i);
                    QCOMPARE(bool(c.decoded), c.op == ChangeOp::Upsert);
                    if (c.decoded)
                        QVERIFY(*c.decoded == *fromValue.changes.at(i).decoded);
                }
            }
        }
    }

    // Every value of the sample page replaced by one of another type: both decoders refuse it with
    // the same error, at the path of the value that was replaced (an envelope's field, an entity's,
    // a list element, a map value).
    void wrongTypesAtEveryLevel()
    {
        const QJsonObject page = codec::encode(samples::changesPage());
        QList<QStringList> paths;
        collectPaths(page, {}, &paths);
        QVERIFY(paths.size() > 200);
        int checked = 0;
        for (const QStringList &segments : paths) {
            const QJsonValue original = [&] {
                QJsonValue v = page;
                for (const QString &s : segments)
                    v = v.isArray() ? v.toArray().at(s.toInt()) : v.toObject().value(s);
                return v;
            }();
            const QByteArray body = compact(replaced(page, segments, otherType(original)).toObject());
            const QString bodyError = pageError(body);
            const QString valueError = errorOf([&] { codec::decodeChangesPage(codec::parseObject(body)); });
            const QString bodyPath = bodyError.section(QStringLiteral(": "), 0, 0);
            const QString path = jsonPath(segments);
            QVERIFY2(!bodyError.isEmpty(), qPrintable(path + QStringLiteral(" was accepted")));
            QCOMPARE(bodyError, valueError);
            QCOMPARE(bodyPath, path);
            ++checked;
        }
        QCOMPARE(checked, paths.size());
    }

    // The page decoder is as strict as the tape under it, and names where a page is wrong.
    void changesPageBodyIsStrict()
    {
        const QByteArray item = compact(codec::encode(samples::minimalReviewItem()));
        const QByteArray change = "{\"entity\":\"review_item\",\"op\":\"upsert\",\"id\":\""
                                  + samples::minimalReviewItem().id.toUtf8() + "\",\"version\":"
                                  + QByteArray::number(samples::minimalReviewItem().version) + ",\"data\":" + item + "}";
        const QByteArray once = "{\"changes\":[" + change + "],\"cursor\":\"c\",\"has_more\":false,\"last_command_seq\":0}";
        QCOMPARE(codec::decodeChangesPageBody(once).changes.constFirst().dataText, item);
        // A duplicate key: QJsonDocument keeps the last one; which one the platform meant is not
        // ours to guess, so the page is refused, naming the key.
        const QByteArray twice = "{\"changes\":[" + change + "],\"changes\":[" + change
                                 + "],\"cursor\":\"c\",\"has_more\":false,\"last_command_seq\":0}";
        QVERIFY2(pageError(twice).startsWith(QStringLiteral("$.changes: duplicate key")), qPrintable(pageError(twice)));
        QByteArray nested = once;
        nested.replace("\"kind\":\"copy\"", "\"kind\":\"copy\",\"kind\":\"copy\"");
        QVERIFY(nested != once);
        QVERIFY2(pageError(nested).startsWith(QStringLiteral("$.changes[0].data.kind: duplicate key")),
                 qPrintable(pageError(nested)));
        QCOMPARE(pageError("{\"changes\":["),
                 QStringLiteral("$: not valid JSON: the text ends where a value should be at byte offset 12"));
        QCOMPARE(pageError("[]"), QStringLiteral("$: expected a JSON object, got an array"));
        // Errors inside the page name their path, as decodeChangesPage's do.
        QByteArray badCurrency = once;
        badCurrency.replace("\"currency\":\"JPY\"", "\"currency\":\"XXX\"");
        QVERIFY(badCurrency != once);
        QCOMPARE(pageError(badCurrency), QStringLiteral("$.changes[0].data.gmv_at_risk.currency: unknown currency \"XXX\""));
        // Deep nesting is a DecodeError at "$", not a stack overflow.
        const QByteArray deep = "{\"changes\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
        QCOMPARE(pageError(deep), QStringLiteral("$: not valid JSON: nested more deeply than 512 levels at byte offset 522"));
    }
};

QTEST_GUILESS_MAIN(TestJsonTape)
#include "test_json_tape.moc"
