import { type Actor, canAccess } from '../../access/access.ts';
import type { MemberRequestRow } from './memberrequests.repository.ts';

export const REQUEST = { zh: '会员申请', en: 'Member request' };

export const REVIEW = 'members.requests.review';

export const LINK = '/m/requests';

/** The sides of a request the actor may still act for. */
export function openSides(actor: Actor, r: MemberRequestRow): ('from' | 'to')[] {
  const sides: ('from' | 'to')[] = [];
  if (r.status !== 'pending') return sides;
  if (r.kind === 'correction') {
    if (canAccess(actor, REVIEW, { orgPath: r.fromOrgPath })) sides.push('from');
    return sides;
  }
  if (!r.releasedOn && canAccess(actor, REVIEW, { orgPath: r.fromOrgPath })) sides.push('from');
  if (!r.admittedOn && r.toOrgPath && canAccess(actor, REVIEW, { orgPath: r.toOrgPath })) sides.push('to');
  return sides;
}

/** The request as staff see it, with the sides they may still act for. */
export const withActions = (actor: Actor, r: MemberRequestRow) => ({ ...r, canAct: openSides(actor, r) });

export function reaches(actor: Actor, r: MemberRequestRow): boolean {
  return (
    canAccess(actor, REVIEW, { orgPath: r.fromOrgPath }) ||
    (r.toOrgPath !== null && canAccess(actor, REVIEW, { orgPath: r.toOrgPath }))
  );
}

/** A typed value, or null when blank or the same as now (nothing asked). */
export function asked(value: string | undefined, now: string | null): string | null {
  if (value === undefined || !value.trim()) return null;
  return value === now ? null : value;
}

export const STATUS_TEXT = { pending: '办理中', accepted: '已同意', declined: '未同意' } as const;

export const KIND_TEXT = { correction: '信息更正', transfer: '转会' } as const;
