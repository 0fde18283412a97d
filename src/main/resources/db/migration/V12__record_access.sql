-- Access to records (DESIGN §7): what decides who may see a report besides its marking.

-- the organisation a source belongs to, e.g. a provincial CTD: its AMBER and AMBER+STRICT
-- reports are visible to that organisation's users wherever they are
ALTER TABLE source ADD COLUMN organisation VARCHAR(200);

-- whom a RED report is shared with: usernames and organisation names, one per line
ALTER TABLE report ADD COLUMN recipients VARCHAR(20000);

-- where a report is about, as extraction found it (province or district P-codes): an AMBER report
-- is visible to users whose jurisdiction contains one of them
CREATE TABLE report_place (
    report_id UUID        NOT NULL REFERENCES report (id),
    pcode     VARCHAR(16) NOT NULL,
    PRIMARY KEY (report_id, pcode)
);

INSERT INTO report_place (report_id, pcode)
SELECT DISTINCT report_id, COALESCE(district_pcode, province_pcode)
FROM observation
WHERE COALESCE(district_pcode, province_pcode) IS NOT NULL;

-- the strictest marking among an incident's reports: an incident of CLEAR and GREEN reports looks
-- the same to every user, and only the others need their reports' access checked
ALTER TABLE incident ADD COLUMN marking VARCHAR(20) DEFAULT 'RED' NOT NULL;

UPDATE incident SET marking = COALESCE((
    SELECT CASE MAX(CASE r.marking WHEN 'CLEAR' THEN 0 WHEN 'GREEN' THEN 1 WHEN 'AMBER' THEN 2
                                   WHEN 'AMBER+STRICT' THEN 3 ELSE 4 END)
           WHEN 0 THEN 'CLEAR' WHEN 1 THEN 'GREEN' WHEN 2 THEN 'AMBER' WHEN 3 THEN 'AMBER+STRICT' ELSE 'RED' END
    FROM incident_member m JOIN report r ON r.id = m.report_id
    WHERE m.incident_id = incident.id), 'RED');
