import type { Sql } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import { deadlinesOf } from './cases.calendar.ts';
import { caseErrors } from './cases.errors.ts';
import { clearOverdueMark } from './cases.escalation.repository.ts';
import { addEvent } from './cases.events.repository.ts';
import { tellUnions, tellWorker } from './cases.notify.ts';
import { overduePeriod } from './cases.overdue.ts';
import { type CaseRow, updateCase } from './cases.repository.ts';
import { SUBJECTS } from './cases.types.ts';

/**
 * Moves a request to another union (a transfer, an escalation by staff or by the deadline sweep): the new union
 * accepts it afresh, with new deadlines counted from `today`, and both unions' staff are told.
 */
export async function moveCase(
  sql: Sql,
  c: CaseRow,
  to: OrgRow,
  m: {
    kind: 'transferred' | 'escalated' | 'auto_escalated';
    today: string;
    /** The real day it is entered (the new deadlines' due_set_on, ADR 40). */
    enteredOn: string;
    actorUserId: number | null;
    note?: string | null;
    at?: string;
  },
): Promise<void> {
  const deadlines = await deadlinesOf(sql, c.category, m.today);
  if (!deadlines) throw caseErrors.category();
  await updateCase(sql, c.id, {
    org_id: to.id,
    status: c.status === 'accepted' ? 'submitted' : c.status,
    handler_user_id: null,
    ack_due: deadlines.ackDue,
    answer_due: deadlines.answerDue,
    due_set_on: m.enteredOn,
  });
  await addEvent(sql, {
    caseId: c.id,
    orgId: c.orgId,
    kind: m.kind,
    toOrgId: to.id,
    actorUserId: m.actorUserId,
    body: m.note?.trim() || null,
    visible: true,
    at: m.at,
  });
  const verb =
    m.kind !== 'transferred' ? { zh: '上报至', en: 'escalated to' } : { zh: '转至', en: 'transferred to' };
  await tellUnions(
    sql,
    [c.orgId, to.id],
    c.id,
    { zh: `诉求已${verb.zh}${to.name}`, en: `A request was ${verb.en} ${to.name}` },
    {
      zh: `${c.orgName}的诉求（${c.filedOn}）由${to.name}办理，请在${deadlines.ackDue}前受理`,
      en: `The request received by ${c.orgName} on ${c.filedOn} is now handled by ${to.name}; accept it by ${deadlines.ackDue}`,
    },
  );
  await tellWorker(
    sql,
    c,
    { zh: '您的诉求已转交办理', en: 'Your request has moved' },
    { zh: `现由${to.name}办理`, en: `${to.name} handles it now` },
  );
}

/** Counts a request as overdue (once until it is answered or closed). */
export async function markOverdue(sql: Sql, c: CaseRow, today: string): Promise<void> {
  if (c.overdue) return;
  // counted from the day it first stood overdue (the day after the missed deadline), whenever the sweep found it,
  // as the statistics "as of" a day count it (cases.overdue.ts)
  const from = overduePeriod(c)?.from;
  const on = from && from < today ? from : today;
  await updateCase(sql, c.id, { overdue: true, overdue_on: on });
  await addCounts(sql, [{ subject: SUBJECTS.overdue, orgId: c.filedOrgId, on, n: 1 }]);
}

/** Takes a request out of the overdue count (answered or closed). */
export async function clearOverdue(sql: Sql, c: CaseRow, today: string): Promise<void> {
  if (!c.overdue) return;
  const on = await clearOverdueMark(sql, c.id, today);
  await addCounts(sql, [{ subject: SUBJECTS.overdue, orgId: c.filedOrgId, on, n: -1 }]);
}
