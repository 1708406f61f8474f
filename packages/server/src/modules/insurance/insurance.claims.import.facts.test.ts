import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import type { OrgRow } from '../org/index.ts';
import { CLAIM_REGISTER } from './insurance.claims.register.ts';
import type { createInsuranceService } from './insurance.service.ts';
import { openInsuranceWorld, totalsPolicy2016 } from './insurance.test-kit.ts';

/**
 * The claims register checks its rows against what it read once for the whole file (issue 42): the claims on
 * record of each worker on each policy (the same claim again; another live claim for the same accident) and each
 * worker's membership on the accident day of a year kept as totals — each row against its own worker's facts.
 */
type Row = Partial<Record<(typeof CLAIM_REGISTER.columns)[number]['key'], string>>;
const sheet = (rows: Row[]) =>
  writeWorkbook([
    {
      name: '理赔台账',
      headers: CLAIM_REGISTER.columns.map((c) => c.header),
      rows: rows.map((r) => CLAIM_REGISTER.columns.map((c) => r[c.key] ?? '')),
    },
  ]);

describe('the claims register, checked against what it read once', () => {
  let db: Db;
  let t: TestContext;
  const now = new Date('2026-03-01T09:00:00+08:00');
  let ins: ReturnType<typeof createInsuranceService>;
  let post: OrgRow;
  const people: { id: number; name: string; idNumber: string }[] = [];
  let policyId = 0;
  let policyNo = '';

  beforeAll(async () => {
    ({ db, t, ins, post } = await openInsuranceWorld(() => now));
    const team = await t.newOrg(post, 'grassroots');
    for (const joinedOn of ['2010-01-01', '2010-01-01', '2017-01-01']) {
      const idNumber = t.newIdNumber();
      const p = await t.newPerson(team, { idNumber, joinedOn });
      people.push({ id: p.id, name: p.name, idNumber });
    }
    policyNo = `P-2016-${t.unique()}`;
    policyId = (await ins.createPolicy(t.actor('staff', post), totalsPolicy2016(post.id, policyNo))).id;
  });
  afterAll(() => db.close());

  it('refuses the claim on record given otherwise, a second live claim for an accident, and a day not a member', async () => {
    const staff = t.actor('staff', post);
    const [a, b, late] = people;
    await ins.fileClaim(staff, {
      policyId,
      personId: a.id,
      kind: 'medical',
      incidentOn: '2016-03-02',
      place: '朝阳路口',
      description: '投递途中摔伤',
      documents: ['诊断证明'],
      filedOn: '2016-03-10',
    });
    const row = (p: (typeof people)[number], incidentOn: string, filedOn: string): Row => ({
      policy: policyNo,
      idNumber: p.idNumber,
      name: p.name,
      kind: '意外医疗',
      incidentOn,
      filedOn,
      outcome: '未决',
    });
    const file = sheet([
      row(a, '2016-03-02', '2016-04-01'),
      { ...row(a, '2016-03-02', '2016-03-10'), place: '朝阳路口', description: '投递途中摔伤' },
      row(late, '2016-05-01', '2016-05-03'),
      row(b, '2016-03-02', '2016-03-10'),
      row(a, '2016-06-01', '2016-06-05'),
    ]);
    const dry = await ins.register.importFile(staff, { file, fileName: 'facts.xlsx', dryRun: true });
    expect(dry.errors.map((e) => [e.rowNo, e.column])).toEqual([
      [2, '出险日期'],
      [3, '审核结果'],
      [4, '出险日期'],
    ]);
    expect(dry.errors[0].messageZh).toContain('已在本保单下申请理赔（2016-03-10提交）');
    // the claim on record, still under the union's review, is not the one the row gives as with the insurer
    expect(dry.errors[1].messageZh).toBe(
      '该职工2016-03-02出险、2016-03-10申请的理赔已登记在本保单下，平台上是“审核中”，本表是“待保险公司决定”',
    );
    expect(dry.errors[2].messageZh).toContain('不在该职工的保障期内');
    expect(dry).toMatchObject({ created: 2 });
  });

  it('gives each claim written the federation the row trigger gives a claim filed live', async () => {
    const staff = t.actor('staff', post);
    const [, b] = people;
    const file = sheet([
      {
        policy: policyNo,
        idNumber: b.idNumber,
        name: b.name,
        kind: '意外医疗',
        incidentOn: '2016-08-02',
        filedOn: '2016-08-05',
        outcome: '未决',
      },
    ]);
    const done = await ins.register.importFile(staff, { file, fileName: 'one.xlsx', dryRun: false });
    expect(done).toMatchObject({ created: 1 });
    const { rows } = await db.query<{ n: number; wrong: number }>(
      `select count(*)::int as n,
              count(*) filter (where federation_id is distinct from org_federation_id(org_id))::int as wrong
         from insurance_claims where policy_id = $1 and person_id = $2`,
      [policyId, b.id],
    );
    expect(rows[0]).toEqual({ n: 1, wrong: 0 });
  });
});
