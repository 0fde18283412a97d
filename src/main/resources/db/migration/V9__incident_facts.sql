-- The figures assessment counts, as columns, so a history of every incident is read without
-- parsing every body. Null in rows written before this migration: readers fall back to the body,
-- and the next fusion of the block fills them.
ALTER TABLE incident ADD COLUMN event_date DATE;
ALTER TABLE incident ADD COLUMN killed_best BIGINT;
ALTER TABLE incident ADD COLUMN injured_best BIGINT;
