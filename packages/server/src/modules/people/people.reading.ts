import { type Actor, requireAccess, requirePermission } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { notFound, notYours } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { IdProtector } from './id-protector.ts';
import { findEndedMembersPage } from './people.ended.repository.ts';
import { type MemberQuery, memberFilter } from './people.filter.ts';
import { findMembersPage } from './people.list.repository.ts';
import { getMemberInScope, getPersonInScope, ORG } from './people.members.ts';
import { findAccountCiphers, findIdCipher } from './people.repository.ts';

/** Members as listed and read, and their full ID and account numbers for roles that may see them (audited). */
export function createMemberReading(db: Db, ids: IdProtector, clock: Clock) {
  /** What `read` answers of a person in the actor's scope, the read audited as `action`. */
  const revealed = <T>(
    actor: Actor,
    id: number,
    action: 'person.id_number.read' | 'person.accounts.read',
    read: (sql: Sql) => Promise<T>,
  ) =>
    db.tx(async (sql) => {
      const person = await getPersonInScope(sql, actor, id);
      const value = await read(sql);
      await recordAudit(sql, actor, { action, entity: 'person', entityId: id, orgId: person.orgId });
      return value;
    });
  return {
    async listMembers(actor: Actor, q: MemberQuery) {
      // a worker has no union to list: the role lacks the permission (403), nothing is hidden from them
      requirePermission(actor, 'people.read');
      if (actor.scopePath === null) throw notYours();
      if (q.orgId) requirePermission(actor, 'org.read');
      const pageSize = q.pageSize ?? 20;
      const offset = ((q.page ?? 1) - 1) * pageSize;
      if (q.ended) {
        const ended = await findEndedMembersPage(
          db,
          { orgId: q.orgId ?? null, actorPath: actor.scopePath },
          pageSize,
          offset,
          q.accountState ?? null,
        );
        if (q.orgId) {
          if (ended.orgPath === null) throw notFound(ORG, { id: q.orgId });
          requireAccess(actor, 'org.read', { orgPath: ended.orgPath });
        }
        return {
          items: ended.items,
          total: ended.total,
          totalIsLowerBound: false,
          page: q.page ?? 1,
          pageSize,
        };
      }
      const filter = memberFilter(ids, q, todayInChina(clock()));
      const { orgPath, items, total, totalIsLowerBound } = await findMembersPage(
        db,
        { orgId: q.orgId ?? null, actorPath: actor.scopePath },
        filter,
        pageSize,
        offset,
      );
      if (q.orgId) {
        if (orgPath === null) throw notFound(ORG, { id: q.orgId });
        requireAccess(actor, 'org.read', { orgPath });
      }
      return { items, total, totalIsLowerBound, page: q.page ?? 1, pageSize };
    },
    /** A member with their history; one whose membership ended is reached through the union of their last. */
    async getPerson(actor: Actor, id: number) {
      return (await getMemberInScope(db, actor, id)).detail;
    },
    /** The full ID number, for roles allowed to see it; every such read is audited. */
    async revealIdNumber(actor: Actor, id: number): Promise<string> {
      if (actor.personId !== id) requirePermission(actor, 'people.reveal_id');
      return revealed(actor, id, 'person.id_number.read', async (sql) =>
        ids.decrypt(await findIdCipher(sql, id)),
      );
    },
    /** The whole bank account and 京卡 numbers, for roles allowed to see ID numbers; every such read is audited. */
    async revealAccounts(
      actor: Actor,
      id: number,
    ): Promise<{ bankAccount: string | null; jingka: string | null }> {
      requirePermission(actor, 'people.reveal_id');
      return revealed(actor, id, 'person.accounts.read', async (sql) => {
        const ciphers = await findAccountCiphers(sql, id);
        return {
          bankAccount: ciphers.bankAccount && ids.decrypt(ciphers.bankAccount),
          jingka: ciphers.jingka && ids.decrypt(ciphers.jingka),
        };
      });
    },
  };
}
