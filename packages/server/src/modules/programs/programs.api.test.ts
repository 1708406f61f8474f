import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorShapeProblem } from '../../../test/api.ts';
import { type FormFile, multipartForm } from '../../../test/multipart.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import type { OrgRow } from '../org/index.ts';
import { certificateProgram, fixedProgram } from './programs.test-kit.ts';

/** A few requests through HTTP: multipart evidence from a phone, bilingual refusals, idempotent batches. */
let t: Awaited<ReturnType<typeof createTestApp>>;
let district: OrgRow;
let grassroots: OrgRow;
let staff: string;
let reviewer: string;
let worker: string;
let workerPersonId: number;

/** An application's form as the phone sends it: its fields, then its evidence files. */
const multipart = (fields: Record<string, string>, files: FormFile[]) =>
  multipartForm({ fields, files }, '----gonghui-programs-boundary');

beforeAll(async () => {
  t = await createTestApp();
  const root = await t.ctx.newRoot();
  district = await t.ctx.newOrg(root, 'district');
  grassroots = await t.ctx.newOrg(district, 'grassroots');
  const person = await t.ctx.newPerson(grassroots);
  workerPersonId = person.id;
  staff = await t.signInAs('staff', district);
  reviewer = await t.signInAs('reviewer', district);
  worker = await t.signInAs('worker', null, person.id);
});
afterAll(async () => t?.close());

/** `POST /api/programs` as `cookie` (the district's staff unless given): the answer. */
const postProgram = (body: object, cookie = staff) =>
  t.call({ method: 'POST', url: '/api/programs', cookie, body });

