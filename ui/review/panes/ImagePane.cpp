#include "review/panes/ImagePane.h"
#include "review/panes/ProblemBanner.h"

#include "review/panes/DefectTags.h"
#include "review/panes/ImageCanvas.h"
#include "review/panes/ImageViewState.h"
#include "review/panes/MediaLoader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace wk {

namespace {
QPushButton *toolButton(const QString &text, const QString &accessible, const QString &tip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleName(accessible);
    button->setToolTip(tip);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}
} // namespace

ImagePane::ImagePane(QWidget *parent)
    : ItemPane(parent), m_state(new ImageViewState(this)), m_loader(new MediaLoader(this))
{
    setAccessibleName(tr("Image review"));
    m_generated = new ImageCanvas(m_state, this);
    m_generated->setEditable(true);
    m_generated->setAccessibleName(tr("Generated image"));
    m_generated->setTagLabeler(&DefectTags::label);
    m_source = new ImageCanvas(m_state, this);
    m_source->setAccessibleName(tr("Supplier's source photo"));
    m_generatedTitle = new QLabel(tr("Generated image"), this);
    m_sourceTitle = new QLabel(tr("Supplier's source photo"), this);
    for (QLabel *title : {m_generatedTitle, m_sourceTitle}) {
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
    }

    auto *images = new QSplitter(Qt::Horizontal, this);
    const auto column = [images](QLabel *title, ImageCanvas *canvas) {
        auto *box = new QWidget(images);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(title);
        layout->addWidget(canvas, 1);
        images->addWidget(box);
    };
    column(m_generatedTitle, m_generated);
    column(m_sourceTitle, m_source);
    images->addWidget(makeSidePanel());
    images->setStretchFactor(0, 3);
    images->setStretchFactor(1, 3);
    images->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(problemBanner());
    layout->addWidget(makeToolbar());
    layout->addWidget(images, 1);
    setFocusProxy(m_generated);
    applyTagToSelection();   // new regions start with the first tag

    connect(m_loader, &MediaLoader::checked, this, &ImagePane::onChecked);
    connect(m_state, &ImageViewState::changed, this, &ImagePane::refreshZoomLabel);
    connect(m_generated, &ImageCanvas::regionsChanged, this, [this] {
        refreshRegionList();
        emit annotationsChanged();
    });
    connect(m_generated, &ImageCanvas::selectionChanged, this, [this](int index) {
        m_deleteButton->setEnabled(index >= 0);
        if (index >= 0) {
            const QSignalBlocker blocker(m_tagBox);
            const QString tag = m_generated->regions().at(index).region.tag;
            const int known = m_tagBox->findData(tag);
            if (known >= 0)
                m_tagBox->setCurrentIndex(known);
            else
                m_tagBox->setEditText(tag);
        }
        const QSignalBlocker blocker(m_regionList);
        m_regionList->setCurrentRow(index);
    });
    clearItem();
}

