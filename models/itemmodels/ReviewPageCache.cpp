#include "ReviewPageCache.h"

namespace wk {

const ReviewPage *ReviewPageCache::find(int page)
{
    auto it = m_pages.find(page);
    if (it == m_pages.end())
        return nullptr;
    m_order.splice(m_order.begin(), m_order, it->second);
    return &it->first;
}

const ReviewPage *ReviewPageCache::peek(int page) const
{
    auto it = m_pages.constFind(page);
    return it == m_pages.constEnd() ? nullptr : &it->first;
}

int ReviewPageCache::insert(int page, ReviewPage rows)
{
    auto it = m_pages.find(page);
    if (it != m_pages.end()) {
        it->first = std::move(rows);
        m_order.splice(m_order.begin(), m_order, it->second);
        return -1;
    }
    int dropped = -1;
    if (m_pages.size() >= m_capacity && !m_order.empty()) {
        dropped = m_order.back();
        m_order.pop_back();
        m_pages.remove(dropped);
    }
    m_order.push_front(page);
    m_pages.insert(page, {std::move(rows), m_order.begin()});
    return dropped;
}

void ReviewPageCache::clear()
{
    m_pages.clear();
    m_order.clear();
}

QList<int> ReviewPageCache::pages() const { return QList<int>(m_order.begin(), m_order.end()); }

} // namespace wk
