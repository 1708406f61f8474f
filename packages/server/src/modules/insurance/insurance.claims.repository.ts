import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { addRow, insertRow } from '../../db/insert.ts';
import { conditions, selectFrom } from '../../db/select.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import { CLAIMS_CAP } from './insurance.repository.ts';

// ---------------------------------------------------------------------------------------------------------------
// Claims

export interface ClaimRow {
  id: number;
  policyId: number;
  policyTitle: string;
  policyOrgId: number;
  policyOrgPath: string;
  payer: 'insurer' | 'union';
  /** The programs ledger's application paying the payout, when the union pays it. */
  ledgerApplicationId: number | null;
  personId: number;
  personName: string;
  orgId: number;
  orgName: string;
  orgPath: string;
  kind: 'medical' | 'disability' | 'death';
  incidentOn: string;
  place: string;
  description: string;
  documents: string[];
  status: 'filed' | 'returned' | 'forwarded' | 'approved' | 'rejected' | 'paid' | 'withdrawn';
  /** The union whose review step it is while the claim climbs the chain ('filed'). */
  stepOrgId: number | null;
  stepOrgName: string | null;
  returnReason: string | null;
  /** The steps taken up the chain, in order. */
  steps: ClaimStep[];
  /** Files uploaded against the checklist's documents. */
  files: { id: number; document: string; name: string; size: number }[];
  filedOn: string;
  forwardedOn: string | null;
  decidedOn: string | null;
  payoutFen: number | null;
  rejectReason: string | null;
  paidOn: string | null;
}

export interface ClaimStep {
  orgId: number;
  orgName: string;
  action: 'forward' | 'return';
  reason: string | null;
  on: string;
}

const CLAIM_COLUMNS = `c.id, c.policy_id as "policyId", p.title as "policyTitle", p.org_id as "policyOrgId",
  po.path as "policyOrgPath", p.payer, c.ledger_application_id as "ledgerApplicationId", c.person_id as "personId", pe.name as "personName", c.org_id as "orgId",
  o.name as "orgName", o.path as "orgPath", c.kind, c.incident_on as "incidentOn", c.place, c.description, c.documents,
  c.status, c.step_org_id as "stepOrgId", so.name as "stepOrgName", c.return_reason as "returnReason",
  coalesce((select json_agg(json_build_object('orgId', s.org_id, 'orgName', sto.name, 'action', s.action,
      'reason', s.reason, 'on', to_char(s.effective_on, 'YYYY-MM-DD')) order by s.id)
    from insurance_claim_steps s join orgs sto on sto.id = s.org_id where s.claim_id = c.id), '[]'::json) as steps,
  coalesce((select json_agg(json_build_object('id', f.id, 'document', f.document, 'name', f.name, 'size', f.size)
      order by f.id) from insurance_claim_files f where f.claim_id = c.id), '[]'::json) as files,
  c.filed_on as "filedOn", c.forwarded_on as "forwardedOn", c.decided_on as "decidedOn",
  c.payout_fen as "payoutFen", c.reject_reason as "rejectReason", c.paid_on as "paidOn"`;

const CLAIM_FROM = `insurance_claims c join insurance_policies p on p.id = c.policy_id join orgs po on po.id = p.org_id
  join persons pe on pe.id = c.person_id join orgs o on o.id = c.org_id left join orgs so on so.id = c.step_org_id`;

export async function insertClaim(
  sql: Sql,
  c: Omit<
    ClaimRow,
    | 'id'
    | 'policyTitle'
    | 'policyOrgId'
    | 'policyOrgPath'
    | 'payer'
    | 'ledgerApplicationId'
    | 'personName'
    | 'orgName'
    | 'orgPath'
    | 'status'
    | 'stepOrgName'
    | 'returnReason'
    | 'steps'
    | 'files'
    | 'forwardedOn'
    | 'decidedOn'
    | 'payoutFen'
    | 'rejectReason'
    | 'paidOn'
  > & {
    filedBy: number | null;
  },
) {
  return insertRow(
    sql,
    'insurance_claims',
    'policy_id, person_id, org_id, kind, incident_on, place, description, documents, filed_on, filed_by, step_org_id',
    c,
  );
}

const claimRows = selectFrom<ClaimRow>(`${CLAIM_COLUMNS} from ${CLAIM_FROM}`);

export const findClaim = (sql: Sql, id: number, lock = false) =>
  claimRows.one(sql, `c.id = $1${lock ? ' for update of c' : ''}`, [id]);

/**
 * Claims on the policies of a subtree or filed by its members; `stepOrgId`: at that union's review step;
 * `decisionOrgId`: forwarded to the insurer on that union's own policies (its decision still to be recorded). At
 * most `max` (the page's CLAIMS_CAP unless an export asks for more), with how many there are in all.
 */