QWidget *ImagePane::makeToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    const QPointF middle(0.5, 0.5);
    auto *zoomOut = toolButton(tr("−"), tr("Zoom out"), tr("Zoom out (-)"), bar);
    auto *zoomIn = toolButton(tr("+"), tr("Zoom in"), tr("Zoom in (+)"), bar);
    auto *fit = toolButton(tr("Fit"), tr("Fit to view"), tr("Show the whole image (0)"), bar);
    for (QPushButton *small : {zoomOut, zoomIn})
        small->setMaximumWidth(small->fontMetrics().horizontalAdvance(QStringLiteral("MMM")));
    connect(zoomOut, &QPushButton::clicked, this, [this] {
        m_generated->zoomBy(1 / ImageViewState::kStep, QPointF(m_generated->width() / 2.0, m_generated->height() / 2.0));
    });
    connect(zoomIn, &QPushButton::clicked, this, [this] {
        m_generated->zoomBy(ImageViewState::kStep, QPointF(m_generated->width() / 2.0, m_generated->height() / 2.0));
    });
    connect(fit, &QPushButton::clicked, m_state, &ImageViewState::reset);
    m_zoomLabel = new QLabel(bar);
    m_zoomLabel->setAccessibleName(tr("Zoom level"));
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));

    auto *add = toolButton(tr("Add region"), tr("Add region"), tr("Add a region in the middle of the view (Insert), or drag on the image"), bar);
    connect(add, &QPushButton::clicked, this, [this] {
        m_generated->setFocus();
        QKeyEvent insert(QEvent::KeyPress, Qt::Key_Insert, Qt::NoModifier);
        QCoreApplication::sendEvent(m_generated, &insert);
    });
    auto *tagLabel = new QLabel(tr("Defect tag:"), bar);
    m_tagBox = new QComboBox(bar);
    m_tagBox->setEditable(true);
    m_tagBox->setInsertPolicy(QComboBox::NoInsert);
    m_tagBox->setAccessibleName(tr("Defect tag"));
    m_tagBox->lineEdit()->setAccessibleName(tr("Defect tag"));
    m_tagBox->view()->setAccessibleName(tr("Defect tags"));
    m_tagBox->setToolTip(tr("The tag of the selected region and of new ones; type your own for a defect not in the list"));
    for (const DefectTags::Tag &tag : DefectTags::forKind(MediaKind::Image))
        m_tagBox->addItem(tag.label, tag.code);
    tagLabel->setBuddy(m_tagBox);
    connect(m_tagBox, &QComboBox::currentIndexChanged, this, &ImagePane::applyTagToSelection);
    connect(m_tagBox->lineEdit(), &QLineEdit::editingFinished, this, &ImagePane::applyTagToSelection);
    m_deleteButton = toolButton(tr("Delete region"), tr("Delete region"), tr("Delete the selected region (Delete)"), bar);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { m_generated->removeRegion(m_generated->selectedIndex()); });

    for (QWidget *w : std::initializer_list<QWidget *>{zoomOut, m_zoomLabel, zoomIn, fit})
        row->addWidget(w);
    row->addSpacing(16);
    for (QWidget *w : std::initializer_list<QWidget *>{add, tagLabel, m_tagBox, m_deleteButton})
        row->addWidget(w);
    row->addStretch(1);
    auto *keys = new QLabel(tr("Keys: +/− zoom, 0 fit, arrows pan, Insert add, [ ] select, Shift+arrows move, Ctrl+arrows resize, Delete remove"), bar);
    keys->setWordWrap(true);
    keys->setEnabled(false);
    row->addWidget(keys, 2);
    return bar;
}

QWidget *ImagePane::makeSidePanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *regionsTitle = new QLabel(tr("Regions"), panel);
    m_regionList = new QListWidget(panel);
    m_regionList->setAccessibleName(tr("Regions on the generated image"));
    m_regionList->setWordWrap(true);
    regionsTitle->setBuddy(m_regionList);
    connect(m_regionList, &QListWidget::currentRowChanged, m_generated, &ImageCanvas::setSelectedIndex);

    auto *metaTitle = new QLabel(tr("How it was generated"), panel);
    auto *metaArea = new QScrollArea(panel);
    metaArea->setWidgetResizable(true);
    metaArea->setAccessibleName(tr("Generator metadata"));
    // One label for the whole table: refilled for every item, so it must be cheap to change.
    m_meta = new QLabel(metaArea);
    m_meta->setTextFormat(Qt::RichText);
    m_meta->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setAccessibleName(tr("Generator metadata"));
    metaArea->setWidget(m_meta);
    for (QLabel *title : {regionsTitle, metaTitle}) {
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
    }
    layout->addWidget(regionsTitle);
    layout->addWidget(m_regionList, 1);
    layout->addWidget(metaTitle);
    layout->addWidget(metaArea, 1);
    return panel;
}

bool ImagePane::isLoading() const { return m_loader->busy(); }

void ImagePane::showItem(const ReviewItem &item, const std::optional<Product> &product)
{
    Q_UNUSED(product)
    m_loader->reset();
    m_item = item;
    m_state->reset();
    QList<CanvasRegion> regions;
    for (const Region &r : item.suspectRegions)
        regions.append({r, true});
    m_generated->setRegions(regions);
    m_generatedTitle->setText(item.media ? tr("Generated image — %1").arg(item.media->id) : tr("Generated image"));
    m_sourceTitle->setText(item.sourceMedia ? tr("Supplier's source photo — %1").arg(item.sourceMedia->id)
                                            : tr("Supplier's source photo"));
    if (item.media)
        m_generated->setMessage(tr("Loading %1…").arg(item.media->id), false);
    else
        m_generated->setMessage(MediaCheck::absentSentence(), true);
    m_source->setMessage(item.sourceMedia ? tr("Loading %1…").arg(item.sourceMedia->id)
                                          : tr("The supplier sent no source photo for this product."),
                         false);
    setProblem(item.media ? QString() : MediaCheck::absentSentence());
    refreshRegionList();
    refreshZoomLabel();
    fillMetadata(item);
}

void ImagePane::clearItem()
{
    m_loader->reset();
    m_item.reset();
    m_generated->setRegions({});
    m_generated->setMessage(tr("No item selected."), false);
    m_source->setMessage(QString(), false);
    setProblem({});
    refreshRegionList();
    fillMetadata(ReviewItem());
}

