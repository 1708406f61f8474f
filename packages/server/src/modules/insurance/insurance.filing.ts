import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notYours } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getPersonInScope, listMemberships } from '../people/index.ts';
import { addCounts } from '../reporting/index.ts';
import { claimChain, insertClaim } from './insurance.claims.repository.ts';
import {
  findLiveClaim,
  isClaimFiledTwice,
  memberUnionOn,
  policyReachesPerson,
} from './insurance.filing.repository.ts';
import { coveredOn, findPolicy, type PolicyRow } from './insurance.repository.ts';
import { err } from './insurance.shared.ts';
import { CLAIM_DOCUMENTS, type ClaimKind } from './insurance.vocabulary.ts';

/**
 * Filing a claim (issue 27), by the worker for themself or by staff for a member of their subtree, with the rules
 * of issue 41 (ADR 62): the policy named must reach the claimant (else 404, as an id that does not exist), the
 * accident day must lie in the policy's period and in the worker's cover, and an accident is claimed once while its
 * claim stands (filed, with the insurer, approved or paid).
 */

export interface ClaimInput {
  policyId: number;
  personId?: number;
  kind: ClaimKind;
  incidentOn: string;
  place: string;
  description: string;
  documents: string[];
  /** The day the claim was filed (ADR 40): today unless given; not before the accident; a past day for staff. */
  filedOn?: string;
}

const STATUS = {
  filed: { zh: '审核中', en: 'under review' },
  forwarded: { zh: '已报送保险公司', en: 'with the insurer' },
  approved: { zh: '已核定赔付', en: 'approved' },
  paid: { zh: '已支付', en: 'paid' },
} as Record<string, { zh: string; en: string }>;

/**
 * The second claim for one accident (the first one found, when the service saw it; else the index refused it): said
 * of the worker to staff, and to the worker on their own claim (`self`), as `notCovered` is.
 */
export const claimFiledTwice = (
  incidentOn: string,
  first?: { id: number; status: string; filedOn: string },
  self = false,
) => {
  const s = first ? STATUS[first.status] : undefined;
  const firstZh = first ? `（${first.filedOn}提交，${s?.zh ?? first.status}）` : '';
  const firstEn = first ? ` (filed ${first.filedOn}, ${s?.en ?? first.status})` : '';
  return err(
    'conflict',
    'INSURANCE_CLAIM_DUPLICATE',
    `${self ? '您' : '该职工'}${incidentOn}的事故已在本保单下申请理赔${firstZh}，` +
      '不能重复申请；前一申请被退回或拒赔后方可重新申请',
    (self
      ? `You have already claimed on this policy for your accident on ${incidentOn}${firstEn}; `
      : `A claim for this worker's accident on ${incidentOn} is already filed on this policy${firstEn}; `) +
      'it can be claimed again only once that claim is returned or rejected',
    'incidentOn',
    { incidentOn, ...(first ? { claimId: first.id } : {}) },
  );
};

/** The accident day must lie within the policy's period (both days included; every policy has an end). */
export function accidentOutsidePolicy(
  p: Pick<PolicyRow, 'title' | 'startsOn' | 'endsOn'>,
  incidentOn: string,
) {
  if (incidentOn >= p.startsOn && incidentOn <= p.endsOn) return null;
  return err(
    'invalid',
    'INSURANCE_ACCIDENT_OUTSIDE_POLICY',
    `出险日期${incidentOn}不在保单“${p.title}”的保险期间（${p.startsOn}至${p.endsOn}）内`,
    `The accident day ${incidentOn} is outside the period of the policy “${p.title}” (${p.startsOn} to ${p.endsOn})`,
    'incidentOn',
    { incidentOn, startsOn: p.startsOn, endsOn: p.endsOn },
  );
}

/**
 * Whether a policy covered a person on the accident day: a cover row of its insured list, or — for a year kept as
 * totals (its insured count and premium recorded, no list: `recorded_insured`) — a membership of a union in the
 * policy's subtree on that day (ADR 62, issue 42). The union answered is the member's on that day, if any.
 */
export async function claimCover(
  sql: Sql,
  p: Pick<PolicyRow, 'id' | 'orgPath' | 'recordedInsured'>,
  personId: number,
  day: string,
): Promise<{ covered: boolean; memberOrgId: number | null }> {
  const memberOrgId = (await memberUnionOn(sql, p.orgPath, personId, day)) ?? null;
  if (await coveredOn(sql, p.id, personId, day)) return { covered: true, memberOrgId };
  return { covered: p.recordedInsured !== null && memberOrgId !== null, memberOrgId };
}

/**
 * The refusal of an accident day on which the worker was not covered: said of the worker to staff, and to the worker
 * on their own claim (`self`), who read 不在该职工的保障期内 as if written of someone else.
 */
