import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { defineRegister } from '../../shared/register-define.ts';
import { cellText } from '../../shared/register-sheet.ts';
import { type FileHardship, type IdProtector, setHardshipFromFiles } from '../people/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import { spanDeltas, verifiedDelta } from './hardship.counts.ts';
import {
  insertEventsOfImport,
  insertFilesOfImport,
  insertMembersOfImport,
} from './hardship.import.repository.ts';
import { type FilePlan, planFiles } from './hardship.import-plan.ts';
import { HARDSHIP_REGISTER } from './hardship.register.ts';
import type { ImportedFile } from './hardship.repository.ts';
import { type Cause, RULE_LEVEL } from './hardship.types.ts';

/**
 * The hardship files register (困难职工档案台账) brought in (issue 23): a file per household, one row per
 * household member — the worker's own row and one for each person living with them, the rows of a household
 * sharing the worker's ID number and the day the file was established. Each file is written with its own days
 * (established, verified, last reviewed, closed) and counted in the reporting layer on them as verification,
 * review and closing count (ADR 23), so the hardship statistics of a past year show it. A file verified and
 * in force today sets the worker's hardship level as verification does; an expired or closed one leaves the
 * worker as they are. Household ID numbers are stored encrypted and masked. Nobody is told; all rows or none.
 */
export interface HardshipImportCounts {
  created: number;
  inForce: number;
  expired: number;
  closed: number;
  drafts: number;
  members: number;
}

/** The state a file comes in with, as of `today`. */
function stateOf(f: FilePlan, today: string): 'draft' | 'inForce' | 'expired' | 'closed' {
  if (f.fields.closedOn) return 'closed';
  if (!f.fields.verifiedOn) return 'draft';
  return (f.expiresOn as string) < today ? 'expired' : 'inForce';
}

export function createHardshipImport(db: Db, ids: IdProtector, clock: Clock) {
  return defineRegister(db, clock, {
    spec: HARDSHIP_REGISTER,
    permission: 'hardship.write',
    plan: (rows, errors, { actor, today }) => planFiles(db, actor, ids, rows, errors, today),
    counts: (files, { today }): HardshipImportCounts => {
      const n = (s: ReturnType<typeof stateOf>) => files.filter((f) => stateOf(f, today) === s).length;
      return {
        created: files.length,
        inForce: n('inForce'),
        expired: n('expired'),
        closed: n('closed'),
        drafts: n('draft'),
        members: files.reduce((s, f) => s + f.members.length, 0),
      };
    },
    dryRunExtras: {},
    write: async (sql, files, _counts, { actor, today }) => ({
      audited: { replaced: await writeFiles(sql, actor, files, today) },
    }),
    audit: { action: 'hardship_file.import', entity: 'hardship_file' },
  });
}

/**
 * The files, their households and events in three statements; the workers of files in force today take their
 * level from the file (people's setHardshipFromFiles, as verification) in one more; the counts on the files' own
 * days. Answers the hand-typed levels a file replaced, for the audit.
 */
async function writeFiles(sql: Sql, actor: Actor, files: FilePlan[], today: string) {
  const rows: (ImportedFile & { federationId: number })[] = files.map((f) => ({
    orgId: f.orgId,
    federationId: f.federationId,
    personId: f.personId,
    level: f.level,
    causes: f.causes as Cause[],
    status: f.fields.closedOn ? 'closed' : f.fields.verifiedOn ? 'verified' : 'draft',
    address: cellText(f.fields.address ?? null),
    note: cellText(f.fields.note ?? null),
    verifiedOn: cellText(f.fields.verifiedOn ?? null),
    reviewedOn: cellText(f.fields.reviewedOn ?? null),
    expiresOn: f.expiresOn,
    spanFrom: cellText(f.fields.reviewedOn ?? f.fields.verifiedOn ?? null),
    closedOn: cellText(f.fields.closedOn ?? null),
    closeReason: cellText(f.fields.closeReason ?? null),
    createdBy: actor.userId || null,
  }));
  const fileIds = await insertFilesOfImport(sql, rows);
  await insertMembersOfImport(
    sql,
    files.flatMap((f, i) =>
      f.stored.map((m) => ({ ...m, fileId: fileIds[i], orgId: f.orgId, federationId: f.federationId })),
    ),
  );
  await insertEventsOfImport(
    sql,
    rows.flatMap((r, i) => eventsOf(r, fileIds[i], files[i].createdOn, actor)),
  );
  const deltas: CountDelta[] = [];
  const held: (FileHardship & { personId: number })[] = [];
  for (const [i, r] of rows.entries()) {
    if (!r.verifiedOn || !r.expiresOn) continue;
    // In force from the verification to the expiry (a review kept it so), cut at the closing.
    deltas.push(
      ...spanDeltas(
        {
          orgId: r.orgId,
          level: r.level,
          causes: r.causes,
          from: r.verifiedOn,
          expires: r.expiresOn,
          ...(r.closedOn ? { end: r.closedOn } : {}),
        },
        1,
      ),
      verifiedDelta(r.orgId, r.level, r.verifiedOn),
    );
    if (r.closedOn || r.expiresOn < today) continue;
    held.push({
      personId: r.personId,
      fileId: fileIds[i],
      level: RULE_LEVEL[r.level],
      from: r.verifiedOn,
      until: r.expiresOn,
    });
  }
  const before = await setHardshipFromFiles(sql, held);
  await addCounts(sql, deltas);
  return held.flatMap(({ personId }) => {
    const b = before.get(personId);
    return b?.hardshipLevel
      ? [{ personId, level: b.hardshipLevel, from: b.hardshipFrom, until: b.hardshipUntil }]
      : [];
  });
}

/** A file's steps as the register gives its days: established, verified, reviewed, closed. */
function eventsOf(
  r: ImportedFile & { federationId: number },
  fileId: number,
  createdOn: string,
  actor: Actor,
) {
  const base = {
    fileId,
    orgId: r.orgId,
    federationId: r.federationId,
    byUser: actor.userId || null,
    byName: actor.displayName,
    level: null,
    expiresOn: null,
    note: null,
  };
  return [
    { ...base, kind: 'create' as const, on: createdOn },
    ...(r.verifiedOn
      ? [
          {
            ...base,
            kind: 'verify' as const,
            on: r.verifiedOn,
            level: r.level,
            causes: r.causes,
            // A review followed: the register does not tell the expiry the verification set.
            expiresOn: r.reviewedOn ? null : r.expiresOn,
          },
        ]
      : []),
    ...(r.reviewedOn
      ? [
          {
            ...base,
            kind: 'review' as const,
            on: r.reviewedOn,
            level: r.level,
            expiresOn: r.expiresOn,
            causes: r.causes,
          },
        ]
      : []),
    ...(r.closedOn ? [{ ...base, kind: 'close' as const, on: r.closedOn, note: r.closeReason }] : []),
  ];
}
