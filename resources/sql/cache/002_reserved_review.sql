-- Placeholder for the Review desk's migration 002 (issue 4), which lives on its own branch.
-- Migrations are numbered without gaps, so the Fulfilment desk's 003 needs a 002 to exist.
-- When the two branches meet, the Review desk's 002 replaces this file (delete this one).
SELECT 1;
