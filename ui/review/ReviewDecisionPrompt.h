#pragma once
// The second step of a decision that needs one more thing: a reject reason (keys 1–9) or a
// regeneration note (type, Enter). Esc cancels either.
#include <QFrame>
#include <QStringList>

class QLabel;
class QLineEdit;

namespace wk {

class ReviewDecisionPrompt : public QFrame
{
    Q_OBJECT
public:
    explicit ReviewDecisionPrompt(QWidget *parent = nullptr);

    // The reject reasons, in the order of keys 1–9 (codes).
    static QStringList rejectReasons();
    static QString rejectReasonLabel(const QString &code);

    void askRejectReason(const QString &forWhat);
    void askNote(const QString &forWhat);
    void cancel();
    bool isAsking() const { return isVisible(); }
    QLineEdit *noteField() const { return m_note; }

signals:
    void rejectReasonChosen(const QString &code);
    void noteEntered(const QString &note);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Mode { None, Reason, Note };
    Mode m_mode = Mode::None;
    QLabel *m_title;
    QLabel *m_reasons;
    QLineEdit *m_note;
};

} // namespace wk
