import { type Actor, requirePermission } from '../../access/access.ts';
import { type Db, isUniqueViolation } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { notYours } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { checkPhone, findPersonById } from '../people/index.ts';
import { requestErrors } from './memberrequests.errors.ts';
import {
  findActiveUnion,
  findRequest,
  insertRequest,
  listPersonRequests,
  type MemberRequestRow,
  type RequestKind,
} from './memberrequests.repository.ts';
import { asked } from './memberrequests.steps.ts';

export interface FileInput {
  kind: RequestKind;
  name?: string;
  phone?: string;
  employer?: string;
  toOrgId?: number;
  note?: string;
}

/** The worker's side: their requests, and filing one. */
export function createWorkerRequests(db: Db, clock: Clock) {
  return {
    /**
     * The worker's own requests, newest first (at most 100, and how many there are), with who they are and where
     * they belong now.
     */
    async listMine(actor: Actor) {
      if (!actor.personId) throw notYours();
      const person = await findPersonById(db, actor.personId);
      if (!person) throw notYours();
      return {
        name: person.name,
        phone: person.phone,
        employer: person.employerName,
        orgId: person.orgId,
        orgName: person.orgName ?? null,
        ...(await listPersonRequests(db, actor.personId)),
      };
    },
    /** A worker asks to correct their name, phone or employer, or to move to another grassroots union. */
    async fileRequest(actor: Actor, input: FileInput): Promise<MemberRequestRow> {
      requirePermission(actor, 'self.apply');
      const personId = actor.personId;
      if (!personId) throw notYours();
      try {
        return await db.tx(async (sql) => {
          const person = await findPersonById(sql, personId);
          if (!person?.orgId) throw requestErrors.notMember();
          let toOrgId: number | null = null;
          const values = {
            newName: null as string | null,
            newPhone: null as string | null,
            newEmployer: null as string | null,
          };
          if (input.kind === 'correction') {
            values.newName = asked(input.name, person.name);
            values.newPhone = asked(input.phone, person.phone);
            values.newEmployer = asked(input.employer, person.employerName);
            if (!values.newName && !values.newPhone && !values.newEmployer)
              throw requestErrors.nothingAsked();
            checkPhone(values.newPhone);
          } else {
            const to = input.toOrgId ? await findActiveUnion(sql, input.toOrgId) : undefined;
            if (!to) throw requestErrors.unionNotFound();
            if (to.id === person.orgId) throw requestErrors.sameUnion();
            toOrgId = to.id;
            values.newEmployer = asked(input.employer, person.employerName);
          }
          const id = await insertRequest(sql, {
            personId,
            kind: input.kind,
            fromOrgId: person.orgId,
            toOrgId,
            oldName: person.name,
            oldPhone: person.phone,
            oldEmployer: person.employerName,
            ...values,
            note: input.note?.trim() ? input.note : null,
            filedOn: todayInChina(clock()),
          });
          await recordAudit(sql, actor, {
            action: 'member_request.create',
            entity: 'member_request',
            entityId: id,
            orgId: person.orgId,
            after: { kind: input.kind, toOrgId },
          });
          return (await findRequest(sql, id)) as MemberRequestRow;
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw requestErrors.pending(input.kind);
        throw e;
      }
    },
  };
}
