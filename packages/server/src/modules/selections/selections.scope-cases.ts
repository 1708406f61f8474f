import { expect } from 'vitest';
import { aimed, createsFor, csvUpload, scoped, unaimed } from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';
import type { Actor } from '../../access/access.ts';
import { demoAdmin } from '../../shared/demo-actors.ts';

/**
 * Scope cases for selections: selections organised by 昌平区总工会 at each stage (nominating, judging, on
 * notice, notice over), made through the services; a selection of 顺义区总工会 open to self-nomination.
 */

const YEAR = 2024;
const categories = [
  { name: '技能', places: 2, quotaPerUnion: 5 },
  { name: '服务', places: 2, quotaPerUnion: 5 },
];
const body = (organiserOrgId: number, edition: string, allowSelf = false) => ({
  organiserOrgId,
  edition,
  title: '测试之星',
  year: YEAR,
  allowSelf,
  nominateFrom: '2000-01-01',
  nominateUntil: '2100-12-31',
  noticeDays: 5,
  categories,
  criteria: [
    { name: '业绩', weight: 60 },
    { name: '技能', weight: 40 },
  ],
});

const pdf = {
  name: '事迹.pdf',
  mime: 'application/pdf' as const,
  dataBase64: Buffer.from('%PDF-1.4 x').toString('base64'),
};

/** A register of past results naming a member under 昌平 (made in setup); organiser blank: the importer's union. */
let cpRegister = '';
const sheetBody = (csv: string) => csvUpload('评选结果.csv', csv);

export async function setup({ services, db, f }: SetupContext): Promise<Record<string, number>> {
  const { rows } = await db.query<{ id: number; path: string }>('select id, path from orgs where id = $1', [
    f.cp,
  ]);
  const { rows: winner } = await db.query<{ c: string; name: string }>(
    'select id_cipher as c, name from persons where id = $1',
    [f.cpMember2],
  );
  cpRegister =
    '评选名称,年度,类别,姓名,身份证号,公布日期\n' +
    `昌平2019年度劳动模范评选,2019,劳动模范,${winner[0].name},${services.ids.decrypt(winner[0].c)},2019-12-20\n`;
  const admin: Actor = demoAdmin('scope-setup', 'setup');
  const s = services.selections;
  const cpMembers = (
    await db.query<{ id: number }>(
      `select p.id from persons p join memberships m on m.person_id = p.id and m.status = 'active'
         join orgs o on o.id = m.org_id where o.path like $1 || '%' and p.id not in ($2, $3) order by p.id limit 6`,
      [rows[0].path, f.cpMember, f.cpMember2],
    )
  ).rows.map((r) => r.id);
  const make = (edition: string) => s.createSelection(admin, body(f.cp, edition));
  const nominating = await make('昌平推荐中');
  const nom = await s.nominate(admin, nominating.id, {
    categoryId: nominating.categories[0].id,
    personId: f.cpMember,
    deed: '事迹',
    attachments: [pdf],
  });
  const attachment = (await s.listNominations(admin, nominating.id)).items[0].attachments[0].id;
  const toClose = await make('昌平待截止');
  await s.nominate(admin, toClose.id, {
    categoryId: toClose.categories[0].id,
    personId: cpMembers[0],
    deed: '事迹',
  });

  // judging, scored by its one judge; a second in judging for a judge added by the control
  const judging = await make('昌平评审中');
  await s.nominate(admin, judging.id, {
    categoryId: judging.categories[0].id,
    personId: cpMembers[1],
    deed: '事迹',
  });
  let judges = 0;
  /** A judge on the selection's panel scoring every nomination 80. */
  const scoreAll = async (selectionId: number) => {
    const username = `cp-scope-judge${++judges}`;
    await s.addJudge(admin, selectionId, { username, displayName: '评委', password: 'judge-pass-1' });
    const judge = (await db.query<{ id: number }>('select id from users where username = $1', [username]))
      .rows[0];
    const judgeActor: Actor = { ...admin, userId: judge.id, role: 'judge', scopePath: null };
    const panel = await s.getPanel(judgeActor, selectionId);
    for (const n of panel.nominations) {
      await s.score(
        judgeActor,
        n.id,
        panel.criteria.map((c) => ({ criterionId: c.id, score: 80 })),
      );
    }
  };
  await s.closeNominations(admin, judging.id);
  await scoreAll(judging.id);

  // on notice with an open objection; and a notice long over, ready to be made final
  const onNotice = async (edition: string, from: string, personId: number) => {
    const sel = await make(edition);
    await s.nominate(admin, sel.id, { categoryId: sel.categories[0].id, personId, deed: '公示事迹' });
    await s.closeNominations(admin, sel.id);
    await scoreAll(sel.id);
    await s.publishNotice(admin, sel.id, { from });
    return sel.id;
  };
  const notice = await onNotice('昌平公示中', f.today, cpMembers[3]);
  const noticeNom = (await s.getNotice(notice)).entries[0].nominationId;
  const objection = await s.lodgeObjection(
    notice,
    { nominationId: noticeNom, text: '事迹不实', contactName: '张三', contactPhone: '13900002222' },
    '10.9.9.9',
  );
  const over = await onNotice('昌平公示期满', '2020-01-01', cpMembers[4]);

  const shunyi = (await db.query<{ id: number }>(`select id from orgs where name = '顺义区总工会'`)).rows[0];
  const open = await s.createSelection(admin, body(shunyi.id, '顺义自荐评选', true));
  return {
    cpSel: nominating.id,
    cpSelCategory: nominating.categories[1].id,
    cpNom: nom.id,
    cpAttachment: attachment,
    cpSelClose: toClose.id,
    cpSelJudging: judging.id,
    cpSelNotice: notice,
    cpObjection: objection.id,
    cpSelOver: over,
    yzSelfSel: open.id,
    yzSelfCategory: open.categories[0].id,
  };
}

