import type { Actor } from '../../access/access.ts';
import { type Db, isUniqueViolation, type Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import type { EffectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { findPersonById } from '../people/index.ts';
import { compileRule } from '../programs/index.ts';
import { type ActivityRow, findActivity } from './activities.repository.ts';
import { alreadySignedUp, answerSignup, refuseClosed } from './activities.signup.answer.ts';
import {
  type CompiledSignup,
  compileSignup,
  compileSignupBatch,
  runSignup,
  runSignupBatch,
  type SignupOutcome,
  signupBatchParams,
  signupParams,
} from './activities.signup.repository.ts';

const ACTIVITY = { zh: '活动', en: 'Activity' };
const isDeadlock = (e: unknown) => (e as { code?: string })?.code === '40P01';

/** The most sign-ups one statement carries. */
const SIGNUP_BATCH = 100;

export interface SignupOptions {
  /** How long this instance trusts an activity it read (its terms, rule and quotas); default 2 s. */
  cacheTtlMs?: number;
  /** The clock the cache reads (ms). */
  now?: () => number;
}

interface Cached {
  activity: ActivityRow;
  /** The compiled statement, for the day it was compiled for (the rule takes ages on that day). */
  compiled?: { day: string; statement: CompiledSignup };
  /** The same for several sign-ups at once (compileSignupBatch). */
  compiledBatch?: { day: string; statement: CompiledSignup };
}

/** A worker's sign-up waiting to be sent with the others asked for in the same turn of the event loop. */
interface Asked {
  actor: Actor;
  personId: number;
  resolve: (r: { status: 'confirmed' | 'waiting' }) => void;
  reject: (e: unknown) => void;
}

/**
 * Signing up for an activity at the flash claims' speed (programs/claims): the database decides every place in ONE
 * statement (activities.signup.repository.ts `compileSignup`) that checks the person, the rule, the window, the
 * no-show bar and an earlier sign-up, takes a place (per-union quota and total both held) or puts them on the
 * waiting list, and writes the audit row and the count. This keeps, per activity, what does not change while people
 * sign up — the activity with its rule compiled to SQL and its quotas — for `cacheTtlMs`, and forgets it when staff
 * change the activity. Nothing here is a source of truth: the statement re-checks that the activity is open.
 */
export function createSignups(db: Db, clock: () => Date, options: SignupOptions = {}) {
  const ttl = options.cacheTtlMs ?? 2000;
  const now = options.now ?? Date.now;
  const cache = new Map<number, { load: Promise<Cached | undefined>; expires: number }>();

  function cached(id: number): Promise<Cached | undefined> {
    const hit = cache.get(id);
    if (hit && hit.expires > now()) return hit.load;
    const load = findActivity(db, id).then((activity) => {
      if (!activity) cache.delete(id);
      return activity && { activity };
    });
    load.catch(() => cache.delete(id));
    if (cache.size > 1000) cache.clear();
    cache.set(id, { load, expires: now() + ttl });
    return load;
  }

  /** The activity's sign-up statement for one person or for a list, compiled once a day (the rule's ages). */
  function compiledFor(entry: Cached, day: string, which: 'compiled' | 'compiledBatch'): CompiledSignup {
    const kept = entry[which];
    if (kept?.day === day) return kept.statement;
    const a = entry.activity;
    const statement = (which === 'compiled' ? compileSignup : compileSignupBatch)({
      orgPath: a.orgPath,
      kind: a.kind,
      noShowLimit: a.noShowLimit,
      rule: a.rule
        ? compileRule(a.rule, { paramOffset: 12, ownerPath: a.orgPath, asOf: day, membersOnly: true })
        : null,
    });
    entry[which] = { day, statement };
    return statement;
  }

  /**
   * Signs a member up: in the organiser's subtree, eligible, not barred; a place if one is left, else waiting.
   * `sql` is the caller's transaction when there is one (staff), else the database itself (one statement).
   */
  async function signUp(
    sql: Sql,
    actor: Actor,
    entry: Cached,
    personId: number,
    inTransaction: boolean,
    on?: EffectiveDay,
  ): Promise<{ status: 'confirmed' | 'waiting' }> {
    const a = entry.activity;
    const at = on?.at ?? clock();
    const day = on?.day ?? todayInChina(at);
    refuseClosed(a, day);
    const statement = compiledFor(entry, day, 'compiled');
    let r: SignupOutcome;
    try {
      r = await runSignup(
        sql,
        statement,
        signupParams(a, statement, { personId, day, now: at, actor }),
        inTransaction,
      );
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      throw alreadySignedUp((await findPersonById(sql, personId))?.name ?? '');
    }
    return answerSignup(sql, a, r, personId, day, () => cache.delete(a.id));
  }

  /** Per activity, the workers' sign-ups asked for in this turn of the event loop, not yet sent. */
  const asked = new Map<number, { entry: Cached; list: Asked[]; people: Set<number> }>();

  /**
   * Sends the sign-ups for one activity asked for in one turn of the event loop as ONE statement (under load, many
   * workers sign up for the same activity at once, and each statement sent costs the server more than the
   * database's work on it). The places go in the order the sign-ups were asked for. If one of them was made
   * elsewhere meanwhile (the unique index refuses the whole statement), each is sent again alone.
   */
  async function send(entry: Cached, list: Asked[]) {
    const a = entry.activity;
    const at = clock();
    const day = todayInChina(at);
    const alone = () =>
      Promise.all(list.map((x) => signUp(db, x.actor, entry, x.personId, false).then(x.resolve, x.reject)));
    if (list.length === 1) return alone();
    let rows: SignupOutcome[];
    try {
      refuseClosed(a, day);
      const statement = compiledFor(entry, day, 'compiledBatch');
      rows = await runSignupBatch(
        db,
        statement,
        signupBatchParams(a, statement, { day, now: at, signups: list }),
      );
    } catch (e) {
      // undone whole: a person of the list signed up elsewhere meanwhile, or two lists with the same people
      // waited on each other
      if (isUniqueViolation(e) || isDeadlock(e)) return alone();
      for (const x of list) x.reject(e);
      return;
    }
    await Promise.all(
      list.map((x, i) =>
        answerSignup(db, a, rows[i], x.personId, day, () => cache.delete(a.id)).then(x.resolve, x.reject),
      ),
    );
  }

  return {
    /**
     * A worker's own sign-up: outside any transaction, the activity read from the cache, in one statement with the
     * other sign-ups for the same activity asked for in the same turn of the event loop.
     */
    async signUpSelf(actor: Actor, id: number) {
      const entry = await cached(id);
      if (!entry) throw notFound(ACTIVITY);
      refuseClosed(entry.activity, todayInChina(clock()));
      const personId = actor.personId as number;
      let batch = asked.get(id);
      if (
        !batch ||
        batch.entry !== entry ||
        batch.list.length >= SIGNUP_BATCH ||
        batch.people.has(personId)
      ) {
        const next = { entry, list: [] as Asked[], people: new Set<number>() };
        batch = next;
        asked.set(id, next);
        setImmediate(() => {
          if (asked.get(id) === next) asked.delete(id);
          void send(next.entry, next.list);
        });
      }
      batch.people.add(personId);
      const list = batch.list;
      return new Promise<{ status: 'confirmed' | 'waiting' }>((resolve, reject) =>
        list.push({ actor, personId, resolve, reject }),
      );
    },

    /**
     * A sign-up by staff inside their transaction, on the activity as they read it there; `on`, the day it was
     * made (ADR 40: checked by the caller), else today. The window, the rule's ages and the count go by that day.
     */
    signUpIn(sql: Sql, actor: Actor, a: ActivityRow, personId: number, on?: EffectiveDay) {
      return signUp(sql, actor, { activity: a }, personId, true, on);
    },

    /** Drops what this instance remembers about an activity (after staff change it). */
    forget(id: number) {
      cache.delete(id);
    },
  };
}
