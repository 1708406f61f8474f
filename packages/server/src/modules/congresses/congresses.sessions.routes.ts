import { routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import {
  AttendanceBody,
  AttendanceResult,
  CloseBody,
  CloseResult,
  IdResult,
  MotionBody,
  SessionDetailSchema,
} from './congresses.schemas.ts';
import type { CongressesService } from './congresses.service.ts';

const tags = ['congresses'];
const read = { permission: 'congresses.read' } as const;
const manage = { permission: 'congresses.manage' } as const;

/**
 * A session (次) at work: who is present, the matters put to the vote, a vote closed.
 */
export function congressesSessionsRoutes(app: App, { congresses }: { congresses: CongressesService }): void {
  const on = routeMould(app, tags);
  on.get('/api/congresses/sessions/:id', {
    config: read,
    summary: 'A session with attendance, proposals and votes',
    params: IdParams,
    response: SessionDetailSchema,
    use: congresses.getSession,
  });
  on.put('/api/congresses/sessions/:id/attendance', {
    config: manage,
    summary: 'The delegates present at the session (the whole list)',
    params: IdParams,
    body: AttendanceBody,
    response: AttendanceResult,
    run: (actor, { params, body }) => congresses.setAttendance(actor, params.id, body.delegateIds),
  });
  on.post('/api/congresses/sessions/:id/motions', {
    config: manage,
    summary: 'Put a matter to the vote of the session',
    params: IdParams,
    body: MotionBody,
    response: IdResult,
    use: congresses.addMotion,
  });
  on.post('/api/congresses/motions/:id/close', {
    config: manage,
    summary: 'Close the vote: quorum (2/3 present) and majority (over 1/2 of all delegates)',
    params: IdParams,
    body: CloseBody,
    response: CloseResult,
    run: (actor, { params, body }) => congresses.closeMotion(actor, params.id, body.effectiveOn),
  });
}
