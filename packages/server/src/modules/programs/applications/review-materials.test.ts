import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../test/clock.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import type { Actor } from '../../../access/access.ts';
import { findLedger } from '../ledger/index.ts';
import { appError, createProgramsWorld, fixedProgram } from '../programs.test-kit.ts';
import { attachFiles, getApplicationDetail } from './applications.service.ts';
import { proposeIn } from './proposals.job.ts';
import { reviewBulk, reviewOne } from './review.service.ts';

const w = worldPerFile(createProgramsWorld);
let clerk: Actor;

beforeAll(async () => {
  clerk = { ...w.staff(w.districtA), displayName: '张三' };
});

const SCAN = { key: 'certificate_scan', zh: '证书扫描件', en: 'certificate scan' };
const NOTICE = { key: 'award_notice', zh: '获奖通知', en: 'award notice' };
const pdf = (key: string) => ({
  key,
  name: `${key}.pdf`,
  mime: 'application/pdf',
  data: Buffer.from('%PDF'),
});

/** A published program requiring a certificate scan, and `n` applications submitted by a staff batch. */
async function batchApplications(n: number, over: Parameters<typeof fixedProgram>[1] = {}) {
  const program = await w.publishedProgram(
    clerk,
    fixedProgram(w.districtA.id, { intakeModes: ['batch', 'proposal'], requiredEvidence: [SCAN], ...over }),
  );
  const people = [];
  for (let i = 0; i < n; i++) people.push(await w.person(w.grassA1));
  const r = await w.ctx.services.programs.batch(clerk, program.id, {
    personIds: people.map((p) => p.id),
  });
  return { program, ids: r.results.map((x) => x.applicationId as number) };
}

async function statusOf(id: number) {
  const { rows } = await w.db.query<{ status: string }>('select status from applications where id = $1', [
    id,
  ]);
  return rows[0].status;
}

