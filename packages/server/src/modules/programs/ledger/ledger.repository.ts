import { type Subtree, subtreeCondition } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { conditions, selectFrom } from '../../../db/select.ts';
import { readPage } from '../../../shared/paged.ts';

/** SQL for ledger_entries (append-only), payment_batches and payment_items. */
export interface LedgerEntry {
  id: number;
  kind: 'entitlement' | 'reversal';
  amountFen: number;
  programId: number;
  programName: string;
  /** The path of the union that owns the program: staff at or above it decide its entries (a reversal). */
  programOwnerPath: string;
  applicationId: number;
  periodKey: string;
  personId: number | null;
  personName: string | null;
  personIdMasked: string | null;
  orgId: number;
  orgName: string;
  orgPath: string;
  /**
   * What a union's own entry is for, as its application says (a visit's grant: 走访慰问：林诺娟), so the union is not
   * the only payee named; null for a worker's entry and for a union's that says nothing.
   */
  about: string | null;
  reversesId: number | null;
  reversedById: number | null;
  reason: string | null;
  paymentBatchId: number | null;
  paymentStatus: 'unpaid' | 'in_batch' | 'paid' | 'reversed' | null;
  /** When the batch paying it was paid (its day, for a payment recorded afterwards); null until then. */
  paidAt: Date | null;
  createdBy: number | null;
  createdAt: Date;
}

const ENTRY_COLUMNS = `e.id, e.kind, e.amount_fen as "amountFen", e.program_id as "programId", g.name as "programName",
  go.path as "programOwnerPath", e.application_id as "applicationId", e.period_key as "periodKey", e.person_id as "personId",
  p.name as "personName", p.id_masked as "personIdMasked", e.org_id as "orgId", o.name as "orgName",
  o.path as "orgPath", case when e.person_id is null then nullif(btrim(ap.note), '') end as "about",
  e.reverses_id as "reversesId", r.id as "reversedById", e.reason,
  i.batch_id as "paymentBatchId",
  case when e.kind = 'reversal' then null when r.id is not null then 'reversed'
       when b.status = 'paid' then 'paid' when i.id is not null then 'in_batch' else 'unpaid' end as "paymentStatus",
  case when b.status = 'paid' then b.paid_at end as "paidAt",
  e.created_by as "createdBy", e.created_at as "createdAt"`;
const ENTRY_FROM = `ledger_entries e join programs g on g.id = e.program_id join orgs go on go.id = g.owner_org_id
  join orgs o on o.id = e.org_id
  left join persons p on p.id = e.person_id
  left join applications ap on ap.id = e.application_id
  left join ledger_entries r on r.reverses_id = e.id
  left join payment_items i on i.ledger_entry_id = e.id
  left join payment_batches b on b.id = i.batch_id`;

export async function insertEntitlement(
  sql: Sql,
  e: {
    programId: number;
    applicationId: number;
    periodKey: string;
    personId: number | null;
    orgId: number;
    amountFen: number;
    createdBy: number | null;
    /** The moment it took effect (ADR 40): the approval's, default now. */
    at?: Date;
  },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into ledger_entries (kind, amount_fen, program_id, application_id, period_key, person_id, org_id, created_by,
       created_at)
     values ('entitlement', $1, $2, $3, $4, $5, $6, $7, coalesce($8, now())) returning id`,
    [e.amountFen, e.programId, e.applicationId, e.periodKey, e.personId, e.orgId, e.createdBy, e.at ?? null],
  );
  return rows[0].id;
}

export async function insertReversal(
  sql: Sql,
  of: LedgerEntry,
  reason: string,
  createdBy: number | null,
  at?: Date,
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into ledger_entries (kind, amount_fen, program_id, application_id, period_key, person_id, org_id,
       reverses_id, reason, created_by, created_at)
     values ('reversal', $1, $2, $3, $4, $5, $6, $7, $8, $9, coalesce($10, now())) returning id`,
    [
      -of.amountFen,
      of.programId,
      of.applicationId,
      of.periodKey,
      of.personId,
      of.orgId,
      of.id,
      reason,
      createdBy,
      at ?? null,
    ],
  );
  return rows[0].id;
}

const entryRows = selectFrom<LedgerEntry>(`${ENTRY_COLUMNS} from ${ENTRY_FROM}`);

export const findEntryById = (sql: Sql, id: number) => entryRows.one(sql, 'e.id = $1', [id]);

export interface LedgerQuery {
  scope: Subtree;
  programId?: number;
  personId?: number;
  kind?: string;
  paymentStatus?: string;
  page: number;
  pageSize: number;
}

