-- Fusion: observations fused in another block than their own. Automatic loans (no decision):
-- observations placed by their district alone that match an observation in a neighbouring
-- district's block and nothing at home — derived data, recomputed by `fusion rebuild`. An
-- analyst's merge of incidents of two blocks moves the absorbed incident's observations into the
-- other's block: those rows name the decision and are kept through rebuilds.
CREATE TABLE fusion_loan (
    observation_id UUID        NOT NULL PRIMARY KEY,
    -- the block its district belongs to, and the block it is fused in
    home_key       VARCHAR(40) NOT NULL,
    block_key      VARCHAR(40) NOT NULL,
    decision_id    UUID
);

CREATE INDEX fusion_loan_home ON fusion_loan (home_key);
CREATE INDEX fusion_loan_block ON fusion_loan (block_key);
