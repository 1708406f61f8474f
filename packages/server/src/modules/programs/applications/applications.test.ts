import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../test/clock.ts';
import { worldPerFile } from '../../../../test/world-kit.ts';
import { appError, certificateProgram, createProgramsWorld, fixedProgram } from '../programs.test-kit.ts';
import type { Decision } from '../rules/index.ts';
import {
  applyAsWorker,
  findApplications,
  getApplicationDetail,
  resubmitApplication,
  submitBatch,
  withdrawApplication,
} from './applications.service.ts';
import { reviewOne } from './review.service.ts';

const w = worldPerFile(createProgramsWorld);

const scan = (key = 'certificate_scan') => ({
  key,
  name: `${key}.jpg`,
  mime: 'image/jpeg',
  data: Buffer.from('photo'),
});

describe('intake: a worker applies', () => {
  it('stores an eligible application with its explanation, and refuses an ineligible one with the decision', async () => {
    const program = await w.publishedProgram(
      w.staff(w.districtA),
      certificateProgram(w.districtA.id, {
        periodEnd: '2030-12-31',
        requiredEvidence: [{ key: 'certificate_scan', zh: '证书扫描件', en: 'certificate scan' }],
      }),
    );
    const person = await w.person(w.grassA1);
    const low = await w.certificate(person.id, 4);
    const high = await w.certificate(person.id, 3);
    const worker = w.worker(person.id);
    /** The worker's application for the certificate `cert`, with `files`. */
    const applyFor = (cert: { id: number }, files: Parameters<typeof applyAsWorker>[2]['files']) =>
      applyAsWorker(w.db, worker, { programId: program.id, subjectRecordId: cert.id, files }, TEST_NOW);

    const refused = await appError(() => applyFor(low, [scan()]));
    expect(refused.code).toBe('PROGRAM_NOT_ELIGIBLE');
    const decision = refused.details?.decision as Decision;
    expect(decision.eligible).toBe(false);
    const failed = decision.outcomes.filter((o) => !o.held);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.map((o) => o.text.zh).join()).toMatch(/四级|4/);
    expect(refused.messages.zh).toMatch(/不符合申请条件/);

    const missing = await appError(() => applyFor(high, []));
    expect(missing.code).toBe('APPLICATION_EVIDENCE_MISSING');
    expect(missing.details?.missing).toEqual(['certificate_scan']);

    const app = await applyFor(high, [scan()]);
    expect(app.status).toBe('submitted');
    expect(app.decision.eligible).toBe(true);
    expect(app.decision.outcomes.every((o) => o.held)).toBe(true);
    expect(app.amountFen).toBe(50_000);
    expect(app.stepOrgId).toBe(w.grassA1.id);
    expect(app.subjectKey).toBe(high.subjectKey);
    expect(app.periodKey).toBe('2026');

    const dup = await appError(() => applyFor(high, [scan()]));
    expect(dup.code).toBe('APPLICATION_DUPLICATE');

    const detail = await getApplicationDetail(w.db, worker, app.id);
    expect(detail.files.map((f) => f.key)).toEqual(['certificate_scan']);
    expect(detail.events.map((e) => e.action)).toEqual(['submitted']);
    const other = await w.person(w.grassA1);
    expect((await appError(() => getApplicationDetail(w.db, w.worker(other.id), app.id))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses a worker whose union is outside the owner subtree, and a record that is not theirs', async () => {
    const program = await w.publishedProgram(w.staff(w.districtA), fixedProgram(w.districtA.id));
    const outsider = await w.person(w.grassB);
    const err = await appError(() =>
      applyAsWorker(w.db, w.worker(outsider.id), { programId: program.id, files: [] }, TEST_NOW),
    );
    expect(err.code).toBe('NOT_FOUND');

    const cert = await w.publishedProgram(
      w.staff(w.districtA),
      certificateProgram(w.districtA.id, { periodEnd: '2030-12-31' }),
    );
    const a = await w.person(w.grassA1);
    const b = await w.person(w.grassA1);
    const bCert = await w.certificate(b.id, 2);
    const notMine = await appError(() =>
      applyAsWorker(
        w.db,
        w.worker(a.id),
        { programId: cert.id, subjectRecordId: bCert.id, files: [] },
        TEST_NOW,
      ),
    );
    expect(notMine.kind).toBe('invalid');
  });

  it('once per person per year: a second application in the same year is a duplicate; withdrawing frees it', async () => {
    const program = await w.publishedProgram(w.staff(w.districtA), fixedProgram(w.districtA.id));
    const person = await w.person(w.grassA2);
    const worker = w.worker(person.id);
    const first = await applyAsWorker(w.db, worker, { programId: program.id, files: [] }, TEST_NOW);
    expect(
      (await appError(() => applyAsWorker(w.db, worker, { programId: program.id, files: [] }, TEST_NOW)))
        .code,
    ).toBe('APPLICATION_DUPLICATE');
    await withdrawApplication(w.db, worker, first.id, '填错了', TEST_NOW);
    const again = await applyAsWorker(w.db, worker, { programId: program.id, files: [] }, TEST_NOW);
    expect(again.id).not.toBe(first.id);
  });
});

describe('intake: a union submits a batch', () => {
  it('two unions submitting the same certificate never get it twice', async () => {
    const program = await w.publishedProgram(w.staff(w.districtA), certificateProgram(w.districtA.id));
    const person = await w.person(w.grassA1);
    const cert = await w.certificate(person.id, 2);
    const first = await w.ctx.services.programs.batch(w.staff(w.grassA1), program.id, {
      rows: [{ personId: person.id, subjectRecordId: cert.id }],
      appliedOn: '2021-03-01',
    });
    expect(first.created).toBe(1);
    expect(first.results[0].amountFen).toBe(50_000);
    const second = await w.ctx.services.programs.batch(w.staff(w.town), program.id, {
      rows: [{ personId: person.id, subjectRecordId: cert.id }],
      appliedOn: '2022-05-01',
    });
    expect(second.committed).toBe(false);
    expect(second.results[0].code).toBe('APPLICATION_DUPLICATE');
    const { rows } = await w.db.query<{ n: number }>(
      'select count(*) as n from applications where program_id = $1 and subject_key = $2',
      [program.id, cert.subjectKey],
    );
    expect(rows[0].n).toBe(1);
  });

  it('two inventors of one patent never get it twice', async () => {
    const program = await w.publishedProgram(
      w.staff(w.districtA),
      certificateProgram(w.districtA.id, {
        name: '发明专利助推（测试）',
        subjectKind: 'patent',
        periodEnd: '2030-12-31',
        rule: { op: 'has_record', kind: 'patent', where: [{ field: 'type', cmp: 'eq', value: 'invention' }] },
        amount: { kind: 'per_unit', unitFen: 300_000 },
      }),
    );
    const first = await w.person(w.grassA1);
    const second = await w.person(w.grassA2);
    const rows = await w.ctx.services.records.createRecord(w.admin, {
      kind: 'patent',
      patentType: 'invention',
      patentNo: `ZL${w.ctx.unique()}.X`,
      title: '一种检测装置',
      date: '2025-05-01',
      inventors: [first.id, second.id],
    });
    const ofPerson = (id: number) => rows.find((r) => r.personId === id)?.id as number;
    const a = await applyAsWorker(
      w.db,
      w.worker(first.id),
      {
        programId: program.id,
        subjectRecordId: ofPerson(first.id),
        files: [],
      },
      TEST_NOW,
    );
    expect(a.amountFen).toBe(300_000);
    const dup = await appError(() =>
      applyAsWorker(
        w.db,
        w.worker(second.id),
        {
          programId: program.id,
          subjectRecordId: ofPerson(second.id),
          files: [],
        },
        TEST_NOW,
      ),
    );
    expect(dup.code).toBe('APPLICATION_DUPLICATE');
  });

  it('all_or_nothing rolls back on one refused row; valid_only keeps the good rows and reports the rest', async () => {
    const program = await w.publishedProgram(
      w.staff(w.districtA),
      fixedProgram(w.districtA.id, { intakeModes: ['batch'] }),
    );
    const good = await w.person(w.grassA1);
    const good2 = await w.person(w.grassA2, { idNumber: w.ctx.newIdNumber() });
    const outsider = await w.person(w.grassB);
    const staff = w.staff(w.districtA);
    const ids = w.ctx.services.ids;
    const all = await submitBatch(
      w.db,
      ids,
      staff,
      program.id,
      { personIds: [good.id, outsider.id] },
      TEST_NOW,
    );
    expect(all).toMatchObject({ created: 0, refused: 1, committed: false });
    expect(all.results[1].code).toBe('NOT_FOUND');
    expect((await findApplications(w.db, staff, { programId: program.id }, TEST_NOW)).total).toBe(0);

    const partial = await submitBatch(
      w.db,
      ids,
      staff,
      program.id,
      {
        personIds: [good.id, outsider.id],
        rows: [{ idNumber: '110101199001011234' }],
        mode: 'valid_only',
      },
      TEST_NOW,
    );
    expect(partial.created).toBe(1);
    expect(partial.results.map((r) => r.ok)).toEqual([true, false, false]);
    expect(partial.results[2].message?.en).toMatch(/ID number/);
    const byNumber = await submitBatch(
      w.db,
      ids,
      staff,
      program.id,
      { rows: [{ personId: good2.id }] },
      TEST_NOW,
    );
    expect(byNumber.created).toBe(1);
  });

  it('refuses dates outside the period and intake modes the program does not take', async () => {
    const program = await w.publishedProgram(
      w.staff(w.districtA),
      certificateProgram(w.districtA.id, { intakeModes: ['batch'] }),
    );
    const person = await w.person(w.grassA1);
    const cert = await w.certificate(person.id, 1);
    const late = await w.ctx.services.programs.batch(w.staff(w.districtA), program.id, {
      rows: [{ personId: person.id, subjectRecordId: cert.id }],
      appliedOn: '2023-01-02',
    });
    expect(late.results[0].code).toBe('PROGRAM_OUTSIDE_PERIOD');
    const nomination = await w.ctx.services.programs.batch(w.staff(w.districtA), program.id, {
      rows: [{ personId: person.id, subjectRecordId: cert.id }],
      appliedOn: '2021-01-02',
      intake: 'nomination',
    });
    expect(nomination.results[0].code).toBe('PROGRAM_INTAKE_NOT_ALLOWED');
  });
});

describe('union applicants', () => {
  it('a secondary union applies (not one of its grassroots unions); its own level is skipped in the chain', async () => {
    const program = await w.publishedProgram(
      w.staff(w.districtA),
      fixedProgram(w.districtA.id, {
        applicantType: 'union',
        intakeModes: ['batch'],
        reviewChain: [3, 2],
        rule: {
          op: 'all',
          rules: [{ op: 'member_of_owner_subtree' }, { op: 'union_level', cmp: 'eq', value: 3 }],
        },
        amount: { kind: 'fixed', fen: 2_000_000 },
      }),
    );
    const r = await w.ctx.services.programs.batch(w.staff(w.districtA), program.id, {
      rows: [{ orgId: w.town.id }, { orgId: w.grassA1.id }, { personId: 1 }],
      mode: 'valid_only',
    });
    expect(r.results.map((x) => x.code ?? 'ok')).toEqual([
      'ok',
      'PROGRAM_NOT_ELIGIBLE',
      'APPLICATION_BATCH_INVALID',
    ]);
    const id = r.results[0].applicationId as number;
    const detail = await getApplicationDetail(w.db, w.staff(w.districtA), id);
    expect(detail).toMatchObject({ personId: null, applicantOrgId: w.town.id, stepOrgId: w.districtA.id });
    const done = await reviewOne(w.db, w.staff(w.districtA), id, 'approve', {}, TEST_NOW);
    expect(done).toMatchObject({ status: 'approved', amountFen: 2_000_000 });
    const { rows } = await w.db.query<{ personId: number | null; orgId: number }>(
      'select person_id as "personId", org_id as "orgId" from ledger_entries where application_id = $1',
      [id],
    );
    expect(rows).toEqual([{ personId: null, orgId: w.town.id }]);
  });
});

describe('return for correction and resubmission', () => {
  it('a returned application can be resubmitted with the missing evidence and resumes at the step that returned it', async () => {
    const program = await w.publishedProgram(
      w.staff(w.districtA),
      fixedProgram(w.districtA.id, {
        reviewChain: [4, 2],
        requiredEvidence: [{ key: 'hardship_proof', zh: '困难证明', en: 'hardship proof' }],
      }),
    );
    const person = await w.person(w.grassA1);
    const worker = w.worker(person.id);
    const app = await applyAsWorker(
      w.db,
      worker,
      { programId: program.id, files: [scan('hardship_proof')] },
      TEST_NOW,
    );
    await reviewOne(w.db, w.staff(w.grassA1), app.id, 'approve', {}, TEST_NOW);
    const returned = await reviewOne(
      w.db,
      w.staff(w.districtA),
      app.id,
      'return',
      {
        reason: '证明不清晰，请重新上传',
      },
      TEST_NOW,
    );
    expect(returned.status).toBe('returned');
    expect(returned.stepOrgId).toBe(w.districtA.id);
    const noReason = await appError(() =>
      reviewOne(w.db, w.staff(w.districtA), app.id, 'reject', {}, TEST_NOW),
    );
    expect(noReason.code).toBe('APPLICATION_STATUS');

    const again = await resubmitApplication(
      w.db,
      worker,
      app.id,
      { files: [scan('hardship_proof')] },
      TEST_NOW,
    );
    expect(again.status).toBe('submitted');
    expect(again.stepOrgId).toBe(w.districtA.id);
    const detail = await getApplicationDetail(w.db, worker, app.id);
    expect(detail.events.map((e) => e.action)).toEqual([
      'submitted',
      'approved_step',
      'returned',
      'resubmitted',
    ]);
    expect(detail.events[2].reason).toBe('证明不清晰，请重新上传');
    expect(detail.files).toHaveLength(2);
  });
});
