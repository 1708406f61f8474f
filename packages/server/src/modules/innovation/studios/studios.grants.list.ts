import { type Actor, canAccess } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import type { SubjectGrantRow } from '../../programs/index.ts';
import { GRANT_KINDS, type GrantKind, kindOfPreset, STUDIO_GRANTS } from './studios.grant-kinds.ts';
import { grantLookups } from './studios.grants.ts';
import { getStudioInScope } from './studios.service.ts';

/** Reading a studio's projects and grants (项目与资助): applications about it and grants paid outside the platform. */

/** One line of a studio's 项目与资助: an application about it, or a grant paid outside the platform. */
export interface StudioGrantItem {
  applicationId: number | null;
  grantId: number | null;
  kind: GrantKind | null;
  programName: string;
  year: number;
  amountFen: number | null;
  /** The application's status, or 'paid_outside'. */
  status: string;
  approvedOn: string | null;
  paidFen: number;
  paidOn: string | null;
  outside: boolean;
  note: string | null;
}

/** The year of an application about a studio: its project's year, else the year it was decided or applied. */
const yearOf = (a: SubjectGrantRow) =>
  Number(/:project:(\d{4})$/.exec(a.subjectKey)?.[1] ?? (a.decidedOn ?? a.appliedOn).slice(0, 4));

/**
 * The studio's projects and grants, oldest first; the kinds it may receive with the platform's program offered
 * for each (its terms, and whether the actor may record one paid through it).
 */
export async function listStudioGrants(db: Db, actor: Actor, studioId: number) {
  const studio = await getStudioInScope(db, actor, studioId);
  const look = grantLookups(db);
  const fromApplications = (await look.applications(studio.id)).map(
    (a): StudioGrantItem => ({
      applicationId: a.applicationId,
      grantId: null,
      kind: kindOfPreset(a.presetKey),
      programName: a.programName,
      year: yearOf(a),
      amountFen: a.amountFen,
      status: a.status,
      approvedOn: a.status === 'approved' ? a.decidedOn : null,
      paidFen: a.paidFen,
      paidOn: a.paidOn,
      outside: false,
      note: null,
    }),
  );
  const fromOutside = (await look.outside(studio.id)).map(
    (g): StudioGrantItem => ({
      applicationId: null,
      grantId: g.id,
      kind: g.kind,
      programName: STUDIO_GRANTS[g.kind].programName,
      year: g.year,
      amountFen: g.amountFen,
      status: 'paid_outside',
      approvedOn: g.approvedOn,
      paidFen: g.amountFen,
      paidOn: g.paidOn,
      outside: true,
      note: g.note,
    }),
  );
  const items = [...fromApplications, ...fromOutside].sort(
    (a, b) => a.year - b.year || (a.approvedOn ?? '9').localeCompare(b.approvedOn ?? '9'),
  );
  const kinds = [];
  for (const kind of GRANT_KINDS) {
    const def = STUDIO_GRANTS[kind];
    const program = await look.program(def.presetKey, studio.orgPath);
    kinds.push({
      kind,
      presetKey: def.presetKey,
      program: program
        ? {
            name: program.programName,
            ownerOrgName: program.ownerOrgName,
            periodStart: program.periodStart,
            periodEnd: program.periodEnd,
            terms: program.terms,
            canRecord: canAccess(actor, 'applications.review', { orgPath: program.ownerOrgPath }),
          }
        : null,
    });
  }
  return {
    items,
    kinds,
    canRecord: canAccess(actor, 'innovation.write', { orgPath: studio.orgPath }),
  };
}
