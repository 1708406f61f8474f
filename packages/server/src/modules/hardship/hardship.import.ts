import type { Actor } from '../../access/access.ts';
import { besideTransaction, type Db, type Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { defineRegister } from '../../shared/register-define.ts';
import { settled } from '../../shared/settled.ts';
import { type FileHardship, type IdProtector, setHardshipFromFiles } from '../people/index.ts';
import { addCountCells, CountCellSum, findCountCellsOnRecord } from '../reporting/index.ts';
import { spanDeltas, verifiedDelta } from './hardship.counts.ts';
import { insertImportedFiles } from './hardship.import.repository.ts';
import { fileColumnsOf, memberColumnsOf } from './hardship.import-columns.ts';
import { type FilePlan, planFiles } from './hardship.import-plan.ts';
import { HARDSHIP_REGISTER } from './hardship.register.ts';
import { RULE_LEVEL } from './hardship.types.ts';
import type { Cause } from './hardship.vocabulary.ts';

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
  /** Files on record the register gives as they stand: skipped. */
  onRecord: number;
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
    counts: ({ files, onRecord }, { today }): HardshipImportCounts => {
      const n = (s: ReturnType<typeof stateOf>) => files.filter((f) => stateOf(f, today) === s).length;
      return {
        created: files.length,
        onRecord,
        inForce: n('inForce'),
        expired: n('expired'),
        closed: n('closed'),
        drafts: n('draft'),
        members: files.reduce((s, f) => s + f.members.length, 0),
      };
    },
    unionsOf: ({ files }) => files.map((f) => f.orgId),
    dryRunExtras: {},
    write: async (sql, { files }, _counts, { actor, today }) => ({
      // the count cells on record looked up beside the transaction (ADR 101)
      audited: { replaced: await writeFiles(sql, actor, files, today, besideTransaction(db, sql)) },
    }),
    audit: { action: 'hardship_file.import', entity: 'hardship_file' },
  });
}

/**
 * The files, their households and steps in one statement; the workers of files in force today take their level
 * from the file (people's setHardshipFromFiles, as verification) in one more; the counts on the files' own days.
 * Node's share is done while PostgreSQL writes (issue 42): the counts' cells are made while the files are
 * inserted, and those already on record looked up through `read` (another connection, ADR 101) meanwhile, so the
 * new ones are inserted without merging. Answers the hand-typed levels a file replaced, for the audit.
 */
async function writeFiles(sql: Sql, actor: Actor, files: FilePlan[], today: string, read: Sql) {
  const f = fileColumnsOf(files, actor.userId || null);
  const inserting = settled(
    insertImportedFiles(sql, f, memberColumnsOf(files), {
      userId: actor.userId || null,
      name: actor.displayName ?? null,
    }),
  );
  // summed into their cells as they are made
  const deltas = new CountCellSum();
  const heldAt: number[] = [];
  for (let i = 0; i < files.length; i++) {
    const [verifiedOn, expiresOn, closedOn] = [f.verifiedOn[i], f.expiresOn[i], f.closedOn[i]];
    if (!verifiedOn || !expiresOn) continue;
    const [orgId, level] = [f.orgId[i], files[i].level];
    // In force from the verification to the expiry (a review kept it so), cut at the closing.
    deltas.push(
      ...spanDeltas(
        {
          orgId,
          level,
          causes: files[i].causes as Cause[],
          from: verifiedOn,
          expires: expiresOn,
          ...(closedOn ? { end: closedOn } : {}),
        },
        1,
      ),
      verifiedDelta(orgId, level, verifiedOn),
    );
    if (!closedOn && expiresOn >= today) heldAt.push(i);
  }
  // the cells' literals laid out once, straight from the sum, for the look-up of those on record and their insert
  const cells = deltas.lay();
  const onRecord = settled(findCountCellsOnRecord(read, cells));
  // The counts' statements are queued behind the insert (db.ts sends them as it ends); nothing else is sent while
  // they run: a conflict rolls back to their savepoint.
  const adding = settled(addCountCells(sql, cells, await onRecord));
  const fileIds = await inserting;
  await adding;
  const held: (FileHardship & { personId: number })[] = heldAt.map((i) => ({
    personId: f.personId[i],
    fileId: fileIds[i],
    level: RULE_LEVEL[files[i].level],
    from: f.verifiedOn[i] as string,
    until: f.expiresOn[i] as string,
  }));
  const before = await setHardshipFromFiles(sql, held, { replacedOnly: true });
  return held.flatMap(({ personId }) => {
    const b = before.get(personId);
    return b?.hardshipLevel
      ? [{ personId, level: b.hardshipLevel, from: b.hardshipFrom, until: b.hardshipUntil }]
      : [];
  });
}
