#pragma once
// The Review queue's pages in memory: at most `capacity` pages, the least recently used dropped
// first, so that scrolling through a million rows keeps memory flat.
#include "ReviewRow.h"

#include <QHash>
#include <list>

namespace wk {

class ReviewPageCache
{
public:
    explicit ReviewPageCache(int capacity) : m_capacity(capacity) {}

    // The page, marked as just used; null if it is not here.
    const ReviewPage *find(int page);
    // Without touching the order (const readers, e.g. id lookups).
    const ReviewPage *peek(int page) const;
    // Stores a page; returns the page dropped to make room (-1 if none).
    int insert(int page, ReviewPage rows);
    void clear();
    QList<int> pages() const;            // most recently used first
    int capacity() const { return m_capacity; }

private:
    int m_capacity;
    std::list<int> m_order;              // most recently used first
    QHash<int, std::pair<ReviewPage, std::list<int>::iterator>> m_pages;
};

} // namespace wk
