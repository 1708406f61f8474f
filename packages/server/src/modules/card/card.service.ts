import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { recordAudit } from '../audit/index.ts';
import { findPersonById, getPersonInScope, listMemberships } from '../people/index.ts';
import { pickupsOfPerson } from '../programs/index.ts';
import { cardErrors } from './card.errors.ts';
import { renderCardPdf } from './card.pdf.ts';
import { cleanPhoto } from './card.photo.ts';
import { findPhoto, hasPhoto, upsertPhoto } from './card.repository.ts';
import {
  type CardKeys,
  loadCardKeys,
  memberNo,
  PHONE_TOKEN_SECONDS,
  readCard,
  signCard,
  type TokenProblem,
} from './card.tokens.ts';

export type CardCheck =
  | {
      valid: true;
      name: string;
      unionName: string;
      memberNo: string;
      inScope: boolean;
      hasPhoto: boolean;
      printed: boolean;
    }
  | {
      valid: false;
      problem: TokenProblem | 'membership_ended';
      name: string | null;
      unionName: string | null;
      memberNo: string | null;
    };

const holderKeys = new WeakMap<Db, Promise<CardKeys>>();

/**
 * The person a card's code stands for, for the modules that act on a scanned card (activity check-in, a pickup
 * desk): the signature, the expiry of a phone card and the membership still current; else a bilingual refusal.
 * What the caller may then do with that person is the caller's own scope check.
 */
export async function cardHolder(db: Db, token: string, now: Date): Promise<number> {
  let keys = holderKeys.get(db);
  if (!keys) {
    keys = loadCardKeys(db);
    holderKeys.set(db, keys);
    keys.catch(() => holderKeys.delete(db));
  }
  const read = readCard(await keys, token, now);
  if ('problem' in read) {
    if (read.problem === 'malformed') throw cardErrors.unreadable();
    throw cardErrors.notValid(read.problem);
  }
  const m = (await listMemberships(db, read.payload.p)).find((x) => x.id === read.payload.m);
  if (m?.status !== 'active') throw cardErrors.notValid('membership_ended');
  return read.payload.p;
}

