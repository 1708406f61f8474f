import type { LightMyRequestResponse } from 'fastify';
import type { Db } from '../../src/db/db.ts';
import type { Services } from '../../src/services.ts';

/**
 * The contract of the route-table tests (test/scopes.test.ts, test/exports.test.ts). Each module keeps its cases in
 * its own folder, `src/modules/<m>/<m>.scope-cases.ts` (or `<m>.<part>.scope-cases.ts`; found by `found.ts`, ADR 92),
 * exporting `cases` (one entry per route it declares, keyed 'METHOD /api/url'), when it needs objects of its own
 * under 昌平 a `setup` that creates them, and `exportRequests` for its routes answering a spreadsheet.
 */

export interface Req {
  params?: Record<string, string | number>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** A raw payload (a multipart upload) sent as-is with `headers`; wins over `body`. */
  payload?: string | Buffer;
  headers?: Record<string, string>;
}

/** Objects of the demo data the cases aim at. 昌平区总工会 ('cp') is the subtree 杨镇 ('yz') must never reach. */
export interface Fx {
  cp: number;
  cpPath: string;
  /** 昌平区总工会, its children and grandchildren (levels 2–4). */
  cpOrgs: number[];
  /** Grassroots unions under 昌平 that hold members. */
  cpGrassroots: number;
  /** Fresh, empty grassroots unions under 昌平: a transfer target, one to close, one to move. */
  cpGrassroots2: number;
  cpEmpty: number;
  cpMovable: number;
  /** 延寿镇总工会, a town union under 昌平. */
  cpTown: number;
  /** Members under 昌平. */
  cpMember: number;
  cpMember2: number;
  cpMemberName: string;
  yz: number;
  yzGrassroots: number;
  /** A member under 杨镇 other than the demo worker. */
  yzMember: number;
  /** The demo worker's person id. */
  workerPerson: number;
  /** The demo worker's name and ID number, for a sheet a register's setup imports about them. */
  workerName: string;
  workerIdNumber: string;
  /** Ids made by the case files' setup functions, keyed by the names they chose. */
  ids: Record<string, number>;
  /** A valid, unused ID-card number. */
  newIdNumber: () => string;
  /** The app's day (YYYY-MM-DD): the day the demo was loaded on, on which the app's clock stands still. */
  today: string;
}

export type Who = 'yangzhen' | 'changping' | 'worker' | 'reviewer' | 'admin' | 'security' | 'auditor';

export interface SetupContext {
  db: Db;
  services: Services;
  f: Fx;
  /**
   * The app's clock: a moment on `f.today` (10:00 in China). A service a case makes of its own takes it, so that it
   * decides by the same time as the app's; no case reads the wall clock.
   */
  now: () => Date;
  /** An API call as one of the demo users; the answer as JSON (throws on a non-2xx answer). */
  api: (who: Who, method: string, url: string, body?: unknown) => Promise<unknown>;
  /** The raw answer, for multipart uploads and other special requests. */
  call: (
    who: Who,
    c: { method: string; url: string; payload?: string | Buffer; headers?: Record<string, string> },
  ) => Promise<LightMyRequestResponse>;
}

export type ScopeCase =
  | { kind: 'public' }
  /** A permission only the administrator holds; everyone else is refused by the permission check. */
  | { kind: 'admin'; request?: (f: Fx) => Req }
  /** The caller's own data (workers); `check` proves it answers only about the caller. */
  | { kind: 'self'; request: (f: Fx) => Req; check: (f: Fx, res: LightMyRequestResponse) => void }
  /**
   * A judge's own panels (the judge role, whose accounts reach no union, and the administrator): every other
   * role is refused by the permission; panel isolation and recusal are tested in the module's API test.
   */
  | { kind: 'judge' }
  /**
   * A counsellor's own slots, bookings and notes (the counsellor role only — not the administrator, ADR 54): every
   * other role is refused by the permission; which bookings a counsellor reaches is tested in the module's tests.
   */
  | { kind: 'counsellor' }
  | {
      kind: 'scoped';
      /** Requests aiming at 昌平's objects, with valid bodies; 杨镇's staff must get 404 for each (ADR 72). */
      denied: (f: Fx) => Req[];
      /** A request 昌平's staff makes and must succeed with (run after all denials, in route order). */
      control: (f: Fx) => Req;
      /** List requests 杨镇's staff may make: the answer must hold nothing of 昌平. */
      lists?: (f: Fx) => Req[];
      /**
       * A successful POST/PATCH/PUT/DELETE control must leave an audit row. Set `writes: false` only on a
       * write-method route that changes nothing (a simulation, a preview).
       */
      writes?: false;
      /** Awaited after the control succeeds, before its audit row is looked for (e.g. until a job has finished). */
      settle?: (c: SetupContext, res: LightMyRequestResponse) => Promise<void>;
    };

export interface CaseFile {
  cases: Record<string, ScopeCase>;
  setup?: (c: SetupContext) => Promise<Record<string, number>>;
  /** One request or more per export route of the module (the export contract, test/exports.test.ts). */
  exportRequests?: ExportRequests;
  /**
   * Its write routes that take no day it happened, each with its reason from `DAY_REASONS`
   * (test/effective-day.exceptions.ts): `{ 'PATCH /api/<m>/:id': DAY_REASONS.CORRECTION }`.
   */
  dayExceptions?: Record<string, string>;
}

/** The demo's objects the export requests aim at, found in test/exports.test.ts's beforeAll. */
export interface Ids {
  today: string;
  /** The root of the demo's tree: statistics of the whole tree, its unions listed. */
  root: number;
  year: number;
  activity: number;
  campaign: number;
  contest: number;
  policy: number;
  job: number;
  batch: number;
  ret: number;
  retOrg: number;
  wellnessBatch: number;
}

/**
 * Requests of the export contract, by route ('GET /api/<m>/stats.xlsx'), as the administrator makes them on the demo.
 * Statistics ask for the whole tree (its root), so their sheets list unions.
 */
export type ExportRequests = Record<string, (x: Ids) => Req | Req[]>;
