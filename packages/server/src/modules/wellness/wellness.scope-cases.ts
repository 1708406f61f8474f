import { expect } from 'vitest';
import { aimed, scoped, subtreeList, unaimed } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';
import { demoAdmin } from '../../shared/demo-actors.ts';

/**
 * Scope cases for 疗休养 and 体检 places: 昌平's programs, institutions, batches, quotas, lists and statistics are
 * reached only from 昌平's subtree. A batch of 2099 takes quotas and nominations; a batch of 2025 (closed, its
 * nominees written here as a past list would be) takes attendance, the institution's sheet and settlement.
 */
const program = (orgId: number, fromYear: number, name = '昌平区职工疗休养') => ({
  orgId,
  name,
  kind: 'recuperation',
  fromYear,
  toYear: fromYear + 9,
  placesPerYear: 100,
  costFen: 200_000,
  unionShareFen: 200_000,
  enterpriseShareFen: 0,
  workerShareFen: 0,
});
const batch = (
  programId: number,
  institutionId: number,
  startsOn: string,
  title = '昌平区职工疗休养第1期',
) => ({
  programId,
  institutionId,
  title,
  startsOn,
  endsOn: startsOn,
  closesOn: startsOn,
  places: 10,
});

export async function setup({ api, db, services, f }: SetupContext): Promise<Record<string, number>> {
  /** What 昌平's staff create by `POST path`: its id. */
  const created = async (path: string, body: object) =>
    (await api('changping', 'POST', path, body)) as { id: number };
  const past = await created('/api/wellness/programs', program(f.cp, 2020));
  const future = await created('/api/wellness/programs', program(f.cp, 2090));
  const inst = await created('/api/wellness/institutions', {
    orgId: f.cp,
    name: '昌平区职工疗养院',
    kind: 'sanatorium',
    capacity: 50,
  });
  const a = await created('/api/wellness/batches', batch(future.id, inst.id, '2099-06-10'));
  const b = await created('/api/wellness/batches', batch(past.id, inst.id, '2025-01-10'));
  for (const { id } of [a, b])
    await api('changping', 'POST', `/api/wellness/batches/${id}/allocations`, { orgId: f.cp, quota: 3 });
  const nom = await created(`/api/wellness/batches/${a.id}/nominations`, {
    orgId: f.cp,
    personId: f.cpMember2,
  });
  // the 2025 batch's list, as a past list would stand: two nominees, one of them with a known ID number
  const idNumber = f.newIdNumber();
  const listed = await services.people.createPerson(demoAdmin('scope'), {
    name: '昌平名单职工',
    idNumber,
    orgId: f.cpGrassroots,
    joinedOn: '2010-01-01',
  });
  const { rows } = await db.query<{ id: number }>(
    `insert into wellness_nominations (batch_id, allocation_id, org_id, person_id, nominated_on)
     select $1, a.id, a.org_id, x.p, '2025-01-01' from wellness_allocations a, unnest($2::bigint[]) as x(p)
      where a.batch_id = $1 order by x.p returning id`,
    [b.id, [f.cpMember, listed.id]],
  );
  await db.query('update wellness_allocations set used = 2 where batch_id = $1', [b.id]);
  sheetOf.csv = `身份证号,姓名,是否到场\n${idNumber},昌平名单职工,是\n`;
  const union = await db.query<{ name: string }>('select name from orgs where id = $1', [f.cpGrassroots]);
  registerOf.csv =
    '项目名称,批次名称,接待机构,开始日期,结束日期,推荐截止日期,批次名额,推荐工会,身份证号,推荐日期,是否到场\n' +
    `昌平区职工疗休养,昌平区职工疗休养2025年第9期,昌平区职工疗养院,2025-03-10,2025-03-12,2025-03-01,5,${union.rows[0].name},${idNumber},2025-02-20,是\n`;
  return {
    wProgram: past.id,
    wFuture: future.id,
    wInst: inst.id,
    wBatchA: a.id,
    wBatchB: b.id,
    wNom: nom.id,
    wMarked: Number(rows[0].id),
  };
}

/** The institution's list of the 2025 batch, written by `setup`. */
const sheetOf = { csv: '' };
/** A 疗休养/体检 register of one 2025 batch of 昌平's, written by `setup`. */
const registerOf = { csv: '' };
const year = { year: 2025 };

