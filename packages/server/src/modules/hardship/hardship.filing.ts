import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { recordAudit } from '../audit/index.ts';
import { findPersonById, type IdProtector, setHardshipFromFile } from '../people/index.ts';
import { addCounts } from '../reporting/index.ts';
import { spanDeltas, verifiedDelta } from './hardship.counts.ts';
import { hardshipErrors } from './hardship.errors.ts';
import { addEvent } from './hardship.events.repository.ts';
import { checkMembers, type MemberInput } from './hardship.members.ts';
import {
  type FileRow,
  findFile,
  findOpenFileOf,
  insertFile,
  present,
  replaceMembers,
  verifyFileRow,
} from './hardship.repository.ts';
import { checkExpiry, hardshipSteps, opened, spanOf, uniq } from './hardship.steps.ts';
import { RULE_LEVEL } from './hardship.types.ts';
import type { Cause, FileLevel } from './hardship.vocabulary.ts';

export interface CreateFileInput {
  personId: number;
  level: FileLevel;
  causes: Cause[];
  address?: string | null;
  note?: string | null;
  members: MemberInput[];
  /** The day the file was opened (建档), default today; a past day needs history.backdate. */
  effectiveOn?: string | null;
}

/** Opening a file for a member and their household, and the union verifying it. */
export function createHardshipFiling(db: Db, ids: IdProtector, clock: Clock) {
  const { today, by, changeFile, recordFileStep } = hardshipSteps(clock);
  return {
    /** Opens a file (a draft) for a member of the subtree and their household. */
    async createFile(actor: Actor, input: CreateFileInput) {
      const members = checkMembers(ids, input.members, today());
      return db.tx(async (sql) => {
        const person = await findPersonById(sql, input.personId);
        if (!person) throw hardshipErrors.personNotMember();
        requireAccess(actor, 'hardship.write', { orgPath: person.orgPath });
        if (person.orgId === null) throw hardshipErrors.personNotMember();
        const open = await findOpenFileOf(sql, person.id);
        if (open) throw hardshipErrors.openFileExists(open);
        const when = effectiveDay(actor, input.effectiveOn, { zh: '建档', en: 'opening' }, [], {
          now: clock(),
        });
        const id = await insertFile(sql, {
          orgId: person.orgId,
          personId: person.id,
          level: input.level,
          causes: uniq(input.causes),
          address: input.address?.trim() || null,
          note: input.note?.trim() || null,
          createdBy: actor.userId || null,
        });
        await replaceMembers(sql, id, person.orgId, members);
        await addEvent(sql, { fileId: id, orgId: person.orgId, kind: 'create', on: when.day, ...by(actor) });
        await recordAudit(sql, actor, {
          action: 'hardship_file.create',
          entity: 'hardship_file',
          entityId: id,
          orgId: person.orgId,
          after: {
            personId: person.id,
            level: input.level,
            causes: input.causes,
            members: members.length,
            ...(when.backdated ? { effectiveOn: when.day } : {}),
          },
        });
        return present((await findFile(sql, id, today())) as FileRow);
      });
    },
    /** The union verifies a draft: from then until the expiry the worker counts as in hardship for rules. */
    async verifyFile(actor: Actor, id: number, input: { verifiedOn: string; expiresOn?: string }) {
      return changeFile(db, actor, id, async (sql, f) => {
        if (f.status !== 'draft') throw hardshipErrors.wrongStatus({ zh: '认定', en: 'verified' });
        effectiveDay(actor, input.verifiedOn, { zh: '认定', en: 'verification' }, [opened(f)], {
          field: 'verifiedOn',
          now: clock(),
        });
        const expires = checkExpiry(input.verifiedOn, input.expiresOn, 'expiresOn');
        await verifyFileRow(sql, id, {
          verifiedOn: input.verifiedOn,
          verifiedBy: actor.userId || null,
          verifierName: actor.displayName,
          expiresOn: expires,
        });
        const person = await setHardshipFromFile(sql, f.personId, {
          fileId: id,
          level: RULE_LEVEL[f.level],
          from: input.verifiedOn,
          until: expires,
        });
        const span = { ...spanOf(f), from: input.verifiedOn, expires };
        await addCounts(sql, [...spanDeltas(span, 1), verifiedDelta(f.orgId, f.level, input.verifiedOn)]);
        await recordFileStep(
          sql,
          actor,
          f,
          { kind: 'verify', on: input.verifiedOn, level: f.level, expiresOn: expires, causes: f.causes },
          {
            action: 'hardship_file.verify',
            before: { person: person.before },
            // the person's fields as the file set them, beside those it found, so the log says what they became
            after: { verifiedOn: input.verifiedOn, expiresOn: expires, level: f.level, person: person.after },
          },
        );
      });
    },
  };
}
