import { api, queryString, unwrap } from '../../api/client.ts';
import { listCall } from '../../api/recordCalls.ts';
import type { paths } from '../../api/schema.gen.ts';
import type { Answer, Body } from '../../api/types.ts';
import { registerImport } from '../../components/importApi.ts';

export { CHANNELS } from '../../../../server/src/modules/cases/cases.vocabulary.ts';

export type StaffCase = Answer<'/api/cases'>['items'][number];
export type CaseDetail = Answer<'/api/cases/{id}'>;
export type CaseEvent = CaseDetail['events'][number];
export type CaseStats = Answer<'/api/cases/stats'>;
export type MyCase = Answer<'/api/me/cases'>['items'][number];
export type MyCaseDetail = Answer<'/api/me/cases/{id}'>;
export type CaseQuery = NonNullable<paths['/api/cases']['get']['parameters']['query']>;
export type StatsQuery = paths['/api/cases/stats']['get']['parameters']['query'];
export type Channel = StaffCase['channel'];
export type Category = StaffCase['category'];
export type CaseStatus = StaffCase['status'];
export type FileOwn = Body<'/api/me/cases'>;

export type CategoryFields = Body<'/api/cases/categories'>;
/** A name in the reader's language. */
export const named = (n: { zh: string; en: string }, lang: string) => (lang === 'en' ? n.en : n.zh);

const path = (id: number) => ({ params: { path: { id } } });

/** The calls of the staff pages. */
export const casesApi = {
  list: listCall('/api/cases'),
  /** The list as filtered, every matching request, as .xlsx. */
  listExportUrl: ({ page: _p, pageSize: _s, ...filters }: CaseQuery) =>
    `/api/cases.xlsx${queryString(filters)}`,
  enter: (body: Body<'/api/cases'>) => unwrap(api.POST('/api/cases', { body })),
  get: (id: number) => unwrap(api.GET('/api/cases/{id}', path(id))),
  fileUrl: (id: number, fileId: number) => `/api/cases/${id}/files/${fileId}`,
  accept: (id: number, effectiveOn?: string) =>
    unwrap(api.POST('/api/cases/{id}/accept', { ...path(id), body: { effectiveOn } })),
  assign: (id: number, userId: number, effectiveOn?: string) =>
    unwrap(api.POST('/api/cases/{id}/assign', { ...path(id), body: { userId, effectiveOn } })),
  transfer: (id: number, orgId: number, effectiveOn?: string) =>
    unwrap(api.POST('/api/cases/{id}/transfer', { ...path(id), body: { orgId, effectiveOn } })),
  escalate: (id: number, effectiveOn?: string) =>
    unwrap(api.POST('/api/cases/{id}/escalate', { ...path(id), body: { effectiveOn } })),
  reply: (id: number, text: string, effectiveOn?: string) =>
    unwrap(api.POST('/api/cases/{id}/reply', { ...path(id), body: { text, effectiveOn } })),
  close: (id: number, effectiveOn?: string) =>
    unwrap(api.POST('/api/cases/{id}/close', { ...path(id), body: { effectiveOn } })),
  pasteNotice: (year: number, text: string, dryRun: boolean) =>
    unwrap(api.POST('/api/cases/calendar/notice', { body: { year, text, dryRun } })),
  settings: () => unwrap(api.GET('/api/cases/settings')),
  holidaysTemplateUrl: '/api/cases/calendar/import/template.xlsx',
  /** A year's holiday calendar from a sheet (日期, 休/班, 名称): checked only (预检) or replacing the year. */
  importHolidays: registerImport('/api/cases/calendar/import'),
  importTemplateUrl: '/api/cases/import/template.xlsx',
  /** The requests register: checked only (预检) or imported, all rows or none. */
  importRegister: registerImport('/api/cases/import'),
  saveSettings: (afterHours: string) => unwrap(api.PUT('/api/cases/settings', { body: { afterHours } })),
  stats: (query: StatsQuery) => unwrap(api.GET('/api/cases/stats', { params: { query } })),
  statsExportUrl: (q: StatsQuery) => `/api/cases/stats.xlsx${queryString(q)}`,
  calendar: (year: number) => unwrap(api.GET('/api/cases/calendar', { params: { query: { year } } })),
  saveDay: (day: string, working: boolean, name: string) =>
    unwrap(api.PUT('/api/cases/calendar/{day}', { params: { path: { day } }, body: { working, name } })),
  deleteDay: (day: string) => unwrap(api.DELETE('/api/cases/calendar/{day}', { params: { path: { day } } })),
  categories: () => unwrap(api.GET('/api/cases/categories')),
  addCategory: (body: CategoryFields) => unwrap(api.POST('/api/cases/categories', { body })),
  saveCategory: (code: Category, body: CategoryFields) =>
    unwrap(api.PUT('/api/cases/categories/{code}', { params: { path: { code } }, body })),
};

/** The calls of the worker's phone pages. */
export const myCasesApi = {
  categories: () => unwrap(api.GET('/api/me/cases/categories')),
  list: () => unwrap(api.GET('/api/me/cases')),
  get: (id: number) => unwrap(api.GET('/api/me/cases/{id}', path(id))),
  /** A file I sent with my request (a thumbnail's and a link's address). */
  fileUrl: (id: number, fileId: number) => `/api/me/cases/${id}/files/${fileId}`,
  file: (body: FileOwn) => unwrap(api.POST('/api/me/cases', { body })),
  reply: (id: number, text: string) =>
    unwrap(api.POST('/api/me/cases/{id}/reply', { ...path(id), body: { text } })),
  rate: (id: number, rating: number, comment: string) =>
    unwrap(
      api.POST('/api/me/cases/{id}/rate', { ...path(id), body: { rating, comment: comment.trim() || null } }),
    ),
  reopen: (id: number, reason: string) =>
    unwrap(api.POST('/api/me/cases/{id}/reopen', { ...path(id), body: { reason } })),
};
