#pragma once
// What every per-kind pane (image, video, copy) offers to ReviewItemView, which stacks them, and
// what they share: the banner that says in words why the item's media cannot be shown.
#include "review/ReviewItemView.h"

#include <QWidget>

namespace wk {

class ProblemBanner;

class ItemPane : public QWidget
{
    Q_OBJECT
public:
    explicit ItemPane(QWidget *parent = nullptr);

    virtual void showItem(const ReviewItem &item, const std::optional<Product> &product) = 0;
    virtual void clearItem() = 0;
    // `trust` says whether the bytes at `path` were hashed already (by the MediaCache).
    virtual void setMediaFile(const QString &assetId, const QString &path, const QString &error, MediaTrust trust)
    {
        Q_UNUSED(assetId) Q_UNUSED(path) Q_UNUSED(error) Q_UNUSED(trust)
    }
    virtual ReviewAnnotations annotations() const = 0;
    QString mediaProblem() const { return m_problem; }

signals:
    void annotationsChanged();
    void mediaProblemChanged(const QString &problem);

protected:
    // The banner, for the pane to place in its layout (at the top).
    ProblemBanner *problemBanner() const { return m_banner; }
    // Says `problem` on the banner and, when it changed, to the view (empty: no problem).
    void setProblem(const QString &problem);
    // The sentence for a file that did not come: missing, or the fetch's own words.
    static QString unavailableSentence(const QString &assetId, const QString &error);

private:
    ProblemBanner *m_banner = nullptr;
    QString m_problem;
};

} // namespace wk