export function createCardService(db: Db, clock: Clock) {
  let keys: Promise<CardKeys> | null = null;
  const keysOf = () => {
    keys ??= loadCardKeys(db).catch((err) => {
      keys = null;
      throw err;
    });
    return keys;
  };

  /** A person's current membership with the particulars a card shows. */
  async function current(sql: Sql, personId: number) {
    const person = await findPersonById(sql, personId);
    const m = (await listMemberships(sql, personId)).find((x) => x.status === 'active');
    if (!person || !m) throw cardErrors.noMembership();
    return { person, m };
  }

  const payloadOf = (
    personId: number,
    name: string,
    m: { id: number; orgName: string },
    printed: boolean,
    now: Date,
  ) => ({
    v: 1 as const,
    k: printed ? ('r' as const) : ('p' as const),
    p: personId,
    m: m.id,
    n: name,
    u: m.orgName,
    no: memberNo(m.id),
    e: printed ? 0 : Math.floor(now.getTime() / 1000) + PHONE_TOKEN_SECONDS,
  });

  /** Keys are read before a transaction opens: on the embedded database a read beside an open transaction waits for it. */
  async function printed(sql: Sql, keys: CardKeys, personId: number) {
    const { person, m } = await current(sql, personId);
    const token = signCard(keys, payloadOf(personId, person.name, m, true, clock()));
    return renderCardPdf({
      name: person.name,
      unionName: m.orgName,
      memberNo: memberNo(m.id),
      joinedOn: m.joinedOn,
      token,
      photo: (await findPhoto(sql, personId)) ?? null,
    });
  }

  return {
    /** The public key pages check card codes with, offline. */
    async publicKey() {
      const { kty, crv, x, y } = (await keysOf()).publicJwk;
      return { kty: String(kty), crv: String(crv), x: String(x), y: String(y) };
    },

    /** The worker's card and a code valid for a few minutes (the page asks for a new one every minute). */
    async mine(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      const personId = actor.personId as number;
      const keys = await keysOf();
      return db.tx(async (sql) => {
        const { person, m } = await current(sql, personId);
        const now = clock();
        const payload = payloadOf(personId, person.name, m, false, now);
        return {
          name: person.name,
          unionName: m.orgName,
          memberNo: payload.no,
          joinedOn: m.joinedOn,
          hasPhoto: await hasPhoto(sql, personId),
          token: signCard(keys, payload),
          expiresAt: new Date(payload.e * 1000).toISOString(),
          refreshSeconds: 60,
        };
      });
    },

    async setPhoto(actor: Actor, file: Buffer) {
      requireAccess(actor, 'self.write', { personId: actor.personId });
      const personId = actor.personId as number;
      const photo = cleanPhoto(file);
      return db.tx(async (sql) => {
        await current(sql, personId);
        await upsertPhoto(sql, { personId, ...photo });
        await recordAudit(sql, actor, { action: 'card.photo', entity: 'person', entityId: personId });
        return { ok: true as const };
      });
    },

    async myPhoto(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      const photo = await findPhoto(db, actor.personId as number);
      if (!photo) throw cardErrors.noPhoto();
      return photo;
    },

    async myPdf(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      const keys = await keysOf();
      return db.tx((sql) => printed(sql, keys, actor.personId as number));
    },

    /** A member's printed card, for a member without a phone (staff of the member's union or above; audited). */
    async memberPdf(actor: Actor, personId: number) {
      const keys = await keysOf();
      return db.tx(async (sql) => {
        const person = await getPersonInScope(sql, actor, personId);
        requireAccess(actor, 'people.read', { orgPath: person.orgPath });
        const pdf = await printed(sql, keys, personId);
        await recordAudit(sql, actor, {
          action: 'card.print',
          entity: 'person',
          entityId: personId,
          orgId: person.orgId,
        });
        return { pdf, name: person.name };
      });
    },

    /**
     * Checks a card's code online: the signature, the expiry of a phone card, and that the membership it names is
     * still the member's current one (a transfer or a closed membership ends every card issued for it). A member of
     * another subtree is answered with what the card itself shows, never more. Each check is audited.
     */
    async verify(actor: Actor, token: string): Promise<CardCheck> {
      requireAccess(actor, 'cards.verify');
      const read = readCard(await keysOf(), token, clock());
      if ('problem' in read) {
        if (read.problem === 'malformed') throw cardErrors.unreadable();
        return { valid: false, problem: read.problem, name: null, unionName: null, memberNo: null };
      }
      const c = read.payload;
      return db.tx(async (sql) => {
        const m = (await listMemberships(sql, c.p)).find((x) => x.id === c.m);
        const person = await findPersonById(sql, c.p);
        const shown = { name: c.n, unionName: c.u, memberNo: c.no };
        const active = !!m && m.status === 'active' && !!person;
        const inScope =
          active && !!person?.orgPath && canAccess(actor, 'people.read', { orgPath: person.orgPath });
        await recordAudit(sql, actor, {
          action: 'card.verify',
          entity: 'person',
          entityId: c.p,
          orgId: inScope ? (person?.orgId ?? null) : null,
          after: { valid: active, printed: c.k === 'r' },
        });
        if (!active) return { valid: false, problem: 'membership_ended', ...shown };
        return {
          valid: true,
          ...shown,
          inScope,
          hasPhoto: inScope ? await hasPhoto(sql, c.p) : false,
          printed: c.k === 'r',
        };
      });
    },

    /**
     * A pickup desk scans a member card instead of a pickup code: the holder's granted in-kind claims of programs
     * the desk's union may see, with their codes, which the desk redeems as if typed (audited); the latest 50, and
     * how many there are.
     */
    async pickups(actor: Actor, token: string) {
      requireAccess(actor, 'claims.manage');
      const personId = await cardHolder(db, token, clock());
      const { items: pickups, total } = await pickupsOfPerson(db, actor, personId);
      await db.tx((sql) =>
        recordAudit(sql, actor, {
          action: 'card.pickups',
          entity: 'person',
          entityId: personId,
          orgId: null,
          after: { pickups: pickups.length },
        }),
      );
      return { pickups, pickupsTotal: total };
    },

    /** The photo of a valid card's member, for staff of the member's subtree to compare faces. */
    async photoOf(actor: Actor, token: string) {
      requireAccess(actor, 'cards.verify');
      const read = readCard(await keysOf(), token, clock());
      if ('problem' in read) throw cardErrors.unreadable();
      return db.tx(async (sql) => {
        const person = await findPersonById(sql, read.payload.p);
        const m = (await listMemberships(sql, read.payload.p)).find((x) => x.id === read.payload.m);
        if (!person?.orgPath || m?.status !== 'active') throw cardErrors.noPhoto();
        requireAccess(actor, 'people.read', { orgPath: person.orgPath });
        const photo = await findPhoto(sql, person.id);
        if (!photo) throw cardErrors.noPhoto();
        return photo;
      });
    },
  };
}

export type CardService = ReturnType<typeof createCardService>;
