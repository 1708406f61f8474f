import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/clock.ts';
import { auditActions } from '../../../test/factories.ts';
import { worldPerFile } from '../../../test/world-kit.ts';
import { applyAsWorker } from './applications/index.ts';
import {
  closeProgram,
  createProgram,
  getProgramDetail,
  getProgramVersions,
  publishProgram,
  updateProgram,
} from './program-admin.service.ts';
import { appError, certificateProgram, createProgramsWorld, fixedProgram } from './programs.test-kit.ts';

const w = worldPerFile(createProgramsWorld);

describe('programs as data', () => {
  it('refuses an invalid rule with a bilingual 400 naming the path', async () => {
    const bad = certificateProgram(w.districtA.id, {
      rule: {
        op: 'all',
        rules: [
          { op: 'has_record', kind: 'certificate', where: [{ field: 'colour', cmp: 'eq', value: 'red' }] },
        ],
      },
    });
    const err = await appError(() => createProgram(w.db, w.staff(w.districtA), bad));
    expect(err.code).toBe('PROGRAM_RULE_INVALID');
    expect(err.kind).toBe('invalid');
    expect(String(err.details?.field)).toMatch(/^rule\.rules\.0\.where\.0/);
    expect(err.messages.zh).toMatch(/项目设置有误/);
    expect(err.messages.en).toMatch(/Invalid program/);
  });

  it('refuses an invalid amount, a chain going downwards and a tier that reads a record the program does not name', async () => {
    const staff = w.staff(w.districtA);
    let err = await appError(() =>
      createProgram(w.db, staff, certificateProgram(w.districtA.id, { amount: { kind: 'fixed', fen: -5 } })),
    );
    expect(err.details?.field).toBe('amount.fen');
    err = await appError(() =>
      createProgram(w.db, staff, certificateProgram(w.districtA.id, { reviewChain: [2, 3] })),
    );
    expect(err.details?.field).toBe('reviewChain.1');
    err = await appError(() =>
      createProgram(
        w.db,
        staff,
        fixedProgram(w.districtA.id, {
          amount: { kind: 'tier', by: 'award.level', tiers: [{ key: 'city', fen: 100 }] },
        }),
      ),
    );
    expect(err.details?.field).toBe('subjectKind');
  });

  it('versions rules: draft → published → closed; an application keeps the version it was decided under', async () => {
    const staff = w.staff(w.districtA);
    const draft = await createProgram(w.db, staff, fixedProgram(w.districtA.id));
    expect(draft.status).toBe('draft');
    expect(draft.currentVersion).toBe(1);

    const v2 = await updateProgram(w.db, staff, draft.id, { amount: { kind: 'fixed', fen: 120_000 } });
    expect(v2.currentVersion).toBe(2);
    const same = await updateProgram(w.db, staff, draft.id, { name: '送温暖（改名）' });
    expect(same.currentVersion).toBe(2);

    const published = await publishProgram(w.db, staff, draft.id);
    expect(published.status).toBe('published');
    expect(published.usage.map((u) => u.periodKey)).toContain('2026');

    const locked = await appError(() => updateProgram(w.db, staff, draft.id, { periodUnit: 'whole' }));
    expect(locked.code).toBe('PROGRAM_NOT_EDITABLE');
    // the field named in words, as the program's form names it, never by its property (periodUnit)
    expect(locked.messages).toEqual({
      zh: '项目已发布，不能再修改限额周期',
      en: 'The program is published; the period its limits count can no longer change',
    });

    const person = await w.person(w.grassA1);
    const app = await applyAsWorker(w.db, w.worker(person.id), { programId: draft.id, files: [] }, TEST_NOW);
    expect(app.version).toBe(2);
    expect(app.amountFen).toBe(120_000);

    const v3 = await updateProgram(w.db, staff, draft.id, {
      rule: {
        op: 'all',
        rules: [
          { op: 'member_of_owner_subtree' },
          { op: 'person', field: 'isOutdoor', cmp: 'eq', value: true },
        ],
      },
    });
    expect(v3.currentVersion).toBe(3);
    const versions = await getProgramVersions(w.db, staff, draft.id);
    expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(versions[2].amount).toEqual({ kind: 'fixed', fen: 100_000 });

    const { rows } = await w.db.query<{ version: number }>('select version from applications where id = $1', [
      app.id,
    ]);
    expect(rows[0].version).toBe(2);

    const closed = await closeProgram(w.db, staff, draft.id);
    expect(closed.status).toBe('closed');
    expect((await appError(() => updateProgram(w.db, staff, draft.id, { name: 'x' }))).code).toBe(
      'PROGRAM_NOT_EDITABLE',
    );
  });

  it('shows a program to unions below its owner but lets only the owner side edit it', async () => {
    const p = await createProgram(w.db, w.staff(w.districtA), fixedProgram(w.districtA.id));
    const seen = await getProgramDetail(w.db, w.staff(w.grassA1), p.id);
    expect(seen.id).toBe(p.id);
    expect((await appError(() => updateProgram(w.db, w.staff(w.grassA1), p.id, { name: 'x' }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await appError(() => getProgramDetail(w.db, w.staff(w.districtB), p.id))).code).toBe('NOT_FOUND');
    expect(await auditActions(w.db, 'program', p.id)).toEqual(['program.create']);
  });

  it('answers whether the caller may manage the program and its owner by name, so a page below it asks nothing else', async () => {
    const owner = w.staff(w.districtA);
    const p = await createProgram(w.db, owner, fixedProgram(w.districtA.id));
    expect(p.managed).toBe(true);
    expect((await getProgramDetail(w.db, owner, p.id)).managed).toBe(true);
    expect((await updateProgram(w.db, owner, p.id, { name: '改名' })).managed).toBe(true);
    const below = await getProgramDetail(w.db, w.staff(w.grassA1), p.id);
    expect(below.managed).toBe(false);
    expect(below.ownerOrgName).toBe(w.districtA.name);
    const { rows } = await w.db.query<{ after: object }>(
      "select after from audit_log where entity = 'program' and entity_id = $1",
      [String(p.id)],
    );
    expect(rows.length).toBe(2);
    for (const r of rows) expect(r.after).not.toHaveProperty('managed');
  });
});