/** A program saved as a draft by the district's staff: the answer, a 200. */
async function saved(body: object) {
  const res = await postProgram(body);
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

async function createPublished(body: object) {
  const id = (await saved(body)).json().id as number;
  expect(
    (await t.call({ method: 'POST', url: `/api/programs/${id}/publish`, cookie: staff })).statusCode,
  ).toBe(200);
  return id;
}

describe('programs over HTTP', () => {
  it('refuses a rule of the wrong shape by its schema, naming the path; a reviewer may not create programs', async () => {
    const bad = {
      ...certificateProgram(district.id),
      rule: { op: 'has_record', kind: 'certificate', where: [{ field: 'grade', cmp: 'gte', value: 'x' }] },
    };
    const res = await postProgram(bad);
    expect(res.statusCode).toBe(400);
    expect(errorShapeProblem(res)).toBeNull();
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details.issues[0].field).toMatch(/^body\/rule\/where\/0\/value/);
    const denied = await postProgram(fixedProgram(district.id), reviewer);
    expect(denied.statusCode).toBe(403);
  });

  it('refuses ≥ on the patent type by the schema, in both languages, naming the comparisons it accepts', async () => {
    const rule = {
      op: 'all',
      rules: [
        { op: 'has_record', kind: 'patent', where: [{ field: 'type', cmp: 'gte', value: 'invention' }] },
      ],
    };
    const res = await postProgram({ ...fixedProgram(district.id), rule });
    expect(res.statusCode).toBe(400);
    expect(errorShapeProblem(res)).toBeNull();
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.issues[0].field).toBe('body/rule/rules/0/where/0/cmp');
    expect(error.messageZh).toBe('请求参数无效：规则的规则第1项的条件第1项的比较方式的取值不在允许的范围内');
    expect(error.messageEn).toBe(
      'Invalid request: comparison (rule, rules, item 1, where, item 1) must be one of: eq, neq, in',
    );
    // the same comparison on a field that takes it is accepted
    const year = {
      ...rule,
      rules: [{ ...rule.rules[0], where: [{ field: 'year', cmp: 'gte', value: 2020 }] }],
    };
    const ok = await saved({ ...fixedProgram(district.id), rule: year });
    expect(ok.json().rule).toEqual(year);
  });

  it('what a clerk gets wrong in a well-shaped rule the rule validator lists in words, naming each path', async () => {
    const bad = {
      ...certificateProgram(district.id),
      rule: {
        op: 'all',
        rules: [
          { op: 'any', rules: [] },
          { op: 'has_record', kind: 'certificate', where: [{ field: 'occupation', cmp: 'eq', value: '  ' }] },
        ],
      },
    };
    const res = await postProgram(bad);
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('PROGRAM_RULE_INVALID');
    expect(error.details.problems.map((p: { path: string }) => p.path)).toEqual([
      'rule.rules.0.rules',
      'rule.rules.1.where.0.value',
    ]);
    expect(error.messageZh).toContain('须至少包含一条规则');
  });

  it('simulating a draft with a mistaken rule is refused in words, as saving it would be', async () => {
    const created = await saved(certificateProgram(district.id));
    const res = await t.call({
      method: 'POST',
      url: `/api/programs/${created.json().id}/simulate`,
      cookie: staff,
      body: { rule: { op: 'any', rules: [] }, asOf: '2020-06-30' },
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('PROGRAM_RULE_INVALID');
    expect(error.messageZh).toContain('须至少包含一条规则');
    expect(error.messageEn).toBeTruthy();
  });

  it('serves the rule vocabulary to staff who read programs, not to workers or strangers', async () => {
    const res = await t.call({ method: 'GET', url: '/api/programs/rule-fields', cookie: reviewer });
    expect(res.statusCode, res.body).toBe(200);
    const catalogue = res.json();
    const patent = catalogue.records.find((r: { kind: string }) => r.kind === 'patent');
    const type = patent.fields.find((f: { key: string }) => f.key === 'type');
    expect(type.cmps.map((c: { cmp: string }) => c.cmp)).toEqual(['eq', 'neq', 'in']);
    expect(type.values).toContainEqual({ value: 'invention', label: { zh: '发明专利', en: 'invention' } });
    const grade = catalogue.records
      .find((r: { kind: string }) => r.kind === 'certificate')
      .fields.find((f: { key: string }) => f.key === 'grade');
    // a lower grade is a higher level: "≤ 3" reads "不低于三级"
    expect(grade.cmps).toContainEqual({ cmp: 'lte', label: { zh: '不低于', en: 'at or above' } });
    expect([grade.min, grade.max]).toEqual([1, 5]);
    expect(catalogue.person.find((f: { key: string }) => f.key === 'age').label).toEqual({
      zh: '年龄',
      en: 'age',
    });
    expect(catalogue.tierBy.find((b: { by: string }) => b.by === 'certificate.grade').keys).toHaveLength(5);
    expect(
      (await t.call({ method: 'GET', url: '/api/programs/rule-fields', cookie: worker })).statusCode,
    ).toBe(403);
    const anonymous = await t.call({ method: 'GET', url: '/api/programs/rule-fields' });
    expect(anonymous.statusCode).toBe(401);
    expect(errorShapeProblem(anonymous)).toBeNull();
  });

  it('answers the evidence window a program counts (the period unless chosen) and refuses an unknown one', async () => {
    const created = await saved(fixedProgram(district.id));
    expect(created.json().evidenceWindow).toEqual({ kind: 'period' });
    for (const evidenceWindow of [
      { kind: 'weeks' },
      { kind: 'years', before: 1, after: 1 },
      { kind: 'years', before: 99 },
    ]) {
      const res = await postProgram({ ...fixedProgram(district.id), evidenceWindow });
      expect(res.statusCode, JSON.stringify(evidenceWindow)).toBe(400);
      expect(errorShapeProblem(res)).toBeNull();
    }
  });

  it('a worker applies from the phone with a photo (multipart); staff see the evidence and the explanation', async () => {
    const id = await createPublished(
      fixedProgram(district.id, {
        reviewChain: [4, 2],
        requiredEvidence: [{ key: 'hardship_proof', zh: '困难证明', en: 'hardship proof' }],
      }),
    );
    const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]);
    const missing = await t.call({
      method: 'POST',
      url: '/api/me/applications',
      cookie: worker,
      ...multipart({ programId: String(id) }, []),
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('APPLICATION_EVIDENCE_MISSING');

    const res = await t.call({
      method: 'POST',
      url: '/api/me/applications',
      cookie: worker,
      ...multipart({ programId: String(id), note: '家庭困难' }, [
        { field: 'hardship_proof', name: '证明.jpg', mime: 'image/jpeg', data: photo },
      ]),
    });
    expect(res.statusCode, res.body).toBe(200);
    const app = res.json();
    expect(app).toMatchObject({ personId: workerPersonId, status: 'submitted', stepOrgId: grassroots.id });
    const detail = await t.call({ method: 'GET', url: `/api/applications/${app.id}`, cookie: staff });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().decision.outcomes.length).toBeGreaterThan(0);
    const file = detail.json().files[0];
    expect(file).toMatchObject({
      key: 'hardship_proof',
      name: '证明.jpg',
      mime: 'image/jpeg',
      size: photo.length,
    });
    const bytes = await t.call({
      method: 'GET',
      url: `/api/applications/${app.id}/files/${file.id}`,
      cookie: staff,
    });
    expect(bytes.headers['content-type']).toBe('image/jpeg');
    expect(bytes.rawPayload.equals(photo)).toBe(true);
    const mine = await t.call({ method: 'GET', url: `/api/me/applications/${app.id}`, cookie: worker });
    expect(mine.json().events.map((e: { action: string }) => e.action)).toEqual(['submitted']);

    // The worker sees their own photo through their own route; another worker gets 404, not the bytes.
    const own = await t.call({
      method: 'GET',
      url: `/api/me/applications/${app.id}/files/${file.id}`,
      cookie: worker,
    });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/jpeg');
    expect(own.rawPayload.equals(photo)).toBe(true);
    const otherPerson = await t.ctx.newPerson(grassroots);
    const otherCookie = await t.signInAs('worker', null, otherPerson.id);
    const theirs = await t.call({
      method: 'GET',
      url: `/api/me/applications/${app.id}/files/${file.id}`,
      cookie: otherCookie,
    });
    expect(theirs.statusCode).toBe(404);
    expect(errorShapeProblem(theirs)).toBeNull();
    expect(theirs.rawPayload.includes(photo)).toBe(false);

    const bad = await t.call({
      method: 'POST',
      url: '/api/me/applications',
      cookie: worker,
      ...multipart({ programId: String(id) }, [
        { field: 'hardship_proof', name: 'x.exe', mime: 'application/x-msdownload', data: photo },
      ]),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('APPLICATION_FILE_INVALID');
  });

  it('tells the worker why they are not eligible (400 with the decision)', async () => {
    const id = await createPublished(
      fixedProgram(district.id, {
        rule: {
          op: 'all',
          rules: [
            { op: 'member_of_owner_subtree' },
            { op: 'person', field: 'isOutdoor', cmp: 'eq', value: true },
          ],
        },
      }),
    );
    const res = await t.call({
      method: 'POST',
      url: '/api/me/applications',
      cookie: worker,
      body: { programId: id },
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('PROGRAM_NOT_ELIGIBLE');
    expect(error.details.decision.eligible).toBe(false);
    expect(error.messageZh).toMatch(/户外/);
    const open = await t.call({ method: 'GET', url: '/api/me/programs', cookie: worker });
    const item = open.json().items.find((p: { id: number }) => p.id === id);
    expect(item.eligibility.eligible).toBe(false);
  });

  it('a payment batch request retried with the same Idempotency-Key returns the same batch; the export is an xlsx', async () => {
    const id = await createPublished(fixedProgram(district.id, { intakeModes: ['batch'], reviewChain: [2] }));
    const submitted = await t.call({
      method: 'POST',
      url: `/api/programs/${id}/batch`,
      cookie: staff,
      body: { personIds: [workerPersonId] },
    });
    const appId = submitted.json().results[0].applicationId;
    expect(
      (
        await t.call({
          method: 'POST',
          url: `/api/applications/${appId}/approve`,
          cookie: reviewer,
          body: {},
        })
      ).statusCode,
    ).toBe(200);
    // the same request twice, under one idempotency key
    const makeBatch = () =>
      t.call({
        method: 'POST',
        url: '/api/payment-batches',
        cookie: staff,
        body: { programId: id },
        headers: { 'idempotency-key': 'retry-me-1' },
      });
    const a = await makeBatch();
    const b = await makeBatch();
    expect(a.statusCode, a.body).toBe(200);
    expect(b.json()).toMatchObject({ id: a.json().id, replayed: true, itemCount: 1, totalFen: 100_000 });
    const refused = await t.call({
      method: 'GET',
      url: `/api/payment-batches/${a.json().id}/export.xlsx`,
      cookie: staff,
    });
    expect(refused.statusCode).toBe(409); // the member has no bank account number
    expect(refused.json().error.code).toBe('PAYMENT_ACCOUNT_MISSING');
    const xlsx = await t.call({
      method: 'GET',
      url: `/api/payment-batches/${a.json().id}/export.xlsx?confirmMissing=true`,
      cookie: staff,
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const sheet = await readSheet(xlsx.rawPayload, 'batch.xlsx');
    expect(sheet.rows[0].cells[6]).toBe('1000'); // a number (shown 0.00), read as General shows it
    // headings in Chinese alone, the approval day a date cell, yuan numbers shown 0.00, on both sheets
    const book = XLSX.read(xlsx.rawPayload, { cellNF: true });
    expect(book.SheetNames).toEqual(['发放明细', '批次信息']);
    const items = book.Sheets.发放明细;
    expect([items.A1.v, items.G1.v, items.J1.v]).toEqual(['序号', '金额（元）', '批准日期']);
    expect(items.G2).toMatchObject({ t: 'n', v: 1000, z: '0.00' });
    expect(items.J2).toMatchObject({ t: 'n', z: 'yyyy\\-mm\\-dd' });
    const facts = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.批次信息, { header: 1 });
    expect(facts[0]).toEqual(['项目', '内容']);
    expect(facts.map((r) => r[0]).join('')).not.toMatch(/[A-Za-z]/);
    const madeOn = facts.findIndex((r) => r[0] === '建批日期') + 1;
    expect(book.Sheets.批次信息[`B${madeOn}`]).toMatchObject({ t: 'n', z: 'yyyy\\-mm\\-dd' });
    const sum = facts.findIndex((r) => r[0] === '合计（元）') + 1;
    expect(book.Sheets.批次信息[`B${sum}`]).toMatchObject({ t: 'n', v: 1000, z: '0.00' });
    // in English for a user who reads English
    const en = await t.call({
      method: 'GET',
      url: `/api/payment-batches/${a.json().id}/export.xlsx?confirmMissing=true&lang=en`,
      cookie: staff,
    });
    const enBook = XLSX.read(en.rawPayload, { cellNF: true });
    expect(enBook.SheetNames).toEqual(['Payments', 'Batch']);
    const enRows = XLSX.utils.sheet_to_json<unknown[]>(enBook.Sheets.Payments, { header: 1 });
    expect(enRows[0].join('|')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(enRows[0][6]).toBe('Amount (yuan)');
    expect(enRows.at(-1)?.[1]).toBe('Total');
    const enFacts = XLSX.utils.sheet_to_json<unknown[]>(enBook.Sheets.Batch, { header: 1 });
    expect(enFacts.map((r) => r[0]).join('|')).not.toMatch(/[\u4e00-\u9fff]/);
    const rec = await t.call({ method: 'GET', url: `/api/programs/${id}/reconciliation`, cookie: reviewer });
    expect(rec.json()).toMatchObject({
      approvedFen: 100_000,
      unpaidFen: 100_000,
      inBatchFen: 100_000,
      balanced: true,
    });
  });
});
