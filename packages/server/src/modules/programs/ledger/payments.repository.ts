import { type Subtree, subtreeCondition } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { insertRow } from '../../../db/insert.ts';
import { conditions, selectFrom } from '../../../db/select.ts';
import { readPage } from '../../../shared/paged.ts';

/** How a batch pays: to the members' bank accounts or to their 京卡. */
export type PaymentMethod = 'bank' | 'jingka';

export interface PaymentBatch {
  id: number;
  programId: number;
  programName: string;
  orgId: number;
  orgName: string;
  orgPath: string;
  status: 'draft' | 'exported' | 'paid' | 'cancelled';
  method: PaymentMethod;
  requestKey: string | null;
  itemCount: number;
  totalFen: number;
  note: string | null;
  createdBy: number | null;
  /** The day the batch was made (China time): today, or a past day recorded after the fact. */
  effectiveOn: string;
  createdAt: Date;
  exportedAt: Date | null;
  paidAt: Date | null;
  paidReference: string | null;
  cancelledAt: Date | null;
}

export interface PaymentItem {
  id: number;
  ledgerEntryId: number;
  applicationId: number;
  personId: number | null;
  personName: string | null;
  personIdMasked: string | null;
  orgId: number;
  orgName: string;
  /** What a union's own entry is for, as its application says (the ledger's `about`); null for a worker's. */
  about: string | null;
  amountFen: number;
  /** The person has a bank account number / a 京卡 number on file (false for a union payee). */
  hasBankAccount: boolean;
  hasJingka: boolean;
}

const BATCH_COLUMNS = `b.id, b.program_id as "programId", g.name as "programName", b.org_id as "orgId",
  o.name as "orgName", o.path as "orgPath", b.status, b.method, b.request_key as "requestKey", b.item_count as "itemCount",
  b.total_fen as "totalFen", b.note, b.created_by as "createdBy",
  to_char(b.effective_on, 'YYYY-MM-DD') as "effectiveOn", b.created_at as "createdAt",
  b.exported_at as "exportedAt", b.paid_at as "paidAt", b.paid_reference as "paidReference",
  b.cancelled_at as "cancelledAt"`;
const BATCH_FROM = 'payment_batches b join programs g on g.id = b.program_id join orgs o on o.id = b.org_id';

const batchRows = selectFrom<PaymentBatch>(`${BATCH_COLUMNS} from ${BATCH_FROM}`);

export async function findBatchById(sql: Sql, id: number, lock = false): Promise<PaymentBatch | undefined> {
  if (lock) await sql.query('select id from payment_batches where id = $1 for no key update', [id]);
  return batchRows.one(sql, 'b.id = $1', [id]);
}

export async function findBatchByKey(sql: Sql, userId: number | null, key: string) {
  const { rows } = await sql.query<PaymentBatch>(
    `select ${BATCH_COLUMNS} from ${BATCH_FROM} where coalesce(b.created_by, 0) = $1 and b.request_key = $2`,
    [userId ?? 0, key],
  );
  return rows[0];
}

export async function insertBatch(
  sql: Sql,
  b: {
    programId: number;
    orgId: number;
    method: PaymentMethod;
    requestKey: string | null;
    note: string | null;
    createdBy: number | null;
    effectiveOn: string;
  },
): Promise<number> {
  return insertRow(
    sql,
    'payment_batches',
    'program_id, org_id, method, request_key, note, created_by, effective_on',
    b,
  );
}

/** The entitlements a batch pays: unpaid, unreversed, of the program ($n) and in the subtree. */
function payable(programParam: string, scope: Subtree, params: unknown[]) {
  return `e.program_id = ${programParam} and e.kind = 'entitlement' and ${subtreeCondition(scope, 'o.path', params)}
          and not exists (select 1 from ledger_entries r where r.reverses_id = e.id)
          and not exists (select 1 from payment_items i where i.ledger_entry_id = e.id)`;
}

/** What a batch would pay now, one row per entitlement (the preview before creating it). */
export async function listPayable(sql: Sql, programId: number, scope: Subtree, limit = 100_000) {
  const params: unknown[] = [programId];
  const { rows } = await sql.query<Omit<PaymentItem, 'id'>>(
    `select e.id as "ledgerEntryId", e.application_id as "applicationId", e.person_id as "personId",
            p.name as "personName", p.id_masked as "personIdMasked", e.org_id as "orgId", o.name as "orgName",
            case when e.person_id is null then nullif(btrim(ap.note), '') end as "about", e.amount_fen as "amountFen",
            p.bank_account_cipher is not null as "hasBankAccount", p.jingka_cipher is not null as "hasJingka"
       from ledger_entries e join orgs o on o.id = e.org_id left join persons p on p.id = e.person_id
       left join applications ap on ap.id = e.application_id
      where ${payable('$1', scope, params)}
      order by e.id limit ${limit}`,
    params,
  );
  return rows;
}

/**
 * Puts every unpaid, unreversed entitlement of the program in the subtree into the batch. The unique
 * ledger_entry_id makes a concurrent second batch skip what the first took.
 */
export async function fillBatch(sql: Sql, batchId: number, programId: number, scope: Subtree) {
  const params: unknown[] = [batchId, programId];
  const where = payable('$2', scope, params);
  const { rows } = await sql.query<{ n: number; total: number }>(
    `with ins as (
       insert into payment_items (batch_id, ledger_entry_id, program_id, person_id, org_id, amount_fen)
       select $1, e.id, e.program_id, e.person_id, e.org_id, e.amount_fen
         from ledger_entries e join orgs o on o.id = e.org_id
        where ${where}
        order by e.id
       on conflict (ledger_entry_id) do nothing
       returning amount_fen
     )
     select count(*) as n, coalesce(sum(amount_fen), 0) as total from ins`,
    params,
  );
  await sql.query('update payment_batches set item_count = $2, total_fen = $3 where id = $1', [
    batchId,
    rows[0].n,
    rows[0].total,
  ]);
  return rows[0];
}

