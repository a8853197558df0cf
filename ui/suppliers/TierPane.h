#pragma once
// One tier's column of the Suppliers desk: its name with the count, and the windowed, sortable list
// of its suppliers (SupplierTierModel).
#include "domain/Enums.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace wk {

class SupplierReader;
class SupplierTierModel;

class TierPane : public QWidget
{
    Q_OBJECT
public:
    TierPane(SupplierTier tier, SupplierReader *reader, QWidget *parent = nullptr);

    SupplierTier tier() const { return m_tier; }
    SupplierTierModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setCount(qint64 count);
    QString currentSupplierId() const { return m_currentId; }
    // Focuses the list on its first row (or keeps the current one).
    void focusList();
    void selectSupplier(const QString &supplierId);

signals:
    void currentSupplierChanged(const QString &supplierId);

private:
    void fitFigureColumns();
    void onCurrentChanged();
    void onLoaded();

    SupplierTier m_tier;
    QLabel *m_title;
    QTableView *m_view;
    SupplierTierModel *m_model;
    QString m_currentId;
    QString m_wanted;   // to select once its page is loaded
};

} // namespace wk
