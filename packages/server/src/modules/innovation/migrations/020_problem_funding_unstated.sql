-- A problem posted without 攻关经费 says so: the column is empty, not ¥0.00 (a posting that gave 0 keeps its 0).
-- Rows posted before this have 0 where the form was left empty; they cannot be told from a 0 that was typed and
-- are left as they are.
alter table innovation_problems alter column funding_fen drop not null;
alter table innovation_problems alter column funding_fen drop default;
