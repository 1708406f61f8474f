-- The moment a return's collection ended (ADR 40, issue 42): now, or the start of the past day it was closed on.
-- Returns closed before this column: the last change of their row, which was the closing.
alter table returns add column closed_at timestamptz;
update returns set closed_at = updated_at where status = 'closed';
