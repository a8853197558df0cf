#pragma once
// Is the Review desk's open item fully on screen in its real pane: the image decoded onto its
// canvas, the video's first frame (or, for the benchmark's figure, its file handed to the
// player), the copy in its editor; or, for any kind, a sentence why it cannot be shown. Shared
// by the triage test and watchkeeper-bench review.
#include "review/ReviewDesk.h"
#include "review/ReviewItemView.h"
#include "review/panes/CopyPane.h"
#include "review/panes/ImageCanvas.h"
#include "review/panes/ImagePane.h"
#include "review/panes/VideoPane.h"
#include "review/panes/VideoSurface.h"

#include <QPlainTextEdit>

namespace wk::reviewtest {

enum class VideoShown { FileHandedOver, FirstFrame };

inline bool fullyShown(ReviewDesk &desk, VideoShown video = VideoShown::FirstFrame)
{
    const auto &item = desk.itemView()->item();
    if (!item || item->id != desk.currentItemId())
        return false;
    ItemPane *pane = desk.itemView()->currentPane();
    if (!pane->mediaProblem().isEmpty())
        return true;
    if (auto *image = qobject_cast<ImagePane *>(pane))
        return image->generatedCanvas()->hasImage();
    if (auto *player = qobject_cast<VideoPane *>(pane))
        return video == VideoShown::FileHandedOver ? !player->mediaPath().isEmpty()
                                                   : player->isReady() && player->surface()->hasFrame();
    if (auto *copy = qobject_cast<CopyPane *>(pane))
        return copy->editor()->toPlainText() == item->copyText;
    return false;
}

} // namespace wk::reviewtest
