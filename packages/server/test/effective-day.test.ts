import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATE_PATTERN } from '../src/http/schema.ts';
import { DAY_EXCEPTIONS as LISTED } from './effective-day.exceptions.ts';
import { openRouteWalk, type RouteWalk, type Schema, WRITE } from './route-walk.ts';
import { CASE_FILES } from './scope-cases/found.ts';

/**
 * Issue 42, ADR 40: every write route that records a decision or an event takes the day it happened, as every route
 * declares a permission. Over the whole route table (the OpenAPI document of the built app): a POST, PUT, PATCH or
 * DELETE either has a body or query property that is the day it happened — one of DAY_FIELDS, a date string — or
 * is listed in DAY_EXCEPTIONS with its reason (reading, drafts, configuration, sign-in…) or in its module's
 * scope-case file's `dayExceptions`. A new module's route that records an event and takes no day fails here. An
 * exception for a route that is gone, or that now takes a day, fails too, so the list shrinks as the work is done.
 */

/**
 * The names under which a route takes the day a thing happened: `effectiveOn` where the decision had no day of
 * its own, else the day the clerk already typed, named for the event (ADR 40). Each goes through `effectiveDay`.
 */
export const DAY_FIELDS = [
  'effectiveOn',
  'appliedOn',
  'approvedOn',
  'attendedOn',
  'closedOn',
  'completedOn',
  'convertedOn',
  'decidedOn',
  'doneOn',
  'endedOn',
  'filedOn',
  'foundedOn',
  'heldOn',
  'joinedOn',
  'openedOn',
  'paidOn',
  'publishedOn',
  'reachedOn',
  'receivedOn',
  'registeredOn',
  'reviewedOn',
  'signedOn',
  'statusOn',
  'verifiedOn',
  'visitedOn',
  /** a record's (a certificate's) own date */
  'date',
  /** a member's transfer, an achievement's publication, a policy's roster on a day */
  'on',
  /** the first day of a selection's notice */
  'from',
] as const;

let w: RouteWalk;
/** The imports of registers (GET /api/registers): each row carries its own days in the sheet's columns. */
let registerImports: Set<string>;

beforeAll(async () => {
  w = await openRouteWalk();
  const cookie = await w.t.signInAs('admin', null);
  const listed = (await w.t.call({ method: 'GET', url: '/api/registers', cookie })).json() as {
    items: { importUrl: string }[];
  };
  registerImports = new Set(listed.items.map((r) => `POST ${r.importUrl}`));
});

afterAll(async () => {
  await w?.t.close();
});

/** A date string: the shared DATE_PATTERN, alone or as one branch of a union (a nullable day). */
const isDay = (raw: Schema | undefined): boolean => {
  const s = w.deref(raw);
  if (!s) return false;
  if (s.type === 'string' && s.pattern === DATE_PATTERN) return true;
  return [...(s.anyOf ?? []), ...(s.oneOf ?? [])].some(isDay);
};

/** The day properties a route's body (JSON or multipart) and query take: name → is a date string. */
function dayFieldsOf(method: string, url: string): Map<string, boolean> {
  const op = w.operationOf(method, url);
  const out = new Map<string, boolean>();
  const props: [string, Schema][] = [];
  for (const c of Object.values(op?.requestBody?.content ?? {})) {
    const s = w.deref(c.schema);
    props.push(...Object.entries(s?.properties ?? {}));
    for (const alt of [...(s?.anyOf ?? []), ...(s?.oneOf ?? [])])
      props.push(...Object.entries(w.deref(alt)?.properties ?? {}));
  }
  for (const p of op?.parameters ?? []) if (p.in === 'query') props.push([p.name, p.schema]);
  for (const [name, s] of props)
    if ((DAY_FIELDS as readonly string[]).includes(name)) out.set(name, (out.get(name) ?? false) || isDay(s));
  return out;
}

/** The central list and each module's own (its scope-case file's `dayExceptions`). */
const DAY_EXCEPTIONS: Record<string, string> = Object.assign(
  { ...LISTED },
  ...CASE_FILES.map(({ file }) => file.dayExceptions ?? {}),
);

const writeRoutes = () =>
  w.t.app.declaredRoutes
    .filter((r) => WRITE.includes(r.method) && !r.url.startsWith('/api/docs'))
    .map((r) => `${r.method} ${r.url}`);

describe('every write route takes the day it happened, or says why not (issue 42, ADR 40)', () => {
  it('a route takes a day field, or is listed with its reason', () => {
    const missing: string[] = [];
    const notADate: string[] = [];
    for (const key of writeRoutes()) {
      const [method, url] = key.split(' ');
      const days = dayFieldsOf(method, url);
      for (const [name, ok] of days) if (!ok) notADate.push(`${key}: ${name} is not a date string`);
      if (days.size === 0 && !DAY_EXCEPTIONS[key] && !registerImports.has(key)) missing.push(key);
    }
    expect(writeRoutes().length).toBeGreaterThan(250);
    expect(notADate).toEqual([]);
    expect(missing).toEqual([]);
  });

  it('lists no route that is gone or that now takes a day', () => {
    const routes = new Set(writeRoutes());
    const stale = Object.keys(DAY_EXCEPTIONS).filter((key) => {
      const [method, url] = key.split(' ');
      return !routes.has(key) || dayFieldsOf(method, url).size > 0;
    });
    expect(stale).toEqual([]);
  });

  it('gives every exception a reason', () => {
    expect(Object.entries(DAY_EXCEPTIONS).filter(([, why]) => why.trim().length < 10)).toEqual([]);
  });
});
