import { expect } from 'vitest';
import { aimed, scoped } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/** Scope cases for the records routes: records are seen through their holder's current union. */

let cpCsv = '';
const cert = (personId: number, number: string) => ({
  kind: 'certificate',
  personId,
  occupation: '电工',
  grade: 3,
  number,
  date: '2020-06-01',
});

export async function setup({ api, db, services, f }: SetupContext): Promise<Record<string, number>> {
  const a = (await api('changping', 'POST', '/api/records', cert(f.cpMember, 'CP-SCOPE-1'))) as {
    items: { id: number }[];
  };
  const b = (await api('changping', 'POST', '/api/records', cert(f.cpMember2, 'CP-SCOPE-2'))) as {
    items: { id: number }[];
  };
  await api('admin', 'POST', '/api/records', { ...cert(f.workerPerson, 'YZ-SCOPE-1'), grade: 2 });
  const { rows } = await db.query<{ c: string; name: string }>(
    'select id_cipher as c, name from persons where id = $1',
    [f.cpMember],
  );
  const idNumber = services.ids.decrypt(rows[0].c);
  cpCsv = `身份证号,姓名,竞赛名称,竞赛级别,名次,获奖日期\n${idNumber},${rows[0].name},昌平区职工技能大赛,区级,一等奖,2020-09-01\n`;
  return { cpRecord: a.items[0].id, cpRecord2: b.items[0].id };
}

const csvBody = (csv: string) => ({
  fileName: 'awards.csv',
  contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
});

export const cases: Record<string, ScopeCase> = {
  'GET /api/records': scoped({
    denied: (f) => [{ query: { personId: f.cpMember } }, { query: { orgId: f.cp } }],
    lists: () => [{}, { query: { kind: 'certificate' } }, { query: { year: 2020, pageSize: 200 } }],
    control: () => ({ query: { pageSize: 200 } }),
  }),
  'POST /api/records': scoped({
    denied: (f) => [
      { body: cert(f.cpMember, 'DENIED-1') },
      {
        body: {
          kind: 'patent',
          patentType: 'invention',
          patentNo: 'ZL-DENIED-1',
          title: '越权专利',
          date: '2021-01-01',
          inventors: [f.yzMember, f.cpMember],
        },
      },
    ],
    control: (f) => ({ body: cert(f.cpMember2, 'CP-SCOPE-3') }),
  }),
  'GET /api/records/template.xlsx': scoped({
    denied: () => [],
    control: () => ({ query: { kind: 'patent' } }),
  }),
  'POST /api/records/import': scoped({
    // Rows naming members outside the importer's subtree are row errors (see records.api.test.ts).
    denied: () => [],
    control: () => ({ query: { kind: 'award' }, body: csvBody(cpCsv) }),
  }),
  'GET /api/records/:id': aimed((f) => ({ params: { id: f.ids.cpRecord } })),
  'DELETE /api/records/:id': aimed((f) => ({ params: { id: f.ids.cpRecord2 } })),
  'GET /api/me/records': {
    kind: 'self',
    request: () => ({}),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      const items = res.json().items as { personId: number }[];
      expect(items.length).toBeGreaterThan(0);
      for (const r of items) expect(r.personId).toBe(f.workerPerson);
    },
  },
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/records/template.xlsx': () =>
    ['certificate', 'award', 'training', 'patent'].map((kind) => ({ query: { kind } })),
};
