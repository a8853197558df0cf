#pragma once
// Runs MediaCheck on a worker and brings the answer back to the UI thread. Answers for an item
// that is no longer shown (after reset()) are dropped, so a slow decode never paints over the
// next item.
#include "review/panes/MediaCheck.h"

#include <QObject>

namespace wk {

class MediaLoader : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void load(const MediaAsset &asset, const QString &path, bool decodeImage);
    // Forget every answer still on its way.
    void reset() { ++m_generation; }
    // For tests: true while a check is on its way.
    bool busy() const { return m_pending > 0; }

signals:
    void checked(const wk::MediaCheckResult &result);

private:
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace wk
