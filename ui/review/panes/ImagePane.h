#pragma once
// The image item: the generated image beside the supplier's source photo at the same zoom and
// scroll, the AI's suspect regions on it, the supervisor's own regions with a defect tag, and
// what the generator says about how it made the image.
#include "review/panes/ItemPane.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace wk {

class ImageCanvas;
class ImageViewState;
class MediaLoader;
struct MediaCheckResult;

class ImagePane : public ItemPane
{
    Q_OBJECT
public:
    explicit ImagePane(QWidget *parent = nullptr);

    void showItem(const ReviewItem &item, const std::optional<Product> &product) override;
    void clearItem() override;
    void setMediaFile(const QString &assetId, const QString &path, const QString &error, MediaTrust trust) override;
    ReviewAnnotations annotations() const override;

    ImageCanvas *generatedCanvas() const { return m_generated; }
    ImageCanvas *sourceCanvas() const { return m_source; }
    QComboBox *tagBox() const { return m_tagBox; }
    ImageViewState *viewState() const { return m_state; }
    bool isLoading() const;

private:
    QWidget *makeToolbar();
    QWidget *makeSidePanel();
    void onChecked(const MediaCheckResult &result);
    void refreshRegionList();
    void refreshZoomLabel();
    void applyTagToSelection();
    void fillMetadata(const ReviewItem &item);

    ImageViewState *m_state = nullptr;
    MediaLoader *m_loader = nullptr;
    ImageCanvas *m_generated = nullptr;
    ImageCanvas *m_source = nullptr;
    QLabel *m_generatedTitle = nullptr;
    QLabel *m_sourceTitle = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QComboBox *m_tagBox = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QListWidget *m_regionList = nullptr;
    QLabel *m_meta = nullptr;
    std::optional<ReviewItem> m_item;
};

} // namespace wk