export async function listClaims(
  sql: Sql,
  f: {
    path?: string;
    personId?: number;
    policyId?: number;
    stepOrgId?: number;
    decisionOrgId?: number;
    max?: number;
  },
) {
  const params: unknown[] = [];
  const { where, add } = conditions(params);
  if (f.path !== undefined) add('(po.path like ? or o.path like ?)', subtreePattern(f.path));
  if (f.personId !== undefined) add('c.person_id = ?', f.personId);
  if (f.policyId !== undefined) add('c.policy_id = ?', f.policyId);
  if (f.stepOrgId !== undefined) add('c.step_org_id = ?', f.stepOrgId);
  if (f.decisionOrgId !== undefined) add(`p.org_id = ? and c.status = 'forwarded'`, f.decisionOrgId);
  const { rows } = await sql.query<ClaimRow & { countAll: number }>(
    `select ${CLAIM_COLUMNS}, ${COUNT_ALL} from ${CLAIM_FROM} where ${where.join(' and ') || 'true'}
      order by c.filed_on desc, c.id desc limit ${Math.trunc(f.max ?? CLAIMS_CAP)}`,
    params,
  );
  return capped(rows);
}

/** The masked ID number of each person, by id (an export's 身份证号 column). */
/** The ID numbers of persons as kept: masked, and the cipher a role that may reveal them has decrypted. */
export async function idNumbersOf(
  sql: Sql,
  personIds: number[],
): Promise<Map<number, { idMasked: string | null; idCipher: string | null }>> {
  const { rows } = await sql.query<{ id: number; idMasked: string | null; idCipher: string | null }>(
    'select id, id_masked as "idMasked", id_cipher as "idCipher" from persons where id = any($1::bigint[])',
    [[...new Set(personIds)]],
  );
  return new Map(rows.map((r) => [Number(r.id), r]));
}

/** Moves a claim on only from the state it was read in (concurrent deciders: one wins). */
export async function moveClaim(
  sql: Sql,
  id: number,
  from: ClaimRow['status'],
  set: {
    status: ClaimRow['status'];
    /** The union whose step it is next (null: out of review). */
    stepOrgId?: number | null;
    returnReason?: string;
    forwardedOn?: string;
    decidedOn?: string;
    payoutFen?: number;
    rejectReason?: string;
    paidOn?: string;
    ledgerApplicationId?: number;
  },
): Promise<boolean> {
  const { rows } = await sql.query<{ id: number }>(
    `update insurance_claims set status = $3,
            forwarded_on = coalesce($4, forwarded_on), decided_on = coalesce($5, decided_on),
            payout_fen = coalesce($6, payout_fen), reject_reason = coalesce($7, reject_reason),
            paid_on = coalesce($8, paid_on),
            step_org_id = case when $9 then $10::bigint else step_org_id end,
            return_reason = coalesce($11, return_reason),
            ledger_application_id = coalesce($12, ledger_application_id)
      where id = $1 and status = $2 returning id`,
    [
      id,
      from,
      set.status,
      set.forwardedOn ?? null,
      set.decidedOn ?? null,
      set.payoutFen ?? null,
      set.rejectReason ?? null,
      set.paidOn ?? null,
      set.stepOrgId !== undefined,
      set.stepOrgId ?? null,
      set.returnReason ?? null,
      set.ledgerApplicationId ?? null,
    ],
  );
  return rows.length === 1;
}

/**
 * The review chain of a claim: the member's union and the unions above it up to the policy's union, nearest
 * first; just the policy's union when the member's union lies outside its subtree.
 */
export async function claimChain(sql: Sql, memberOrgId: number, policyOrgPath: string) {
  const { rows } = await sql.query<{ id: number; name: string; path: string }>(
    `select a.id, a.name, a.path from orgs o join orgs a on starts_with(o.path, a.path)
      where o.id = $1 and a.path like $2 order by length(a.path) desc`,
    [memberOrgId, subtreePattern(policyOrgPath)],
  );
  return rows;
}

export async function insertClaimStep(
  sql: Sql,
  s: {
    claimId: number;
    orgId: number;
    action: 'forward' | 'return';
    reason: string | null;
    on: string;
    by: number | null;
  },
) {
  await addRow(sql, 'insurance_claim_steps', 'claim_id, org_id, action, reason, effective_on, acted_by', {
    ...s,
    effectiveOn: s.on,
    actedBy: s.by,
  });
}

export async function insertClaimFile(
  sql: Sql,
  f: { claimId: number; document: string; name: string; mime: string; data: Buffer; by: number | null },
) {
  const id = await insertRow(
    sql,
    'insurance_claim_files',
    'claim_id, document, name, mime, data, size, uploaded_by',
    { ...f, size: f.data.length, uploadedBy: f.by },
  );
  await sql.query(
    `update insurance_claims set documents = array_append(documents, $2)
      where id = $1 and not ($2 = any(documents))`,
    [f.claimId, f.document],
  );
  return id;
}

export async function findClaimFile(sql: Sql, claimId: number, fileId: number) {
  const { rows } = await sql.query<{ name: string; mime: string; data: Buffer }>(
    `select name, mime, data from insurance_claim_files where claim_id = $1 and id = $2`,
    [claimId, fileId],
  );
  return rows[0];
}
