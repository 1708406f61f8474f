import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../test/clock.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { appError, certificateProgram, createProgramsWorld } from '../programs.test-kit.ts';
import { simulateProgram } from '../simulate.service.ts';
import { findApplications, getApplicationDetail } from './applications.service.ts';

const w = worldPerFile(createProgramsWorld);

describe('proposals and simulation (set-based)', () => {
  it('simulates a draft rule per union, then proposes the qualifying certificates as applications, once', async () => {
    const staff = w.staff(w.districtA);
    const program = await w.publishedProgram(staff, certificateProgram(w.districtA.id));
    const a1 = await w.person(w.grassA1);
    const a2 = await w.person(w.grassA2);
    const direct = await w.person(w.grassDirect);
    const outsider = await w.person(w.grassB);
    await w.certificate(a1.id, 3, '2020-05-01');
    await w.certificate(a1.id, 1, '2021-05-01');
    await w.certificate(a2.id, 4, '2020-05-01');
    await w.certificate(direct.id, 2, '2022-01-10');
    await w.certificate(outsider.id, 1, '2020-05-01');

    const sim = await simulateProgram(w.db, staff, program.id, { asOf: '2022-12-31' }, TEST_NOW);
    expect(sim).toMatchObject({ qualifying: 3, people: 2, costFen: 150_000 });
    expect(sim.byUnion.map((u) => [u.orgId, u.qualifying]).sort()).toEqual(
      [
        [w.town.id, 2],
        [w.grassDirect.id, 1],
      ].sort(),
    );
    const looser = await simulateProgram(
      w.db,
      staff,
      program.id,
      {
        asOf: '2022-12-31',
        rule: { op: 'has_record', kind: 'certificate', where: [{ field: 'grade', cmp: 'lte', value: 4 }] },
        amount: {
          kind: 'tier',
          by: 'certificate.grade',
          tiers: [
            { key: '4', fen: 1 },
            { key: '3', fen: 10 },
            { key: '2', fen: 100 },
            { key: '1', fen: 1000 },
          ],
        },
      },
      TEST_NOW,
    );
    expect(looser).toMatchObject({ qualifying: 4, costFen: 1 + 10 + 100 + 1000 });
    const invalid = await appError(() =>
      simulateProgram(
        w.db,
        staff,
        program.id,
        {
          rule: { op: 'person', field: 'isOutdoor', cmp: 'gte', value: 'x' },
        },
        TEST_NOW,
      ),
    );
    expect(invalid.code).toBe('PROGRAM_RULE_INVALID');

    const run = await w.ctx.services.programs.proposals(staff, program.id, { appliedOn: '2022-06-30' });
    const result = await run.done;
    expect(result).toMatchObject({ created: 3, eligible: 3, skipped: 0, periodKey: '2022' });
    const job = await w.ctx.services.jobs.get(staff, run.jobId);
    expect(job).toMatchObject({ status: 'succeeded', kind: 'programs.proposals' });
    expect(job.done).toBe(job.total);

    const apps = await findApplications(w.db, staff, { programId: program.id }, TEST_NOW);
    expect(apps.total).toBe(3);
    for (const app of apps.items) {
      expect(app.intake).toBe('proposal');
      expect(app.decision.eligible).toBe(true);
      expect(app.decision.outcomes[0].text.zh).toMatch(/平台根据已有记录/);
      expect(app.amountFen).toBe(50_000);
      expect(app.stepOrgId).toBe(app.personId === direct.id ? w.grassDirect.id : w.grassA1.id);
    }
    const detail = await getApplicationDetail(w.db, staff, apps.items[0].id);
    expect(detail.liveDecision?.eligible).toBe(true);
    expect(detail.liveDecision?.outcomes.length).toBeGreaterThan(1);
    const { rows } = await w.db.query<{ n: number }>(
      `select count(*) as n from application_events e join applications a on a.id = e.application_id
        where a.program_id = $1 and e.action = 'proposed'`,
      [program.id],
    );
    expect(rows[0].n).toBe(3);

    const again = await w.ctx.services.programs.proposals(staff, program.id, {
      appliedOn: '2022-07-01',
    });
    expect(await again.done).toMatchObject({ created: 0, eligible: 3, skipped: 3 });

    const below = await w.ctx.services.programs.proposals(w.staff(w.grassA2), program.id, {
      appliedOn: '2022-07-01',
    });
    expect(await below.done).toMatchObject({ created: 0, eligible: 0 });
  });

  it('refuses proposals outside the period or for programs that do not take them', async () => {
    const staff = w.staff(w.districtA);
    const program = await w.publishedProgram(
      staff,
      certificateProgram(w.districtA.id, { intakeModes: ['apply'] }),
    );
    expect((await appError(() => w.ctx.services.programs.proposals(staff, program.id, {}))).code).toBe(
      'PROGRAM_INTAKE_NOT_ALLOWED',
    );
    const open = await w.publishedProgram(staff, certificateProgram(w.districtA.id));
    expect(
      (await appError(() => w.ctx.services.programs.proposals(staff, open.id, { appliedOn: '2024-01-01' })))
        .code,
    ).toBe('PROGRAM_OUTSIDE_PERIOD');
  });

  it('lists the proposed applications with the materials each still lacks, for the proposals panel', async () => {
    const staff = w.staff(w.districtA);
    const program = await w.publishedProgram(
      staff,
      certificateProgram(w.districtA.id, {
        requiredEvidence: [
          { key: 'certificate_scan', zh: '证书扫描件', en: 'Certificate scan' },
          { key: 'id_copy', zh: '身份证复印件', en: 'ID card copy' },
        ],
      }),
    );
    const person = await w.person(w.grassA1);
    await w.certificate(person.id, 2, '2021-03-01');
    const run = await w.ctx.services.programs.proposals(staff, program.id, { appliedOn: '2022-06-30' });
    const { created } = (await run.done) as { created: number };
    expect(created).toBeGreaterThan(0);

    const proposed = await findApplications(
      w.db,
      staff,
      { programId: program.id, intake: 'proposal' },
      TEST_NOW,
    );
    expect(proposed.total).toBe(created);
    const mine = proposed.items.find((a) => a.personId === person.id);
    expect(mine?.missingMaterials.map((m) => m.zh).sort()).toEqual(['证书扫描件', '身份证复印件'].sort());
    for (const a of proposed.items) expect(a.missingMaterials).toHaveLength(2);
    expect(
      (await findApplications(w.db, staff, { programId: program.id, intake: 'apply' }, TEST_NOW)).total,
    ).toBe(0);
  });
});
