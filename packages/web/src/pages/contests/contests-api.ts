import { api, pickedDay, unwrap } from '../../api/client.ts';
import { recordCalls } from '../../api/recordCalls.ts';
import type { Answer, Body } from '../../api/types.ts';
import { periodParams } from '../../components/StatsPeriod.tsx';

export {
  CONTEST_LEVELS,
  CONTEST_STATUSES,
  ENTRY_MODES,
} from '../../../../server/src/modules/contests/contests.vocabulary.ts';

export type ContestList = Answer<'/api/contests'>;
export type Contest = ContestList['items'][number];
export type ContestDetail = Answer<'/api/contests/{id}'>;
export type ContestEvent = ContestDetail['events'][number];
export type ContestInput = Body<'/api/contests'>;
export type EditContest = Body<'/api/contests/{id}', 'patch'>;
export type Entry = Answer<'/api/contests/{id}/entries'>['items'][number];
export type EntryInput = Body<'/api/contests/{id}/entries'>;
export type ResultInput = Body<'/api/contest-entries/{id}/result', 'put'>;
export type ResultImport = Answer<'/api/contests/{id}/results/import', 'post'>;
export type ContestStats = Answer<'/api/contests/stats'>;
export type StatsQuery = { orgId?: number; year?: number; from?: string; to?: string };
export type ContestStatus = Contest['status'];
export type ContestLevel = Contest['level'];
export type EntryMode = ContestEvent['mode'];

const path = (id: number) => ({ params: { path: { id } } });

/** The calls of the contests pages. */
export const contestsApi = {
  ...recordCalls('/api/contests'),
  close: (id: number, effectiveOn?: string | null) =>
    unwrap(api.POST('/api/contests/{id}/close', { ...path(id), body: pickedDay(effectiveOn) })),
  entries: (id: number) => unwrap(api.GET('/api/contests/{id}/entries', path(id))),
  register: (id: number, body: EntryInput) =>
    unwrap(api.POST('/api/contests/{id}/entries', { ...path(id), body })),
  withdraw: (entryId: number) => unwrap(api.DELETE('/api/contest-entries/{id}', path(entryId))),
  setResult: (entryId: number, body: ResultInput) =>
    unwrap(api.PUT('/api/contest-entries/{id}/result', { ...path(entryId), body })),
  publish: (id: number, publishedOn?: string) =>
    unwrap(api.POST('/api/contests/{id}/publish', { ...path(id), body: { publishedOn } })),
  importResults: (id: number, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return unwrap(api.POST('/api/contests/{id}/results/import', { ...path(id), body: form as never }));
  },
  entriesSheetUrl: (id: number) => `/api/contests/${id}/entries.xlsx`,
  stats: (q: StatsQuery) => unwrap(api.GET('/api/contests/stats', { params: { query: q } })),
  statsSheetUrl: (q: StatsQuery) => `/api/contests/stats.xlsx?${periodParams(q)}`,
  /** Members of a union's subtree whose name contains `q`, for the entry form. */
  findMembers: (orgId: number, q: string) =>
    unwrap(api.GET('/api/members', { params: { query: { orgId, q, pageSize: 20 } } })),
};
