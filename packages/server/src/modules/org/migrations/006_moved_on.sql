-- The day a union was last moved under its present parent (划转, ADR 40, issue 42): staff may record a move on the
-- past day it happened (补录), not before the union's or the new parent's founding nor before its previous move.
-- The moment it was recorded, and the parent before, are in the audit log. Null for a union never moved since.
alter table orgs add column moved_on date;
