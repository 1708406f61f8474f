import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { notYours } from '../../shared/errors.ts';
import type { IdProtector } from './id-protector.ts';
import { createMemberChanges } from './people.changes.ts';
import { createMemberReading } from './people.reading.ts';
import { findPersonById, listMemberships } from './people.repository.ts';
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
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
