import { api, fileForm, unwrap } from '../../api/client.ts';
import type { Answer, Body } from '../../api/types.ts';
import { registerImport } from '../../components/importApi.ts';
import { type PeriodQuery, periodParams } from '../../components/StatsPeriod.tsx';

export type WellnessProgram = Answer<'/api/wellness/programs'>['items'][number];
export type WellnessProgramDetail = Answer<'/api/wellness/programs/{id}'>;
export type WellnessBatch = Answer<'/api/wellness/batches/{id}'>;
export type WellnessStats = Answer<'/api/wellness/stats'>;
export type MyBatch = Answer<'/api/wellness/me'>['items'][number];
export type NewProgram = Body<'/api/wellness/programs'>;
export type NewBatch = Body<'/api/wellness/batches'>;
export type NewInstitution = Body<'/api/wellness/institutions'>;
export type Kind = WellnessProgram['kind'];
export type QuotaToFill = Answer<'/api/wellness/places'>['items'][number];

const on = (day: string | null) => (day ? { effectiveOn: day } : {});

/** The calls of the 疗休养 and 体检 pages. */
export const wellnessApi = {
  programs: (orgId?: number) => unwrap(api.GET('/api/wellness/programs', { params: { query: { orgId } } })),
  /** The quotas of the subtree with places still to nominate (the to-do card 待推荐的疗休养名额). */
  quotasToFill: (orgId?: number) => unwrap(api.GET('/api/wellness/places', { params: { query: { orgId } } })),
  createProgram: (body: NewProgram) => unwrap(api.POST('/api/wellness/programs', { body })),
  program: (id: number) => unwrap(api.GET('/api/wellness/programs/{id}', { params: { path: { id } } })),
  institutions: (orgId?: number) =>
    unwrap(api.GET('/api/wellness/institutions', { params: { query: { orgId } } })),
  createInstitution: (body: NewInstitution) => unwrap(api.POST('/api/wellness/institutions', { body })),
  createBatch: (body: NewBatch) => unwrap(api.POST('/api/wellness/batches', { body })),
  batch: (id: number) => unwrap(api.GET('/api/wellness/batches/{id}', { params: { path: { id } } })),
  // each recording takes the day it happened (`day`: null for today; a past day for 补录, ADR 40)
  allocate: (id: number, orgId: number, quota: number, day: string | null) =>
    unwrap(
      api.POST('/api/wellness/batches/{id}/allocations', {
        params: { path: { id } },
        body: { orgId, quota, ...on(day) },
      }),
    ),
  nominate: (id: number, orgId: number, personId: number, day: string | null) =>
    unwrap(
      api.POST('/api/wellness/batches/{id}/nominations', {
        params: { path: { id } },
        body: { orgId, personId, ...on(day) },
      }),
    ),
  endNomination: (id: number, replaceWith: number | undefined, day: string | null) =>
    unwrap(
      api.POST('/api/wellness/nominations/{id}/end', {
        params: { path: { id } },
        body: { ...(replaceWith ? { replaceWith } : {}), ...on(day) },
      }),
    ),
  mark: (
    id: number,
    marks: { nominationId: number; attendance: 'attended' | 'absent' }[],
    day: string | null,
  ) =>
    unwrap(
      api.POST('/api/wellness/batches/{id}/attendance', {
        params: { path: { id } },
        body: { marks, ...on(day) },
      }),
    ),
  /** The 疗休养/体检 register (issue 42): batches, nominees, substitutions, withdrawals, attendance. */
  importTemplateUrl: '/api/wellness/import/template.xlsx',
  importRegister: registerImport('/api/wellness/import'),
  importAttendance: (id: number, file: File, dryRun: boolean) =>
    unwrap(
      api.POST('/api/wellness/batches/{id}/attendance/import', {
        params: { path: { id }, query: { dryRun } },
        body: fileForm(file),
      }),
    ),
  templateUrl: (id: number) => `/api/wellness/batches/${id}/attendance/template.xlsx`,
  settle: (id: number) =>
    unwrap(api.POST('/api/wellness/batches/{id}/settle', { params: { path: { id } }, body: {} })),
  stats: (q: PeriodQuery & { orgId?: number }) =>
    unwrap(api.GET('/api/wellness/stats', { params: { query: q } })),
  statsUrl: (q: PeriodQuery & { orgId?: number }) => `/api/wellness/stats.xlsx?${periodParams(q)}`,
  mine: () => unwrap(api.GET('/api/wellness/me')),
  checkIn: (id: number) => unwrap(api.POST('/api/wellness/me/{id}/checkin', { params: { path: { id } } })),
  decline: (id: number, reason?: string) =>
    unwrap(api.POST('/api/wellness/me/{id}/decline', { params: { path: { id } }, body: { reason } })),
};
