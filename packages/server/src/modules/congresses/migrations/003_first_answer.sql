-- A proposal's first answer, kept (ADR 64, 73): `congresses.proposals_answered` counts it on its day, in time or
-- late against the due day it was given then, but a proposal sent back (不满意) is assigned again with a new due day
-- and its second answer overwrites `answered_on`, so the first answer's day and due day were lost in the row.
alter table congress_proposals add column first_answered_on date, add column first_due_on date;

-- Proposals answered before: the first answer's day and the first assignment's due day from their audit rows
-- ('congress.proposal.answer' after.on, 'congress.proposal.assign' after.dueOn); without them, a proposal answered
-- once and not sent back keeps them in its row.
update congress_proposals p
   set first_answered_on = coalesce(
         (select (a.after ->> 'on')::date from audit_log a
           where a.entity = 'congress_proposal' and a.entity_id = p.id::text and a.action = 'congress.proposal.answer'
           order by a.id limit 1),
         case when p.answers = 1 then p.answered_on end),
       first_due_on = coalesce(
         (select (a.after ->> 'dueOn')::date from audit_log a
           where a.entity = 'congress_proposal' and a.entity_id = p.id::text and a.action = 'congress.proposal.assign'
           order by a.id limit 1),
         case when p.answers = 1 and p.first_rating is distinct from 'dissatisfied' then p.due_on end)
 where p.answers > 0 and not p.opinion;
