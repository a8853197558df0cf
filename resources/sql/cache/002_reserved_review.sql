-- Placeholder on the 'overview' branch only: 002 belongs to the review issue, and migrations are
-- numbered without gaps (Migrator::checkNumbering), so 006 could not apply without it.
-- DELETE THIS FILE when the review branch's own 002_*.sql is merged.
SELECT 1;
