import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type Actor, isAdminRole, type Role, subtreeOfRole } from '../src/access/access.ts';
import type { Db } from '../src/db/db.ts';
import { createRandom, randomIdNumber } from '../src/demo/random.ts';
import { type Keyring, loadKeyring, refreshKeyState } from '../src/modules/keys/index.ts';
import {
  createRootOrg,
  insertOrg,
  levelOfKind,
  type OrgKind,
  type OrgRow,
} from '../src/modules/org/index.ts';
import type { OutgoingMessage, Sender } from '../src/modules/outbox/index.ts';
import { createServices, type Services } from '../src/services.ts';
import { AppError } from '../src/shared/errors.ts';
import { fixedClock } from './clock.ts';
import { createTestDb } from './test-db.ts';

const TEST_KEY = Buffer.alloc(32, 7);

export interface TestContextOptions {
  /**
   * The clock every service of the context decides by (see test/clock.ts): TEST_NOW, standing still, unless a
   * test gives another (`movableClock()` to move it, the demo's moment for a database holding the demo).
   */
  clock?: () => Date;
  /** The key or keyring of the protected values (a fixed test key by default). */
  idKey?: Buffer | Keyring;
  /**
   * How long a live session's lookup is kept (production keeps it 5 s): none by default, so that a test sees a
   * sign-out or a changed account at once. A file sending thousands of requests that change no account may keep it.
   */
  sessionCacheSeconds?: number;
}

/** The services on `db` as the server composes them, with the test key, a `clock` and an SMS `sender`. */
export function testServices(db: Db, o: { clock: () => Date; sender: Sender }): Services {
  return createServices(db, { sessionTtlHours: 12, production: false }, TEST_KEY, {
    log: () => {},
    sender: o.sender,
    clock: o.clock,
  });
}

/** Small factories over a real database; values are random and unique so test files can share a server. */
export function createTestContext(db: Db, options: TestContextOptions = {}) {
  const services: Services = createServices(
    db,
    { sessionTtlHours: 12, production: false, sessionCacheSeconds: options.sessionCacheSeconds },
    options.idKey ?? TEST_KEY,
    {
      log: () => {},
      clock: options.clock ?? fixedClock(),
    },
  );
  const r = createRandom(Number.parseInt(randomBytes(4).toString('hex'), 16));
  let serial = r.int(0, 400);
  const issued = new Set<string>();
  const unique = () => randomBytes(4).toString('hex');

  return {
    db,
    services,
    unique,
    async newRoot(name = `测试市总工会${unique()}`): Promise<OrgRow> {
      return db.tx((sql) => createRootOrg(sql, null, { name, kind: 'federation' }));
    },
    async newOrg(
      parent: OrgRow,
      kind: OrgKind = 'grassroots',
      name = `测试工会${unique()}`,
    ): Promise<OrgRow> {
      return db.tx((sql) =>
        insertOrg(sql, { parentId: parent.id, level: levelOfKind(kind), kind, name }, parent.path),
      );
    },
    /**
     * A valid ID number never handed out before by this context (random ones collide about once in 100 runs), of
     * 大兴 (110115), a region the demo's people never have: of 顺义 (110113), as the demo's are, one in about 230,000
     * was a demo member's, and the scope test over the demo asks for dozens.
     */
    newIdNumber(): string {
      for (;;) {
        serial += 1;
        const id = randomIdNumber(r, '110115', serial + r.int(0, 100000));
        if (!issued.has(id)) {
          issued.add(id);
          return id;
        }
      }
    },
    /** A valid, random mobile phone number. */
    newPhone(): string {
      return `139${String(Number.parseInt(randomBytes(4).toString('hex'), 16) % 100_000_000).padStart(8, '0')}`;
    },
    actor(role: Role, org: OrgRow | null, personId: number | null = null): Actor {
      return {
        userId: 0,
        username: `${role}-${unique()}`,
        displayName: role,
        role,
        orgId: org?.id ?? null,
        scopePath: subtreeOfRole(role, org?.path ?? null),
        personId,
      };
    },
    /**
     * Makes `actor`s of `role` at the union given, each with a user id of its own (`actor`'s is 0), for the services
     * that tell one user from another (who decided, who may not decide twice).
     */
    actorsAs(role: Role): (org: OrgRow | null) => Actor {
      return (org) => ({ ...this.actor(role, org), userId: Math.floor(Math.random() * 1e9) + 1 });
    },
    async newPerson(org: OrgRow, attrs: Partial<Parameters<Services['people']['createPerson']>[1]> = {}) {
      return services.people.createPerson(this.actor('admin', null), {
        name: `测试${unique().slice(0, 4)}`,
        idNumber: this.newIdNumber(),
        orgId: org.id,
        // A long-standing member, so programs of past periods count them (membership dates count).
        joinedOn: '2010-01-01',
        ...attrs,
      });
    },
    /** An innovation studio hosted by `org` (a district-level one unless said otherwise). */
    /** A studio at a level since a day (its level history dated, so statistics as of a day see it). */
    async newStudio(
      org: OrgRow,
      attrs: { name?: string; industry?: string; level?: string; since?: string } = {},
    ) {
      const level = attrs.level ?? 'district';
      const since = attrs.since ?? '2020-01-01';
      const { rows } = await db.query<{ id: number }>(
        `insert into innovation_studios (org_id, name, industry, level, level_since)
         values ($1, $2, $3, $4, $5) returning id`,
        [org.id, attrs.name ?? `测试创新工作室${unique()}`, attrs.industry ?? '制造业', level, since],
      );
      await db.query('insert into innovation_studio_levels (studio_id, level, from_on) values ($1, $2, $3)', [
        rows[0].id,
        level,
        since,
      ]);
      return { id: rows[0].id, orgId: org.id };
    },
    async newUser(
      role: Role,
      org: OrgRow | null,
      personId: number | null = null,
      password = 'test-password-1',
    ) {
      const username = `u${unique()}`;
      const id = await services.auth.createUser({
        username,
        password,
        displayName: username,
        roles: [{ role, orgId: isAdminRole(role) || role === 'worker' ? null : (org?.id ?? null) }],
        personId,
      });
      return { id, username, password };
    },
  };
}

