/**
 * The reconciliation (ADR 73) of the programs' counts (ADR 29: rolled up to every union above, on the first day of
 * each month) and their distinct counts of a year (ADR 35: people and applying unions once a year per union's
 * subtree, and per union itself) after a program's typical life: a batch of applications, approvals and a
 * rejection on past days, a person approved in two programs, a program paying per certificate, a reversal and a
 * paid batch. A corrupted distinct count is reported with its union, figure and day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../test/factories.ts';
import type { Actor } from '../access/access.ts';
import type { Db } from '../db/db.ts';
import type { OrgRow } from '../modules/org/index.ts';
import { moveKeptCount, openReconcileWorld, type reconcileCli } from './reconcile.test-kit.ts';

let db: Db;
let t: TestContext;
let cli: ReturnType<typeof reconcileCli>;
let city: OrgRow;
let district: OrgRow;
let town: OrgRow;
let firmA: OrgRow;
let firmB: OrgRow;
let staff: Actor;

beforeAll(async () => {
  ({ db, t, cli, city } = await openReconcileWorld());
  district = await t.newOrg(city, 'district');
  town = await t.newOrg(district, 'town');
  firmA = await t.newOrg(town, 'grassroots');
  firmB = await t.newOrg(district, 'grassroots');
  staff = { ...t.actor('staff', district), userId: 77 };
});
afterAll(async () => db?.close());

const program = (name: string, over: Record<string, unknown> = {}) => ({
  ownerOrgId: district.id,
  name: `${name}${t.unique()}`,
  category: 'relief' as const,
  periodStart: '2021-01-01',
  periodEnd: '2022-12-31',
  periodUnit: 'year' as const,
  intakeModes: ['batch' as const],
  limitMode: 'per_person_per_period' as const,
  reviewChain: [2],
  requiredEvidence: [],
  rule: { op: 'member_of_owner_subtree' as const },
  amount: { kind: 'fixed' as const, fen: 100_000 },
  ...over,
});

async function published(input: ReturnType<typeof program>) {
  const p = await t.services.programs.create(staff, input as never);
  return t.services.programs.publish(staff, p.id);
}

/** Applications of `people` (each for a record of theirs, if given) taken in on `appliedOn`; answers their ids. */
async function apply(programId: number, people: { id: number; recordId?: number }[], appliedOn: string) {
  const rows = people.map((p) => ({ personId: p.id, subjectRecordId: p.recordId }));
  const r = await t.services.programs.batch(staff, programId, { rows, appliedOn });
  expect(r.results.filter((x) => !x.ok)).toEqual([]);
  return r.results.map((x) => x.applicationId as number);
}

describe('reconcile programs', () => {
  it('finds nothing after applications, approvals, a rejection, per-record approvals, a reversal and a payment', async () => {
    const programs = t.services.programs;
    const [a1, a2, b1] = [await t.newPerson(firmA), await t.newPerson(firmA), await t.newPerson(firmB)];
    const relief = await published(program('送温暖补助'));
    const [x1, x2, x3] = await apply(relief.id, [a1, a2, b1], '2021-03-10');
    await programs.review(staff, x1, 'approve', { effectiveOn: '2021-03-31' });
    await programs.review(staff, x2, 'approve', { effectiveOn: '2021-04-01' });
    await programs.review(staff, x3, 'reject', { reason: '不符合条件', effectiveOn: '2021-04-02' });

    const second = await published(program('金秋助学', { amount: { kind: 'fixed', fen: 200_000 } }));
    const [y1, y2] = await apply(second.id, [a1, b1], '2022-02-01');
    for (const id of [y1, y2]) await programs.review(staff, id, 'approve', { effectiveOn: '2022-02-10' });

    const held: { id: number; recordId: number }[] = [];
    for (const [p, grade] of [
      [a2, 2],
      [b1, 3],
    ] as const) {
      const [record] = await t.services.records.createRecord(t.actor('admin', null), {
        kind: 'certificate',
        personId: p.id,
        occupation: '电工',
        grade,
        issuer: '北京市职业技能鉴定中心',
        number: `C${t.unique()}`,
        date: '2021-06-01',
      });
      held.push({ id: p.id, recordId: record.id });
    }
    const certificates = await published(
      program('职业资格证书助推', {
        category: 'subsidy',
        limitMode: 'per_subject',
        subjectKind: 'certificate',
        evidenceWindow: { kind: 'any' },
        rule: {
          op: 'all',
          rules: [{ op: 'member_of_owner_subtree' }, { op: 'has_record', kind: 'certificate', where: [] }],
        },
        amount: { kind: 'fixed', fen: 50_000 },
      }),
    );
    for (const id of await apply(certificates.id, held, '2021-07-01')) {
      await programs.review(staff, id, 'approve', { effectiveOn: '2021-07-15' });
    }

    const { rows } = await db.query<{ id: number }>(
      'select id from ledger_entries where application_id = $1',
      [x2],
    );
    await programs.reverse(staff, Number(rows[0].id), '重复发放', '2021-05-06');
    const batch = await programs.createBatch(staff, { programId: second.id, effectiveOn: '2022-03-01' });
    await programs.markPaid(staff, batch.id, '转账20220305', '2022-03-05');

    expect(await cli.run('reconcile', '--union', String(city.id))).toBe(0);
    expect(cli.err.join('\n')).not.toMatch(/programs\./);
    expect(cli.out).toEqual([expect.stringMatching(/差异 0 处\n.* 0 differences$/)]);
  });

  it('reports a corrupted count of people approved in a year with its union, figure and day', async () => {
    const corrupt = { subject: 'programs.people', orgId: town.id, where: `dim = '*' and dim2 = ''` };
    await moveKeptCount(db, corrupt, 1);
    expect(await cli.run('reconcile', '--union', String(district.id))).toBe(1);
    expect(cli.out.slice(0, -1)).toEqual([
      `${town.name}（ID ${town.id}）· 受益人数（年度去重） programs.people [*] · 2021-01-01：记录 3，重算 2\n` +
        `  ${town.name} (id ${town.id}) · people approved in the year (distinct) · 2021-01-01: kept 3, recounted 2`,
      `${town.name}（ID ${town.id}）· 受益人数（年度去重） programs.people [*] · 2022-01-01：记录 2，重算 1\n` +
        `  ${town.name} (id ${town.id}) · people approved in the year (distinct) · 2022-01-01: kept 2, recounted 1`,
    ]);
    await moveKeptCount(db, corrupt, -1);
  });
});
