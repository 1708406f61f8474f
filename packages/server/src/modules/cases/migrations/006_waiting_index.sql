-- The requests waiting at a union (the to-do list, ADR 75): counted with the oldest day and nearest deadlines from
-- the index alone, however many were answered and closed before.
create index cases_waiting_idx on cases (org_id, status, filed_on, ack_due, answer_due)
  where status in ('submitted', 'accepted');
