import { type Actor, can, canAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { collectLookups } from '../../shared/lookups.ts';
import { giveTurn } from '../../shared/pace.ts';
import {
  cellText,
  type RegisterRow,
  type RegisterRowError,
  readOk,
  rowError,
} from '../../shared/register-sheet.ts';
import { placeOfRow, type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import { resolveRowUnions, unionOfRow } from '../org/index.ts';
import { findPersonsByHash, type IdProtector, idNumberRefusal, parseIdNumber } from '../people/index.ts';
import { checkOutcome } from './insurance.claims.import.outcome.ts';
import { claimDiffers } from './insurance.claims.import.same.ts';
import { type ClaimRegisterKey, H, type Outcome } from './insurance.claims.register.ts';
import { accidentOutsidePolicy, notCovered } from './insurance.filing.ts';
import { type ClaimFacts, type ImportedClaim, loadClaimFacts } from './insurance.import.repository.ts';
import { problem, RowProblem, registerKey } from './insurance.import.rows.ts';
import { listPolicies, type PolicyRow } from './insurance.repository.ts';
import { LIVE_CLAIM_STATES } from './insurance.shared.ts';
import type { ClaimKind } from './insurance.vocabulary.ts';

/** The claims register's rows checked against the policies, the member register and the claims on record. */

export interface PlannedClaim extends ImportedClaim {
  rowNo: number;
  policyOrgId: number;
}

const key = registerKey;

/** The policy a row names by its number (or its year), among the policies of the importer's subtree. */
function policyOfRow(
  byKey: Map<string, PolicyRow[]>,
  text: string,
  union: { id: number } | null,
): PolicyRow | RowProblem {
  // a year typed in full-width digits (２０１６) or as 2016年 / 2016年度 names its year as 2016 does
  const k = key(text);
  const year = /^(\d{4})(年度?)?$/.exec(k)?.[1];
  const all = byKey.get(`no:${k}`) ?? (year ? byKey.get(`year:${year}`) : undefined);
  const found = (all ?? []).filter((p) => !union || p.orgId === union.id);
  if (!found.length)
    return problem(
      H.policy,
      `本工会及下级工会没有保单号或年度为「${text}」的保单${union ? '（在所填投保工会中）' : ''}，请先登记保单`,
      `No policy numbered or of the year "${text}" among your unions' policies${union ? ' (of the insuring union given)' : ''}; record the policy first`,
    );
  if (found.length > 1)
    return problem(
      H.policy,
      `「${text}」对应多份保单（${found.map((p) => `${p.orgName}：${p.policyNo}`).join('、')}），请填写保单号或投保工会`,
      `"${text}" names several policies (${found.map((p) => `${p.orgName}: ${p.policyNo}`).join(', ')}); give the policy number or the insuring union`,
    );
  return found[0];
}

const LIVE = new Set<string>(LIVE_CLAIM_STATES);

/**
 * Whether a policy ever reached a person, from the file's facts: insured by it at some time, or a member (then or
 * now) of a union in its subtree. A row naming anyone else is answered as an ID number not found, before their
 * cover is compared.
 */
function everReached(facts: ClaimFacts, p: Pick<PolicyRow, 'id' | 'orgPath'>, personId: number) {
  return (
    facts.insured.has(`${p.id}|${personId}`) ||
    (facts.memberships.get(personId) ?? []).some((m) => m.orgPath.startsWith(p.orgPath))
  );
}

/**
 * Whether the policy covered the person on the accident day, and their union of its subtree that day — as
 * claimCover answers it, from the file's facts: a cover row of its insured list, or, for a year kept as totals, a
 * membership of a union in the policy's subtree on that day (the latest joined).
 */
function coverOn(
  facts: ClaimFacts,
  p: Pick<PolicyRow, 'id' | 'orgPath' | 'endsOn' | 'recordedInsured'>,
  personId: number,
  day: string,
): { covered: boolean; memberOrgId: number | null } {
  const member = (facts.memberships.get(personId) ?? [])
    .filter(
      (m) =>
        m.orgPath.startsWith(p.orgPath) &&
        m.joinedOn !== null &&
        m.joinedOn <= day &&
        (m.leftOn === null || m.leftOn > day) &&
        (m.active || m.leftOn !== null),
    )
    .sort((a, b) => (b.joinedOn as string).localeCompare(a.joinedOn as string) || b.id - a.id)[0];
  const memberOrgId = member?.orgId ?? null;
  const insured = (facts.insured.get(`${p.id}|${personId}`) ?? []).some(
    (i) => i.fromOn <= day && p.endsOn >= day && (i.untilOn === null || i.untilOn >= day),
  );
  return { covered: insured || (p.recordedInsured !== null && memberOrgId !== null), memberOrgId };
}

/** A row giving a claim on record as it stands (a register sent again whole): skipped and counted. */
const ON_RECORD = Symbol('on record');

/**
 * Each row's claim, checked; problems go to `errors` (every one of a row that does not follow from another). A claim on record already (the same
 * worker, policy, accident day and filing day) is skipped and counted (`onRecord`) when the row gives it as it
 * stands, refused when it differs (claimDiffers: each difference an error of its row).
 */
export async function planClaimRows(
  db: Db,
  actor: Actor,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  rows: RegisterRow<ClaimRegisterKey>[],
  errors: RegisterRowError[],
  today: string,
): Promise<{ claims: PlannedClaim[]; onRecord: number }> {
  const byKey = new Map<string, PolicyRow[]>();
  for (const p of actor.scopePath ? await listPolicies(db, actor.scopePath) : []) {
    if (!canAccess(actor, 'insurance.write', { orgPath: p.orgPath })) continue;
    for (const k of [`no:${key(p.policyNo)}`, `year:${p.startsOn.slice(0, 4)}`])
      byKey.set(k, [...(byKey.get(k) ?? []), p]);
  }
  const unions = await resolveRowUnions(db, actor, rows, 'union');
  const hashOf = new Map<number, string>();
  const wanted = collectLookups(ids.lookups);
  for (const row of rows) {
    if (!readOk(row, 'idNumber')) continue;
    const parsed = parseIdNumber(String(row.values.idNumber), today);
    if (parsed.ok) hashOf.set(row.rowNo, wanted.add(parsed.value.number));
  }
  const persons = await findPersonsByHash(db, wanted.all());
  // each row's policy and worker first, so what they are checked against is read once for the whole file
  const located = new Map(rows.map((row) => [row.rowNo, locate(row)]));
  const pairs = [...located.values()].flatMap((l) =>
    !l.p || !l.person ? [] : [{ policyId: l.p.id, personId: l.person.id }],
  );
  const facts = await loadClaimFacts(db, pairs);
  const inFile = new Map<string, RowPlace>();
  const out: PlannedClaim[] = [];
  let onRecord = 0;
  for (const row of rows) {
    await giveTurn();
    const planned = planRow(row);
    if (planned === ON_RECORD) onRecord++;
    else if (Array.isArray(planned))
      for (const p of planned) errors.push(rowError(row.rowNo, p.column, p.words.zh, p.words.en));
    else out.push(planned);
  }
  return { claims: out, onRecord };

  /**
   * A row's policy and worker: the policy (looked for in the union given, none when that union is not found or did
   * not parse), the person of its ID number (looked for when it parsed), and the problems of each.
   */
  function locate(row: RegisterRow<ClaimRegisterKey>) {
    const { rowNo, values: v } = row;
    const problems: RowProblem[] = [];
    let union: { id: number } | null | undefined = null;
    if (!readOk(row, 'union')) union = undefined;
    else if (v.union !== null) {
      const text = String(v.union);
      const found = unionOfRow(unions.get(text), text, (orgPath) =>
        canAccess(actor, 'insurance.write', { orgPath }),
      );
      if (found.problem) problems.push(new RowProblem(H.union, found.problem));
      union = found.problem ? undefined : found.union;
    }
    // the policy is looked for in the union given: not when that cannot be told
    let p: PolicyRow | undefined;
    if (union !== undefined && readOk(row, 'policy')) {
      const policy = policyOfRow(byKey, String(v.policy), union);
      if (policy instanceof RowProblem) problems.push(policy);
      else p = policy;
    }
    const hash = hashOf.get(rowNo);
    if (!hash && readOk(row, 'idNumber'))
      problems.push(new RowProblem(H.idNumber, idNumberRefusal(String(v.idNumber), today)));
    return { problems, p, person: hash ? persons.get(hash) : undefined, hash };
  }

  /**
   * A row's claim, or its problems: every one that does not follow from another (its days and outcome whatever
   * its policy's or worker's; the worker, name, accident day and cover against the policy once that is found), a
   * check over a cell that did not parse skipped; such a row plans nothing.
   */
  function planRow(row: RegisterRow<ClaimRegisterKey>): PlannedClaim | RowProblem[] | typeof ON_RECORD {
    const { rowNo, values: v } = row;
    const { problems: out, p, person, hash } = located.get(rowNo) as ReturnType<typeof locate>;
    const incidentOn = String(v.incidentOn);
    let reached = false;
    let named = true;
    if (p && hash) {
      reached =
        !!person &&
        ((!!person.orgPath && canAccess(actor, 'insurance.write', { orgPath: person.orgPath })) ||
          everReached(facts, p, person.id));
      if (!reached)
        out.push(
          problem(
            H.idNumber,
            '保单所在工会范围内没有此身份证号的会员（可先导入会员）',
            "No member of the policy's unions has this ID number (bring the members in first)",
          ),
        );
      // a person is named only to whom the policy reached (nothing told of anyone else)
      else if (person && readOk(row, 'name') && key(String(v.name)) !== key(person.name)) {
        named = false;
        out.push(
          problem(
            H.name,
            `身份证号对应的会员是「${person.name}」，不是「${v.name}」`,
            `The ID number is ${person.name}'s, not ${v.name}'s`,
          ),
        );
      }
    }
    const outside = p && readOk(row, 'incidentOn') ? accidentOutsidePolicy(p, incidentOn) : undefined;
    if (outside) out.push(new RowProblem(H.incidentOn, outside.messages));
    out.push(...checkOutcome(row));
    const filedOn = String(v.filedOn);
    if (readOk(row, 'filedOn') && filedOn < today && !can(actor, 'history.backdate'))
      out.push(problem(H.filedOn, '您的角色不能补录历史日期', 'Your role cannot record a past date'));
    // covered that day: judged once the policy, the worker (named as on record) and the day are right
    if (!p || !person || !reached || named === false || !readOk(row, 'incidentOn') || outside) return out;
    const cover = coverOn(facts, p, person.id, incidentOn);
    if (!cover.covered) out.push(new RowProblem(H.incidentOn, notCovered(incidentOn).messages));
    if (out.length || row.unread) return out;
    const outcome = v.outcome as Outcome;
    // the same claim twice in the file, whatever its outcome
    const claim = { policyId: p.id, personId: person.id, incidentOn, filedOn };
    const same = Object.values(claim).join('|');
    const twin = inFile.get(same);
    if (twin !== undefined)
      return [
        problem(
          H.filedOn,
          `与${rowZh(twin)}是同一件理赔（同一职工、保单、出险日期与申请日期）`,
          `The same claim as ${rowEn(twin)} (worker, policy, accident day and filing day)`,
        ),
      ];
    const recorded = facts.claims.get(`${p.id}|${person.id}`) ?? [];
    inFile.set(same, placeOfRow(row));
    const paidOn = cellText(v.paidOn);
    const planned: PlannedClaim = {
      rowNo,
      policyId: p.id,
      policyOrgId: p.orgId,
      personId: person.id,
      orgId: cover.memberOrgId ?? p.orgId,
      kind: v.kind as ClaimKind,
      incidentOn,
      place: cellText(v.place) ?? '',
      description: cellText(v.description) ?? '',
      status:
        outcome === 'pending'
          ? 'forwarded'
          : outcome === 'rejected'
            ? 'rejected'
            : paidOn
              ? 'paid'
              : 'approved',
      filedOn,
      forwardedOn: cellText(v.forwardedOn) ?? filedOn,
      decidedOn: cellText(v.decidedOn),
      payoutFen: outcome === 'approved' ? Number(v.payout) : null,
      rejectReason: cellText(v.rejectReason),
      paidOn: outcome === 'approved' ? paidOn : null,
    };
    // on record already (a register sent again whole): skipped as it stands, refused where it differs
    const kept = recorded.find((c) => c.incidentOn === incidentOn && c.filedOn === filedOn);
    if (kept) {
      const differs = claimDiffers(planned, kept);
      return differs.length ? differs : ON_RECORD;
    }
    if (outcome !== 'rejected') {
      const accident = `${p.id}|${person.id}|${incidentOn}`;
      const earlier = inFile.get(accident);
      if (earlier !== undefined)
        return [
          problem(
            H.incidentOn,
            `与${rowZh(earlier)}是同一事故（同一职工、保单与出险日期），未被拒赔的理赔只登记一次`,
            `The same accident as ${rowEn(earlier)} (worker, policy and accident day); a claim not rejected is recorded once`,
          ),
        ];
      const first = recorded.find((c) => c.incidentOn === incidentOn && LIVE.has(c.status));
      if (first)
        return [
          problem(
            H.incidentOn,
            `该职工${incidentOn}的事故已在本保单下申请理赔（${first.filedOn}提交），不能重复登记`,
            `A claim for this worker's accident on ${incidentOn} is already on record on this policy (filed ${first.filedOn})`,
          ),
        ];
      inFile.set(accident, placeOfRow(row));
    }
    return planned;
  }
}
