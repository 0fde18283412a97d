-- Extraction: a report's observations are found by id, not by an index on the report.
--
-- An observation's id derives from (report, extractor version, ordinal), which made the unique
-- constraint on those columns a second copy of the primary key, and each run row counts its
-- observations, so the ids of a report's observations are known from its runs. The constraint's
-- index (random UUIDs first) cost a leaf page of a B-tree per stored observation once the table
-- outgrew the cache; the foreign key to the run cost a lookup per row. Both go: observations and
-- their run are written in one statement pair of one transaction by the extraction module alone.
ALTER TABLE observation DROP CONSTRAINT observation_run;
ALTER TABLE observation DROP CONSTRAINT observation_place;