const on = (id: number) => ({ params: { id } });

export const cases: Record<string, ScopeCase> = {
  'GET /api/selections/import/template.xlsx': unaimed,
  // A register naming a union or a winner outside the importer's subtree is a row error (selections.import.api.test.ts).
  'POST /api/selections/import': scoped({
    denied: () => [],
    control: () => ({ body: sheetBody(cpRegister) }),
  }),
  'GET /api/selections': scoped({
    denied: () => [],
    lists: () => [{}, { query: { status: 'nominating' } }],
    control: () => ({}),
  }),
  'POST /api/selections': createsFor(
    (org) => body(org, '越权评选'),
    (f) => body(f.cp, '昌平新评选'),
  ),
  'GET /api/selections/:id': scoped({
    denied: (f) => [on(f.ids.cpSel), on(f.ids.cpSelNotice)],
    control: (f) => on(f.ids.cpSel),
  }),
  'GET /api/selections/:id/nominations': scoped({
    denied: (f) => [on(f.ids.cpSel)],
    control: (f) => on(f.ids.cpSel),
  }),
  'POST /api/selections/:id/nominations': scoped({
    denied: (f) => [
      {
        ...on(f.ids.cpSel),
        body: { categoryId: f.ids.cpSelCategory, personId: f.cpMember2, deed: '越权推荐' },
      },
    ],
    control: (f) => ({
      ...on(f.ids.cpSel),
      body: { categoryId: f.ids.cpSelCategory, personId: f.cpMember2, deed: '推荐事迹' },
    }),
  }),
  'GET /api/selection-attachments/:id': scoped({
    denied: (f) => [on(f.ids.cpAttachment)],
    control: (f) => on(f.ids.cpAttachment),
  }),
  'GET /api/reports/selections': aimed((f) => ({ query: { orgId: f.cp, year: YEAR } }), {
    lists: () => [{ query: { year: YEAR } }, { query: { year: 2020 } }],
  }),
  'GET /api/reports/selections/export.xlsx': scoped({
    denied: (f) => [{ query: { orgId: f.cpTown, year: YEAR } }],
    lists: () => [{ query: { year: YEAR } }],
    control: (f) => ({ query: { orgId: f.cp, year: YEAR } }),
  }),
  'POST /api/selections/:id/judges': scoped({
    denied: (f) => [
      { ...on(f.ids.cpSel), body: { username: 'yz-judge', displayName: '评委', password: 'p-1234567' } },
    ],
    control: (f) => ({
      ...on(f.ids.cpSel),
      body: {
        username: 'cp-judge-2',
        displayName: '评委乙',
        password: 'judge-pass-2',
        orgId: f.cpGrassroots,
      },
    }),
  }),
  'POST /api/selections/:id/close-nominations': scoped({
    denied: (f) => [on(f.ids.cpSelClose)],
    control: (f) => on(f.ids.cpSelClose),
  }),
  'GET /api/selections/:id/ranking': scoped({
    denied: (f) => [on(f.ids.cpSelJudging)],
    control: (f) => on(f.ids.cpSelJudging),
  }),
  'POST /api/selections/:id/notice': scoped({
    denied: (f) => [{ ...on(f.ids.cpSelJudging), body: {} }],
    control: (f) => ({ ...on(f.ids.cpSelJudging), body: { days: 7 } }),
  }),
  'GET /api/selections/:id/objections': scoped({
    denied: (f) => [on(f.ids.cpSelNotice)],
    control: (f) => on(f.ids.cpSelNotice),
  }),
  'POST /api/selection-objections/:id/decide': scoped({
    denied: (f) => [{ ...on(f.ids.cpObjection), body: { outcome: 'upheld', decision: '越权处理' } }],
    control: (f) => ({
      ...on(f.ids.cpObjection),
      body: { outcome: 'dismissed', decision: '经核实，事迹属实' },
    }),
  }),
  'POST /api/selections/:id/finalise': aimed((f) => ({ ...on(f.ids.cpSelOver), body: {} })),
  'GET /api/judging': { kind: 'judge' },
  'GET /api/judging/:id': { kind: 'judge' },
  'POST /api/judging/nominations/:id/scores': { kind: 'judge' },
  'GET /api/me/selections': {
    kind: 'self',
    request: () => ({}),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((i: { id: number }) => i.id)).toContain(f.ids.yzSelfSel);
    },
  },
  'POST /api/me/selections/:id/nominations': {
    kind: 'self',
    request: (f) => ({
      ...on(f.ids.yzSelfSel),
      body: { categoryId: f.ids.yzSelfCategory, deed: '本人事迹' },
    }),
    check: (_f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().id).toBeGreaterThan(0);
    },
  },
  'GET /api/notice/selections': { kind: 'public' },
  'GET /api/notice/selections/:id': { kind: 'public' },
  'POST /api/notice/selections/:id/objections': { kind: 'public' },
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/reports/selections/export.xlsx': () => ({}),
  'GET /api/selections/import/template.xlsx': () => ({}),
};
