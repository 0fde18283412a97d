-- Fusion: observations placed by their district alone that are fused in a neighbouring district's
-- block, because they match an observation there better than any at home. Derived data: computed
-- from the observations, recomputed by `fusion rebuild`.
CREATE TABLE fusion_loan (
    observation_id UUID        NOT NULL PRIMARY KEY,
    -- the block its district belongs to, and the block it is fused in
    home_key       VARCHAR(40) NOT NULL,
    block_key      VARCHAR(40) NOT NULL
);

CREATE INDEX fusion_loan_home ON fusion_loan (home_key);
CREATE INDEX fusion_loan_block ON fusion_loan (block_key);
