/**
 * A program counts the right evidence and the right applicants by default: records dated within the
 * application's period (or the window the program states), members whose membership holds on the
 * evaluation day, and unions as applicants in simulation.
 */
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/clock.ts';
import { worldPerFile } from '../../../test/world-kit.ts';
import type { OrgRow } from '../org/index.ts';
import { evaluateApplicant } from './eligibility.ts';
import { SHUNYI_2020 } from './presets/index.ts';
import { getProgramDetail, updateProgram } from './program-admin.service.ts';
import { findProgramById } from './programs.repository.ts';
import { appError, createProgramsWorld } from './programs.test-kit.ts';
import type { EvidenceWindow, ProgramInput, ProgramRow } from './programs.types.ts';
import type { Rule } from './rules/index.ts';
import { simulateProgram } from './simulate.service.ts';

const w = worldPerFile(createProgramsWorld);

/** A program as a clerk makes it in the editor: one year, a certificate of level 3 or above, no year condition. */
function clerkProgram(ownerOrgId: number, over: Partial<ProgramInput> = {}): ProgramInput {
  return {
    ownerOrgId,
    name: '2020年度证书补贴',
    category: 'subsidy',
    periodStart: '2020-01-01',
    periodEnd: '2020-12-31',
    periodUnit: 'year',
    intakeModes: ['apply', 'batch', 'proposal'],
    limitMode: 'per_person_per_period',
    reviewChain: [2],
    rule: {
      op: 'all',
      rules: [
        { op: 'member_of_owner_subtree' },
        { op: 'has_record', kind: 'certificate', where: [{ field: 'grade', cmp: 'lte', value: 3 }] },
      ],
    },
    amount: { kind: 'fixed', fen: 50_000 },
    ...over,
  };
}

async function explain(program: ProgramRow, person: { id: number }, org: OrgRow, asOf: string, key: string) {
  const rule = (await getProgramDetail(w.db, w.admin, program.id)).rule as Rule;
  const { decision } = await evaluateApplicant(
    w.db,
    program,
    rule,
    { personId: person.id, org: { id: org.id, name: org.name, path: org.path, level: org.level } },
    asOf,
    key,
  );
  return decision;
}

/** A district of its own, so counts are not disturbed by other tests' members. */
async function district() {
  return w.ctx.newOrg(w.root, 'district', `评定期测试区${w.ctx.unique()}`);
}

describe('the evidence window', () => {
  it("a clerk's 2020 program with no year condition counts only 2020's certificates, and says why", async () => {
    const d = await district();
    const g = await w.ctx.newOrg(d, 'grassroots');
    const staff = w.staff(d);
    const created = await w.publishedProgram(staff, clerkProgram(d.id));
    expect(created.evidenceWindow).toEqual({ kind: 'period' });
    const program = (await findProgramById(w.db, created.id)) as ProgramRow;

    const stale = await w.person(g);
    await w.certificate(stale.id, 2, '2019-06-01');
    await w.certificate(stale.id, 2, '2026-03-01');
    const current = await w.person(g);
    await w.certificate(current.id, 3, '2020-05-01');
    await w.certificate(current.id, 1, '2019-01-10');

    const sim = await simulateProgram(w.db, staff, program.id, {}, TEST_NOW);
    expect(sim).toMatchObject({ asOf: '2020-12-31', periodKey: '2020', qualifying: 1, people: 1 });
    expect(sim.window).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    expect(sim.windowText.zh).toBe('只计2020年度内的记录（2020-01-01至2020-12-31）');
    expect(sim.excludedByWindow.count).toBe(3);
    expect(sim.excludedByWindow.examples.map((e) => e.reason.zh)).toEqual([
      '发证日期2026-03-01不在2020年度内',
      '发证日期2019-06-01不在2020年度内',
      '发证日期2019-01-10不在2020年度内',
    ]);

    const refused = await explain(program, stale, g, '2020-12-31', '2020');
    expect(refused.eligible).toBe(false);
    const why = refused.outcomes.filter((o) => !o.held).map((o) => o.text);
    expect(why.map((t) => t.zh).join()).toContain('发证日期2026-03-01不在2020年度内');
    expect(why.map((t) => t.en).join()).toContain('issued 2026-03-01, outside the 2020 period');
    expect((await explain(program, current, g, '2020-12-31', '2020')).eligible).toBe(true);

    const run = await w.ctx.services.programs.proposals(staff, program.id, { appliedOn: '2020-12-01' });
    expect(await run.done).toMatchObject({ created: 1, eligible: 1, periodKey: '2020' });
  });

  it("'years' counts the year before and the year of the period; 'dates' an explicit window", async () => {
    const d = await district();
    const g = await w.ctx.newOrg(d, 'grassroots');
    const staff = w.staff(d);
    const window: EvidenceWindow = { kind: 'years', before: 1 };
    const program = await w.publishedProgram(
      staff,
      clerkProgram(d.id, {
        periodStart: '2021-01-01',
        periodEnd: '2021-12-31',
        limitMode: 'per_subject',
        subjectKind: 'certificate',
        evidenceWindow: window,
      }),
    );
    const p = await w.person(g);
    for (const day of ['2019-12-31', '2020-01-01', '2021-12-31', '2022-01-01'])
      await w.certificate(p.id, 2, day);

    const sim = await simulateProgram(w.db, staff, program.id, {}, TEST_NOW);
    expect(sim).toMatchObject({ qualifying: 2, window: { from: '2020-01-01', to: '2021-12-31' } });
    expect(sim.windowText.en).toBe(
      'only records dated within the years 2020 to 2021 count (2020-01-01 to 2021-12-31)',
    );
    expect(sim.excludedByWindow.count).toBe(2);

    const dates = await simulateProgram(
      w.db,
      staff,
      program.id,
      {
        evidenceWindow: { kind: 'dates', from: '2021-06-01', to: '2022-06-30' },
      },
      TEST_NOW,
    );
    expect(dates).toMatchObject({ qualifying: 2, window: { from: '2021-06-01', to: '2022-06-30' } });
    expect(
      (await simulateProgram(w.db, staff, program.id, { evidenceWindow: { kind: 'any' } }, TEST_NOW))
        .qualifying,
    ).toBe(4);

    await updateProgram(w.db, staff, program.id, {
      evidenceWindow: { kind: 'dates', from: '2019-01-01', to: '2019-12-31' },
    });
    expect(await simulateProgram(w.db, staff, program.id, {}, TEST_NOW)).toMatchObject({
      qualifying: 1,
      excludedByWindow: { count: 3 },
    });
    const backwards = await appError(() =>
      updateProgram(w.db, staff, program.id, {
        evidenceWindow: { kind: 'dates', from: '2020-12-31', to: '2020-01-01' },
      }),
    );
    expect(backwards.code).toBe('PROGRAM_RULE_INVALID');
    expect(backwards.details?.field).toBe('evidenceWindow.to');
  });
});

