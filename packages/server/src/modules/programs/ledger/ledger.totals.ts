import type { Sql } from '../../../db/db.ts';
import { type Reconciliation, reconcile } from './ledger.repository.ts';

/**
 * What a program granted, as its ledger has it, for modules whose money flows out through a program (a special
 * fund's grants): the reconciliation over the whole tree plus the people holding a live (unreversed) grant.
 */
export interface ProgramLedgerTotals extends Reconciliation {
  programId: number;
  programName: string;
  ownerOrgId: number;
  /** Live entitlements: approved and not reversed. */
  grants: number;
  /** Distinct persons (or applicant unions) with a live entitlement. */
  helped: number;
}

export async function findProgramLedgerTotals(
  sql: Sql,
  programId: number,
): Promise<ProgramLedgerTotals | undefined> {
  const { rows } = await sql.query<{ name: string; ownerOrgId: number; grants: number; helped: number }>(
    `select g.name, g.owner_org_id as "ownerOrgId",
            (select count(*)::int from ledger_entries e
              where e.program_id = g.id and e.kind = 'entitlement'
                and not exists (select 1 from ledger_entries r where r.reverses_id = e.id)) as grants,
            (select count(distinct coalesce(e.person_id::text, 'org:' || e.org_id))::int from ledger_entries e
              where e.program_id = g.id and e.kind = 'entitlement'
                and not exists (select 1 from ledger_entries r where r.reverses_id = e.id)) as helped
       from programs g where g.id = $1`,
    [programId],
  );
  if (!rows[0]) return undefined;
  const r = rows[0];
  const totals = await reconcile(sql, programId, { path: '/' });
  return {
    ...totals,
    programId,
    programName: r.name,
    ownerOrgId: Number(r.ownerOrgId),
    grants: r.grants,
    helped: r.helped,
  };
}
