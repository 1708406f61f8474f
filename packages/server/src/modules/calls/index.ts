/**
 * Calls for works (作品征集, issue 26): a union asks its subtree for slogans, pictures or files; the branches review
 * what their members send, the organiser picks what is awarded or exhibited, and a gallery shows it. Rules: ADR 63.
 */

import { defineModule } from '../../module-manifest.ts';
import { namedBy } from '../../shared/record-names.ts';
import { seedCalls } from './calls.demo.ts';
import { callsRecounter } from './calls.recount.repository.ts';
import { callsRoutes } from './calls.routes.ts';
import { createCallsService } from './calls.service.ts';
import { callsTodo } from './calls.todo.repository.ts';
import { callsUsage } from './calls.usage.ts';

export { seedCalls } from './calls.demo.ts';
export { callsRoutes } from './calls.routes.ts';
export { type CallsService, createCallsService } from './calls.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'calls',
  auditNames: { call: namedBy('calls', 'title'), call_work: namedBy('call_works', 'title') },
  todo: callsTodo,
  demo: async ({ db }) => seedCalls(db),
  menuUsage: callsUsage,
  recounter: callsRecounter,
  description:
    "`calls`, `call_categories`, `call_works`, `call_files`, `call_quota_use`, `call_work_returns` (each return on its day) — calls for works (作品征集, ADR 63), routes under `/api/activities/calls`: a union asks its subtree for works in categories (text, image, file) within a window, a count per worker and category held by a guarded upsert (`used < per_worker`); works sent on the phone or by a branch for its members (photos stripped of metadata by `card`'s `cleanPhoto`); the author's union passes or returns them (with a reason and a message; fixed and sent again inside the window), the organiser marks 一等奖 … 入展 with an optional score and publishes a gallery, public (`/api/public/calls`, the author's name and union only) or for its members; counts `calls.submitted`, `.passed`, `.returned`, `.chosen` (dim the category, dim2 the kind or result) through `reporting`, by category, branch and result with .xlsx",
  dependencyNotes: { card: '`cleanPhoto`' },
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, clock }) => ({ calls: createCallsService(db, clock) }),
  routes: (app, s) => callsRoutes(app, s),
});
