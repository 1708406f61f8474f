import type { Actor } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { findOrgById } from '../../org/index.ts';
import { findProgramById, getVersion } from '../programs.repository.ts';
import type { ProgramRow, ProgramVersion } from '../programs.types.ts';
import { submitApplication } from './intake.ts';
import { findOfferedPresetId } from './subject-grants.repository.ts';

/**
 * Applications other modules open for what they decide (a studio recognised at city level opens the studio
 * subsidy). The application names its subject by key ('studio:12'), so the program grants it once per
 * subject; it then follows the program's review chain and is paid through the ledger like any other.
 */

/** The published program of `presetKey` offered to `orgId`: the nearest owner above or at that union. */
export async function findOfferedPreset(sql: Sql, presetKey: string, orgPath: string) {
  const id = await findOfferedPresetId(sql, presetKey, orgPath);
  return id === undefined ? undefined : findProgramById(sql, id);
}

export interface SubjectApplicationInput {
  presetKey: string;
  /** The applicant union. */
  orgId: number;
  subjectKey: string;
  appliedOn: string;
  note?: string | null;
  /** The amount asked for, for programs paying a share of what is claimed. */
  claimedFen?: number | null;
}

/**
 * Opens the union application of `presetKey` about `subjectKey`, in the caller's transaction, as a batch
 * submission (the deciding module holds the evidence). Null when no such program is offered to the union.
 * A live application for the same subject is refused by the program (APPLICATION_DUPLICATE).
 */
export async function openSubjectApplication(
  sql: Sql,
  actor: Actor,
  input: SubjectApplicationInput,
): Promise<{ applicationId: number; amountFen: number | null } | null> {
  const org = await findOrgById(sql, input.orgId);
  if (!org) return null;
  const program = await findOfferedPreset(sql, input.presetKey, org.path);
  if (!program) return null;
  const version = await getVersion(sql, program.id, program.currentVersion);
  const r = await submitSubjectApplication(sql, actor, org.id, program, version, input);
  return { applicationId: r.applicationId, amountFen: r.amountFen };
}

/** The union `orgId`'s application of `program` about a subject, submitted as a batch in the caller's transaction. */
export function submitSubjectApplication(
  sql: Sql,
  actor: Actor,
  orgId: number,
  program: ProgramRow,
  version: ProgramVersion,
  about: { subjectKey: string; appliedOn: string; claimedFen?: number | null; note?: string | null },
) {
  return submitApplication(
    sql,
    actor,
    program,
    version,
    {
      personId: null,
      applicantOrgId: orgId,
      subjectKey: about.subjectKey,
      claimedFen: about.claimedFen ?? null,
      note: about.note ?? null,
      intake: 'batch',
      appliedOn: about.appliedOn,
    },
    orgId,
  );
}
