#pragma once
// Shared by the platform tests: a tiny hand-made data set fed through the GenerationSink (so the
// tests do not depend on the generator's output) and a blocking HTTP client over a real socket.
#include "PlatformServer.h"
#include "PlatformStore.h"
#include "sync/Codecs.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace wk::platformtest {

inline const QDateTime kT0 = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);

inline Supplier sampleSupplier(int i)
{
    Supplier s;
    s.id = QStringLiteral("sup-%1").arg(i);
    s.name = QStringLiteral("Supplier %1").arg(i);
    s.nameZh = QStringLiteral("供应商%1").arg(i);
    s.tier = SupplierTier(i % 3);
    s.region = QStringLiteral("Zhejiang");
    s.city = QStringLiteral("Yiwu");
    return s;
}

inline ReviewItem sampleReviewItem(int i)
{
    ReviewItem r;
    r.id = QStringLiteral("rv-%1").arg(i);
    r.kind = MediaKind::Copy;
    r.productId = QStringLiteral("p-%1").arg(i);
    r.supplierId = QStringLiteral("sup-%1").arg(i % 3);
    r.sku = QStringLiteral("SKU-%1").arg(i);
    r.title = QStringLiteral("Linen tote bag %1").arg(i);
    r.market = QStringLiteral("DE");
    r.locale = QStringLiteral("de-DE");
    r.flagReasons = {FlagReason::UnbackedClaim};
    r.aiConfidence = 0.42;
    r.gmvAtRisk = Money(12345, QStringLiteral("EUR"));
    r.createdAt = kT0;
    r.slaDueAt = kT0.addSecs(3600 * 4);
    r.copyText = QStringLiteral("Wasserdicht und CE-zertifiziert.");
    return r;
}

inline Order sampleOrder(int i)
{
    Order o;
    o.id = QStringLiteral("ord-%1").arg(i);
    o.market = QStringLiteral("DE");
    o.customerName = QStringLiteral("Erika Mustermann");
    o.customerEmail = QStringLiteral("erika@example.invalid");
    o.shipCountry = QStringLiteral("DE");
    o.stage = OrderStage::InTransit;
    o.supplierId = QStringLiteral("sup-0");
    o.productId = QStringLiteral("p-%1").arg(i);
    o.goods = Money(10000, QStringLiteral("EUR"));
    o.shipping = Money(1000, QStringLiteral("EUR"));
    o.fee = Money(1100, QStringLiteral("EUR"));
    o.supplierCostCny = Money(50000, QStringLiteral("CNY"));
    o.carrier = QStringLiteral("YunExpress");
    o.trackingNumber = QStringLiteral("BADNUMBER");
    o.placedAt = kT0;
    o.stageEnteredAt = kT0;
    return o;
}

inline OrderException sampleException(int i)
{
    OrderException e;
    e.id = QStringLiteral("exc-%1").arg(i);
    e.orderId = QStringLiteral("ord-%1").arg(i);
    e.code = ExceptionCode::TrackingInvalid;
    e.aiProposal = QStringLiteral("order.fix_tracking");
    e.openedAt = kT0;
    e.slaDueAt = kT0.addSecs(86400);
    return e;
}

// 3 suppliers, 10 review items, 4 orders, 2 exceptions: 19 entities.
inline int feedSampleData(platform::PlatformStore &store)
{
    store.beginBatch();
    for (int i = 0; i < 3; ++i)
        store.supplier(sampleSupplier(i));
    for (int i = 0; i < 10; ++i)
        store.reviewItem(sampleReviewItem(i));
    for (int i = 0; i < 4; ++i)
        store.order(sampleOrder(i));
    for (int i = 0; i < 2; ++i)
        store.orderException(sampleException(i));
    store.commitBatch();
    return 19;
}

struct HttpResult {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    QJsonObject json() const { return codec::parseObject(body); }
};

// Blocking requests for tests; the server runs in the same thread, on the nested event loop.
class TestClient
{
public:
    TestClient(QUrl base, QString token) : m_base(std::move(base)), m_token(std::move(token)) {}
    void setToken(const QString &token) { m_token = token; }

    HttpResult get(const QString &path, const QUrlQuery &query = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return run(QByteArrayLiteral("GET"), path, query, {}, headers);
    }
    HttpResult post(const QString &path, const QJsonObject &body)
    {
        return run(QByteArrayLiteral("POST"), path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), {});
    }
    HttpResult postRaw(const QString &path, const QByteArray &body) { return run("POST", path, {}, body, {}); }

    QString registerClient()
    {
        const HttpResult r = post(QStringLiteral("/v1/clients"), QJsonObject{{QStringLiteral("name"), QStringLiteral("test")}});
        return r.status == 201 ? r.json().value(QStringLiteral("client_id")).toString() : QString();
    }

    HttpResult run(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        QUrl url = m_base;
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[k, v] : headers)
            request.setRawHeader(k, v);
        // Media tests look at the raw bytes and status; never let the cache answer.
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(90000, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->isFinished() ? reply->error() : QNetworkReply::TimeoutError;
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
        reply->abort();
        reply->deleteLater();
        return r;
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
};

inline QJsonObject command(const QString &type, const QString &target, qint64 baseVersion, const QJsonObject &payload,
                           qint64 seq = 1, QString id = {})
{
    if (id.isEmpty())
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return QJsonObject{{QStringLiteral("id"), id},           {QStringLiteral("seq"), seq},
                       {QStringLiteral("type"), type},       {QStringLiteral("target"), target},
                       {QStringLiteral("base_version"), baseVersion}, {QStringLiteral("payload"), payload}};
}

inline QJsonObject batch(const QString &clientId, const QList<QJsonObject> &commands)
{
    QJsonArray array;
    for (const auto &c : commands)
        array.append(c);
    return QJsonObject{{QStringLiteral("client_id"), clientId}, {QStringLiteral("commands"), array}};
}

} // namespace wk::platformtest
