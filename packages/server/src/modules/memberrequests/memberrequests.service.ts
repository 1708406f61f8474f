import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { createRequestDecisions } from './memberrequests.decisions.ts';
import { createRequestLists } from './memberrequests.lists.ts';
import { createWorkerRequests } from './memberrequests.worker.ts';

export function createMemberRequestsService(db: Db, clock: Clock) {
  return {
    ...createWorkerRequests(db, clock),
    ...createRequestLists(db, clock),
    ...createRequestDecisions(db, clock),
  };
}

export type MemberRequestsService = ReturnType<typeof createMemberRequestsService>;
