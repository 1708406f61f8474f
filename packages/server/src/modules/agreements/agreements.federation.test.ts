/**
 * The federation of an agreement, of its coverage and of an enterprise is given by the inserts (issue 42: the
 * register writes thousands at once), the row triggers filling it only for an insert that gives none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import { usccCheckChar } from '../org/index.ts';
import { createAgreementsService } from './agreements.service.ts';

let db: Db;
let ctx: TestContext;

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
});
afterAll(async () => db?.close());

describe('the federation of agreements', () => {
  it('is the signing union’s on the agreement, its coverage and a new enterprise; the triggers wait for a missing one', async () => {
    const root = await ctx.newRoot();
    const district = await ctx.newOrg(root, 'district');
    const service = createAgreementsService(db, () => new Date('2026-11-23T04:00:00Z'));
    const body = `91110117${ctx
      .unique()
      .slice(0, 2)
      .toUpperCase()
      .replace(/[IOSVZ]/g, 'A')}${ctx.unique().replace(/\D/g, '0').slice(0, 7)}`;
    const code = body + usccCheckChar(body);
    const a = await service.createAgreement(ctx.actor('staff', district), {
      orgId: district.id,
      kind: 'women',
      level: 'area',
      title: '区域女职工特殊权益保护专项协议',
      employer: '区域企业联合会',
      signedOn: '2024-03-01',
      expiresOn: '2027-02-28',
      enterprises: [{ uscc: code, name: '小微企业', workers: 8, womenWorkers: 3 }],
    });
    const federation = Number(root.path.split('/')[1]);
    const { rows } = await db.query<{ agreement: number; coverage: number; enterprise: number }>(
      `select a.federation_id::int as agreement, c.federation_id::int as coverage, e.federation_id::int as enterprise
         from agreements a join agreement_coverage c on c.agreement_id = a.id
         join agreement_enterprises e on e.uscc = c.uscc where a.id = $1`,
      [a.id],
    );
    expect(rows).toEqual([{ agreement: federation, coverage: federation, enterprise: federation }]);
    const { rows: triggers } = await db.query<{ name: string; def: string }>(
      `select tgname as name, pg_get_triggerdef(oid) as def from pg_trigger
        where tgname in ('agreements_federation', 'agreement_coverage_federation', 'agreement_enterprises_federation')
        order by tgname`,
    );
    expect(triggers.map((t) => t.name)).toEqual([
      'agreement_coverage_federation',
      'agreement_enterprises_federation',
      'agreements_federation',
    ]);
    for (const t of triggers) expect(t.def, t.name).toMatch(/WHEN \(\(?new\.federation_id IS NULL\)?\)/i);
  });
});
