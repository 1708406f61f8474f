import { api, queryString, unwrap } from '../../../api/client.ts';
import { listCall, recordCalls } from '../../../api/recordCalls.ts';
import type { Answer, Body } from '../../../api/types.ts';
import { registerImport } from '../../../components/importApi.ts';
import type { PeriodQuery } from '../../../components/StatsPeriod.tsx';

export {
  RECOGNISABLE_LEVELS as RECOGNISABLE,
  REEVALUATION_OUTCOMES as OUTCOMES,
  STUDIO_LEVELS,
} from '../../../../../server/src/modules/innovation/innovation.vocabulary.ts';

export type StudioList = Answer<'/api/innovation/studios'>;
export type Studio = StudioList['items'][number];
export type StudioDetail = Answer<'/api/innovation/studios/{id}'>;
export type StudioLevel = Studio['level'];
export type StudioInput = Body<'/api/innovation/studios'>;
export type StudioPatch = Body<'/api/innovation/studios/{id}', 'patch'>;
export type Recognition = Answer<'/api/innovation/recognitions'>['items'][number];
export type RecognisableLevel = Body<'/api/innovation/studios/{id}/recognitions'>['level'];
export type Reevaluation = Answer<'/api/innovation/reevaluations'>['items'][number];
export type ReevaluationDetail = Answer<'/api/innovation/reevaluations/{id}'>;
export type CampaignStudio = ReevaluationDetail['studios'][number];
export type Outcome = NonNullable<CampaignStudio['outcome']>;
export type StudioStats = Answer<'/api/innovation/studios/stats'>;
export type StudioGrants = Answer<'/api/innovation/studios/{id}/grants'>;
export type StudioGrant = StudioGrants['items'][number];
export type GrantKindOffer = StudioGrants['kinds'][number];
export type GrantKind = GrantKindOffer['kind'];
export type StudioGrantInput = Body<'/api/innovation/studios/{id}/grants'>;

type StatsQuery = { orgId?: number } & PeriodQuery;

/** The calls of the studio pages. */
export const studiosApi = {
  ...recordCalls('/api/innovation/studios'),
  propose: (id: number, body: { level: RecognisableLevel; note?: string; effectiveOn?: string }) =>
    unwrap(api.POST('/api/innovation/studios/{id}/recognitions', { params: { path: { id } }, body })),
  importTemplateUrl: '/api/innovation/studios/import/template.xlsx',
  /** The studios register with its level history: checked only (预检) or imported, all rows or none. */
  importRegister: registerImport('/api/innovation/studios/import'),
  grants: (id: number) =>
    unwrap(api.GET('/api/innovation/studios/{id}/grants', { params: { path: { id } } })),
  recordGrant: (id: number, body: StudioGrantInput) =>
    unwrap(api.POST('/api/innovation/studios/{id}/grants', { params: { path: { id } }, body })),
  grantsTemplateUrl: '/api/innovation/studios/grants/import/template.xlsx',
  /** The register of studios' projects and grants: checked only (预检) or imported, all rows or none. */
  importGrants: registerImport('/api/innovation/studios/grants/import'),
  recognitions: listCall('/api/innovation/recognitions'),
  approve: (id: number, body: { reason?: string | null; decidedOn?: string }) =>
    unwrap(api.POST('/api/innovation/recognitions/{id}/approve', { params: { path: { id } }, body })),
  reject: (id: number, body: { reason: string; decidedOn?: string }) =>
    unwrap(api.POST('/api/innovation/recognitions/{id}/reject', { params: { path: { id } }, body })),
  reevaluations: () => unwrap(api.GET('/api/innovation/reevaluations')),
  createReevaluation: (body: Body<'/api/innovation/reevaluations'>) =>
    unwrap(api.POST('/api/innovation/reevaluations', { body })),
  reevaluation: (id: number) =>
    unwrap(api.GET('/api/innovation/reevaluations/{id}', { params: { path: { id } } })),
  fileReport: (
    id: number,
    studioId: number,
    body: { activities: string; peopleTrained: number; achievementIds?: number[]; filedOn?: string },
  ) =>
    unwrap(
      api.PUT('/api/innovation/reevaluations/{id}/studios/{studioId}/report', {
        params: { path: { id, studioId } },
        body,
      }),
    ),
  decide: (
    id: number,
    studioId: number,
    body: { outcome: Outcome; reason?: string | null; decidedOn?: string },
  ) =>
    unwrap(
      api.POST('/api/innovation/reevaluations/{id}/studios/{studioId}/decision', {
        params: { path: { id, studioId } },
        body,
      }),
    ),
  stats: (query: StatsQuery) => unwrap(api.GET('/api/innovation/studios/stats', { params: { query } })),
  statsExportUrl: (query: StatsQuery) => `/api/innovation/studios/stats/export.xlsx${queryString(query)}`,
};
