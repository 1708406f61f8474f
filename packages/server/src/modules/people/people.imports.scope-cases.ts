import { jobFinished } from '../../../test/job-wait.ts';
import { aimed, fileUpload, scoped, unaimed } from '../../../test/scope-cases/kit.ts';
import type { Fx, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/** Scope cases for member import and export (people) and the jobs they run as. */

/** A CSV sheet uploaded as the web uploads it (field `file`). */
const upload = (fileName: string, text: string) =>
  fileUpload(fileName, 'text/csv', Buffer.from(text, 'utf8'));

/** One valid new member and one row with a wrong ID number; 所在工会 left blank (the orgId parameter). */
const csv = (f: Fx) =>
  `姓名,身份证号,手机号,所在工会,入会日期\n导入会员,${f.newIdNumber()},13900001111,,2020-01-01\n错号会员,110105194912310021,,,\n`;

async function waitForJob(c: SetupContext, jobId: number): Promise<void> {
  const read = async () => (await c.api('changping', 'GET', `/api/jobs/${jobId}`)) as { status: string };
  await jobFinished(read, `import job ${jobId}`);
}

export async function setup(c: SetupContext): Promise<Record<string, number>> {
  const res = await c.call('changping', {
    method: 'POST',
    url: `/api/imports/members?mode=valid_only&orgId=${c.f.cpGrassroots}`,
    ...upload('members.csv', csv(c.f)),
  });
  if (res.statusCode !== 200) throw new Error(`setup import → ${res.statusCode} ${res.body}`);
  const { jobId } = res.json() as { jobId: number };
  await waitForJob(c, jobId);
  return { cpImportJob: jobId };
}

export const cases: Record<string, ScopeCase> = {
  // The registers the caller's role may import: the same names for every union, no union's data.
  'GET /api/registers': unaimed,
  'GET /api/imports/members/template': unaimed,
  'POST /api/imports/members': scoped({
    denied: (f) =>
      f.cpOrgs.map((orgId) => ({ query: { mode: 'valid_only', orgId }, ...upload('members.csv', csv(f)) })),
    control: (f) => ({
      query: { mode: 'valid_only', orgId: f.cpGrassroots },
      ...upload('members.csv', csv(f)),
    }),
    settle: (c, res) => waitForJob(c, (res.json() as { jobId: number }).jobId),
  }),
  'GET /api/imports/members/:jobId/errors': aimed((f) => ({ params: { jobId: f.ids.cpImportJob } })),
  'GET /api/imports/members/:jobId/changes': aimed((f) => ({ params: { jobId: f.ids.cpImportJob } })),
  'GET /api/members/export.xlsx': scoped({
    denied: (f) => f.cpOrgs.map((orgId) => ({ query: { orgId } })),
    lists: () => [{}, { query: { unmasked: '1' } }, { query: { isFrontLine: true } }],
    control: () => ({}),
  }),
  'GET /api/jobs/:id': aimed((f) => ({ params: { id: f.ids.cpImportJob } })),
  'GET /api/jobs/:id/errors.xlsx': aimed((f) => ({ params: { id: f.ids.cpImportJob } })),
};