export async function listEntries(sql: Sql, q: LedgerQuery) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition(q.scope, 'o.path', params));
  if (q.programId) add('e.program_id = ?', q.programId);
  if (q.personId) add('e.person_id = ?', q.personId);
  if (q.kind) add('e.kind = ?', q.kind);
  // The payment status is a column ENTRY_COLUMNS works out, so its filter goes on the rows of that read.
  const entries = `(select ${ENTRY_COLUMNS} from ${ENTRY_FROM} where ${where.join(' and ')}) x`;
  const byStatus = conditions(params);
  if (q.paymentStatus) byStatus.add('x."paymentStatus" = ?', q.paymentStatus);
  return readPage<LedgerEntry>(
    sql,
    { columns: '*', from: entries, where: byStatus.where, params, orderBy: 'x.id desc' },
    q,
  );
}

export interface Reconciliation {
  approvedFen: number;
  reversedFen: number;
  paidFen: number;
  unpaidFen: number;
  /** Part of unpaidFen already in a draft or exported batch. */
  inBatchFen: number;
  entitlements: number;
  reversals: number;
  paidItems: number;
  balanced: boolean;
}

/**
 * Per program (within a subtree): approved − reversed must equal paid + unpaid, to the fen. Each side is
 * summed from its own table, so a payment that does not match its entitlement, or a reversed entitlement
 * that was paid, shows as unbalanced.
 */
export async function reconcile(sql: Sql, programId: number, scope: Subtree): Promise<Reconciliation> {
  const params: unknown[] = [programId];
  const inScope = subtreeCondition(scope, 'o.path', params);
  const { rows } = await sql.query<Omit<Reconciliation, 'balanced'>>(
    `select
       (select coalesce(sum(e.amount_fen), 0) from ledger_entries e join orgs o on o.id = e.org_id
         where e.program_id = $1 and e.kind = 'entitlement' and ${inScope}) as "approvedFen",
       (select coalesce(-sum(e.amount_fen), 0) from ledger_entries e join orgs o on o.id = e.org_id
         where e.program_id = $1 and e.kind = 'reversal' and ${inScope}) as "reversedFen",
       (select coalesce(sum(i.amount_fen), 0) from payment_items i join payment_batches b on b.id = i.batch_id
          join orgs o on o.id = i.org_id
         where i.program_id = $1 and b.status = 'paid' and ${inScope}) as "paidFen",
       (select coalesce(sum(e.amount_fen), 0) from ledger_entries e join orgs o on o.id = e.org_id
         where e.program_id = $1 and e.kind = 'entitlement' and ${inScope}
           and not exists (select 1 from ledger_entries r where r.reverses_id = e.id)
           and not exists (select 1 from payment_items i join payment_batches b on b.id = i.batch_id
                            where i.ledger_entry_id = e.id and b.status = 'paid')) as "unpaidFen",
       (select coalesce(sum(i.amount_fen), 0) from payment_items i join payment_batches b on b.id = i.batch_id
          join orgs o on o.id = i.org_id
         where i.program_id = $1 and b.status in ('draft', 'exported') and ${inScope}) as "inBatchFen",
       (select count(*) from ledger_entries e join orgs o on o.id = e.org_id
         where e.program_id = $1 and e.kind = 'entitlement' and ${inScope}) as entitlements,
       (select count(*) from ledger_entries e join orgs o on o.id = e.org_id
         where e.program_id = $1 and e.kind = 'reversal' and ${inScope}) as reversals,
       (select count(*) from payment_items i join payment_batches b on b.id = i.batch_id join orgs o on o.id = i.org_id
         where i.program_id = $1 and b.status = 'paid' and ${inScope}) as "paidItems"`,
    params,
  );
  const r = rows[0];
  return { ...r, balanced: r.approvedFen - r.reversedFen === r.paidFen + r.unpaidFen };
}

export interface PaymentOfApplication {
  applicationId: number;
  status: 'unpaid' | 'in_batch' | 'paid' | 'reversed';
  amountFen: number;
  batchId: number | null;
  batchCreatedAt: Date | null;
  paidAt: Date | null;
}

/** Where the money of each application stands: its entitlement, reversed or not, and the batch paying it. */
export async function listPaymentsOfApplications(
  sql: Sql,
  applicationIds: number[],
): Promise<Map<number, PaymentOfApplication>> {
  if (!applicationIds.length) return new Map();
  const { rows } = await sql.query<PaymentOfApplication>(
    `select e.application_id as "applicationId",
            case when r.id is not null then 'reversed' when b.status = 'paid' then 'paid'
                 when i.id is not null then 'in_batch' else 'unpaid' end as status,
            e.amount_fen as "amountFen", i.batch_id as "batchId", b.created_at as "batchCreatedAt",
            b.paid_at as "paidAt"
       from ledger_entries e
       left join ledger_entries r on r.reverses_id = e.id
       left join payment_items i on i.ledger_entry_id = e.id
       left join payment_batches b on b.id = i.batch_id
      where e.application_id = any($1::bigint[]) and e.kind = 'entitlement'
      order by e.id`,
    [applicationIds],
  );
  return new Map(rows.map((r) => [Number(r.applicationId), r]));
}

/** A program's name and owner with its live (unreversed) entitlements and the persons or unions holding them. */
export async function findProgramGrantCounts(sql: Sql, programId: number) {
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
  return rows[0];
}