void ImagePane::setMediaFile(const QString &assetId, const QString &path, const QString &error, MediaTrust trust)
{
    if (!m_item)
        return;
    const bool isMedia = m_item->media && m_item->media->id == assetId;
    const bool isSource = m_item->sourceMedia && m_item->sourceMedia->id == assetId;
    if (!isMedia && !isSource)
        return;
    if (path.isEmpty()) {
        const QString sentence = unavailableSentence(assetId, error);
        (isMedia ? m_generated : m_source)->setMessage(sentence, true);
        if (isMedia)
            setProblem(sentence);
        return;
    }
    m_loader->load(isMedia ? *m_item->media : *m_item->sourceMedia, path, true, trust);
}

void ImagePane::onChecked(const MediaCheckResult &result)
{
    if (!m_item)
        return;
    const bool isMedia = m_item->media && m_item->media->id == result.assetId;
    ImageCanvas *canvas = isMedia ? m_generated : m_source;
    if (result.problem.isEmpty())
        canvas->setImage(result.image);
    else
        canvas->setMessage(result.problem, true);
    if (isMedia)
        setProblem(result.problem);
}

ReviewAnnotations ImagePane::annotations() const
{
    ReviewAnnotations annotations;
    for (const CanvasRegion &r : m_generated->regions())
        annotations.regions.append(r.region);
    return annotations;
}

void ImagePane::applyTagToSelection()
{
    const QString text = m_tagBox->currentText();
    const int index = m_tagBox->findText(text);
    const QString code = index >= 0 ? m_tagBox->itemData(index).toString() : DefectTags::codeFor(text, MediaKind::Image);
    m_generated->setNewRegionTag(code);
    m_generated->setRegionTag(m_generated->selectedIndex(), code);
}

void ImagePane::refreshRegionList()
{
    const QSignalBlocker blocker(m_regionList);
    m_regionList->clear();
    const QList<CanvasRegion> regions = m_generated->regions();
    for (int i = 0; i < regions.size(); ++i) {
        const CanvasRegion &r = regions.at(i);
        const QString tag = r.region.tag.isEmpty() ? tr("untagged") : DefectTags::label(r.region.tag);
        m_regionList->addItem(r.fromAi ? tr("%1 · %2 · suspected by the AI").arg(i + 1).arg(tag)
                                       : tr("%1 · %2 · yours").arg(i + 1).arg(tag));
    }
    m_regionList->setCurrentRow(m_generated->selectedIndex());
    m_deleteButton->setEnabled(m_generated->selectedIndex() >= 0);
}

void ImagePane::refreshZoomLabel()
{
    m_zoomLabel->setText(m_generated->hasImage() ? tr("%1 %").arg(qRound(m_generated->displayScale() * 100))
                                                 : tr("%1 %").arg(qRound(m_state->zoom() * 100)));
}

void ImagePane::fillMetadata(const ReviewItem &item)
{
    if (item.id.isEmpty()) {
        m_meta->clear();
        return;
    }
    QString rows;
    const auto add = [&rows](const QString &label, const QString &value) {
        rows += QStringLiteral("<tr><td style=\"padding-right:8px\">%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    static const QList<std::pair<const char *, const char *>> known{
        {"model", QT_TRANSLATE_NOOP("wk::ImagePane", "Model")},
        {"prompt_id", QT_TRANSLATE_NOOP("wk::ImagePane", "Prompt")},
        {"seed", QT_TRANSLATE_NOOP("wk::ImagePane", "Seed")},
        {"media_variant", QT_TRANSLATE_NOOP("wk::ImagePane", "Media variant")},
        {"dataset_seed", QT_TRANSLATE_NOOP("wk::ImagePane", "Data set seed")}};
    QMap<QString, QString> rest = item.generatorMeta;
    for (const auto &[key, label] : known)
        if (const QString k = QLatin1String(key); rest.contains(k))
            add(tr(label), rest.take(k));
    for (auto it = rest.cbegin(); it != rest.cend(); ++it)
        add(it.key(), it.value());
    add(tr("AI confidence"), tr("%1 %").arg(qRound(item.aiConfidence * 100)));
    QStringList reasons;
    for (FlagReason reason : item.flagReasons)
        reasons << DefectTags::reasonLabel(reason);
    add(tr("Flagged for"), reasons.join(tr(", ")));
    if (item.media) {
        add(tr("Image"), tr("%1 × %2 px, %3, %4 KB")
                             .arg(item.media->width)
                             .arg(item.media->height)
                             .arg(item.media->mimeType)
                             .arg((item.media->size + 1023) / 1024));
        add(tr("SHA-256"), item.media->sha256.left(16) + QStringLiteral("…"));
    }
    m_meta->setText(QStringLiteral("<table>%1</table>").arg(rows));
}

} // namespace wk
