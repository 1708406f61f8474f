import { type Actor, can, canAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { collectLookups } from '../../shared/lookups.ts';
import { once } from '../../shared/once.ts';
import { giveTurn } from '../../shared/pace.ts';
import { mergeRowFields } from '../../shared/register-columns.ts';
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
import { problem, RowProblem, registerKey } from './insurance.import.rows.ts';
import {
  type ImportedPolicy,
  type MemberSpan,
  membershipsOfPersons,
  policiesOnRecord,
  policyNumbersOf,
} from './insurance.policies.import.repository.ts';
import { policyDiffers } from './insurance.policies.import.same.ts';
import { POLICY_FIELDS, POLICY_REGISTER, type PolicyRegisterKey } from './insurance.policies.register.ts';

/** The policies register's rows grouped into policies and checked against the unions, members and policies on record. */

type Key = PolicyRegisterKey;
type Row = RegisterRow<Key>;
const H = headersOf(POLICY_REGISTER.columns);
const key = registerKey;

/** The rows of one policy of the file, its own columns from its first row. */
interface Group {
  rowNo: number;
  fields: Partial<Record<Key, CellValue>>;
  rows: Row[];
}

/**
 * The member's union of the policy's subtree on `day` (the latest joined), as the claims register decides cover
 * on a year kept as totals; undefined when they were not a member of it that day.
 */
function memberUnionOn(spans: MemberSpan[], orgPath: string, day: string) {
  return spans.find(
    (m) =>
      m.orgPath.startsWith(orgPath) &&
      m.joinedOn !== null &&
      m.joinedOn <= day &&
      (m.leftOn === null || m.leftOn > day) &&
      (m.active || m.leftOn !== null),
  )?.orgId;
}

/**
 * Each policy of the file, checked; problems go to `errors` (the first of each row). A policy the union has on
 * record under its number is skipped and counted (`onRecord`) when the file gives it as it stands, refused when it
 * differs (policyDiffers).
 */
export async function planPolicyRows(
  db: Db,
  actor: Actor,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  rows: Row[],
  errors: RegisterRowError[],
  today: string,
): Promise<{ policies: ImportedPolicy[]; onRecord: number }> {
  const push = (rowNo: number, p: RowProblem) =>
    errors.push(rowError(rowNo, p.column, p.words.zh, p.words.en));
  const groups = new Map<string, Group>();
  for (const row of rows) {
    await giveTurn();
    const v = row.values;
    const k = `${key(String(v.union))}|${key(String(v.policyNo))}`;
    let g = groups.get(k);
    if (!g) {
      g = { rowNo: row.rowNo, fields: {}, rows: [] };
      groups.set(k, g);
    }
    g.rows.push(row);
    const differ = mergeRowFields(g.fields, v, POLICY_FIELDS);
    if (differ.length)
      push(
        row.rowNo,
        problem(
          H[differ[0]],
          `与本保单第${g.rowNo}行填写的不一致`,
          `differs from what row ${g.rowNo} of this policy gives`,
        ),
      );
  }
  const unions = await resolveUnionTexts(db, actor, [...new Set(rows.map((r) => String(r.values.union)))]);
  const wanted = collectLookups(ids.lookups);
  const parse = once((raw: string) => parseIdNumber(raw, today));
  const hashOf = new Map<number, string>();
  for (const { rowNo, values: v } of rows) {
    if (v.idNumber === null) continue;
    const parsed = parse(String(v.idNumber));
    if (parsed.ok) hashOf.set(rowNo, wanted.add(parsed.value.number));
  }
  const persons = await findPersonsByHash(db, wanted.all());
  const spans = await membershipsOfPersons(
    db,
    [...persons.values()].map((p) => p.id),
  );
  const located = new Map<Group, { id: number; path: string } | RowProblem>();
  for (const g of groups.values()) {
    const text = String(g.fields.union);
    const found = unionOfRow(unions.get(text), text, (orgPath) =>
      canAccess(actor, 'insurance.write', { orgPath }),
    );
    located.set(g, found.problem ? new RowProblem(H.union, found.problem) : found.union);
  }
  const onRecord = await policyNumbersOf(
    db,
    [...located.values()].flatMap((u) => (u instanceof RowProblem ? [] : [u.id])),
  );
  const inFile = new Map<string, number>();
  const out: ImportedPolicy[] = [];
  const again: { g: Group; policy: ImportedPolicy }[] = [];
  for (const g of groups.values()) {
    await giveTurn();
    const before = errors.length;
    const union = located.get(g) as { id: number; path: string } | RowProblem;
    const head = union instanceof RowProblem ? union : checkPolicy(g, union);
    if (head) push(g.rowNo, head);
    const policy = head ? null : planPolicy(g, union as { id: number; path: string });
    if (!policy || errors.length !== before) continue;
    if (onRecord.has(`${policy.orgId}|${policy.policyNo}`)) again.push({ g, policy });
    else out.push(policy);
  }
  const kept = await policiesOnRecord(
    db,
    again.map((a) => a.policy),
  );
  let same = 0;
  for (const { g, policy } of again) {
    const stored = kept.get(`${policy.orgId}|${policy.policyNo}`);
    const rowOf = (personId: number) =>
      g.rows.find((r) => persons.get(hashOf.get(r.rowNo) ?? '')?.id === personId)?.rowNo ?? g.rowNo;
    const differs = stored ? policyDiffers(policy, stored, g.rowNo, rowOf) : [];
    for (const [rowNo, p] of differs) push(rowNo, p);
    if (!differs.length) same++;
  }
  return { policies: out, onRecord: same };

  function checkPolicy(g: Group, union: { id: number }): RowProblem | null {
    const f = g.fields;
    const policyNo = String(f.policyNo ?? g.rows[0].values.policyNo).trim();
    const same = `${union.id}|${policyNo}`;
    const twin = inFile.get(same);
    if (twin !== undefined)
      return problem(H.policyNo, `与第${twin}行是同一份保单`, `The same policy as row ${twin}`);
    inFile.set(same, g.rowNo);
    const [startsOn, endsOn] = [String(f.startsOn), String(f.endsOn)];
    if (endsOn < startsOn)
      return problem(
        H.endsOn,
        `${endsOn} 早于起保日期 ${startsOn}`,
        `${endsOn} is before the policy's start, ${startsOn}`,
      );
    if (startsOn < today && !can(actor, 'history.backdate'))
      return problem(H.startsOn, '您的角色不能补录历史日期', 'Your role cannot record a past date');
    return null;
  }

  function planPolicy(g: Group, union: { id: number; path: string }): ImportedPolicy | null {
    const f = g.fields;
    const policy: ImportedPolicy = {
      orgId: union.id,
      policyNo: String(f.policyNo ?? g.rows[0].values.policyNo).trim(),
      insurer: String(f.insurer).trim(),
      title: String(f.title).trim(),
      cover: cellText(f.cover ?? null)?.trim() ?? '',
      startsOn: String(f.startsOn),
      endsOn: String(f.endsOn),
      premiumFen: Number(f.premium),
      recordedInsured:
        f.recordedInsured === undefined || f.recordedInsured === null ? null : Number(f.recordedInsured),
      insured: [],
    };
    const spansOf = new Map<number, { rowNo: number; fromOn: string; untilOn: string }[]>();
    let ok = true;
    for (const row of g.rows) {
      const p = insuredOf(row, policy, union.path, spansOf, { hashOf, persons, spans, today });
      if (p instanceof RowProblem) {
        push(row.rowNo, p);
        ok = false;
      } else if (p) policy.insured.push(p);
    }
    return ok ? policy : null;
  }
}

/**
 * The persons a file names, read once: each row's ID hash, the persons by hash, their memberships; and the day the
 * ID numbers were read on (a refused one is told why).
 */
interface PersonFacts {
  hashOf: Map<number, string>;
  persons: Map<string, { id: number; name: string }>;
  spans: Map<number, MemberSpan[]>;
  today: string;
}

/** A row's insured person on its policy, checked: null for a policy kept as totals. */
function insuredOf(
  { rowNo, values: v }: Row,
  p: ImportedPolicy,
  orgPath: string,
  spansOf: Map<number, { rowNo: number; fromOn: string; untilOn: string }[]>,
  { hashOf, persons, spans, today }: PersonFacts,
) {
  if (p.recordedInsured !== null) {
    if (v.idNumber !== null || v.name !== null)
      return problem(
        H.idNumber,
        '已填写参保人数的保单不能再列被保险人：一份保单或有清单，或只有人数',
        'A policy given its number insured lists no one: a policy has either a list or only the number',
      );
    return null;
  }
  if (v.idNumber === null)
    return problem(
      H.idNumber,
      '请填写被保险人身份证号；没有清单的保单请填写参保人数',
      "Give the insured person's ID number; a policy without a list gives the number insured",
    );
  if (v.name === null) return problem(H.name, '请填写被保险人姓名', "Give the insured person's name");
  const hash = hashOf.get(rowNo);
  if (!hash) return new RowProblem(H.idNumber, idNumberRefusal(String(v.idNumber), today));
  const person = persons.get(hash);
  const name = String(v.name);
  const fromOn = cellText(v.fromOn) ?? p.startsOn;
  const untilOn = cellText(v.untilOn);
  const memberOrgId = person ? memberUnionOn(spans.get(person.id) ?? [], orgPath, fromOn) : undefined;
  if (
    !person ||
    (memberOrgId === undefined && !spans.get(person.id)?.some((m) => m.orgPath.startsWith(orgPath)))
  )
    return problem(
      H.idNumber,
      '投保工会范围内没有此身份证号的会员（可先导入会员）',
      "No member of the insuring union's subtree has this ID number (bring the members in first)",
    );
  if (key(name) !== key(person.name))
    return problem(
      H.name,
      `身份证号对应的会员是「${person.name}」，不是「${name}」`,
      `The ID number is ${person.name}'s, not ${name}'s`,
    );
  if (fromOn < p.startsOn || fromOn > p.endsOn)
    return problem(
      H.fromOn,
      `${fromOn} 不在保险期间（${p.startsOn}至${p.endsOn}）内`,
      `${fromOn} is outside the policy's period (${p.startsOn} to ${p.endsOn})`,
    );
  if (untilOn !== null && untilOn < fromOn)
    return problem(
      H.untilOn,
      `${untilOn} 早于参保起日 ${fromOn}`,
      `${untilOn} is before the cover start, ${fromOn}`,
    );
  if (untilOn !== null && untilOn > p.endsOn)
    return problem(
      H.untilOn,
      `${untilOn} 晚于终止日期 ${p.endsOn}`,
      `${untilOn} is after the policy's end, ${p.endsOn}`,
    );
  if (v.removedWhy !== null && untilOn === null)
    return problem(H.removedWhy, '退保原因只随退保日期填写', 'A reason is given only with a cover end');
  if (memberOrgId === undefined)
    return problem(
      H.fromOn,
      `该职工${fromOn}不是投保工会或其下级工会的会员`,
      `This worker was not a member of the insuring union or a union under it on ${fromOn}`,
    );
  const until = untilOn ?? p.endsOn;
  const mine = spansOf.get(person.id) ?? [];
  spansOf.set(person.id, mine);
  const overlap = mine.find((s) => s.fromOn <= until && fromOn <= s.untilOn);
  if (overlap)
    return problem(
      H.fromOn,
      `该职工在本保单第${overlap.rowNo}行已参保，参保期间重叠`,
      `This worker is insured on this policy by row ${overlap.rowNo} already; the periods overlap`,
    );
  mine.push({ rowNo, fromOn, untilOn: until });
  return {
    personId: person.id,
    orgId: memberOrgId,
    fromOn,
    untilOn,
    removedWhy: untilOn === null ? null : cellText(v.removedWhy),
  };
}
