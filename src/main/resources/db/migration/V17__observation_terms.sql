-- Extraction keeps, with each observation, the words of its passage that could tell its incident
-- from another (the report's details once common words and region names are taken out), so that
-- fusion compares reports' text without reading their bodies again. Separated by spaces; NULL for
-- incident tables' records and for observations stored before this column, until re-extracted.
ALTER TABLE observation ADD COLUMN terms VARCHAR(2000);
