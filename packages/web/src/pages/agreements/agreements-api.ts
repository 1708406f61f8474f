import { api, fileForm, queryString, unwrap } from '../../api/client.ts';
import { recordCalls } from '../../api/recordCalls.ts';
import type { paths } from '../../api/schema.gen.ts';
import type { Answer, Body } from '../../api/types.ts';
import { registerImport } from '../../components/importApi.ts';

export {
  AGREEMENT_KINDS as KINDS,
  AGREEMENT_LEVELS as LEVELS,
  STATS_KIND,
} from '../../../../server/src/modules/agreements/agreements.vocabulary.ts';

export type Agreement = Answer<'/api/agreements'>['items'][number];
export type AgreementDetail = Answer<'/api/agreements/{id}'>;
export type AgreementStats = Answer<'/api/agreements/stats'>;
export type CreateAgreement = Body<'/api/agreements'>;
export type EditAgreement = Body<'/api/agreements/{id}', 'patch'>;
export type CoverageImport = Answer<'/api/agreements/{id}/coverage/import', 'post'>;
export type AgreementQuery = NonNullable<paths['/api/agreements']['get']['parameters']['query']>;
export type StatsQuery = NonNullable<paths['/api/agreements/stats']['get']['parameters']['query']>;
export type AgreementKind = Agreement['kind'];
export type AgreementLevel = Agreement['level'];
export type AgreementStatus = Agreement['status'];
export type Clause = Agreement['clauses'][number];

export const WOMEN_CLAUSES: Clause[] = [
  'health_check',
  'maternity',
  'menstrual',
  'pregnancy_duties',
  'nursing_room',
  'equal_pay',
  'harassment',
];
export const GENERAL_CLAUSES: Clause[] = ['wages', 'hours', 'leave', 'safety', 'insurance', 'training'];

/** The calls of the agreements pages. */
export const agreementsApi = {
  ...recordCalls('/api/agreements'),
  importCoverage: (id: number, file: File) =>
    unwrap(
      api.POST('/api/agreements/{id}/coverage/import', { params: { path: { id } }, body: fileForm(file) }),
    ),
  uploadText: (id: number, file: File) =>
    unwrap(api.PUT('/api/agreements/{id}/text', { params: { path: { id } }, body: fileForm(file) })),
  textUrl: (id: number) => `/api/agreements/${id}/text`,
  /** Ends the agreement before its expiry on a day (its last day in force; default today). */
  end: (id: number, body: { endedOn?: string; reason: string }) =>
    unwrap(api.POST('/api/agreements/{id}/end', { params: { path: { id } }, body })),
  templateUrl: '/api/agreements/coverage-template.xlsx',
  importTemplateUrl: '/api/agreements/import/template.xlsx',
  /** The agreements register with the enterprises each covered: checked only (预检) or imported, all rows or none. */
  importRegister: registerImport('/api/agreements/import'),
  stats: (query: StatsQuery) => unwrap(api.GET('/api/agreements/stats', { params: { query } })),
  statsExportUrl: (q: StatsQuery) => `/api/agreements/stats.xlsx${queryString(q)}`,
};
