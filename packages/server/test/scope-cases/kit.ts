import { expect } from 'vitest';
import type { Actor } from '../../src/access/access.ts';
import type { Req, ScopeCase } from './types.ts';

/** What the case files share: their case builders, the actors their setup acts as, and a file upload. */

type ScopedCase = Extract<ScopeCase, { kind: 'scoped' }>;
type SelfCase = Extract<ScopeCase, { kind: 'self' }>;

/** A case of a union's staff: `denied` for 杨镇, `control` for 昌平 (see `ScopeCase`). */
export const scoped = (c: Omit<ScopedCase, 'kind'>): ScopeCase => ({ kind: 'scoped', ...c });

const ok: SelfCase['check'] = (_f, res) => expect(res.statusCode).toBe(200);
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
  const boundary = `----gonghuiscope${serial++}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        `Content-Type: ${contentType}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
