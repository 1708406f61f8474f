import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoDb, demoClock } from '../../../../test/demo-db.ts';
import { createTestContext } from '../../../../test/factories.ts';
import type { Db } from '../../../db/db.ts';
import { DEMO_TREE, type DemoOrg } from '../../../demo/demo-tree.ts';
import { levelOfKind } from '../../org/index.ts';
import { getReconciliation } from '../ledger/index.ts';
import { validateProgram } from '../program-validate.ts';
import { programPresets } from './index.ts';

const names = new Map<string, number>();
(function walk(o: DemoOrg) {
  names.set(o.name, levelOfKind(o.kind));
  for (const c of o.children ?? []) walk(c);
})(DEMO_TREE);

describe('seed presets as data', () => {
  it('every preset names a union of the demo tree and passes the same validation as the builder', () => {
    const presets = programPresets(new Date('2026-06-01T00:00:00Z'));
    expect(presets.length).toBeGreaterThanOrEqual(20);
    expect(new Set(presets.map((p) => p.key)).size).toBe(presets.length);
    for (const p of presets) {
      const level = names.get(p.owner);
      expect(level, `${p.key}: owner ${p.owner}`).toBeDefined();
      expect(() => validateProgram(p.input, level as number), p.key).not.toThrow();
    }
    const byKey = new Map(presets.map((p) => [p.key, p.input]));
    expect(byKey.get('bjft-invention-patent')?.amount).toEqual({ kind: 'per_unit', unitFen: 300_000 });
    expect(byKey.get('bjft-invention-patent')?.quota ?? null).toBeNull();
    expect(byKey.get('bjft-innovation-project')?.amount).toMatchObject({
      by: 'choice',
      tiers: [{ fen: 10_000_000 }, { fen: 5_000_000 }, { fen: 3_000_000 }],
    });
    // A rule that says once per studio is limited per subject (the studio), not once per union and year.
    const perStudio = presets.filter((p) => /每个工作室一次/.test(p.input.description ?? ''));
    expect(perStudio.map((p) => p.key)).toEqual(['changping-studio-support']);
    for (const key of [
      'changping-studio-support',
      'bjft-studio-city',
      'bjft-studio-demonstration',
      'bjft-innovation-project',
    ]) {
      expect(byKey.get(key), key).toMatchObject({ applicantType: 'union', limitMode: 'per_subject' });
    }
    // seed 003's 双千工程 is told once, by the wellness module: no program counts its places a second time
    expect(presets.filter((p) => /双千/.test(p.input.name)).map((p) => p.key)).toEqual([]);
    expect(byKey.get('shunyi-2020-training')?.amount).toEqual({ kind: 'fee_share', percent: 100 });
    expect(byKey.get('shunyi-2020-union-competition')).toMatchObject({ applicantType: 'union' });
    const flash = presets.filter((p) => p.input.category === 'flash_claim');
    expect(flash.map((p) => p.input.name).join()).toMatch(/话剧票.*苹果.*红薯.*干果/);
    for (const f of flash)
      expect(f.input).toMatchObject({ intakeModes: ['claim'], amount: { kind: 'none' } });
  });
});

describe('seed presets in the demo data', () => {
  let db: Db;
  beforeAll(async () => {
    db = await createDemoDb(200);
  });
  afterAll(async () => db?.close());

  it('loads every preset published, with activity that reconciles to the fen', async () => {
    const { rows: programs } = await db.query<{
      id: number;
      presetKey: string;
      status: string;
      ownerPath: string;
    }>(
      `select g.id, g.preset_key as "presetKey", g.status, o.path as "ownerPath"
         from programs g join orgs o on o.id = g.owner_org_id order by g.id`,
    );
    // A union's 疗休养/体检 subsidy program is made by the wellness module with its first scheme (ADR 55), not a preset.
    const fromPresets = programs.filter((p) => p.presetKey !== 'wellness-subsidy');
    expect(fromPresets.map((p) => p.presetKey).sort()).toEqual(
      // the demo's presets are those of the moment it was loaded at
      programPresets(demoClock(200)())
        .map((p) => p.key)
        .sort(),
    );
    expect(programs.every((p) => p.status === 'published')).toBe(true);
    const admin = createTestContext(db).actor('admin', null);
    for (const p of programs) {
      const rec = await getReconciliation(db, admin, p.id);
      expect(rec.balanced, p.presetKey).toBe(true);
    }
    const counts = await db.query<{ key: string; status: string; n: number; fen: number }>(
      `select g.preset_key as key, a.status, count(*) as n, coalesce(sum(a.amount_fen), 0) as fen
         from applications a join programs g on g.id = a.program_id group by 1, 2 order by 1, 2`,
    );
    const count = (key: string, status: string) =>
      counts.rows.find((r) => r.key === key && r.status === status)?.n ?? 0;
    // The 2020 plan is history, decided in 2020; the queues hold this year's proposals.
    expect(count('shunyi-2020-certificate', 'approved')).toBeGreaterThan(0);
    expect(count('shunyi-2020-certificate', 'submitted')).toBe(0);
    expect(counts.rows.filter((r) => r.status === 'submitted').reduce((s, r) => s + r.n, 0)).toBeGreaterThan(
      0,
    );
    expect(count('shunyi-2020-union-competition', 'approved')).toBe(5);
    expect(count('shunyi-2020-award', 'approved')).toBeGreaterThan(0);
    expect(count('bjft-invention-patent', 'approved')).toBeGreaterThan(0);
    // 北京邮政's group accident insurance is the insurance module's story alone (seed 001): no program of the
    // category 保险 takes enrolments or claims of its own; the one there pays a claim a union pays (ADR 62)
    const insurance = await db.query<{ key: string; applications: number }>(
      `select g.preset_key as key, count(a.id)::int as applications
         from programs g left join applications a on a.program_id = g.id
        where g.category = 'insurance' group by 1 order by 1`,
    );
    expect(insurance.rows).toEqual([{ key: 'insurance-claim-payout', applications: 0 }]);

    const patents = await db.query<{ n: number }>(
      `select count(*) as n from applications a join programs g on g.id = a.program_id
        where g.preset_key = 'bjft-invention-patent' and a.subject_key = 'patent:ZL202110000.X'`,
    );
    expect(patents.rows[0].n).toBe(1);
    const worker = await db.query<{ n: number }>(
      `select count(*) as n from records r join users u on u.person_id = r.person_id where u.username = 'worker'`,
    );
    expect(worker.rows[0].n).toBe(2);
  });
});
