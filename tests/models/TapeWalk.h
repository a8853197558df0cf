#pragma once
// Reading a JsonTape back into Qt's JSON types through its views alone (not JsonView::toJsonValue,
// which uses Qt's parser), so that comparing with QJsonDocument checks the tape itself. Shared by
// test_json_tape and the decoder fuzzer.
#include "sync/JsonTape.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace wk::testing {

// The tape read back into Qt's types through the views alone (not through toJsonValue, which uses
// Qt's parser), so that comparing with QJsonDocument checks the tape's structure and conversions.
inline QJsonValue walk(json::JsonView v)
{
    switch (v.type()) {
    case json::Type::Undefined: return QJsonValue(QJsonValue::Undefined);
    case json::Type::Null: return QJsonValue(QJsonValue::Null);
    case json::Type::False:
    case json::Type::True: return v.toBool();
    case json::Type::Number: return v.toDouble();
    case json::Type::String: return v.toString();
    case json::Type::Array: {
        QJsonArray a;
        for (const json::JsonView e : v.elements())
            a.append(walk(e));
        return a;
    }
    case json::Type::Object: {
        QJsonObject o;
        for (const json::JsonMember m : v.members())
            o.insert(m.key.toString(), walk(m.value));
        return o;
    }
    }
    return {};
}

// Qt keeps integers as integers; the tape, like QJsonValue::toDouble(), reads numbers as doubles.
inline QJsonValue numbersAsDoubles(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &e : v.toArray())
            a.append(numbersAsDoubles(e));
        return a;
    }
    if (v.isObject()) {
        QJsonObject o;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            o.insert(it.key(), numbersAsDoubles(it.value()));
        return o;
    }
    return v;
}

} // namespace wk::testing
