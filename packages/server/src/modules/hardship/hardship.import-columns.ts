import type { Actor } from '../../access/access.ts';
import { cellText } from '../../shared/register-sheet.ts';
import type { EventColumns, FileColumns, MemberColumns } from './hardship.import.repository.ts';
import type { FilePlan } from './hardship.import-plan.ts';

/**
 * The hardship register's plan as the columns its three statements write (issue 42): each built in one pass over
 * the files, with no object per row in between.
 */

/** The files' own columns: status from the days given, texts as the cells read, causes joined. */
export function fileColumnsOf(files: FilePlan[], createdBy: number | null): FileColumns {
  const c: FileColumns = {
    orgId: [],
    federationId: [],
    personId: [],
    level: [],
    causes: [],
    status: [],
    address: [],
    note: [],
    verifiedOn: [],
    reviewedOn: [],
    expiresOn: [],
    spanFrom: [],
    closedOn: [],
    closeReason: [],
    createdBy: [],
  };
  for (const f of files) {
    const v = f.fields;
    c.orgId.push(f.orgId);
    c.federationId.push(f.federationId);
    c.personId.push(f.personId);
    c.level.push(f.level);
    c.causes.push((f.causes ?? []).join(','));
    c.status.push(v.closedOn ? 'closed' : v.verifiedOn ? 'verified' : 'draft');
    c.address.push(cellText(v.address ?? null));
    c.note.push(cellText(v.note ?? null));
    c.verifiedOn.push(cellText(v.verifiedOn ?? null));
    c.reviewedOn.push(cellText(v.reviewedOn ?? null));
    c.expiresOn.push(f.expiresOn);
    c.spanFrom.push(cellText(v.reviewedOn ?? v.verifiedOn ?? null));
    c.closedOn.push(cellText(v.closedOn ?? null));
    c.closeReason.push(cellText(v.closeReason ?? null));
    c.createdBy.push(createdBy);
  }
  return c;
}

/** The households, each member with their file's id, union and federation. */
export function memberColumnsOf(files: FilePlan[], fileIds: number[]): MemberColumns {
  const c: MemberColumns = {
    fileId: [],
    orgId: [],
    federationId: [],
    name: [],
    relation: [],
    idCipher: [],
    idMasked: [],
    yearlyIncomeFen: [],
    occupation: [],
    health: [],
  };
  for (const [i, f] of files.entries()) {
    for (const m of f.stored) {
      c.fileId.push(fileIds[i]);
      c.orgId.push(f.orgId);
      c.federationId.push(f.federationId);
      c.name.push(m.name);
      c.relation.push(m.relation);
      c.idCipher.push(m.idCipher);
      c.idMasked.push(m.idMasked);
      c.yearlyIncomeFen.push(m.yearlyIncomeFen);
      c.occupation.push(m.occupation);
      c.health.push(m.health);
    }
  }
  return c;
}

/**
 * A file's steps as the register gives its days: established, verified, reviewed, closed. A verification followed
 * by a review does not tell the expiry it set; a review keeps the file's expiry, a verification and a review its
 * level and causes, a closing its reason.
 */
export function eventColumnsOf(
  files: FilePlan[],
  f: FileColumns,
  fileIds: number[],
  actor: Actor,
): EventColumns {
  const c: EventColumns = {
    fileId: [],
    orgId: [],
    federationId: [],
    kind: [],
    on: [],
    byUser: [],
    byName: [],
    level: [],
    expiresOn: [],
    note: [],
    causes: [],
  };
  const byUser = actor.userId || null;
  const step = (
    i: number,
    kind: string,
    on: string,
    level: boolean,
    expiresOn: string | null,
    note: string | null,
  ) => {
    c.fileId.push(fileIds[i]);
    c.orgId.push(f.orgId[i]);
    c.federationId.push(f.federationId[i]);
    c.kind.push(kind);
    c.on.push(on);
    c.byUser.push(byUser);
    c.byName.push(actor.displayName);
    c.level.push(level ? f.level[i] : null);
    c.expiresOn.push(expiresOn);
    c.note.push(note);
    c.causes.push(level ? f.causes[i] : null);
  };
  for (let i = 0; i < files.length; i++) {
    const [verifiedOn, reviewedOn, closedOn] = [f.verifiedOn[i], f.reviewedOn[i], f.closedOn[i]];
    step(i, 'create', files[i].createdOn, false, null, null);
    if (verifiedOn) step(i, 'verify', verifiedOn, true, reviewedOn ? null : f.expiresOn[i], null);
    if (reviewedOn) step(i, 'review', reviewedOn, true, f.expiresOn[i], null);
    if (closedOn) step(i, 'close', closedOn, false, null, f.closeReason[i]);
  }
  return c;
}
