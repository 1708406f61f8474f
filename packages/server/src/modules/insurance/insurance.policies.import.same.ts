import { formatYuan } from '../../shared/money.ts';
import { differsFromRecord } from '../../shared/register-same.ts';
import { problem, type RowProblem } from './insurance.import.rows.ts';
import type { ImportedPolicy } from './insurance.policies.import.repository.ts';
import { H } from './insurance.policies.register.ts';

type Kept = Omit<ImportedPolicy, 'orgId' | 'policyNo'>;

/** A policy's own fields a file gives again, each with its column and how it is said. */
const FIELDS: { key: keyof Kept; column: string; say: (v: unknown) => string }[] = [
  { key: 'insurer', column: H.insurer, say: String },
  { key: 'title', column: H.title, say: String },
  { key: 'cover', column: H.cover, say: (v) => String(v) || '—' },
  { key: 'startsOn', column: H.startsOn, say: String },
  { key: 'endsOn', column: H.endsOn, say: String },
  { key: 'premiumFen', column: H.premium, say: (v) => `${formatYuan(Number(v))}` },
  { key: 'recordedInsured', column: H.recordedInsured, say: (v) => (v === null ? '—' : String(v)) },
];

/**
 * Whether a policy of the file is the one the union has on record under its number as it stands: the same policy
 * fields and the same insured, each from the same day to the same day for the same reason. A ledger sent again
 * whole holds its old policies: those are skipped, not refused. One that differs is refused (nothing on record is
 * overwritten): each difference a problem at its row (`rowOf` a person's row, the policy's first row otherwise).
 */
export function policyDiffers(
  p: ImportedPolicy,
  kept: Kept,
  firstRow: number,
  rowOf: (personId: number) => number,
): [number, RowProblem][] {
  const out: [number, RowProblem][] = [];
  const said = {
    zh: `投保工会已登记保单号“${p.policyNo}”`,
    en: `The union has policy number “${p.policyNo}” on record`,
  };
  for (const f of FIELDS) {
    if (p[f.key] === kept[f.key]) continue;
    const [was, now] = [f.say(kept[f.key]), f.say(p[f.key])];
    const { zh, en } = differsFromRecord(said, { zh: was, en: was }, { zh: now, en: now });
    out.push([firstRow, problem(f.column, zh, en)]);
  }
  const keptOf = new Map<number, Kept['insured']>();
  for (const i of kept.insured) keptOf.set(i.personId, [...(keptOf.get(i.personId) ?? []), i]);
  const matched = new Set<object>();
  for (const i of p.insured) {
    const same = keptOf
      .get(i.personId)
      ?.find(
        (k) =>
          !matched.has(k) &&
          k.fromOn === i.fromOn &&
          k.untilOn === i.untilOn &&
          k.removedWhy === i.removedWhy,
      );
    if (same) {
      matched.add(same);
      continue;
    }
    const onRecord = keptOf.get(i.personId)?.[0];
    out.push([
      rowOf(i.personId),
      onRecord
        ? problem(
            H.fromOn,
            `${said.zh}，此人的参保期间是${onRecord.fromOn}至${onRecord.untilOn ?? '保险终止'}，本表是${i.fromOn}至${i.untilOn ?? '保险终止'}`,
            `${said.en}, covering this person from ${onRecord.fromOn} to ${onRecord.untilOn ?? 'its end'}; this sheet says ${i.fromOn} to ${i.untilOn ?? 'its end'}`,
          )
        : problem(
            H.idNumber,
            `${said.zh}，此人不在其被保险人中（已登记的保单不能由台账增加被保险人）`,
            `${said.en} without this person; a policy on record takes no new insured from a register`,
          ),
    ]);
  }
  // the people on record the file leaves out (one named with other days is told at its row)
  const listed = new Set(p.insured.map((i) => i.personId));
  const unmatchedPeople = new Set(kept.insured.filter((k) => !listed.has(k.personId)).map((k) => k.personId))
    .size;
  if (unmatchedPeople)
    out.push([
      firstRow,
      problem(
        H.idNumber,
        `${said.zh}，还有${unmatchedPeople}名被保险人不在本表中`,
        `${said.en} with ${unmatchedPeople} more insured than this sheet lists`,
      ),
    ]);
  return out;
}