export type TestContext = ReturnType<typeof createTestContext>;

/** A fresh test database and a context on it (a test file's `beforeAll`; the file closes `db` in `afterAll`). */
export async function openTestContext(options: TestContextOptions = {}) {
  const db = await createTestDb();
  return { db, ctx: createTestContext(db, options) };
}

/**
 * A fresh test database, the keyring of the key `Buffer.alloc(32, fill)` kept in a new temporary folder (`dir`), the
 * database's key state made for it, and a context protecting values with it: the key rotation tests' start. `close`
 * closes the database and removes the folder.
 */
export async function openKeyringContext(fill: number, options: TestContextOptions = {}) {
  const db = await createTestDb();
  const dir = mkdtempSync(join(tmpdir(), 'gonghui-keys-'));
  const ring = loadKeyring(Buffer.alloc(32, fill), { dataDir: dir });
  await refreshKeyState(db, ring);
  const close = async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.close();
  };
  return { db, dir, ring, ctx: createTestContext(db, { ...options, idKey: ring }), close };
}

/**
 * A test context and, beside its services, services whose messages go to a provider's Sender instead of the outbox:
 * it keeps in `sent` what it was handed, and refuses (`outsideTx`) a message handed outside a live transaction.
 */
export async function openWithSmsProvider(clock: () => Date, outsideTx: string) {
  const sent: OutgoingMessage[] = [];
  const sender: Sender = {
    async send(message, sql) {
      if (!sql) throw new Error(outsideTx);
      await sql.query('select 1');
      sent.push(message);
    },
  };
  const { db, ctx } = await openTestContext({ clock });
  return { db, ctx, sender, sent, services: testServices(db, { clock, sender }) };
}

/** The audit actions written about one record (its `entity` and id), in the order written. */
export async function auditActions(db: Db, entity: string, id: number): Promise<string[]> {
  const { rows } = await db.query<{ action: string }>(
    'select action from audit_log where entity = $1 and entity_id = $2 order by id',
    [entity, String(id)],
  );
  return rows.map((r) => r.action);
}

/** The error `p` rejects with (a test of a refusal reads its code and messages); it fails when `p` resolves. */
export async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected a rejection');
}

/** The AppError `fn` throws (another error is thrown on); the test fails when `fn` throws none. */
export async function appError(fn: () => Promise<unknown>): Promise<AppError> {
  try {
    await fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  return expect.fail('expected an AppError');
}

/**
 * The model workers register's count of studios led by model workers, which the composition root hands to the
 * studio statistics (issue 41): innovation's tests take it from here, not from the module (no import cycle).
 */
export { countStudiosLedByModelWorkers as studiosLedCounter } from '../src/modules/modelworkers/index.ts';
