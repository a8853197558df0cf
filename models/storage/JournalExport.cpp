#include "JournalExport.h"

#include "JournalChain.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wk::journalexport {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("wk::JournalExport", text); }

const QStringList kHeader{QStringLiteral("seq"),    QStringLiteral("at"),         QStringLiteral("event"),
                          QStringLiteral("command_id"), QStringLiteral("type"),   QStringLiteral("target"),
                          QStringLiteral("actor"),  QStringLiteral("detail"),     QStringLiteral("suggestion"),
                          QStringLiteral("payload"), QStringLiteral("prev_hash"), QStringLiteral("hash")};

QString isoTime(const QDateTime &at) { return at.toUTC().toString(Qt::ISODateWithMs); }
QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QStringList fieldsOf(const JournalEntry &e)
{
    return {QString::number(e.seq), isoTime(e.at), e.event, e.commandId, e.type, e.target, e.actor, e.detail,
            e.suggestion, e.payload, e.prevHash, e.hash};
}

JournalEntry entryOf(const QStringList &f)
{
    JournalEntry e;
    e.seq = f.at(0).toLongLong();
    e.at = parseTime(f.at(1));
    e.event = f.at(2);
    e.commandId = f.at(3);
    e.type = f.at(4);
    e.target = f.at(5);
    e.actor = f.at(6);
    e.detail = f.at(7);
    e.suggestion = f.at(8);
    e.payload = f.at(9);
    e.prevHash = f.at(10);
    e.hash = f.at(11);
    return e;
}

QString csvField(const QString &value)
{
    // Quoted always when it could be misread; a leading =, +, - or @ is left as it is: this file is
    // evidence, and spreadsheet users are warned by their spreadsheet.
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// RFC 4180 records; nullopt on an unterminated quote.
std::optional<QList<QStringList>> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (quoted)
        return std::nullopt;
    if (any || !field.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}
} // namespace

QByteArray toCsv(const QList<JournalEntry> &entries)
{
    QString out = kHeader.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const JournalEntry &e : entries) {
        QStringList fields = fieldsOf(e);
        for (QString &f : fields)
            f = csvField(f);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray toJson(const QList<JournalEntry> &entries)
{
    QJsonArray rows;
    for (const JournalEntry &e : entries) {
        const QStringList f = fieldsOf(e);
        QJsonObject o;
        for (qsizetype i = 0; i < kHeader.size(); ++i) {
            if (i == 0)
                o.insert(kHeader.at(i), e.seq);
            else
                o.insert(kHeader.at(i), f.at(i));
        }
        rows.append(o);
    }
    const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("watchkeeper-journal")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("head"), entries.isEmpty() ? QString() : entries.constLast().hash},
                          {QStringLiteral("entries"), rows}};
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

std::optional<QList<JournalEntry>> fromCsv(const QByteArray &csv, QString *error)
{
    const auto fail = [error](const QString &sentence) {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    const auto records = parseCsv(QString::fromUtf8(csv));
    if (!records || records->isEmpty() || records->constFirst() != kHeader)
        return fail(tr("This is not a Watchkeeper journal export in CSV: its first line must be the column names."));
    QList<JournalEntry> entries;
    for (qsizetype i = 1; i < records->size(); ++i) {
        if (records->at(i).size() != kHeader.size())
            return fail(tr("Line %1 of the journal export has %2 fields instead of %3.")
                            .arg(i + 1).arg(records->at(i).size()).arg(kHeader.size()));
        entries << entryOf(records->at(i));
    }
    return entries;
}

std::optional<QList<JournalEntry>> fromJson(const QByteArray &json, QString *error)
{
    const QJsonObject doc = QJsonDocument::fromJson(json).object();
    if (doc.value(QStringLiteral("format")).toString() != QLatin1String("watchkeeper-journal")
        || !doc.value(QStringLiteral("entries")).isArray()) {
        if (error)
            *error = tr("This is not a Watchkeeper journal export in JSON.");
        return std::nullopt;
    }
    QList<JournalEntry> entries;
    for (const QJsonValue &v : doc.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList f;
        for (const QString &key : kHeader)
            f << (key == QLatin1String("seq") ? QString::number(o.value(key).toInteger()) : o.value(key).toString());
        entries << entryOf(f);
    }
    return entries;
}

qint64 firstBrokenEntry(const QList<JournalEntry> &entries)
{
    QString prev = QStringLiteral("");
    for (const JournalEntry &e : entries) {
        if (e.prevHash != prev || JournalChain::hashOf(e) != e.hash)
            return e.seq;
        prev = e.hash;
    }
    return 0;
}

} // namespace wk::journalexport
