#pragma once
// Which Qt Multimedia backend plays the review videos. Must run before the first QMediaPlayer
// exists (the backend is chosen once per process, when the first one is made).
namespace wk {

// On Qt 6.4 for Linux the default backend is GStreamer, whose state changes wait on the UI
// thread: taking a playing or prerolling pipeline down costs 300 ms to a full second between one
// item and the next. Qt's FFmpeg backend (the default from Qt 6.5 on) answers in a few
// milliseconds, so it is chosen when its plugin is installed and nobody set QT_MEDIA_BACKEND.
// Elsewhere, and on later Qt versions, nothing changes.
void chooseMediaBackend();

// Decoded images and video frames are buffers of megabytes, made and dropped at every item. With
// glibc's default (a threshold that rises after the first such buffer is freed) they come from
// the heap and, freed, stay in the process: the desk grew by about 2 MB per decision. A fixed
// threshold of 256 kB maps them apart and gives them back when they are freed. Once per process;
// nothing elsewhere than glibc.
void keepLargeBuffersOutOfTheHeap();

} // namespace wk
