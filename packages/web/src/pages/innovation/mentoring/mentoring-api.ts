import { api, unwrap } from '../../../api/client.ts';
import type { Answer, Body } from '../../../api/types.ts';

export {
  MASTER_LEVELS,
  SESSION_KINDS,
} from '../../../../../server/src/modules/innovation/innovation.vocabulary.ts';

export type MentoringList = Answer<'/api/innovation/mentoring'>;
export type MasterYear = MentoringList['items'][number];
export type StudioMentoring = Answer<'/api/innovation/studios/{id}/mentoring'>;
export type MyMentoring = Answer<'/api/me/mentoring'>;
export type SessionKind = StudioMentoring['sessions'][number]['kind'];
export type ApprenticeKind = MasterYear['pairs'][number]['apprenticeKind'];
export const APPRENTICE_KINDS: ApprenticeKind[] = ['skilled', 'professional'];

const path = (id: number) => ({ params: { path: { id } } });

/** The calls of mentoring (名师带徒): staff pages and the apprentice's phone page. */
export const mentoringApi = {
  list: (year: number) => unwrap(api.GET('/api/innovation/mentoring', { params: { query: { year } } })),
  studio: (id: number, year: number) =>
    unwrap(api.GET('/api/innovation/studios/{id}/mentoring', { params: { path: { id }, query: { year } } })),
  invite: (body: Body<'/api/innovation/mentoring/pairs'>) =>
    unwrap(api.POST('/api/innovation/mentoring/pairs', { body })),
  logSession: (body: Body<'/api/innovation/mentoring/sessions'>) =>
    unwrap(api.POST('/api/innovation/mentoring/sessions', { body })),
  propose: (year: number, appliedOn: string | null = null) =>
    unwrap(
      api.POST('/api/innovation/mentoring/proposals', {
        body: { year, ...(appliedOn ? { appliedOn } : {}) },
      }),
    ),
  mine: () => unwrap(api.GET('/api/me/mentoring', {})),
  accept: (id: number) => unwrap(api.POST('/api/me/mentoring/pairs/{id}/accept', path(id))),
  decline: (id: number) => unwrap(api.POST('/api/me/mentoring/pairs/{id}/decline', path(id))),
  confirm: (id: number) => unwrap(api.POST('/api/me/mentoring/sessions/{id}/confirm', path(id))),
};
