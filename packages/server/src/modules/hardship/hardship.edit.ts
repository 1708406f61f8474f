import type { Actor } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { changedFields, type FieldChange, patched } from '../../shared/changes.ts';
import { recordEdit } from '../audit/index.ts';
import type { IdProtector } from '../people/index.ts';
import { addCounts } from '../reporting/index.ts';
import { spanDeltas } from './hardship.counts.ts';
import { hardshipErrors } from './hardship.errors.ts';
import { correctSpanCauses } from './hardship.events.repository.ts';
import { checkMembers, type MemberInput } from './hardship.members.ts';
import {
  type FileRow,
  listMemberIds,
  listMembers,
  type MemberInsert,
  replaceMembers,
  updateFileFacts,
} from './hardship.repository.ts';
import type { Cause } from './hardship.vocabulary.ts';

/** A correction of an open file (ADR 60): what is sent replaces what is on file; what is not sent stays. */
export interface EditFileInput {
  address?: string | null;
  causes?: Cause[];
  note?: string | null;
  /** The whole household as it now is; a member keeps their id (and their ID number, sent back masked). */
  members?: MemberInput[];
}

/** A member as the history shows them (the ID number masked). */
const shown = (m: Omit<MemberInsert, 'idCipher'>) => ({
  name: m.name,
  relation: m.relation,
  idMasked: m.idMasked,
  yearlyIncomeFen: m.yearlyIncomeFen,
  occupation: m.occupation,
  health: m.health,
});
const total = (ms: { yearlyIncomeFen: number }[]) => ms.reduce((n, m) => n + m.yearlyIncomeFen, 0);

/**
 * Corrects a draft, verified or expired file: address, causes, note and household (and so the income). Each
 * changed field is kept as it was and became in the file's history and the audit log; a verified file's counts by
 * cause follow its causes over its whole span. Returns the changes (none when nothing differed).
 */
export async function applyFileEdit(
  sql: Sql,
  ids: IdProtector,
  actor: Actor,
  f: FileRow,
  input: EditFileInput,
  today: string,
): Promise<FieldChange[]> {
  if (f.status === 'closed') throw hardshipErrors.wrongStatus({ zh: '修改', en: 'edited' });
  const causes = input.causes ? [...new Set(input.causes)].sort() : undefined;
  const text = (s: string | null | undefined) => (s === undefined ? undefined : s?.trim() || null);
  const changes = changedFields(
    { address: f.address, causes: [...f.causes].sort(), note: f.note },
    { address: text(input.address), causes, note: text(input.note) },
  );
  if (input.members) {
    const household = checkMembers(ids, input.members, today, await listMemberIds(sql, f.id));
    const before = (await listMembers(sql, f.id)).map(shown);
    const after = household.map(shown);
    const memberChanges = changedFields(
      { members: before, incomeFen: total(before) },
      {
        members: after,
        incomeFen: total(after),
      },
    );
    if (memberChanges.length) {
      await replaceMembers(sql, f.id, f.orgId, household);
      changes.push(...memberChanges);
    }
  }
  if (!changes.length) return changes;
  const next = {
    address: patched(text(input.address), f.address),
    causes: patched(causes, f.causes) as Cause[],
    note: patched(text(input.note), f.note),
  };
  await updateFileFacts(sql, f.id, next);
  if (f.spanFrom && causes && changes.some((c) => c.field === 'causes')) {
    const span = {
      orgId: f.orgId,
      level: f.level,
      causes: f.causes,
      from: f.spanFrom,
      expires: f.expiresOn as string,
    };
    await addCounts(sql, [...spanDeltas(span, -1), ...spanDeltas({ ...span, causes }, 1)]);
    await correctSpanCauses(sql, f.id, causes);
  }
  await recordEdit(sql, actor, {
    action: 'hardship_file.edit',
    entity: 'hardship_file',
    entityId: f.id,
    orgId: f.orgId,
    changes,
  });
  return changes;
}
