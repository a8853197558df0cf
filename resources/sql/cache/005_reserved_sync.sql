-- Placeholder on the 'overview' branch only: 005 belongs to the sync issue, and migrations are
-- numbered without gaps (Migrator::checkNumbering), so 006 could not apply without it.
-- DELETE THIS FILE when the sync branch's own 005_*.sql is merged.
SELECT 1;
