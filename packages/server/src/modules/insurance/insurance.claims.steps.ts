import { type Actor, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notYours } from '../../shared/errors.ts';
import { listSubjectApplications } from '../programs/index.ts';
import { type ClaimRow, claimChain, findClaim } from './insurance.claims.repository.ts';
import { daysBetween, err, OVERDUE_DAYS } from './insurance.shared.ts';

/** A claim not in the state for the step asked. */

export const STATE = () =>
  err(
    'conflict',
    'INSURANCE_CLAIM_STATE',
    '理赔申请当前状态不能进行此操作',
    'The claim is not in a state for this step',
  );

/** The steps the files, reading and review of claims share: how a claim is shown, the day of a step, the claim locked, its reviewing unions. */
export function claimSteps(clock: () => Date) {
  const today = () => todayInChina(clock());
  /** Claims as shown: the claim clock, and for a payout the union pays, its application in the programs ledger. */
  const claimViews = async (sql: Sql, rows: ClaimRow[]) => {
    const now = today();
    const ledger = new Map(
      (
        await listSubjectApplications(
          sql,
          rows.flatMap((c) => (c.ledgerApplicationId ? [c.ledgerApplicationId] : [])),
        )
      ).map((a) => [
        a.applicationId,
        { programName: a.programName, status: a.status, amountFen: a.amountFen, paidFen: a.paidFen },
      ]),
    );
    return rows.map((c) => ({
      ...claimView(c, now),
      ledger: (c.ledgerApplicationId && ledger.get(c.ledgerApplicationId)) || null,
    }));
  };
  const claimView = (c: ClaimRow, now: string) => ({
    ...c,
    daysOpen: daysBetween(c.filedOn, c.paidOn ?? c.decidedOn ?? now),
    overdue: (c.status === 'filed' || c.status === 'forwarded') && daysBetween(c.filedOn, now) > OVERDUE_DAYS,
  });
  /** The day of a step: today unless given; not before the claim's last step; a past day needs history.backdate. */
  const stepDay = (actor: Actor, c: ClaimRow, on: string | undefined, what: { zh: string; en: string }) => {
    const last = [c.filedOn, c.forwardedOn, c.decidedOn, ...c.steps.map((s) => s.on)]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1);
    return effectiveDay(
      actor,
      on,
      what,
      [{ day: last, name: { zh: '上一环节日期', en: 'the previous step' } }],
      {
        field: 'effectiveOn',
        now: clock(),
      },
    ).day;
  };
  /** A claim that does not exist answers as another union's does: 404 NOT_FOUND, in the same words (ADR 72). */
  async function lockClaim(sql: Sql, id: number) {
    const c = await findClaim(sql, id, true);
    if (!c) throw notYours();
    return c;
  }
  /** The reviewing unions of a claim: its chain (or the policy's union); the caller's must be one of them. */
  async function requireReviewer(
    sql: Sql,
    actor: Actor,
    c: ClaimRow,
    permission: 'insurance.read' | 'insurance.write',
  ) {
    const chain = await claimChain(sql, c.orgId, c.policyOrgPath);
    const mine =
      chain.find((o) => o.id === actor.orgId) ??
      (actor.orgId === c.policyOrgId ? { path: c.policyOrgPath } : null);
    requireAccess(actor, permission, { orgPath: mine?.path ?? c.policyOrgPath });
    if (!mine)
      throw err(
        'forbidden',
        'FORBIDDEN',
        '仅理赔审核链上的工会可查看理赔材料',
        'Only the unions reviewing the claim may see its documents',
      );
  }
  return { today, claimViews, claimView, stepDay, lockClaim, requireReviewer };
}
