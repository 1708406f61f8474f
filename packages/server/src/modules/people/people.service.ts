import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { notYours } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { IdProtector } from './id-protector.ts';
import { createMemberChanges } from './people.changes.ts';
import { checkPhone } from './people.members.ts';
import { createMemberReading } from './people.reading.ts';
import { findPersonById, listMemberships, updatePhone } from './people.repository.ts';
import type { PersonRow } from './people.types.ts';

export function createPeopleService(db: Db, ids: IdProtector, clock: Clock) {
  return {
    ...createMemberReading(db, ids, clock),
    ...createMemberChanges(db, ids, clock),
    async getSelf(actor: Actor) {
      if (!actor.personId) throw notYours();
      const person = (await findPersonById(db, actor.personId)) as PersonRow;
      return { ...person, memberships: await listMemberships(db, actor.personId) };
    },
    /** A worker may change their own phone number; everything else is kept by their union. */
    async updateSelf(actor: Actor, patch: { phone: string | null }) {
      if (!actor.personId) throw notYours();
      checkPhone(patch.phone);
      const personId = actor.personId;
      await db.tx(async (sql) => {
        const before = await findPersonById(sql, personId);
        await updatePhone(sql, personId, patch.phone);
        await recordAudit(sql, actor, {
          action: 'person.update_self',
          entity: 'person',
          entityId: personId,
          orgId: before?.orgId,
          before: { phone: before?.phone },
          after: patch,
        });
      });
      return this.getSelf(actor);
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
