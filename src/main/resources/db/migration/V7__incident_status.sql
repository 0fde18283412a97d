-- An incident's status (AUTOMATIC, CONFIRMED, NOT_INCIDENT) as a column, so lists and exports
-- can leave out what analysts marked as no incident without reading every body.
ALTER TABLE incident ADD COLUMN status VARCHAR(20) DEFAULT 'AUTOMATIC' NOT NULL;
