import { type Actor, can, canAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { collectLookups } from '../../shared/lookups.ts';
import { giveTurn } from '../../shared/pace.ts';
import {
  type CellValue,
  cellText,
  headersOf,
  type RegisterRow,
  type RegisterRowError,
  rowError,
} from '../../shared/register-sheet.ts';
import { resolveUnionTexts, unionOfRow } from '../org/index.ts';
import { findPersonsByHash, type IdProtector, idNumberRefusal, parseIdNumber } from '../people/index.ts';
import { claimDiffers } from './insurance.claims.import.same.ts';
import { CLAIM_REGISTER, type ClaimRegisterKey, type Outcome } from './insurance.claims.register.ts';
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

const H = headersOf(CLAIM_REGISTER.columns);
/** A column's English name, by its header. */
const EN = new Map(CLAIM_REGISTER.columns.map((c) => [c.header, c.en]));
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

/** The days of a row in their order (ADR 40: each not before the one it follows) and what its outcome needs. */
function checkOutcome(v: Record<ClaimRegisterKey, CellValue>): RowProblem | null {
  const outcome = v.outcome as Outcome;
  const [incidentOn, filedOn] = [String(v.incidentOn), String(v.filedOn)];
  const [forwardedOn, decidedOn, paidOn] = [
    cellText(v.forwardedOn),
    cellText(v.decidedOn),
    cellText(v.paidOn),
  ];
  const order: [string | null, string, string, string, string][] = [
    [filedOn, incidentOn, H.filedOn, '出险日期', 'the accident day'],
    [forwardedOn, filedOn, H.forwardedOn, '申请日期', 'the filing day'],
    [
      decidedOn,
      forwardedOn ?? filedOn,
      H.decidedOn,
      forwardedOn ? '报送日期' : '申请日期',
      'the day before it',
    ],
    [paidOn, decidedOn ?? filedOn, H.paidOn, '决定日期', 'the decision day'],
  ];
  for (const [day, after, column, zh, en] of order)
    if (day && day < after)
      return problem(column, `${day} 早于${zh} ${after}`, `${day} is before ${en}, ${after}`);
  const needs = (column: string, zh: string, en: string) =>
    problem(
      column,
      `审核结果为“${zh}”的须填写「${column}」`,
      `An outcome “${en}” needs the ${EN.get(column)}`,
    );
  const blank = (column: string, zh: string, en: string) =>
    problem(column, `审核结果为“${zh}”的不填「${column}」`, `An outcome “${en}” takes no ${EN.get(column)}`);
  if (outcome === 'pending') {
    for (const [k, column] of [
      ['decidedOn', H.decidedOn],
      ['payout', H.payout],
      ['paidOn', H.paidOn],
      ['rejectReason', H.rejectReason],
    ] as const)
      if (v[k] !== null) return blank(column, '待保险公司决定', 'with the insurer');
    return null;
  }
  if (!decidedOn) return needs(H.decidedOn, outcome === 'approved' ? '赔付' : '拒赔', outcome);
  if (outcome === 'rejected') {
    if (!cellText(v.rejectReason)) return needs(H.rejectReason, '拒赔', 'rejected');
    if (v.payout !== null) return blank(H.payout, '拒赔', 'rejected');
    if (paidOn) return blank(H.paidOn, '拒赔', 'rejected');
    return null;
  }
  if (v.payout === null) return needs(H.payout, '赔付', 'approved');
  if (!(Number(v.payout) > 0)) return problem(H.payout, '赔付金额须大于0', 'The payout must be above zero');
  if (v.rejectReason !== null) return blank(H.rejectReason, '赔付', 'approved');
  return null;
}

/** A row giving a claim on record as it stands (a register sent again whole): skipped and counted. */
const ON_RECORD = Symbol('on record');

/**
 * Each row's claim, checked; problems go to `errors` (the first of each row). A claim on record already (the same
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
  const unionTexts = [
    ...new Set(rows.flatMap((r) => (r.values.union === null ? [] : [String(r.values.union)]))),
  ];
  const unions = await resolveUnionTexts(db, actor, unionTexts);
  const hashOf = new Map<number, string>();
  const wanted = collectLookups(ids.lookups);
  for (const { rowNo, values: v } of rows) {
    const parsed = parseIdNumber(String(v.idNumber), today);
    if (parsed.ok) hashOf.set(rowNo, wanted.add(parsed.value.number));
  }
  const persons = await findPersonsByHash(db, wanted.all());
  // each row's policy and worker first, so what they are checked against is read once for the whole file
  const located = new Map(rows.map((row) => [row.rowNo, locate(row)]));
  const pairs = [...located.values()].flatMap((l) =>
    l instanceof RowProblem || !l.person ? [] : [{ policyId: l.p.id, personId: l.person.id }],
  );
  const facts = await loadClaimFacts(db, pairs);
  const inFile = new Map<string, number>();
  const out: PlannedClaim[] = [];
  let onRecord = 0;
  for (const row of rows) {
    await giveTurn();
    const planned = planRow(row);
    if (planned === ON_RECORD) onRecord++;
    else if (planned instanceof RowProblem || Array.isArray(planned))
      for (const p of [planned].flat()) errors.push(rowError(row.rowNo, p.column, p.words.zh, p.words.en));
    else out.push(planned);
  }
  return { claims: out, onRecord };

  function locate({ rowNo, values: v }: RegisterRow<ClaimRegisterKey>) {
    let union: { id: number } | null = null;
    if (v.union !== null) {
      const text = String(v.union);
      const found = unionOfRow(unions.get(text), text, (orgPath) =>
        canAccess(actor, 'insurance.write', { orgPath }),
      );
      if (found.problem) return new RowProblem(H.union, found.problem);
      union = found.union;
    }
    const p = policyOfRow(byKey, String(v.policy), union);
    if (p instanceof RowProblem) return p;
    const hash = hashOf.get(rowNo);
    if (!hash) return new RowProblem(H.idNumber, idNumberRefusal(String(v.idNumber), today));
    return { p, person: persons.get(hash) };
  }

  function planRow({
    rowNo,
    values: v,
  }: RegisterRow<ClaimRegisterKey>): PlannedClaim | RowProblem | RowProblem[] | typeof ON_RECORD {
    const found = located.get(rowNo) as ReturnType<typeof locate>;
    if (found instanceof RowProblem) return found;
    const { p, person } = found;
    const reached =
      !!person &&
      ((!!person.orgPath && canAccess(actor, 'insurance.write', { orgPath: person.orgPath })) ||
        everReached(facts, p, person.id));
    if (!person || !reached)
      return problem(
        H.idNumber,
        '保单所在工会范围内没有此身份证号的会员（可先导入会员）',
        "No member of the policy's unions has this ID number (bring the members in first)",
      );
    const name = String(v.name);
    if (key(name) !== key(person.name))
      return problem(
        H.name,
        `身份证号对应的会员是「${person.name}」，不是「${name}」`,
        `The ID number is ${person.name}'s, not ${name}'s`,
      );
    const incidentOn = String(v.incidentOn);
    const outside = accidentOutsidePolicy(p, incidentOn);
    if (outside) return new RowProblem(H.incidentOn, outside.messages);
    const order = checkOutcome(v);
    if (order) return order;
    const filedOn = String(v.filedOn);
    if (filedOn < today && !can(actor, 'history.backdate'))
      return problem(H.filedOn, '您的角色不能补录历史日期', 'Your role cannot record a past date');
    const cover = coverOn(facts, p, person.id, incidentOn);
    if (!cover.covered) return new RowProblem(H.incidentOn, notCovered(incidentOn).messages);
    const outcome = v.outcome as Outcome;
    // the same claim twice in the file, whatever its outcome
    const claim = { policyId: p.id, personId: person.id, incidentOn, filedOn };
    const same = Object.values(claim).join('|');
    const twin = inFile.get(same);
    if (twin !== undefined)
      return problem(
        H.filedOn,
        `与第${twin}行是同一件理赔（同一职工、保单、出险日期与申请日期）`,
        `The same claim as row ${twin} (worker, policy, accident day and filing day)`,
      );
    const recorded = facts.claims.get(`${p.id}|${person.id}`) ?? [];
    inFile.set(same, rowNo);
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
        return problem(
          H.incidentOn,
          `与第${earlier}行是同一事故（同一职工、保单与出险日期），未被拒赔的理赔只登记一次`,
          `The same accident as row ${earlier} (worker, policy and accident day); a claim not rejected is recorded once`,
        );
      const first = recorded.find((c) => c.incidentOn === incidentOn && LIVE.has(c.status));
      if (first)
        return problem(
          H.incidentOn,
          `该职工${incidentOn}的事故已在本保单下申请理赔（${first.filedOn}提交），不能重复登记`,
          `A claim for this worker's accident on ${incidentOn} is already on record on this policy (filed ${first.filedOn})`,
        );
      inFile.set(accident, rowNo);
    }
    return planned;
  }
}
