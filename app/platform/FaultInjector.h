#pragma once
// --faults: what can go wrong between the console and the platform, on purpose and reproducibly.
//
// Grammar (also in watchkeeper-platform --help):
//   SPEC  := ITEM { "," ITEM }
//   ITEM  := KIND "=" WHEN [ ":" ARG ]  |  "seed=" N
//   WHEN  := a probability "0.05" or "5%"  |  "every" N  (the Nth, 2Nth, ... eligible request)
//   KIND  := latency    delay the answer by ARG ms (default 500)
//            5xx        503 unavailable with Retry-After: ARG s (default 1), request not handled
//            429        429 rate_limited with Retry-After: ARG s (default 1), request not handled
//            drop       close the connection without an answer, request not handled
//            truncate   handle the request, send the headers and half the body, close
//            malformed  handle the request, answer 200 with a body that is not valid JSON
//            expire     GET /v1/changes with a cursor answers 410 cursor_expired
//            lost       POST /v1/commands: apply the commands, then close without an answer
// Every request to /v1/* except /v1/health is eligible (expire: only pulls with a cursor; lost:
// only command posts). Each kind counts its own eligible requests for "everyN". At most one fault
// besides latency hits a request: the first in the order above that fires.
#include <QRandomGenerator64>
#include <QString>
#include <array>
#include <optional>

namespace wk::platform {

enum class FaultKind { Latency, Unavailable, RateLimited, Drop, Truncate, Malformed, ExpireCursor, LostResponse };
inline constexpr int kFaultKindCount = 8;

struct FaultRule {
    bool enabled = false;
    double probability = 0;   // used when every == 0
    int every = 0;
    int arg = -1;             // ms for latency, seconds for 5xx/429; -1 = the default
};

struct FaultSpec {
    std::array<FaultRule, kFaultKindCount> rules{};
    quint64 seed = 1;
    bool isEmpty() const;
    // Throws std::invalid_argument with a sentence naming the bad part.
    static FaultSpec parse(const QString &spec);
    QString toString() const;
};

QString faultKindName(FaultKind kind);

struct FaultDecision {
    int latencyMs = 0;
    std::optional<FaultKind> fault;   // Unavailable .. LostResponse
    int retryAfterSeconds = 1;
};

struct RequestTraits {
    bool isPull = false;              // GET /v1/changes
    bool pullHasCursor = false;
    bool isCommandPost = false;       // POST /v1/commands
};

class FaultInjector
{
public:
    FaultInjector() = default;
    explicit FaultInjector(const FaultSpec &spec);
    bool isActive() const { return m_active; }
    FaultDecision decide(const RequestTraits &request);

private:
    bool fires(FaultKind kind);
    FaultSpec m_spec;
    QRandomGenerator64 m_rng;
    std::array<qint64, kFaultKindCount> m_counters{};
    bool m_active = false;
};

} // namespace wk::platform
