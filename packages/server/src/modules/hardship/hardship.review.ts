import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { dayBefore } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { type IdProtector, releaseHardshipFile, setHardshipFromFile } from '../people/index.ts';
import { addCounts } from '../reporting/index.ts';
import { changeSpan } from './hardship.counts.ts';
import { applyFileEdit, type EditFileInput } from './hardship.edit.ts';
import { hardshipErrors } from './hardship.errors.ts';
import { checkMembers, type MemberInput } from './hardship.members.ts';
import {
  closeFileRow,
  findPersonHardshipFrom,
  replaceMembers,
  reviewFileRow,
} from './hardship.repository.ts';
import { checkExpiry, hardshipSteps, opened, reviewed, spanOf, uniq, verified } from './hardship.steps.ts';
import { RULE_LEVEL } from './hardship.types.ts';
import type { Cause, FileLevel } from './hardship.vocabulary.ts';

export interface ReviewInput {
  reviewedOn: string;
  level?: FileLevel;
  causes?: Cause[];
  expiresOn?: string;
  note?: string | null;
  members?: MemberInput[];
}

/** A file's yearly review, corrections and closing (销档). */
export function createHardshipReview(db: Db, ids: IdProtector, clock: Clock) {
  const { today, changeFile, recordFileStep } = hardshipSteps(clock);
  return {
    /**
     * The yearly review of a verified (or expired) file: the level, causes and household as found, and a new
     * expiry (a year on unless given). An expired file counts again from the review day.
     */
    async reviewFile(actor: Actor, id: number, input: ReviewInput) {
      const members = input.members ? checkMembers(ids, input.members, today()) : undefined;
      return changeFile(db, actor, id, async (sql, f) => {
        if (f.status !== 'verified' && f.status !== 'expired') {
          throw hardshipErrors.wrongStatus({ zh: '复核', en: 'reviewed' });
        }
        effectiveDay(actor, input.reviewedOn, { zh: '复核', en: 'review' }, [verified(f), reviewed(f)], {
          field: 'reviewedOn',
          now: clock(),
        });
        const expires = checkExpiry(input.reviewedOn, input.expiresOn, 'expiresOn');
        const level = input.level ?? f.level;
        const causes = input.causes ? uniq(input.causes) : f.causes;
        // A lapsed file counts again from the review; a current one keeps its start.
        const lapsed = (f.expiresOn as string) < input.reviewedOn;
        await reviewFileRow(sql, id, {
          level,
          causes,
          reviewedOn: input.reviewedOn,
          expiresOn: expires,
          note: input.note?.trim() || null,
        });
        if (members) await replaceMembers(sql, id, f.orgId, members);
        const person = await setHardshipFromFile(sql, f.personId, {
          fileId: id,
          level: RULE_LEVEL[level],
          from: lapsed
            ? input.reviewedOn
            : ((await findPersonHardshipFrom(sql, f.personId)) ?? (f.verifiedOn as string)),
          until: expires,
        });
        const next = { orgId: f.orgId, level, causes, from: input.reviewedOn, expires };
        await addCounts(sql, changeSpan(spanOf(f), input.reviewedOn, next));
        await recordFileStep(
          sql,
          actor,
          f,
          { kind: 'review', on: input.reviewedOn, level, expiresOn: expires, causes, note: input.note },
          {
            action: 'hardship_file.review',
            before: { level: f.level, causes: f.causes, expiresOn: f.expiresOn, person: person.before },
            after: { reviewedOn: input.reviewedOn, level, causes, expiresOn: expires, person: person.after },
          },
        );
      });
    },
    /** Corrects an open file: address, causes, note, household and income; each change in its history (ADR 60). */
    async editFile(actor: Actor, id: number, input: EditFileInput) {
      return changeFile(db, actor, id, async (sql, f) => {
        await applyFileEdit(sql, ids, actor, f, input, today());
      });
    },
    /** Closes a file (销档): the worker's hardship status ends that day and the level may be typed by hand again. */
    async closeFile(actor: Actor, id: number, input: { closedOn: string; reason: string }) {
      return changeFile(db, actor, id, async (sql, f) => {
        if (f.status === 'closed') throw hardshipErrors.wrongStatus({ zh: '销档', en: 'closed' });
        effectiveDay(
          actor,
          input.closedOn,
          { zh: '销档', en: 'closing' },
          [opened(f), verified(f), reviewed(f)],
          { field: 'closedOn', now: clock() },
        );
        await closeFileRow(sql, id, input.closedOn, input.reason.trim());
        let before: unknown = null;
        if (f.spanFrom) {
          // Hardship holds through the day before closing.
          before = await releaseHardshipFile(sql, f.personId, id, dayBefore(input.closedOn));
          await addCounts(sql, changeSpan(spanOf(f), input.closedOn));
        }
        await recordFileStep(
          sql,
          actor,
          f,
          { kind: 'close', on: input.closedOn, note: input.reason.trim() },
          {
            action: 'hardship_file.close',
            before: { status: f.status, person: before },
            after: { closedOn: input.closedOn, reason: input.reason.trim() },
          },
        );
      });
    },
  };
}
