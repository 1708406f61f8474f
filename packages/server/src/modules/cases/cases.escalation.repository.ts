import type { Sql } from '../../db/db.ts';

/** Requests past a deadline, not yet escalated for it: still to acknowledge, or still to answer. */
export async function findOverdue(sql: Sql, today: string) {
  const { rows } = await sql.query<{ id: number; deadline: 'ack' | 'answer'; dueOn: string }>(
    `select c.id, d.deadline, d.due_on as "dueOn"
       from cases c
       cross join lateral (values ('ack', c.ack_due), ('answer', c.answer_due)) as d(deadline, due_on)
      where c.status in ('submitted', 'accepted') and d.due_on < $1 and d.due_on >= c.due_set_on
        and (d.deadline = 'answer' or c.status = 'submitted')
        and not exists (select 1 from case_escalations x
                         where x.case_id = c.id and x.deadline = d.deadline and x.due_on = d.due_on)
      order by c.id, d.deadline`,
    [today],
  );
  return rows;
}

/**
 * Records that the request missed a deadline (`deadline` due on `dueOn`), unless that deadline was recorded
 * already or the request's current deadline of that kind (`ackDue` / `answerDue`) is no longer `dueOn`;
 * whether this call recorded it.
 */
export async function claimEscalation(
  sql: Sql,
  e: {
    caseId: number;
    deadline: 'ack' | 'answer';
    dueOn: string;
    orgId: number;
    at: string;
    ackDue: string;
    answerDue: string;
  },
): Promise<boolean> {
  const { rows } = await sql.query(
    `insert into case_escalations (case_id, deadline, due_on, org_id, at)
     select $1, $2, $3, $4, $5 where $3 = (case $2 when 'ack' then $6::date else $7::date end)
     on conflict do nothing returning case_id`,
    [e.caseId, e.deadline, e.dueOn, e.orgId, e.at, e.ackDue, e.answerDue],
  );
  return rows.length > 0;
}

/** How many deadlines the request has missed (rows of case_escalations). */
export async function countEscalations(sql: Sql, caseId: number): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    'select count(*)::int as n from case_escalations where case_id = $1',
    [caseId],
  );
  return rows[0].n;
}

/** Clears the request's overdue mark; the day it stops counting as overdue (its overdue day, or `today`). */
export async function clearOverdueMark(sql: Sql, id: number, today: string): Promise<string> {
  const { rows } = await sql.query<{ on: string }>(
    `update cases set overdue = false where id = $1 returning greatest(overdue_on, $2::date) as "on"`,
    [id, today],
  );
  return rows[0].on;
}
