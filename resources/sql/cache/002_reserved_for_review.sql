-- Reserved: schema 002 belongs to another desk's branch (SESSION2.md assigns the numbers).
-- The suppliers branch needs the number taken so that its 004 applies; when the real file
-- lands, this placeholder is deleted in the same merge (the migrator refuses doubles).
SELECT 1;