describe('required materials at the final approval', () => {
  it('refuses the final approval of a batch application without the material, naming it; nothing changes', async () => {
    const { program, ids } = await batchApplications(1);
    const err = await appError(() => reviewOne(w.db, clerk, ids[0], 'approve', {}, TEST_NOW));
    expect(err.code).toBe('APPLICATION_MATERIALS_MISSING');
    expect(err.kind).toBe('conflict');
    expect(err.messages.zh).toContain('证书扫描件');
    expect(err.messages.en).toContain('certificate scan');
    expect(err.details).toMatchObject({ missing: [SCAN] });
    expect(await statusOf(ids[0])).toBe('submitted');
    expect((await findLedger(w.db, clerk, { programId: program.id })).total).toBe(0);
  });

  it('approves once the material is attached', async () => {
    const { ids } = await batchApplications(1);
    await attachFiles(w.db, w.staff(w.grassA1), ids[0], [pdf(SCAN.key)]);
    expect((await reviewOne(w.db, clerk, ids[0], 'approve', {}, TEST_NOW)).status).toBe('approved');
  });

  it('approves with a waiver and a reason; the history names the reviewer, their union and the reason', async () => {
    const { ids } = await batchApplications(1);
    const done = await reviewOne(
      w.db,
      clerk,
      ids[0],
      'approve',
      {
        waivers: [{ key: SCAN.key, reason: ' 原件已当面核验 ' }],
      },
      TEST_NOW,
    );
    expect(done.status).toBe('approved');
    const { events } = await getApplicationDetail(w.db, clerk, ids[0]);
    const waived = events.find((e) => e.action === 'waived');
    expect(waived).toMatchObject({
      actorName: '张三',
      actorOrgName: w.districtA.name,
      reason: '原件已当面核验',
      data: SCAN,
    });
    expect(events.map((e) => e.action)).toEqual(['submitted', 'waived', 'approved']);
    for (const e of events) expect(JSON.stringify(e)).not.toContain(clerk.username);
  });

  it('refuses a waiver without a reason, of a material not required, or of one attached', async () => {
    const { ids } = await batchApplications(1);
    const blank = await appError(() =>
      reviewOne(w.db, clerk, ids[0], 'approve', { waivers: [{ key: SCAN.key, reason: '   ' }] }, TEST_NOW),
    );
    expect(blank.code).toBe('PROGRAM_INVALID');
    expect(blank.details).toMatchObject({ field: 'waivers.0.reason' });
    expect(blank.messages.zh).toContain('证书扫描件');
    const unknown = await appError(() =>
      reviewOne(w.db, clerk, ids[0], 'approve', { waivers: [{ key: 'bank_card', reason: '无' }] }, TEST_NOW),
    );
    expect(unknown.details).toMatchObject({ field: 'waivers.0.key' });
    await attachFiles(w.db, clerk, ids[0], [pdf(SCAN.key)]);
    const attached = await appError(() =>
      reviewOne(
        w.db,
        clerk,
        ids[0],
        'approve',
        { waivers: [{ key: SCAN.key, reason: '原件已核验' }] },
        TEST_NOW,
      ),
    );
    expect(attached.code).toBe('PROGRAM_INVALID');
    const { events } = await getApplicationDetail(w.db, clerk, ids[0]);
    expect(events.some((e) => e.action === 'waived')).toBe(false);
    expect(await statusOf(ids[0])).toBe('submitted');
  });

  it('proposals need the material too; an earlier step passes without it and its waiver counts at the end', async () => {
    const program = await w.publishedProgram(
      clerk,
      fixedProgram(w.districtA.id, {
        intakeModes: ['proposal'],
        reviewChain: [4, 2],
        requiredEvidence: [SCAN, NOTICE],
      }),
    );
    const person = await w.person(w.grassA2);
    await w.db.tx((sql) => proposeIn(sql, clerk, program, '2026-03-01'));
    const { rows } = await w.db.query<{ id: number }>(
      'select id from applications where program_id = $1 and person_id = $2',
      [program.id, person.id],
    );
    const id = rows[0].id;
    const grassroots = { ...w.reviewer(w.grassA2), displayName: '李四' };
    await reviewOne(
      w.db,
      grassroots,
      id,
      'approve',
      { waivers: [{ key: NOTICE.key, reason: '通知已存档' }] },
      TEST_NOW,
    );
    const err = await appError(() => reviewOne(w.db, clerk, id, 'approve', {}, TEST_NOW));
    expect(err.code).toBe('APPLICATION_MATERIALS_MISSING');
    expect(err.messages.zh).toContain('证书扫描件');
    expect(err.messages.zh).not.toContain('获奖通知');
    await reviewOne(
      w.db,
      clerk,
      id,
      'approve',
      { waivers: [{ key: SCAN.key, reason: '原件已当面核验' }] },
      TEST_NOW,
    );
    const { events } = await getApplicationDetail(w.db, clerk, id);
    expect(events.filter((e) => e.action === 'waived').map((e) => [e.actorName, e.actorOrgName])).toEqual([
      ['李四', w.grassA2.name],
      ['张三', w.districtA.name],
    ]);
  });

  it('bulk: one reason waives the named material where it is missing; without it each id is refused', async () => {
    const { ids } = await batchApplications(3);
    await attachFiles(w.db, clerk, ids[2], [pdf(SCAN.key)]);
    const refused = await reviewBulk(w.db, clerk, { ids: ids.slice(0, 2), action: 'approve' }, TEST_NOW);
    expect(refused.results.map((r) => r.code)).toEqual([
      'APPLICATION_MATERIALS_MISSING',
      'APPLICATION_MATERIALS_MISSING',
    ]);
    const ok = await reviewBulk(
      w.db,
      clerk,
      {
        ids,
        action: 'approve',
        waivers: [
          { key: SCAN.key, reason: '原件已当面核验' },
          { key: NOTICE.key, reason: '本项目不要求，忽略' },
        ],
      },
      TEST_NOW,
    );
    expect(ok.succeeded).toBe(3);
    const waivedOf = async (id: number) =>
      (await getApplicationDetail(w.db, clerk, id)).events.filter((e) => e.action === 'waived').length;
    expect([await waivedOf(ids[0]), await waivedOf(ids[1]), await waivedOf(ids[2])]).toEqual([1, 1, 0]);
  });
});
