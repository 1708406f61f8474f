import {
  aimed,
  createsFor,
  scoped,
  setupStaff,
  unaimed,
  unaimedList,
} from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/**
 * Scope cases for returns (填报任务): 昌平 issues returns to its towns and fills the one the federation sent it;
 * 杨镇 must reach none of them — not 昌平's returns, not 昌平's own return, not its towns'.
 */
const form = {
  sections: [
    {
      key: 's1',
      title: '基本情况',
      fields: [
        { key: 'members', label: '会员人数', type: 'int' as const, figure: 'members' as const },
        { key: 'note', label: '备注', type: 'text' as const },
      ],
      tables: [],
    },
  ],
  rules: [],
};
const draft = (orgId: number, title = '昌平区2025年基本情况统计表') => ({
  orgId,
  title,
  periodKind: 'year' as const,
  periodFrom: '2025-01-01',
  periodTo: '2025-12-31',
  targetLevel: 3,
  deadline: '2026-12-31',
  form,
});
const union = (id: number, orgId: number) => ({ params: { id, orgId } });

export async function setup({ api, db, services, f }: SetupContext): Promise<Record<string, number>> {
  const { rows } = await db.query<{ id: number; path: string }>(
    `select o.id, o.path from orgs o join orgs c on c.parent_id = o.id where c.id = $1`,
    [f.cp],
  );
  const { rows: town } = await db.query<{ id: number; path: string }>(
    'select id, path from orgs where id = $1',
    [f.cpTown],
  );
  const { returns, filling } = services.returns;
  // The federation's return, which 昌平 fills.
  const up = await returns.create(setupStaff(rows[0]), {
    ...draft(rows[0].id, '2025年各区基本情况'),
    targetLevel: 2,
  });
  await returns.issue(setupStaff(rows[0]), up.id);
  // 昌平's returns to its towns: one to accept, one to return, one to mark 未报, a draft, one to issue, one to close.
  const issued = async (title: string, submitTown: boolean) => {
    const r = (await api('changping', 'POST', '/api/returns', draft(f.cp, title))) as { id: number };
    await api('changping', 'POST', `/api/returns/${r.id}/issue`);
    if (submitTown) await filling.submit(setupStaff(town[0]), r.id, f.cpTown);
    return r.id;
  };
  const toAccept = await issued('昌平区2025年基本情况统计表（一）', true);
  const toReturn = await issued('昌平区2025年基本情况统计表（二）', true);
  const toMark = await issued('昌平区2025年基本情况统计表（三）', false);
  const toClose = await issued('昌平区2025年基本情况统计表（四）', false);
  const cpDraft = (await api('changping', 'POST', '/api/returns', draft(f.cp, '昌平区草稿'))) as {
    id: number;
  };
  const cpDraft2 = (await api('changping', 'POST', '/api/returns', draft(f.cp, '昌平区草稿二'))) as {
    id: number;
  };
  return {
    retUp: up.id,
    retAccept: toAccept,
    retReturn: toReturn,
    retMark: toMark,
    retClose: toClose,
    retDraft: cpDraft.id,
    retDraft2: cpDraft2.id,
  };
}

