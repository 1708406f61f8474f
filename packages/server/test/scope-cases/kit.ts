import { expect } from 'vitest';
import type { Actor } from '../../src/access/access.ts';
import { multipartForm } from '../multipart.ts';
import type { Fx, Req, ScopeCase } from './types.ts';

/** What the case files share: their case builders, the actors their setup acts as, and a file upload. */

type ScopedCase = Extract<ScopeCase, { kind: 'scoped' }>;
type SelfCase = Extract<ScopeCase, { kind: 'self' }>;

/** A case of a union's staff: `denied` for 杨镇, `control` for 昌平 (see `ScopeCase`). */
export const scoped = (c: Omit<ScopedCase, 'kind'>): ScopeCase => ({ kind: 'scoped', ...c });

/**
 * A case whose one request aims at 昌平's object: 杨镇's staff are refused it (`denied`), 昌平's staff make it (the
 * `control`); `more` adds the lists 杨镇 may ask and the rest of a scoped case.
 */
export const aimed = (
  request: (f: Fx) => Req,
  more: Omit<ScopedCase, 'kind' | 'denied' | 'control'> = {},
): ScopeCase => scoped({ denied: (f) => [request(f)], control: request, ...more });

/**
 * A case of a list of my subtree: 杨镇's staff asking it of 昌平 are refused; asked of no union it must hold nothing
 * of 昌平; 昌平's staff list theirs.
 */
export const subtreeList: ScopeCase = scoped({
  denied: (f) => [{ query: { orgId: f.cp } }],
  lists: () => [{}],
  control: () => ({}),
});

/**
 * A case of a route that creates an object for the union its body names (`body(orgId)`): 杨镇's staff naming 昌平 or
 * its town are refused; 昌平's staff create `control`.
 */
export const createsFor = (body: (orgId: number) => unknown, control: (f: Fx) => unknown): ScopeCase =>
  scoped({
    denied: (f) => [{ body: body(f.cp) }, { body: body(f.cpTown) }],
    control: (f) => ({ body: control(f) }),
  });

/** A case of a route that aims at no union's object (a template, a vocabulary): nothing to deny. */
export const unaimed: ScopeCase = scoped({ denied: () => [], control: () => ({}) });

/** A case of a list that names no union: asked by 杨镇's staff it must hold nothing of 昌平; 昌平's staff list theirs. */
export const unaimedList: ScopeCase = scoped({ denied: () => [], lists: () => [{}], control: () => ({}) });

const ok: SelfCase['check'] = (_f, res) => expect(res.statusCode).toBe(200);
/** A worker's own route asked of another's object answers 404. */
export const notFound: SelfCase['check'] = (_f, res) => expect(res.statusCode).toBe(404);
/** A worker's own route asked of an object they have no part in is refused with `code`. */
export const refusedWith =
  (code: string): SelfCase['check'] =>
  (_f, res) =>
    expect(res.json().error?.code).toBe(code);

/** A case of the caller's own data; by default it only has to answer 200. */
export const self = (request: SelfCase['request'], check: SelfCase['check'] = ok): ScopeCase => ({
  kind: 'self',
  request,
  check,
});

/** A member acting on their own behalf in a setup (user 0: no account behind it). */
export const setupWorker = (personId: number): Actor => ({
  userId: 0,
  username: 'setup',
  displayName: 'setup',
  role: 'worker',
  orgId: null,
  scopePath: null,
  personId,
});

/** A union's staff (or, with `role`, its manager) acting in a setup. */
export const setupStaff = (
  org: { id: number; path: string },
  role: 'staff' | 'manager' = 'staff',
): Actor => ({
  userId: 0,
  username: 'setup',
  displayName: 'setup',
  role,
  orgId: org.id,
  scopePath: org.path,
  personId: null,
});

/** The smallest PNG there is: one pixel. */
export const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

let serial = 0;
/** A multipart upload of one file in the field `file`, as the web uploads it; each with a boundary of its own. */
export function fileUpload(
  fileName: string,
  contentType: string,
  content: Buffer,
): Pick<Req, 'payload' | 'headers'> {
  return multipartForm(
    { files: [{ name: fileName, mime: contentType, data: content }] },
    `----gonghuiscope${serial++}`,
  );
}

/** A sheet sent as JSON (an import's body in a scope case): its file name and its text, a CSV, as base64. */
export const csvUpload = (fileName: string, csv: string) => ({
  fileName,
  contentBase64: Buffer.from(csv, 'utf8').toString('base64'),
});
