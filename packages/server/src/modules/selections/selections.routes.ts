import { inlineFile, routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import { statisticsRoutes } from '../../http/stats-routes.ts';
import type { App } from '../../http/types.ts';
import { selectionsOrganiserRoutes } from './selections.organiser.routes.ts';
import {
  Created,
  NominationBody,
  NominationList,
  Notice,
  NoticeList,
  ObjectionBody,
  ObjectionCreated,
  Panel,
  PanelList,
  ScoreBody,
  ScoreResult,
  SelectionBody,
  SelectionDetail,
  SelectionList,
  SelectionListQuery,
  SelfNominationBody,
  SelfSelectionList,
  Stats,
  StatsQuery,
} from './selections.schemas.ts';
import type { SelectionsService } from './selections.service.ts';
import { statsWorkbook } from './selections.stats.ts';

const tags = ['selections'];
/** A nomination, by a union or by the member: up to three attachments of 2 MB, base64 in JSON; it answers its id. */
const nominating = { bodyLimit: 9 * 1024 * 1024, params: IdParams, response: Created };

/** The organiser's and the nominating unions' routes. */
function staffRoutes(app: App, selections: SelectionsService): void {
  const on = routeMould(app, tags);
  on.get('/api/selections', {
    config: { permission: 'selections.read' },
    summary: 'Selections run in my subtree or by the unions above mine, newest first',
    querystring: SelectionListQuery,
    response: SelectionList,
    use: selections.listSelections,
  });
  on.post('/api/selections', {
    config: { permission: 'selections.manage' },
    summary: 'Create a selection with its categories and weighted rubric; nominations open at once',
    body: SelectionBody,
    response: SelectionDetail,
    use: selections.createSelection,
  });
  on.get('/api/selections/:id', {
    config: { permission: 'selections.read' },
    summary: 'A selection: categories, rubric, panel (organiser only) and the quota my unions used',
    params: IdParams,
    response: SelectionDetail,
    use: selections.getSelection,
  });
  on.get('/api/selections/:id/nominations', {
    config: { permission: 'selections.read' },
    summary: 'Nominations: all of them for the organiser, my subtree’s for a nominating union',
    params: IdParams,
    response: NominationList,
    use: selections.listNominations,
  });
  on.post('/api/selections/:id/nominations', {
    ...nominating,
    config: { permission: 'selections.nominate' },
    summary: 'Nominate a member of my subtree in a category, within the nominating unit’s quota',
    description:
      'Refused (409) when the unit’s quota or the category is full — two unions taking the last place at ' +
      'once get one acceptance —, outside the nomination window or when the person is already nominated; ' +
      '400 when the person does not meet the eligibility rule (the failed conditions are named).',
    body: NominationBody,
    run: (actor, { params, body }) => selections.nominate(actor, params.id, body),
  });
  on.file('/api/selection-attachments/:id', {
    config: { permission: 'selections.read' },
    summary: 'A nomination’s attachment',
    params: IdParams,
    run: async (actor, { params }) => inlineFile(await selections.getAttachment(actor, params.id)),
  });
  statisticsRoutes(app, {
    path: '/api/reports/selections',
    xlsxPath: '/api/reports/selections/export.xlsx',
    permission: 'reports.read',
    tags: ['reports'],
    summary:
      'Selection statistics of a union’s subtree for a year or a range of days: nominations and titles by category',
    xlsxSummary: 'The selection statistics as .xlsx',
    query: StatsQuery,
    result: Stats,
    stats: selections.getStats,
    xlsx: async (actor, query) => statsWorkbook(await selections.getStats(actor, query)),
  });
}

/** A judge's routes: only the panels they sit on. */
function judgeRoutes(app: App, selections: SelectionsService): void {
  const on = routeMould(app, tags);
  on.get('/api/judging', {
    config: { permission: 'selections.judge' },
    summary: 'The panels I sit on',
    response: PanelList,
    use: selections.listPanels,
  });
  on.get('/api/judging/:id', {
    config: { permission: 'selections.judge' },
    summary: 'A panel: the rubric and the nominations I may score (never one of my own union)',
    params: IdParams,
    response: Panel,
    use: selections.getPanel,
  });
  on.post('/api/judging/nominations/:id/scores', {
    config: { permission: 'selections.judge' },
    summary: 'Submit my scores of a nomination (0–100 per criterion); final once submitted',
    params: IdParams,
    body: ScoreBody,
    response: ScoreResult,
    run: (actor, { params, body }) => selections.score(actor, params.id, body.scores),
  });
}

/** A member's self-nomination. */
function selfRoutes(app: App, selections: SelectionsService): void {
  const on = routeMould(app, tags);
  on.get('/api/me/selections', {
    config: { permission: 'self.apply' },
    summary: 'Selections I may nominate myself for (open, self-nomination allowed, my union inside)',
    response: SelfSelectionList,
    use: selections.listSelfNominations,
  });
  on.post('/api/me/selections/:id/nominations', {
    ...nominating,
    config: { permission: 'self.apply' },
    summary: 'Nominate myself, where the selection allows it (my unit’s quota is used)',
    body: SelfNominationBody,
    run: (actor, { params, body }) => selections.nominateSelf(actor, params.id, body),
  });
}

/** The public notice (公示): no sign-in, name, unit and deed only. */
function publicRoutes(app: App, selections: SelectionsService): void {
  const on = routeMould(app, tags);
  on.open.get('/api/notice/selections', {
    config: { public: true },
    summary: 'Selections on public notice today; a notice leaves the list when its period ends',
    response: NoticeList,
    run: () => selections.listNotices(),
  });
  on.open.get('/api/notice/selections/:id', {
    config: { public: true, errors: [404] },
    summary: 'A public notice: each selected nominee’s category, name, unit and deed — nothing else',
    description: 'While the notice period lasts; 404 once it has ended (the selection stays in the records).',
    params: IdParams,
    response: Notice,
    run: ({ params }) => selections.getNotice(params.id),
  });
  on.open.post('/api/notice/selections/:id/objections', {
    config: { public: true, errors: [429] },
    summary: 'Object to a nominee on notice, with contact details',
    description: 'At most 500 characters, no links; at most 5 objections an hour per address (429).',
    params: IdParams,
    body: ObjectionBody,
    response: ObjectionCreated,
    run: ({ params, body, req }) => selections.lodgeObjection(params.id, body, req.ip),
  });
}

export function selectionsRoutes(app: App, { selections }: { selections: SelectionsService }): void {
  staffRoutes(app, selections);
  selectionsOrganiserRoutes(app, selections);
  judgeRoutes(app, selections);
  selfRoutes(app, selections);
  publicRoutes(app, selections);
}
