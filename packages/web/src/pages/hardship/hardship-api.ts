import { api, unwrap } from '../../api/client.ts';
import { recordCalls } from '../../api/recordCalls.ts';
import type { paths } from '../../api/schema.gen.ts';
import type { Answer, Body } from '../../api/types.ts';
import { registerImport } from '../../components/importApi.ts';
import { type PeriodQuery, periodParams } from '../../components/StatsPeriod.tsx';

export {
  CAUSES,
  FILE_LEVELS as LEVELS,
  RELATIONS,
} from '../../../../server/src/modules/hardship/hardship.vocabulary.ts';

export type HardshipFile = Answer<'/api/hardship/files'>['items'][number];
export type HardshipDetail = Answer<'/api/hardship/files/{id}'>;
export type HardshipStats = Answer<'/api/hardship/stats'>;
export type CreateFile = Body<'/api/hardship/files'>;
export type ReviewFile = Body<'/api/hardship/files/{id}/review'>;
export type EditFile = Body<'/api/hardship/files/{id}', 'patch'>;
export type FileQuery = NonNullable<paths['/api/hardship/files']['get']['parameters']['query']>;
export type FileLevel = HardshipFile['level'];
export type FileStatus = HardshipFile['status'];
export type Cause = HardshipFile['causes'][number];
export type Relation = HardshipDetail['members'][number]['relation'];

export const STATUS_COLOR: Record<FileStatus, string> = {
  draft: 'blue',
  verified: 'green',
  expired: 'orange',
  closed: 'default',
};

/** The calls of the hardship pages. */
export const hardshipApi = {
  ...recordCalls('/api/hardship/files'),
  verify: (id: number, verifiedOn: string) =>
    unwrap(api.POST('/api/hardship/files/{id}/verify', { params: { path: { id } }, body: { verifiedOn } })),
  review: (id: number, body: ReviewFile) =>
    unwrap(api.POST('/api/hardship/files/{id}/review', { params: { path: { id } }, body })),
  close: (id: number, closedOn: string, reason: string) =>
    unwrap(
      api.POST('/api/hardship/files/{id}/close', { params: { path: { id } }, body: { closedOn, reason } }),
    ),
  revealId: (id: number, memberId: number) =>
    unwrap(
      api.GET('/api/hardship/files/{id}/members/{memberId}/id-number', {
        params: { path: { id, memberId } },
      }),
    ),
  stats: (query: { orgId?: number } & PeriodQuery) =>
    unwrap(api.GET('/api/hardship/stats', { params: { query } })),
  statsExportUrl: (q: { orgId?: number } & PeriodQuery) => `/api/hardship/stats.xlsx?${periodParams(q)}`,
  importTemplateUrl: '/api/hardship/import/template.xlsx',
  /** The hardship files register (a row per household member): checked only (预检) or imported, all or none. */
  importRegister: registerImport('/api/hardship/import'),
};
