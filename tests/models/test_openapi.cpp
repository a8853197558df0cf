// resources/api/openapi.yaml against the codecs: every endpoint is there, every enum lists exactly the
// codes of models/domain/Enums.h, and every schema has exactly the fields the encoders write, with the
// same required-ness as the decoders (a required field left out must fail at its path; an optional one
// must not). There is no YAML library in the build: the file keeps a fixed style (see its header) that
// this test reads line by line.
#include "CodecSamples.h"
#include "sync/CommandPayloads.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <functional>

using namespace wk;

namespace {

struct Schema {
    QStringList required;
    QStringList properties;
    QStringList enumValues;
    bool hasProperties = false;
};

QStringList flowList(const QString &text)
{
    QStringList out;
    for (QString item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        item = item.trimmed();
        if (item.size() >= 2 && (item.startsWith(QLatin1Char('\'')) || item.startsWith(QLatin1Char('"'))))
            item = item.mid(1, item.size() - 2);
        out << item;
    }
    return out;
}

QMap<QString, Schema> readSchemas(const QStringList &lines)
{
    static const QRegularExpression schemaName(QStringLiteral("^    ([A-Za-z0-9]+):\\s*$"));
    static const QRegularExpression required(QStringLiteral("^      required: \\[(.*)\\]\\s*$"));
    static const QRegularExpression enumLine(QStringLiteral("^      enum: \\[(.*)\\]\\s*$"));
    static const QRegularExpression properties(QStringLiteral("^      properties:\\s*(\\{\\})?\\s*$"));
    static const QRegularExpression property(QStringLiteral("^        ([a-z_0-9]+):"));
    QMap<QString, Schema> out;
    const qsizetype start = lines.indexOf(QStringLiteral("  schemas:"));
    if (start < 0)
        return out;
    QString current;
    bool inProperties = false;
    for (qsizetype i = start + 1; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (!line.startsWith(QStringLiteral("    ")))
            break;   // the next section of components
        if (const auto m = schemaName.match(line); m.hasMatch()) {
            current = m.captured(1);
            out[current];
            inProperties = false;
            continue;
        }
        Schema &schema = out[current];
        if (const auto m = required.match(line); m.hasMatch()) {
            schema.required = flowList(m.captured(1));
            inProperties = false;
        } else if (const auto m2 = enumLine.match(line); m2.hasMatch()) {
            schema.enumValues = flowList(m2.captured(1));
            inProperties = false;
        } else if (const auto m3 = properties.match(line); m3.hasMatch()) {
            schema.hasProperties = true;
            inProperties = m3.captured(1).isEmpty();
        } else if (inProperties) {
            if (const auto m4 = property.match(line); m4.hasMatch())
                schema.properties << m4.captured(1);
            else if (!line.startsWith(QStringLiteral("         ")))
                inProperties = false;
        }
    }
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

using Decode = std::function<void(const QJsonValue &)>;

template <typename T>
Decode decoder(T (*decode)(const QJsonValue &, const QString &))
{
    return [decode](const QJsonValue &v) { decode(v, QStringLiteral("$")); };
}

QString pascalCase(const QString &code)
{
    QString out;
    for (const QString &part : code.split(QRegularExpression(QStringLiteral("[._]")), Qt::SkipEmptyParts))
        out += part.left(1).toUpper() + part.mid(1);
    return out;
}

// A payload of each command type with every field its schema knows.
QJsonObject fullPayload(CommandType type)
{
    const auto obj = [](std::initializer_list<QPair<QString, QJsonValue>> fields) {
        QJsonObject o;
        for (const auto &[k, v] : fields)
            o.insert(k, v);
        return o;
    };
    const auto s = [](const char *text) { return QJsonValue(QString::fromUtf8(text)); };
    switch (type) {
    // The structured ones come from the typed encoders, so that those are held to the schema too.
    case CommandType::ReviewClaim: return codec::encode(ClaimPayload{300});
    case CommandType::ReviewRelease:
    case CommandType::OrderRelease: return {};
    case CommandType::ReviewDecide:
        return codec::encode(DecidePayload{DecisionKind::Approve, {QStringLiteral("garbled_text")}, QStringLiteral("fine"),
                                           {samples::reviewItem().suspectRegions.first()},
                                           {samples::reviewItem().suspectRanges.first()}, QStringLiteral("text"),
                                           QStringLiteral("reason")});
    case CommandType::ReviewNote:
    case CommandType::OrderNote:
    case CommandType::ExceptionNote:
    case CommandType::SupplierNote: return obj({{QStringLiteral("text"), s("note")}});
    case CommandType::OrderFixTracking:
        return codec::encode(FixTrackingPayload{QStringLiteral("YT2412345678901234"), QStringLiteral("YunExpress")});
    case CommandType::OrderRefund:
        return codec::encode(RefundPayload{Money(500, QStringLiteral("AUD")), QStringLiteral("Damaged"), false});
    case CommandType::OrderReship:
    case CommandType::ExceptionEscalate: return obj({{QStringLiteral("note"), s("note")}});
    case CommandType::OrderHold:
    case CommandType::SupplierSuspend:
    case CommandType::SupplierReinstate: return obj({{QStringLiteral("reason"), s("reason")}});
    case CommandType::ExceptionResolve: return obj({{QStringLiteral("resolution"), s("Reshipped")}});
    case CommandType::SupplierSetTier: return obj({{QStringLiteral("tier"), s("direct_factory")}});
    }
    return {};
}

} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT

private:
    QString m_text;
    QStringList m_lines;
    QMap<QString, Schema> m_schemas;

