#pragma once
// Driving a modal dialog from a test: exec() blocks the caller, so the test says beforehand what to
// do with the next dialog that opens. Shared by the desk's GUI tests and the end-to-end tests.
#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <functional>

namespace wk::testing {

// Runs `interact` on the next modal dialog as soon as it is open.
inline void onNextDialog(std::function<void(QDialog *)> interact)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, interact] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            interact(dialog);
        }
    });
    timer->start();
}

} // namespace wk::testing
