import { aimed, csvUpload, fileUpload, scoped, unaimed } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, Fx, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/** Scope cases for achievements, the public catalogue and its leads (the studios are made here by SQL). */

const studioIn = async ({ db }: SetupContext, orgId: number, name: string) =>
  (
    await db.query<{ id: number }>(
      `insert into innovation_studios (org_id, name, industry, level) values ($1, $2, '电力', 'district')
       returning id`,
      [orgId, name],
    )
  ).rows[0].id;

const body = (f: Fx, studioId?: number, title = '变压器在线测温装置') => ({
  ...(studioId ? { studioId } : {}),
  title,
  type: 'technical_innovation',
  year: 2024,
  abstract: '针对变压器绕组过热问题研制的在线测温装置。',
  team: [f.cpMember],
});

/** A one-file multipart upload (field `file`). */
export const pdfUpload = (name = 'report.pdf') =>
  fileUpload(name, 'application/pdf', Buffer.from('%PDF-1.4 scope test'));

/** An achievements register of one achievement under 昌平, its inventor by ID number (made in setup). */
let cpRegister = '';
const sheetBody = (csv: string) => csvUpload('成果台账.csv', csv);

export async function setup(c: SetupContext): Promise<Record<string, number>> {
  const { api, f } = c;
  const idNumber = f.newIdNumber();
  await api('changping', 'POST', '/api/members', { name: '昌平台账发明人', idNumber, orgId: f.cpGrassroots });
  const { rows: cp } = await c.db.query<{ name: string }>('select name from orgs where id = $1', [
    f.cpGrassroots,
  ]);
  cpRegister =
    '成果名称,所在工会,成果类型,团队成员,专利号,专利类型,授权日期\n' +
    `昌平台账成果,${cp[0].name},技术革新,昌平台账发明人 ${idNumber},ZL201910000123.4,实用新型,2019-07-01\n`;
  const achCpStudio = await studioIn(c, f.cpGrassroots, '昌平范围测试创新工作室');
  const achYzStudio = await studioIn(c, f.yzGrassroots, '杨镇范围测试创新工作室');
  const create = async (title: string) =>
    (
      (await api('changping', 'POST', '/api/innovation/achievements', body(f, achCpStudio, title))) as {
        id: number;
      }
    ).id;
  const achCpAchievement = await create('昌平范围测试成果甲');
  const achCpDraft = await create('昌平范围测试成果乙');
  await api('changping', 'POST', `/api/innovation/achievements/${achCpAchievement}/publish`, {});
  await api('changping', 'POST', `/api/public/achievements/${achCpAchievement}/contact`, {
    organisation: '北京某设备有限公司',
    contact: '张经理 13912345678',
    need: '希望对接测温装置',
  });
  const { rows } = await c.db.query<{ id: number }>(
    'select id from innovation_leads where achievement_id = $1',
    [achCpAchievement],
  );
  const uploaded = await c.call('changping', {
    method: 'POST',
    url: `/api/innovation/achievements/${achCpAchievement}/attachments`,
    ...pdfUpload(),
  });
  const achCpAttachment = (uploaded.json() as { id: number }).id;
  return { achCpStudio, achYzStudio, achCpAchievement, achCpDraft, achCpLead: rows[0].id, achCpAttachment };
}

export const cases: Record<string, ScopeCase> = {
  'GET /api/innovation/achievements': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }],
    lists: (f) => [
      {},
      { query: { status: 'published', pageSize: 200 } },
      { query: { studioId: f.ids.achCpStudio } },
    ],
    control: () => ({ query: { pageSize: 200 } }),
  }),
  'POST /api/innovation/achievements': scoped({
    denied: (f) => [
      { body: body(f, f.ids.achCpStudio) },
      { body: { ...body(f, f.ids.achYzStudio), team: [f.cpMember] } },
    ],
    control: (f) => ({ body: body(f, f.ids.achCpStudio, '昌平范围测试成果丙') }),
  }),
  'GET /api/innovation/achievements/import/template.xlsx': unaimed,
  // A register naming a union outside the importer's subtree is a row error (achievements.import.api.test.ts).
  'POST /api/innovation/achievements/import': scoped({
    denied: () => [],
    control: () => ({ body: sheetBody(cpRegister) }),
  }),
  'GET /api/innovation/studio-options': scoped({
    denied: () => [],
    lists: () => [{}, { query: { q: '昌平' } }],
    control: () => ({ query: { q: '昌平范围' } }),
  }),
  'GET /api/innovation/achievements/:id': aimed((f) => ({ params: { id: f.ids.achCpAchievement } })),
  'PUT /api/innovation/achievements/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.achCpDraft }, body: body(f) }],
    control: (f) => ({
      params: { id: f.ids.achCpDraft },
      body: body(f, undefined, '昌平范围测试成果乙（修订）'),
    }),
  }),
  'POST /api/innovation/achievements/:id/publish': scoped({
    denied: (f) => [{ params: { id: f.ids.achCpDraft }, body: {} }],
    control: (f) => ({ params: { id: f.ids.achCpDraft }, body: { on: '2024-06-01' } }),
  }),
  'POST /api/innovation/achievements/:id/unpublish': aimed((f) => ({
    params: { id: f.ids.achCpAchievement },
  })),
  'POST /api/innovation/achievements/:id/conversions': scoped({
    denied: (f) => [
      {
        params: { id: f.ids.achCpAchievement },
        body: { partner: '越权企业', convertedOn: '2024-09-01', valueFen: 100 },
      },
    ],
    control: (f) => ({
      params: { id: f.ids.achCpAchievement },
      body: { partner: '北京京能电力股份有限公司', convertedOn: '2024-09-01', valueFen: 5_000_000 },
    }),
  }),
  'POST /api/innovation/achievements/:id/attachments': scoped({
    denied: (f) => [{ params: { id: f.ids.achCpAchievement }, ...pdfUpload('denied.pdf') }],
    control: (f) => ({ params: { id: f.ids.achCpAchievement }, ...pdfUpload('drawing.pdf') }),
  }),
  'GET /api/innovation/achievements/:id/attachments/:attachmentId': aimed((f) => ({
    params: { id: f.ids.achCpAchievement, attachmentId: f.ids.achCpAttachment },
  })),
  'PUT /api/innovation/achievements/:id/attachments/:attachmentId/public': aimed((f) => ({
    params: { id: f.ids.achCpAchievement, attachmentId: f.ids.achCpAttachment },
    body: { public: false },
  })),
  'GET /api/public/achievements/:id/pictures/:pictureId': { kind: 'public' },
  'GET /api/public/achievements': { kind: 'public' },
  'GET /api/public/achievements/:id': { kind: 'public' },
  'POST /api/public/achievements/:id/contact': { kind: 'public' },
  'GET /api/innovation/leads': scoped({
    denied: (f) => [{ query: { orgId: f.cp } }],
    lists: () => [{}, { query: { status: 'new' } }],
    control: () => ({ query: { pageSize: 200 } }),
  }),
  'POST /api/innovation/leads/:id/handle': aimed((f) => ({ params: { id: f.ids.achCpLead } })),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/innovation/achievements/import/template.xlsx': () => ({}),
};