    // Checks one object schema against a decoder and a sample that sets every field.
    void checkSchema(const QString &name, const Decode &decode, const QJsonObject &full,
                     const QStringList &conditional = {})
    {
        QVERIFY2(m_schemas.contains(name), qPrintable(name));
        const Schema &schema = m_schemas.value(name);
        QVERIFY2(schema.hasProperties, qPrintable(name));
        QCOMPARE(sorted(schema.properties), sorted(full.keys()));
        for (const QString &required : schema.required)
            QVERIFY2(schema.properties.contains(required), qPrintable(name + QLatin1Char('.') + required));
        decode(full);   // the sample itself is valid
        for (const QString &key : schema.properties) {
            if (conditional.contains(key))
                continue;
            QJsonObject without = full;
            without.remove(key);
            QJsonObject nulled = full;
            nulled.insert(key, QJsonValue::Null);
            const QString where = name + QLatin1Char('.') + key;
            if (schema.required.contains(key)) {
                for (const QJsonObject &bad : {without, nulled}) {
                    try {
                        decode(bad);
                        QFAIL(qPrintable(where + QStringLiteral(" is required in the YAML but the decoder accepts it missing")));
                    } catch (const DecodeError &e) {
                        QVERIFY2(e.path().endsWith(QLatin1Char('.') + key), qPrintable(where + QStringLiteral(": ") + e.toString()));
                    }
                }
            } else {
                try {
                    decode(without);
                    decode(nulled);
                } catch (const DecodeError &e) {
                    QFAIL(qPrintable(where + QStringLiteral(" is optional in the YAML but: ") + e.toString()));
                }
            }
        }
    }

private slots:
    void initTestCase()
    {
        QFile f(qEnvironmentVariable("WK_SOURCE_DIR") + QStringLiteral("/resources/api/openapi.yaml"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        m_text = QString::fromUtf8(f.readAll());
        m_lines = m_text.split(QLatin1Char('\n'));
        m_schemas = readSchemas(m_lines);
        QVERIFY(m_schemas.size() > 40);
    }

    // What a YAML parser would trip over first, without a YAML parser.
    void wellFormed()
    {
        QCOMPARE(m_lines.first(), QStringLiteral("openapi: 3.0.3"));
        for (const char *top : {"info:", "servers:", "security:", "paths:", "components:"})
            QVERIFY2(m_lines.contains(QLatin1StringView(top)), top);
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const QString &line = m_lines.at(i);
            const QString where = QStringLiteral("line %1: %2").arg(i + 1).arg(line);
            QVERIFY2(!line.contains(QLatin1Char('\t')), qPrintable(where));
            QVERIFY2(!line.endsWith(QLatin1Char(' ')), qPrintable(where));
            const qsizetype lead = line.isEmpty() ? 0 : line.indexOf(QRegularExpression(QStringLiteral("\\S")));
            QVERIFY2(lead < 0 || lead % 2 == 0, qPrintable(where));
            // Flow collections open and close on one line.
            const QString code = line.section(QStringLiteral(" #"), 0, 0);
            if (!code.trimmed().startsWith(QLatin1Char('#')) && !code.contains(QLatin1Char('\''))) {
                QVERIFY2(code.count(QLatin1Char('[')) == code.count(QLatin1Char(']')), qPrintable(where));
                QVERIFY2(code.count(QLatin1Char('{')) == code.count(QLatin1Char('}')), qPrintable(where));
            }
        }
        // Every $ref names a schema, response or header that exists.
        static const QRegularExpression ref(QStringLiteral("\\$ref: '#/components/(schemas|responses|headers)/([A-Za-z0-9]+)'"));
        for (auto it = ref.globalMatch(m_text); it.hasNext();) {
            const auto m = it.next();
            QVERIFY2(m_text.contains(QStringLiteral("\n    ") + m.captured(2) + QStringLiteral(":\n")), qPrintable(m.captured(0)));
        }
    }

    void everyEndpoint()
    {
        for (const char *path : {"/v1/health", "/v1/me", "/v1/clients", "/v1/changes", "/v1/media/{id}", "/v1/commands"})
            QVERIFY2(m_lines.contains(QStringLiteral("  ") + QLatin1StringView(path) + QLatin1Char(':')), path);
        for (const char *header : {"ETag:", "Retry-After:", "Range", "Content-Range:", "If-None-Match"})
            QVERIFY2(m_text.contains(QLatin1StringView(header)), header);
        QVERIFY(m_text.contains(QStringLiteral("scheme: bearer")));
    }

    void enumsMatchTheCodeTables()
    {
        const auto check = [this](const char *name, const QStringList &codes) {
            QVERIFY2(m_schemas.contains(QLatin1StringView(name)), name);
            QCOMPARE(m_schemas.value(QLatin1StringView(name)).enumValues, codes);
        };
        check("MediaKind", allCodes<MediaKind>());
        check("ReviewStatus", allCodes<ReviewStatus>());
        check("FlagReason", allCodes<FlagReason>());
        check("DecisionKind", allCodes<DecisionKind>());
        check("OrderStage", allCodes<OrderStage>());
        check("ExceptionCode", allCodes<ExceptionCode>());
        check("ExceptionStatus", allCodes<ExceptionStatus>());
        check("SupplierTier", allCodes<SupplierTier>());
        check("SupplierStatus", allCodes<SupplierStatus>());
        check("PeriodKind", allCodes<PeriodKind>());
        check("EntityKind", allCodes<EntityKind>());
        check("ChangeOp", allCodes<ChangeOp>());
        check("CommandType", allCodes<CommandType>());
        check("CommandOutcome", allCodes<CommandOutcome>());
        const QStringList currencies = m_schemas.value(QStringLiteral("Currency")).enumValues;
        QVERIFY(!currencies.isEmpty());
        for (const QString &c : currencies)
            QVERIFY2(Money::isKnownCurrency(c), qPrintable(c));
    }

    void everyProblemCode()
    {
        const QStringList codes{
            QStringLiteral("unauthorized"), QStringLiteral("invalid_body"), QStringLiteral("invalid_query"),
            QStringLiteral("not_found"), QStringLiteral("unknown_client"), QStringLiteral("cursor_expired"),
            QStringLiteral("batch_too_large"), QStringLiteral("range_not_satisfiable"),
            QStringLiteral("idempotency_key_reused"), QStringLiteral("rate_limited"), QStringLiteral("internal"),
            QStringLiteral("unavailable"), QStringLiteral("lease_held"), QStringLiteral("version_conflict"),
            QStringLiteral("invalid_payload"), QStringLiteral("invalid_state"),
            QStringLiteral("invalid_tracking_number"), QStringLiteral("currency_mismatch"),
            QStringLiteral("refund_exceeds_total")};
        QCOMPARE(sorted(m_schemas.value(QStringLiteral("ProblemCode")).enumValues), sorted(codes));
    }

    void entitiesMatchTheCodecs()
    {
        ReviewItem copyItem = samples::reviewItem();
        copyItem.kind = MediaKind::Copy;   // media is only optional for copy items
        checkSchema(QStringLiteral("Money"), decoder(codec::decodeMoney), codec::encode(Money(1, QStringLiteral("EUR"))));
        checkSchema(QStringLiteral("Region"), decoder(codec::decodeRegion), codec::encode(samples::reviewItem().suspectRegions.first()));
        checkSchema(QStringLiteral("TimeRange"), decoder(codec::decodeTimeRange), codec::encode(samples::reviewItem().suspectRanges.first()));
        checkSchema(QStringLiteral("MediaAsset"), decoder(codec::decodeMediaAsset), codec::encode(samples::video()));
        checkSchema(QStringLiteral("DecisionRecord"), decoder(codec::decodeDecisionRecord), codec::encode(*samples::reviewItem().decision));
        checkSchema(QStringLiteral("Supplier"), decoder(codec::decodeSupplier), codec::encode(samples::supplier()));
        checkSchema(QStringLiteral("SupplierMetrics"), decoder(codec::decodeSupplierMetrics), codec::encode(samples::supplierMetrics()));
        checkSchema(QStringLiteral("Product"), decoder(codec::decodeProduct), codec::encode(samples::product()));
        checkSchema(QStringLiteral("ReviewItem"), decoder(codec::decodeReviewItem), codec::encode(copyItem));
        checkSchema(QStringLiteral("Order"), decoder(codec::decodeOrder), codec::encode(samples::order()));
        checkSchema(QStringLiteral("ShipmentEvent"), decoder(codec::decodeShipmentEvent), codec::encode(samples::shipmentEvent()));
        checkSchema(QStringLiteral("OrderException"), decoder(codec::decodeOrderException), codec::encode(samples::orderException()));
    }

    void envelopesMatchTheCodecs()
    {
        // data is required for an upsert and absent for a delete: checked in test_codecs.
        checkSchema(QStringLiteral("ChangeEnvelope"), decoder(codec::decodeChange),
                    codec::encode(codec::upsertChange(samples::order())), {QStringLiteral("data")});
        checkSchema(QStringLiteral("ChangesPage"), decoder(codec::decodeChangesPage), codec::encode(samples::changesPage()));
        checkSchema(QStringLiteral("CommandEnvelope"), decoder(codec::decodeCommand), codec::encode(samples::decideCommand()));
        checkSchema(QStringLiteral("CommandBatch"), decoder(codec::decodeCommandBatch),
                    codec::encode(CommandBatch{QStringLiteral("client"), {samples::decideCommand()}}));
        // With outcome applied, current and problem are both optional (conflict/rejected need them).
        CommandResult applied = samples::commandResults().results.at(1);
        applied.outcome = CommandOutcome::Applied;
        checkSchema(QStringLiteral("CommandResult"), decoder(codec::decodeCommandResult), codec::encode(applied));
        checkSchema(QStringLiteral("CommandResults"), decoder(codec::decodeCommandResults), codec::encode(samples::commandResults()));
        checkSchema(QStringLiteral("Problem"), decoder(codec::decodeProblem), codec::encode(samples::problem()));
        checkSchema(QStringLiteral("Me"), decoder(codec::decodeMe),
                    codec::encode(Me{QStringLiteral("sv"), QStringLiteral("S"), 300}));
        checkSchema(QStringLiteral("Health"), decoder(codec::decodeHealth),
                    codec::encode(Health{QStringLiteral("ok"), QStringLiteral("1"), 5}));
        for (const QString &entity : allCodes<EntityKind>())
            QVERIFY2(m_text.contains(QStringLiteral("          %1: '#/components/schemas/").arg(entity)), qPrintable(entity));
    }

    void everyCommandHasItsPayloadSchema()
    {
        for (const QString &code : allCodes<CommandType>()) {
            const CommandType type = *fromCode<CommandType>(code);
            const QString name = pascalCase(code);
            QVERIFY2(m_text.contains(QStringLiteral("          %1: '#/components/schemas/%2Command'").arg(code, name)),
                     qPrintable(code));
            QVERIFY2(m_text.contains(QStringLiteral("type: {type: string, enum: [%1]}\n            payload:\n"
                                                    "              $ref: '#/components/schemas/%2Payload'")
                                         .arg(code, name)),
                     qPrintable(code));
            const Decode validate = [type](const QJsonValue &payload) {
                codec::validateCommandPayload(type, payload.toObject());
            };
            checkSchema(name + QStringLiteral("Payload"), validate, fullPayload(type));
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "test_openapi.moc"
