import type { Actor } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { listSubjectApplications, openSubjectApplication } from '../programs/index.ts';
import { hasGrantProgramAbove } from './campaigns.repository.ts';
import { careErrors } from './care.errors.ts';
import { VISIT_GRANT_PRESET } from './care.types.ts';

/**
 * A visit's one-time grant is paid through the programs ledger (docs/adr/0024): logging the visit opens the
 * visiting union's application to the visit grant program about the subject 'visit:<id>', claiming the grant;
 * the program's review chain approves it and a payment batch pays it. The program grants a subject once, so
 * a visit is never paid twice.
 */

export const visitSubject = (visitId: number) => `visit:${visitId}`;

/** Whether the visit grant program is published by the union at `orgPath` or a union above it. */
export async function grantProgramOffered(sql: Sql, orgPath: string): Promise<boolean> {
  return hasGrantProgramAbove(sql, VISIT_GRANT_PRESET, orgPath);
}

/** Opens the grant's application, in the visit's transaction; refused when no grant program is offered. */
export async function openVisitGrant(
  sql: Sql,
  actor: Actor,
  visit: { id: number; orgId: number; visitedOn: string; grantFen: number; recipient: string },
): Promise<number> {
  const opened = await openSubjectApplication(sql, actor, {
    presetKey: VISIT_GRANT_PRESET,
    orgId: visit.orgId,
    subjectKey: visitSubject(visit.id),
    appliedOn: visit.visitedOn,
    claimedFen: visit.grantFen,
    note: `走访慰问：${visit.recipient}`,
  });
  if (!opened) throw careErrors.noGrantProgram();
  return opened.applicationId;
}

export interface VisitGrant {
  applicationId: number;
  programName: string;
  status: string;
  amountFen: number | null;
  paidFen: number;
}

/** The grant applications of visits, by application id, with what has been paid on each. */
export async function grantsOf(sql: Sql, applicationIds: number[]): Promise<Map<number, VisitGrant>> {
  const apps = await listSubjectApplications(sql, applicationIds);
  return new Map(
    apps.map((a) => [
      a.applicationId,
      {
        applicationId: a.applicationId,
        programName: a.programName,
        status: a.status,
        amountFen: a.amountFen,
        paidFen: a.paidFen,
      },
    ]),
  );
}