export const cases: Record<string, ScopeCase> = {
  'GET /api/wellness/programs': subtreeList,
  'POST /api/wellness/programs': scoped({
    denied: (f) => [{ body: program(f.cp, 2030) }, { body: program(f.cpTown, 2030) }],
    control: (f) => ({ body: program(f.cpTown, 2030, '延寿镇职工健康体检') }),
  }),
  'GET /api/wellness/programs/:id': aimed((f) => ({ params: { id: f.ids.wProgram } })),
  'GET /api/wellness/places': subtreeList,
  'GET /api/wellness/institutions': subtreeList,
  'POST /api/wellness/institutions': scoped({
    denied: (f) => [{ body: { orgId: f.cp, name: '昌平体检中心', kind: 'checkup_centre', capacity: 100 } }],
    control: (f) => ({
      body: { orgId: f.cp, name: '昌平区职工体检中心', kind: 'checkup_centre', capacity: 100 },
    }),
  }),
  'POST /api/wellness/batches': scoped({
    denied: (f) => [{ body: batch(f.ids.wFuture, f.ids.wInst, '2098-06-10') }],
    control: (f) => ({ body: batch(f.ids.wFuture, f.ids.wInst, '2098-07-10', '昌平区职工疗休养第2期') }),
  }),
  'GET /api/wellness/batches/:id': aimed((f) => ({ params: { id: f.ids.wBatchA } })),
  'POST /api/wellness/batches/:id/allocations': aimed((f) => ({
    params: { id: f.ids.wBatchA },
    body: { orgId: f.cp, quota: 2 },
  })),
  'POST /api/wellness/batches/:id/nominations': aimed((f) => ({
    params: { id: f.ids.wBatchA },
    body: { orgId: f.cp, personId: f.cpMember },
  })),
  'POST /api/wellness/nominations/:id/end': aimed((f) => ({ params: { id: f.ids.wNom }, body: {} })),
  'POST /api/wellness/batches/:id/attendance': scoped({
    denied: (f) => [
      {
        params: { id: f.ids.wBatchB },
        body: { marks: [{ nominationId: f.ids.wMarked, attendance: 'absent' }] },
      },
    ],
    control: (f) => ({
      params: { id: f.ids.wBatchB },
      body: { marks: [{ nominationId: f.ids.wMarked, attendance: 'attended' }] },
    }),
  }),
  'GET /api/wellness/batches/:id/attendance/template.xlsx': aimed((f) => ({ params: { id: f.ids.wBatchB } })),
  'POST /api/wellness/batches/:id/attendance/import': aimed((f) => ({
    params: { id: f.ids.wBatchB },
    body: { fileName: '到场名单.csv', contentBase64: Buffer.from(sheetOf.csv).toString('base64') },
  })),
  'POST /api/wellness/batches/:id/settle': aimed((f) => ({ params: { id: f.ids.wBatchB }, body: {} })),
  'GET /api/wellness/import/template.xlsx': unaimed,
  // A register naming a program or a union outside the importer's subtree is a row error
  // (wellness.past-days.test.ts).
  'POST /api/wellness/import': scoped({
    denied: () => [],
    control: () => ({
      body: { fileName: '疗休养体检台账.csv', contentBase64: Buffer.from(registerOf.csv).toString('base64') },
    }),
  }),
  'GET /api/wellness/stats': aimed((f) => ({ query: { orgId: f.cp, ...year } })),
  'GET /api/wellness/stats.xlsx': aimed((f) => ({ query: { orgId: f.cp, ...year } })),
  'GET /api/wellness/me': {
    kind: 'self',
    request: () => ({}),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      expect((res.json() as { items: { id: number }[] }).items.map((b) => b.id)).not.toContain(f.ids.wBatchA);
    },
  },
  'POST /api/wellness/me/:id/checkin': {
    kind: 'self',
    request: (f) => ({ params: { id: f.ids.wBatchA } }),
    check: (_f, res) => expect(res.json().error?.code).toBe('WELLNESS_NOT_NOMINATED'),
  },
  'POST /api/wellness/me/:id/decline': {
    kind: 'self',
    request: (f) => ({ params: { id: f.ids.wBatchA }, body: {} }),
    check: (_f, res) => expect(res.json().error?.code).toBe('WELLNESS_NOT_NOMINATED'),
  },
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/wellness/import/template.xlsx': () => ({}),
  'GET /api/wellness/batches/:id/attendance/template.xlsx': (x) => ({ params: { id: x.wellnessBatch } }),
  'GET /api/wellness/stats.xlsx': (x) => ({ query: { orgId: x.root, fromYear: x.year - 1, toYear: x.year } }),
};
