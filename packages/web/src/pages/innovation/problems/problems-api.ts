import { api, pickedDay, unwrap } from '../../../api/client.ts';
import { listCall } from '../../../api/recordCalls.ts';
import type { Answer, Body } from '../../../api/types.ts';

export { PROBLEM_STATUSES } from '../../../../../server/src/modules/innovation/innovation.vocabulary.ts';

export type ProblemList = Answer<'/api/innovation/problems'>;
export type ProblemItem = ProblemList['items'][number];
export type ProblemStatus = ProblemItem['status'];
export type ProblemDetail = Answer<'/api/innovation/problems/{id}'>;
export type Matches = Answer<'/api/innovation/problems/{id}/matches'>;
export type OwnStudio = Answer<'/api/innovation/alliance/own-studios'>['items'][number];
export type AllianceStudio = Answer<'/api/innovation/alliance'>['items'][number];
export type StudioFeed = Answer<'/api/innovation/studios/{id}/problem-feed'>;
export const STATUS_COLOR: Record<ProblemStatus, string> = {
  submitted: 'gold',
  published: 'blue',
  rejected: 'default',
  claimed: 'purple',
  closed: 'green',
};

const path = (id: number) => ({ params: { path: { id } } });

/** The calls of front-line problems and the studio alliance. */
export const problemsApi = {
  list: listCall('/api/innovation/problems'),
  create: (body: Body<'/api/innovation/problems'>) => unwrap(api.POST('/api/innovation/problems', { body })),
  get: (id: number) => unwrap(api.GET('/api/innovation/problems/{id}', path(id))),
  publish: (id: number, effectiveOn: string | null = null) =>
    unwrap(
      api.POST('/api/innovation/problems/{id}/publish', {
        ...path(id),
        body: pickedDay(effectiveOn),
      }),
    ),
  reject: (id: number, reason: string, effectiveOn: string | null = null) =>
    unwrap(
      api.POST('/api/innovation/problems/{id}/reject', {
        ...path(id),
        body: { reason, ...pickedDay(effectiveOn) },
      }),
    ),
  matches: (id: number) => unwrap(api.GET('/api/innovation/problems/{id}/matches', path(id))),
  claim: (id: number, body: Body<'/api/innovation/problems/{id}/claim'>) =>
    unwrap(api.POST('/api/innovation/problems/{id}/claim', { ...path(id), body })),
  addMilestone: (id: number, body: Body<'/api/innovation/problems/{id}/milestones'>) =>
    unwrap(api.POST('/api/innovation/problems/{id}/milestones', { ...path(id), body })),
  close: (id: number, body: Body<'/api/innovation/problems/{id}/close'>) =>
    unwrap(api.POST('/api/innovation/problems/{id}/close', { ...path(id), body })),
  feed: (studioId: number) => unwrap(api.GET('/api/innovation/studios/{id}/problem-feed', path(studioId))),
  alliance: () => unwrap(api.GET('/api/innovation/alliance', {})),
  ownStudios: () => unwrap(api.GET('/api/innovation/alliance/own-studios', {})),
  join: (studioId: number, joinedOn: string | null = null) =>
    unwrap(api.POST('/api/innovation/alliance', { body: { studioId, ...(joinedOn ? { joinedOn } : {}) } })),
  receivingUnions: () => unwrap(api.GET('/api/public/problem-unions', {})),
  submitPublic: (body: Body<'/api/public/problems'>) => unwrap(api.POST('/api/public/problems', { body })),
  leave: (studioId: number, effectiveOn: string | null = null) =>
    unwrap(
      api.POST('/api/innovation/alliance/{id}/leave', {
        ...path(studioId),
        body: pickedDay(effectiveOn),
      }),
    ),
};
