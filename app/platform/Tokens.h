#pragma once
// Who may call the platform: one bearer token per supervisor.
#include <QList>
#include <QString>
#include <optional>

namespace wk::platform {

struct SupervisorToken {
    QString token;
    QString supervisorId;
    QString displayName;
};

class TokenTable
{
public:
    TokenTable() = default;
    explicit TokenTable(QList<SupervisorToken> tokens) : m_tokens(std::move(tokens)) {}

    // demo-1, demo-2, demo-3 for three demo supervisors (printed by watchkeeper-platform on start).
    static TokenTable demo();
    // Lines "token supervisor_id display name"; blank lines and lines starting with # are skipped.
    // Throws std::invalid_argument with a sentence naming the file and line.
    static TokenTable fromFile(const QString &path);
    static TokenTable fromText(const QString &text, const QString &origin);

    std::optional<SupervisorToken> find(const QString &token) const;
    // For lease_held messages; the id itself if unknown.
    QString displayName(const QString &supervisorId) const;
    const QList<SupervisorToken> &tokens() const { return m_tokens; }

private:
    QList<SupervisorToken> m_tokens;
};

} // namespace wk::platform
