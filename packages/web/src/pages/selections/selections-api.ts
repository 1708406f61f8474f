import { api, pickedDay, unwrap } from '../../api/client.ts';
import type { Answer, Body } from '../../api/types.ts';
import { registerImport } from '../../components/importApi.ts';
import type { PeriodQuery } from '../../components/StatsPeriod.tsx';

export { SELECTION_STATUSES as STATUSES } from '../../../../server/src/modules/selections/selections.vocabulary.ts';

export type SelectionSummary = Answer<'/api/selections'>['items'][number];
export type SelectionDetail = Answer<'/api/selections/{id}'>;
export type SelectionStatus = SelectionDetail['status'];
export type Nomination = Answer<'/api/selections/{id}/nominations'>['items'][number];
export type Ranking = Answer<'/api/selections/{id}/ranking'>;
export type Objection = Answer<'/api/selections/{id}/objections'>['items'][number];
export type Panel = Answer<'/api/judging/{id}'>;
export type PanelSummary = Answer<'/api/judging'>['items'][number];
export type PublicNotice = Answer<'/api/notice/selections/{id}'>;
export type SelectionBody = Body<'/api/selections'>;
export type SelectionStats = Answer<'/api/reports/selections'>;

export const STATUS_COLOR: Record<SelectionStatus, string> = {
  nominating: 'blue',
  judging: 'gold',
  notice: 'purple',
  final: 'green',
};

const path = (id: number) => ({ params: { path: { id } } });

/** The calls of selections (评选): organiser, nominating unions, judges and the public notice. */
export const selectionsApi = {
  list: (status?: SelectionStatus) => unwrap(api.GET('/api/selections', { params: { query: { status } } })),
  create: (body: SelectionBody) => unwrap(api.POST('/api/selections', { body })),
  get: (id: number) => unwrap(api.GET('/api/selections/{id}', path(id))),
  nominations: (id: number) => unwrap(api.GET('/api/selections/{id}/nominations', path(id))),
  nominate: (id: number, body: Body<'/api/selections/{id}/nominations'>) =>
    unwrap(api.POST('/api/selections/{id}/nominations', { ...path(id), body })),
  addJudge: (id: number, body: Body<'/api/selections/{id}/judges'>) =>
    unwrap(api.POST('/api/selections/{id}/judges', { ...path(id), body })),
  closeNominations: (id: number, effectiveOn?: string | null) =>
    unwrap(
      api.POST('/api/selections/{id}/close-nominations', {
        ...path(id),
        body: pickedDay(effectiveOn),
      }),
    ),
  ranking: (id: number) => unwrap(api.GET('/api/selections/{id}/ranking', path(id))),
  publishNotice: (id: number, body: Body<'/api/selections/{id}/notice'>) =>
    unwrap(api.POST('/api/selections/{id}/notice', { ...path(id), body })),
  objections: (id: number) => unwrap(api.GET('/api/selections/{id}/objections', path(id))),
  decide: (id: number, body: Body<'/api/selection-objections/{id}/decide'>) =>
    unwrap(api.POST('/api/selection-objections/{id}/decide', { ...path(id), body })),
  finalise: (id: number, effectiveOn?: string) =>
    unwrap(api.POST('/api/selections/{id}/finalise', { ...path(id), body: { effectiveOn } })),
  panels: () => unwrap(api.GET('/api/judging')),
  panel: (id: number) => unwrap(api.GET('/api/judging/{id}', path(id))),
  score: (nominationId: number, scores: { criterionId: number; score: number }[]) =>
    unwrap(api.POST('/api/judging/nominations/{id}/scores', { ...path(nominationId), body: { scores } })),
  notices: () => unwrap(api.GET('/api/notice/selections')),
  notice: (id: number) => unwrap(api.GET('/api/notice/selections/{id}', path(id))),
  object: (id: number, body: Body<'/api/notice/selections/{id}/objections'>) =>
    unwrap(api.POST('/api/notice/selections/{id}/objections', { ...path(id), body })),
  stats: (query: { orgId?: number } & PeriodQuery) =>
    unwrap(api.GET('/api/reports/selections', { params: { query } })),
  members: (q: string) => unwrap(api.GET('/api/members', { params: { query: { q, pageSize: 20 } } })),
  importTemplateUrl: '/api/selections/import/template.xlsx',
  /** The register of past results, one row per winner: checked only (预检) or imported, all rows or none. */
  importRegister: registerImport('/api/selections/import'),
};

/** An aggregate in hundredths of a point, as a clerk reads it: 8512 → '85.12'. */
export const points = (centi: number | null | undefined) =>
  centi === null || centi === undefined ? '—' : (centi / 100).toFixed(2);