export const cases: Record<string, ScopeCase> = {
  'GET /api/returns/figures': unaimed,
  'GET /api/returns/forms': unaimed,
  'GET /api/returns/deadline': scoped({ denied: () => [], control: () => ({ query: { workingDays: 5 } }) }),
  'GET /api/returns/settings': aimed((f) => ({ query: { orgId: f.cp } })),
  'PUT /api/returns/settings': scoped({
    denied: (f) => [{ body: { orgId: f.cp, surveyYearStart: '09-01' } }],
    control: (f) => ({ body: { orgId: f.cp, surveyYearStart: '10-01' } }),
  }),
  'GET /api/returns/period': aimed((f) => ({ query: { kind: 'survey_year', year: 2025, orgId: f.cp } })),
  'POST /api/returns/form-from-sheet': scoped({
    writes: false,
    denied: () => [],
    control: () => ({
      body: {
        fileName: '统计表.csv',
        contentBase64: Buffer.from('单位名称,会员人数\n', 'utf8').toString('base64'),
      },
    }),
  }),
  'GET /api/returns': unaimedList,
  'GET /api/returns/previous': aimed((f) => ({ query: { orgId: f.cp } })),
  'POST /api/returns': createsFor(draft, (f) => draft(f.cp)),
  'GET /api/returns/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.retAccept } }, { params: { id: f.ids.retDraft } }],
    control: (f) => ({ params: { id: f.ids.retAccept } }),
  }),
  'PUT /api/returns/:id': scoped({
    denied: (f) => [{ params: { id: f.ids.retDraft }, body: draft(f.cp) }],
    control: (f) => ({ params: { id: f.ids.retDraft }, body: draft(f.cp, '昌平区草稿（改）') }),
  }),
  'POST /api/returns/:id/copy': aimed((f) => ({ params: { id: f.ids.retAccept } })),
  'POST /api/returns/:id/issue': aimed((f) => ({ params: { id: f.ids.retDraft2 } })),
  'POST /api/returns/:id/close': aimed((f) => ({ params: { id: f.ids.retClose } })),
  'GET /api/returns/:id/progress': scoped({
    denied: (f) => [
      { params: { id: f.ids.retAccept } },
      { params: { id: f.ids.retAccept }, query: { orgId: f.cp } },
    ],
    control: (f) => ({ params: { id: f.ids.retAccept } }),
  }),
  'GET /api/returns/:id/table': scoped({
    denied: (f) => [
      { params: { id: f.ids.retAccept } },
      { params: { id: f.ids.retAccept }, query: { orgId: f.cp } },
      { params: { id: f.ids.retUp }, query: { orgId: f.cp } },
    ],
    control: (f) => ({ params: { id: f.ids.retAccept } }),
  }),
  'GET /api/returns/:id/table.xlsx': scoped({
    denied: (f) => [{ params: { id: f.ids.retAccept }, query: { orgId: f.cp } }],
    control: (f) => ({ params: { id: f.ids.retAccept } }),
  }),
  'GET /api/returns/:id/unions/:orgId': scoped({
    denied: (f) => [union(f.ids.retUp, f.cp), union(f.ids.retAccept, f.cpTown)],
    control: (f) => union(f.ids.retUp, f.cp),
  }),
  'PUT /api/returns/:id/unions/:orgId/values': scoped({
    denied: (f) => [{ ...union(f.ids.retUp, f.cp), body: { values: [{ key: 'note', value: '杨镇' }] } }],
    control: (f) => ({ ...union(f.ids.retUp, f.cp), body: { values: [{ key: 'note', value: '已核对' }] } }),
  }),
  'GET /api/returns/:id/unions/:orgId/sheet.xlsx': aimed((f) => union(f.ids.retUp, f.cp)),
  'POST /api/returns/:id/unions/:orgId/sheet': scoped({
    denied: (f) => [
      {
        ...union(f.ids.retUp, f.cp),
        body: {
          fileName: 'x.csv',
          contentBase64: Buffer.from('栏目,项目,单位,填报值\n', 'utf8').toString('base64'),
        },
      },
    ],
    control: (f) => ({
      ...union(f.ids.retUp, f.cp),
      body: {
        fileName: 'cp.csv',
        contentBase64: Buffer.from(
          '栏目,项目,单位,填报值,平台统计数,修改原因,说明\n基本情况,备注,,已核对（上传）,,,\n',
          'utf8',
        ).toString('base64'),
      },
    }),
  }),
  'POST /api/returns/:id/unions/:orgId/refresh': aimed((f) => union(f.ids.retUp, f.cp)),
  'POST /api/returns/:id/unions/:orgId/submit': aimed((f) => ({ ...union(f.ids.retUp, f.cp), body: {} })),
  'POST /api/returns/:id/unions/:orgId/accept': aimed((f) => union(f.ids.retAccept, f.cpTown)),
  'POST /api/returns/:id/unions/:orgId/send-back': scoped({
    denied: (f) => [{ ...union(f.ids.retReturn, f.cpTown), body: { note: '请核对' } }],
    control: (f) => ({ ...union(f.ids.retReturn, f.cpTown), body: { note: '会员人数请核对' } }),
  }),
  'POST /api/returns/:id/unions/:orgId/not-reported': scoped({
    denied: (f) => [{ ...union(f.ids.retMark, f.cpTown), body: { reason: '停产' } }],
    control: (f) => ({ ...union(f.ids.retMark, f.cpTown), body: { reason: '该镇工会换届，暂未报送' } }),
  }),
  'POST /api/returns/:id/unions/:orgId/reopen': aimed((f) => union(f.ids.retMark, f.cpTown)),
  'GET /api/returns/:id/unions/:orgId/history': aimed((f) => union(f.ids.retUp, f.cp)),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/returns/:id/table.xlsx': (x) => ({ params: { id: x.ret } }),
  'GET /api/returns/:id/unions/:orgId/sheet.xlsx': (x) => ({ params: { id: x.ret, orgId: x.retOrg } }),
};