export const notCovered = (incidentOn: string, self = false) =>
  err(
    'invalid',
    'INSURANCE_NOT_COVERED',
    self ? `出险日期${incidentOn}不在您的保障期内` : `出险日期${incidentOn}不在该职工的保障期内`,
    self
      ? `You were not covered by this policy on ${incidentOn}`
      : `The worker was not covered by this policy on ${incidentOn}`,
    'incidentOn',
  );

/**
 * The policy a claim names, if it reaches the claimant: for staff, a policy of a union in their subtree or above
 * their union (the policy covers their members), for the worker, a policy of a union at or above their own; and
 * for either, a policy that insured the claimant (a member since moved away). Any other policy answers 404 as an
 * id that does not exist does, before anything of it — its period, its cover — is compared (ADR 72).
 */
async function getPolicyForClaim(sql: Sql, actor: Actor, policyId: number, personId: number, self: boolean) {
  const p = await findPolicy(sql, policyId);
  if (!p) throw notYours();
  const offered = !self && canAccess(actor, 'insurance.write', { offeredBy: p.orgPath });
  if (!offered && !(await policyReachesPerson(sql, p.id, personId, self ? p.orgPath : null)))
    throw notYours();
  return p;
}

export function createClaimFiling(db: Db, clock: () => Date) {
  const today = () => todayInChina(clock());
  return {
    /** A claim filed by the worker (their own) or by staff for a member of their subtree. */
    async fileClaim(actor: Actor, input: ClaimInput) {
      return db.tx(async (sql) => {
        // a worker (or the administrator on the worker pages) claims for themself; staff name the member
        const self = input.personId === undefined;
        const personId = self ? actor.personId : input.personId;
        if (!personId)
          throw err(
            'invalid',
            'INSURANCE_CLAIM_PERSON',
            '请选择出险职工',
            'Choose the insured worker',
            'personId',
          );
        if (self) requireAccess(actor, 'self.apply', { personId });
        else {
          const person = await getPersonInScope(sql, actor, personId);
          requireAccess(actor, 'insurance.write', { orgPath: person.orgPath });
        }
        const p = await getPolicyForClaim(sql, actor, input.policyId, personId, self);
        if (input.incidentOn > today())
          throw err(
            'invalid',
            'INSURANCE_INCIDENT_FUTURE',
            '出险日期不能晚于今天',
            'The incident cannot be after today',
            'incidentOn',
          );
        const outside = accidentOutsidePolicy(p, input.incidentOn);
        if (outside) throw outside;
        const cover = await claimCover(sql, p, personId, input.incidentOn);
        if (!cover.covered) throw notCovered(input.incidentOn, self);
        const filedOn = effectiveDay(
          actor,
          input.filedOn,
          { zh: '理赔申请', en: 'claim filing' },
          [{ day: input.incidentOn, name: { zh: '出险日期', en: 'accident day' } }],
          { field: 'filedOn', now: clock() },
        ).day;
        const allowed = CLAIM_DOCUMENTS[input.kind];
        const unknown = input.documents.filter((d) => !allowed.includes(d));
        if (unknown.length)
          throw err(
            'invalid',
            'INSURANCE_DOCUMENT_UNKNOWN',
            `材料“${unknown[0]}”不在此类理赔的材料清单中`,
            `“${unknown[0]}” is not on this kind of claim's document list`,
            'documents',
          );
        const first = await findLiveClaim(sql, p.id, personId, input.incidentOn);
        if (first) throw claimFiledTwice(input.incidentOn, first, self);
        const m = (await listMemberships(sql, personId)).find((x) => x.status === 'active');
        // the member's union now; one who has left since: their union in the policy's subtree on the accident day
        const orgId = m?.orgId ?? cover.memberOrgId ?? p.orgId;
        // the first step: the member's union when it lies under the policy's union, else the policy's union
        const chain = await claimChain(sql, orgId, p.orgPath);
        let id: number;
        try {
          id = await insertClaim(sql, {
            policyId: p.id,
            personId,
            orgId,
            kind: input.kind,
            incidentOn: input.incidentOn,
            place: input.place.trim(),
            description: input.description.trim(),
            documents: input.documents,
            filedOn,
            filedBy: actor.userId || null,
            stepOrgId: chain[0]?.id ?? p.orgId,
          });
        } catch (e) {
          // the same accident filed at the same moment by another request: the index keeps one
          if (isClaimFiledTwice(e)) throw claimFiledTwice(input.incidentOn, undefined, self);
          throw e;
        }
        await addCounts(sql, [
          { subject: 'insurance.claims_filed', orgId: p.orgId, on: filedOn, dim: input.kind, n: 1 },
        ]);
        await recordAudit(sql, actor, {
          action: 'insurance.claim.file',
          entity: 'insurance_claim',
          entityId: id,
          orgId: p.orgId,
          after: { kind: input.kind, incidentOn: input.incidentOn, effectiveOn: filedOn },
        });
        return { id };
      });
    },
  };
}