export async function listBatches(
  sql: Sql,
  q: { scope: Subtree; programId?: number; status?: string; page: number; pageSize: number },
) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition(q.scope, 'o.path', params));
  if (q.programId) add('b.program_id = ?', q.programId);
  if (q.status) add('b.status = ?', q.status);
  return readPage<PaymentBatch>(
    sql,
    { columns: BATCH_COLUMNS, from: BATCH_FROM, where, params, orderBy: 'b.id desc' },
    q,
  );
}

export async function listItems(sql: Sql, batchId: number, limit = 100000): Promise<PaymentItem[]> {
  const { rows } = await sql.query<PaymentItem>(
    `select i.id, i.ledger_entry_id as "ledgerEntryId", e.application_id as "applicationId",
            i.person_id as "personId", p.name as "personName", p.id_masked as "personIdMasked",
            i.org_id as "orgId", o.name as "orgName", case when e.person_id is null then nullif(btrim(ap.note), '') end as "about", i.amount_fen as "amountFen",
            p.bank_account_cipher is not null as "hasBankAccount", p.jingka_cipher is not null as "hasJingka"
       from payment_items i join ledger_entries e on e.id = i.ledger_entry_id join orgs o on o.id = i.org_id
       left join persons p on p.id = i.person_id left join applications ap on ap.id = e.application_id
      where i.batch_id = $1 order by i.id limit ${limit}`,
    [batchId],
  );
  return rows;
}

/**
 * The items of a batch paying a person who has no account for the batch's method (a bank account number for
 * 'bank', a 京卡 number for 'jingka'), in the batch's order. A union payee is not listed.
 */
export async function listItemsWithoutAccount(sql: Sql, batchId: number, method: PaymentMethod) {
  const column = method === 'bank' ? 'p.bank_account_cipher' : 'p.jingka_cipher';
  const { rows } = await sql.query<{
    applicationId: number;
    personId: number;
    personName: string;
    personIdMasked: string | null;
    orgName: string;
  }>(
    `select e.application_id as "applicationId", p.id as "personId", p.name as "personName",
            p.id_masked as "personIdMasked", o.name as "orgName"
       from payment_items i join ledger_entries e on e.id = i.ledger_entry_id join orgs o on o.id = i.org_id
       join persons p on p.id = i.person_id
      where i.batch_id = $1 and ${column} is null order by i.id`,
    [batchId],
  );
  return rows;
}

/** Rows for the bank sheet, with the encrypted ID number (decrypted only for roles allowed to see it). */
export async function exportRows(sql: Sql, batchId: number) {
  const { rows } = await sql.query<{
    personId: number | null;
    name: string;
    idMasked: string | null;
    idCipher: string | null;
    bankAccountMasked: string | null;
    bankAccountCipher: string | null;
    jingkaMasked: string | null;
    jingkaCipher: string | null;
    phone: string | null;
    orgName: string;
    amountFen: number;
    applicationId: number;
    approvedAt: Date;
  }>(
    `select i.person_id as "personId", coalesce(p.name, o.name) as name, p.id_masked as "idMasked",
            p.id_cipher as "idCipher", p.bank_account_masked as "bankAccountMasked",
            p.bank_account_cipher as "bankAccountCipher", p.jingka_masked as "jingkaMasked",
            p.jingka_cipher as "jingkaCipher", p.phone, o.name as "orgName", i.amount_fen as "amountFen",
            e.application_id as "applicationId", e.created_at as "approvedAt"
       from payment_items i join ledger_entries e on e.id = i.ledger_entry_id join orgs o on o.id = i.org_id
       left join persons p on p.id = i.person_id
      where i.batch_id = $1 order by i.id`,
    [batchId],
  );
  return rows;
}

export async function setBatchStatus(
  sql: Sql,
  id: number,
  status: 'exported' | 'paid' | 'cancelled',
  extra: { paidBy?: number | null; reference?: string | null; paidAt?: Date } = {},
) {
  await sql.query(
    `update payment_batches set status = $2,
       exported_at = case when $2 = 'exported' then now() else exported_at end,
       paid_at = case when $2 = 'paid' then coalesce($5, now()) else paid_at end,
       paid_by = case when $2 = 'paid' then $3 else paid_by end,
       paid_reference = case when $2 = 'paid' then $4 else paid_reference end,
       cancelled_at = case when $2 = 'cancelled' then now() else cancelled_at end
     where id = $1`,
    [id, status, extra.paidBy ?? null, extra.reference ?? null, extra.paidAt ?? null],
  );
  if (status === 'cancelled') await sql.query('delete from payment_items where batch_id = $1', [id]);
}

/** The moment of the latest approval (ledger entitlement) a batch pays: it cannot be paid before it. */
export async function lastApprovalOfBatch(sql: Sql, batchId: number): Promise<Date | null> {
  const { rows } = await sql.query<{ at: Date | null }>(
    `select max(e.created_at) as at from payment_items i join ledger_entries e on e.id = i.ledger_entry_id
      where i.batch_id = $1`,
    [batchId],
  );
  return rows[0]?.at ?? null;
}

/** Locks the program's row for a money operation: one at a time per program, a concurrent retry waits. */
export async function lockProgramForPayment(sql: Sql, programId: number): Promise<void> {
  await sql.query('select id from programs where id = $1 for no key update', [programId]);
}
