import { api, unwrap } from '../../api/client.ts';
import { recordCalls } from '../../api/recordCalls.ts';
import type { Answer, Body } from '../../api/types.ts';
import { registerImport } from '../../components/importApi.ts';
import { type PeriodQuery, periodParams } from '../../components/StatsPeriod.tsx';

export {
  HEALTH,
  KINDS,
  LEVELS,
  STATUSES,
} from '../../../../server/src/modules/modelworkers/modelworkers.vocabulary.ts';

export type ModelWorkerList = Answer<'/api/model-workers'>;
export type ModelWorkerItem = ModelWorkerList['items'][number];
export type ModelWorkerDetail = Answer<'/api/model-workers/{id}'>;

/** A dialog acting on a model worker's page: closed by `onClose`, `onSaved` after it saved (the page reloads). */
export interface ModelWorkerDialogProps {
  m: ModelWorkerDetail;
  onClose: () => void;
  onSaved: () => void;
}
export type NewModelWorker = Body<'/api/model-workers'>;
export type Honour = NewModelWorker['honours'][number];
export type Level = Honour['level'];
export type HonourKind = Honour['kind'];
export type Health = ModelWorkerItem['health'];
export type Status = ModelWorkerItem['status'];
export type ModelWorkerPatch = Body<'/api/model-workers/{id}', 'patch'>;

export const STATUS_COLOR: Record<Status, string> = { active: 'green', retired: 'blue', deceased: 'default' };
export const LEVEL_COLOR: Record<Level, string> = {
  national: 'red',
  provincial: 'volcano',
  city: 'gold',
  district: 'blue',
};
export const HEALTH_COLOR: Record<Health, string> = {
  good: 'green',
  fair: 'blue',
  poor: 'orange',
  critical: 'red',
};

/** The calls of the model workers pages. */
export const modelWorkersApi = {
  ...recordCalls('/api/model-workers'),
  addHonour: (id: number, honour: Honour) =>
    unwrap(api.POST('/api/model-workers/{id}/honours', { params: { path: { id } }, body: { honour } })),
  /** Members whose record gives a model-worker level but who are not on the register (the first 200). */
  unlistedMembers: (orgId?: number) =>
    unwrap(api.GET('/api/model-workers/unlisted-members', { params: { query: { orgId } } })),
  studios: (q?: string) => unwrap(api.GET('/api/model-workers/studios', { params: { query: { q } } })),
  importTemplateUrl: '/api/model-workers/import/template.xlsx',
  /** The register from a sheet: checked only (预检) or imported, all rows or none. */
  importRegister: registerImport('/api/model-workers/import'),
  exportUrl: (orgId?: number) => `/api/model-workers/export.xlsx${orgId ? `?orgId=${orgId}` : ''}`,
  stats: (q: { orgId?: number } & PeriodQuery) =>
    unwrap(api.GET('/api/model-workers/stats', { params: { query: q } })),
  statsUrl: (q: { orgId?: number } & PeriodQuery) => `/api/model-workers/stats.xlsx?${periodParams(q)}`,
  /** A visit before a holiday, logged through care (送温暖 visits): the union visiting, the member, the day. */
  logVisit: (body: Body<'/api/care/visits'>) => unwrap(api.POST('/api/care/visits', { body })),
};
