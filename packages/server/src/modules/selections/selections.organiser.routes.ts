import { registerRouteGroup } from '../../http/register-routes.ts';
import { routeMould } from '../../http/route-mould.ts';
import { IdParams, Ok } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import {
  DecideBody,
  FinaliseBody,
  JudgeBody,
  NoticeBody,
  ObjectionList,
  Ranking,
  SelectionDetail,
  SelectionImportResult,
} from './selections.schemas.ts';
import type { SelectionsService } from './selections.service.ts';

const tags = ['selections'];

/** The organiser's decisions: panel, stages, objections. */
export function selectionsOrganiserRoutes(app: App, selections: SelectionsService): void {
  const on = routeMould(app, tags);
  registerRouteGroup(app, {
    tags,
    import: {
      path: '/api/selections/import',
      listed: {
        key: 'selections',
        module: 'selections',
      },
      permission: 'selections.manage',
      what:
        'a register of past selection results (one row per winner: selection, year, category, title, ID number, ' +
        'announcement day), each selection created final on its announcement day with award records',
      result: SelectionImportResult,
      register: selections.register,
    },
  });
  const selection = on.record('/api/selections/:id', {
    config: { permission: 'selections.manage' },
    response: SelectionDetail,
  });
  selection.post('/judges', {
    summary: 'Add a judge: a new judge account (reaching only its panels), optionally of a union',
    description: 'The judge never sees nor scores a nominee of that union or below it.',
    body: JudgeBody,
    use: selections.addJudge,
  });
  selection.post('/close-nominations', {
    summary: 'Close nominations: the selection goes to its panel',
    description:
      'On effectiveOn (default today); a past day needs history.backdate and may not precede the last nomination.',
    body: FinaliseBody,
    dated: true,
    run: (actor, { params, body }) => selections.closeNominations(actor, params.id, body?.effectiveOn),
  });
  on.get('/api/selections/:id/ranking', {
    config: { permission: 'selections.read' },
    summary: 'The ranking per category as the scores stand (organiser side)',
    params: IdParams,
    response: Ranking,
    use: selections.getRanking,
  });
  selection.post('/notice', {
    summary:
      'End judging and put the ranking on public notice (公示) from a day (default today; a past day needs history.backdate) for so many days',
    body: NoticeBody,
    use: selections.publishNotice,
  });
  selection.get('/objections', {
    summary: 'Objections lodged against the notice, with their decisions',
    response: ObjectionList,
    use: selections.listObjections,
  });
  on.post('/api/selection-objections/:id/decide', {
    config: { permission: 'selections.manage' },
    summary:
      'Decide an objection with a recorded decision on `effectiveOn` (default today; not before it was lodged); upheld revokes the nominee',
    params: IdParams,
    body: DecideBody,
    response: Ok,
    use: selections.decideObjection,
  });
  selection.post('/finalise', {
    summary:
      'Make the results final on `effectiveOn` (default today): each selected nominee gets an award record, the titles count on that day',
    description:
      'Only after the notice period and once every objection is decided (409 otherwise); a past day needs history.backdate and may not precede an objection decision.',
    body: FinaliseBody,
    run: (actor, { params, body }) => selections.finalise(actor, params.id, body?.effectiveOn),
  });
}
