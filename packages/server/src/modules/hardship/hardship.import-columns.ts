import { cellText } from '../../shared/register-sheet.ts';
import type { FileColumns, MemberColumns } from './hardship.import.repository.ts';
import type { FilePlan } from './hardship.import-plan.ts';

/**
 * The hardship register's plan as the columns its statement writes (issue 42): each built in one pass over the
 * files, with no object per row in between; the steps are made by PostgreSQL from the files' days (ADR 118).
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
    createdOn: [],
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
    c.createdOn.push(f.createdOn);
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

/** The households, each member with their file's place (1-based) in the files. */
export function memberColumnsOf(files: FilePlan[]): MemberColumns {
  const c: MemberColumns = {
    file: [],
    name: [],
    relation: [],
    idCipher: [],
    idMasked: [],
    yearlyIncomeFen: [],
    occupation: [],
    health: [],
  };
  for (let i = 0; i < files.length; i++) {
    for (const m of files[i].stored) {
      c.file.push(i + 1);
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
