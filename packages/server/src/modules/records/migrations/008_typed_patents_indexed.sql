-- The patent records typed by hand (no `source_ref`) get an index of their own (issue 42, ADR 116). Before a patent
-- is written onto its inventors' records, `listTypedPatentRecords` looks for hand-typed records of the same patent
-- numbers to take over; no index served `kind = 'patent' and source_ref is null`, so each look-up read the whole
-- table (the achievements register: a sequential scan of every record for each 5,000 achievements written, ≈ 0.3
-- CPU-s per 100,000 on a table of 100,000 records, growing with it). The records other modules write carry a
-- `source_ref` and never enter this index.
create index records_typed_patent_idx on records (subject_key) where kind = 'patent' and source_ref is null;
