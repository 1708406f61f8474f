import { type Actor, can, canAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { collectLookups } from '../../shared/lookups.ts';
import { once } from '../../shared/once.ts';
import { giveTurn } from '../../shared/pace.ts';
import { mergeRowFields } from '../../shared/register-columns.ts';
import {
  type CellValue,
  cellText,
  type RegisterRow,
  type RegisterRowError,
  readOk,
  rowError,
} from '../../shared/register-sheet.ts';
import { placeOfRow, type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import { resolveUnionTexts, unionOfRow } from '../org/index.ts';
import { findPersonsByHash, type IdProtector, parseIdNumber } from '../people/index.ts';
import { problem, RowProblem, registerKey } from './insurance.import.rows.ts';
import { insuredOf, type PolicyFrame } from './insurance.policies.import.insured.ts';
import {
  type ImportedPolicy,
  membershipsOfPersons,
  policiesOnRecord,
  policyNumbersOf,
} from './insurance.policies.import.repository.ts';
import { policyDiffers } from './insurance.policies.import.same.ts';
import { H, POLICY_FIELDS, type PolicyRegisterKey } from './insurance.policies.register.ts';

/** The policies register's rows grouped into policies and checked against the unions, members and policies on record. */

type Key = PolicyRegisterKey;
type Row = RegisterRow<Key>;
const key = registerKey;

/** The rows of one policy of the file, its own columns from its first row (that parsed). */
interface Group {
  rowNo: number;
  fields: Partial<Record<Key, CellValue>>;
  rows: Row[];
  /** The columns a row of the policy had a cell of that did not parse. */
  unread: Set<Key>;
}

/**
 * Each policy of the file, checked; problems go to `errors`, every one a row has that does not follow from
 * another. A row with a cell that did not parse (`unread`) is checked on the cells that did, a check over that
 * cell skipped, and plans nothing; a row whose union or policy number did not parse is not checked at all. A
 * policy the union has on record under its number is skipped and counted (`onRecord`) when the file gives it as it
 * stands, refused when it differs (policyDiffers).
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
  // a row whose union or policy number did not parse belongs to no policy that could be told
  const placed = rows.filter((r) => readOk(r, 'union', 'policyNo'));
  for (const row of placed) {
    await giveTurn();
    const v = row.values;
    const k = `${key(String(v.union))}|${key(String(v.policyNo))}`;
    let g = groups.get(k);
    if (!g) {
      g = { rowNo: row.rowNo, fields: {}, rows: [], unread: new Set() };
      groups.set(k, g);
    }
    g.rows.push(row);
    for (const u of row.unread ?? []) g.unread.add(u);
    const differ = mergeRowFields(g.fields, v, POLICY_FIELDS);
    if (differ.length)
      push(
        row.rowNo,
        problem(
          H[differ[0]],
          `与本保单${rowZh(g.rows[0])}填写的不一致`,
          `differs from what ${rowEn(g.rows[0])} of this policy gives`,
        ),
      );
  }
  const unions = await resolveUnionTexts(db, actor, [...new Set(placed.map((r) => String(r.values.union)))]);
  const wanted = collectLookups(ids.lookups);
  const parse = once((raw: string) => parseIdNumber(raw, today));
  const hashOf = new Map<number, string>();
  for (const row of placed) {
    const { rowNo, values: v } = row;
    if (v.idNumber === null || !readOk(row, 'idNumber')) continue;
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
  const inFile = new Map<string, RowPlace>();
  const out: ImportedPolicy[] = [];
  const again: { g: Group; policy: ImportedPolicy }[] = [];
  for (const g of groups.values()) {
    await giveTurn();
    const before = errors.length;
    const union = located.get(g) as { id: number; path: string } | RowProblem;
    if (union instanceof RowProblem) {
      push(g.rowNo, union);
      continue;
    }
    const heads = checkPolicy(g, union);
    for (const p of heads) push(g.rowNo, p);
    // the insured rows are checked whatever the policy's own problems, on what these leave to judge
    const policy = planPolicy(g, union, heads.length === 0);
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

  /** The policy's own problems, each told: the same policy twice, its period, a past start. */
  function checkPolicy(g: Group, union: { id: number }): RowProblem[] {
    const f = g.fields;
    const out: RowProblem[] = [];
    const policyNo = String(f.policyNo ?? g.rows[0].values.policyNo).trim();
    const same = `${union.id}|${policyNo}`;
    const twin = inFile.get(same);
    if (twin !== undefined)
      out.push(problem(H.policyNo, `与${rowZh(twin)}是同一份保单`, `The same policy as ${rowEn(twin)}`));
    else inFile.set(same, placeOfRow(g.rows[0]));
    // a day that did not parse on every row of the policy leaves the check over it unjudged
    const [startsOn, endsOn] = [cellText(f.startsOn ?? null), cellText(f.endsOn ?? null)];
    if (startsOn !== null && endsOn !== null && endsOn < startsOn)
      out.push(
        problem(
          H.endsOn,
          `${endsOn} 早于起保日期 ${startsOn}`,
          `${endsOn} is before the policy's start, ${startsOn}`,
        ),
      );
    if (startsOn !== null && startsOn < today && !can(actor, 'history.backdate'))
      out.push(problem(H.startsOn, '您的角色不能补录历史日期', 'Your role cannot record a past date'));
    return out;
  }

  /**
   * The policy planned with its insured, each row checked on what the policy's own columns let judge; null when
   * the policy has a problem (`sound` false), a row has one or a cell that did not parse.
   */
  function planPolicy(g: Group, union: { id: number; path: string }, sound: boolean): ImportedPolicy | null {
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
    const frame: PolicyFrame = {
      // whether it lists people cannot be told when its number insured did not parse
      listed: policy.recordedInsured !== null ? false : g.unread.has('recordedInsured') ? undefined : true,
      period:
        f.startsOn == null || f.endsOn == null || policy.endsOn < policy.startsOn
          ? null
          : { startsOn: policy.startsOn, endsOn: policy.endsOn },
      orgPath: union.path,
    };
    const spansOf = new Map<number, { at: RowPlace; fromOn: string; untilOn: string }[]>();
    let ok = sound && g.unread.size === 0;
    for (const row of g.rows) {
      const p = insuredOf(row, frame, spansOf, { hashOf, persons, spans, today });
      if (Array.isArray(p)) {
        for (const one of p) push(row.rowNo, one);
        ok = false;
      } else if (p) policy.insured.push(p);
    }
    return ok ? policy : null;
  }
}