describe('membership dates', () => {
  it('a member who joined after the evaluation day or left before it is not an applicant', async () => {
    const d = await district();
    const g = await w.ctx.newOrg(d, 'grassroots');
    const staff = w.staff(d);
    const program = (await findProgramById(
      w.db,
      (
        await w.publishedProgram(staff, clerkProgram(d.id))
      ).id,
    )) as ProgramRow;
    const late = await w.person(g, { joinedOn: '2021-03-01' });
    const gone = await w.person(g);
    const stays = await w.person(g, { joinedOn: '2020-12-31' });
    for (const p of [late, gone, stays]) await w.certificate(p.id, 2, '2020-06-01');
    await w.db.query(`update memberships set status = 'left', left_on = '2020-05-01' where person_id = $1`, [
      gone.id,
    ]);

    expect(await simulateProgram(w.db, staff, program.id, {}, TEST_NOW)).toMatchObject({
      qualifying: 1,
      asOf: '2020-12-31',
    });
    const lateWhy = await explain(program, late, g, '2020-12-31', '2020');
    expect(lateWhy.eligible).toBe(false);
    expect(lateWhy.outcomes.filter((o) => !o.held).map((o) => o.text.zh)).toEqual([
      `所在工会「${g.name}」属于「${d.name}」管辖范围，但入会日期2021-03-01晚于评定日2020-12-31`,
    ]);
    const goneWhy = await explain(program, gone, g, '2020-12-31', '2020');
    expect(goneWhy.outcomes.filter((o) => !o.held).map((o) => o.text.zh)).toEqual([
      '退会日期2020-05-01早于评定日2020-12-31',
    ]);
    expect((await explain(program, stays, g, '2020-12-31', '2020')).eligible).toBe(true);

    const run = await w.ctx.services.programs.proposals(staff, program.id, { appliedOn: '2020-12-31' });
    expect(await run.done).toMatchObject({ created: 1 });
  });

  it('a program whose rule does not name membership still checks its dates', async () => {
    const d = await district();
    const g = await w.ctx.newOrg(d, 'grassroots');
    const program = (await findProgramById(
      w.db,
      (
        await w.publishedProgram(
          w.staff(d),
          clerkProgram(d.id, { rule: { op: 'has_record', kind: 'certificate', where: [] } }),
        )
      ).id,
    )) as ProgramRow;
    const late = await w.person(g, { joinedOn: '2021-03-01' });
    await w.certificate(late.id, 2, '2020-06-01');
    const why = await explain(program, late, g, '2020-12-31', '2020');
    expect(why.eligible).toBe(false);
    expect(why.outcomes.find((o) => o.path === 'program.membership')?.text.zh).toBe(
      '入会日期2021-03-01晚于评定日2020-12-31',
    );
    expect((await simulateProgram(w.db, w.staff(d), program.id, {}, TEST_NOW)).qualifying).toBe(0);
  });
});

describe('union applicants', () => {
  it('the secondary-union contest subsidy simulates the level-3 unions of the owner', async () => {
    const shunyi = await district();
    for (let i = 0; i < 5; i++) {
      const town = await w.ctx.newOrg(shunyi, i % 2 ? 'street' : 'town');
      await w.ctx.newOrg(town, 'grassroots');
    }
    await w.ctx.newOrg(shunyi, 'grassroots');
    const preset = SHUNYI_2020.find((p) => p.key === 'shunyi-2020-union-competition');
    const staff = w.staff(shunyi);
    const program = await w.publishedProgram(staff, {
      ...preset?.input,
      ownerOrgId: shunyi.id,
    } as ProgramInput);
    const sim = await simulateProgram(w.db, staff, program.id, {}, TEST_NOW);
    expect(sim).toMatchObject({ applicantType: 'union', qualifying: 5, people: 0, costFen: 5 * 2_000_000 });
    expect(sim.byUnion).toHaveLength(5);
    expect(sim.byUnion.every((u) => u.qualifying === 1)).toBe(true);
    expect(sim.excludedByWindow.count).toBe(0);
  });
});
