import { type Sql, violatesUniqueIndex } from '../../../db/db.ts';
import { numberArray, textArray } from '../../../shared/pg-array.ts';
import { settled } from '../../../shared/settled.ts';

/** SQL for payments to people recorded after the fact (ADR 74): programs by name, and the one write. */

/** A program a register row may name: for persons, published or closed (a past year's program is closed). */
export interface NamedProgram {
  id: number;
  name: string;
  ownerOrgId: number;
  ownerOrgPath: string;
  ownerLevel: number;
  periodUnit: 'year' | 'whole';
  currentVersion: number;
}

/** The programs for persons whose name is one of `names` (compared as typed, trimmed), of any owner. */
export async function listProgramsNamed(sql: Sql, names: string[]): Promise<NamedProgram[]> {
  if (!names.length) return [];
  const { rows } = await sql.query<NamedProgram>(
    `select g.id, g.name, g.owner_org_id as "ownerOrgId", o.path as "ownerOrgPath", o.level as "ownerLevel",
            g.period_unit as "periodUnit", g.current_version as "currentVersion"
       from programs g join orgs o on o.id = g.owner_org_id
      where btrim(g.name) = any($1::text[]) and g.applicant_type = 'person' and g.status in ('published', 'closed')
      order by o.level desc, g.id`,
    [names],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), ownerOrgId: Number(r.ownerOrgId) }));
}

/** One payment to a person, checked and ready to write. */
export interface PastPayment {
  program: NamedProgram;
  personId: number;
  /** The person's union: the payment counts there and in every union above it. */
  orgId: number;
  /** The federation of that union (the root of its path), written with the payment's rows. */
  federationId: number;
  amountFen: number;
  approvedOn: string;
  paidOn: string;
  note: string | null;
  /** `pastDedupeKey` of the payment, made once when it is checked. */
  dedupeKey: string;
}

/** The start of a China calendar day as timestamptz text (the instant chinaDayStart answers as a Date). */
const chinaDayStartText = (day: string) => `${day}T00:00:00+08:00`;

/** The key that keeps one payment from being recorded twice (applications_live_dedupe). */
export const pastDedupeKey = (p: Pick<PastPayment, 'personId' | 'approvedOn' | 'paidOn' | 'amountFen'>) =>
  `register:${p.personId}:${p.approvedOn}:${p.paidOn}:${p.amountFen}`;

/**
 * Which of these (program, key) pairs (`programIds[i]`, `keys[i]`) are already on record: by 'program|key', with
 * the note the payment was recorded with.
 */
export async function findRecordedPayments(
  sql: Sql,
  programIds: number[],
  keys: string[],
): Promise<Map<string, { note: string | null }>> {
  if (!keys.length) return new Map();
  const { rows } = await sql.query<{ key: string; note: string | null }>(
    `select a.program_id || '|' || a.dedupe_key as key, a.note
       from applications a join unnest($1::bigint[], $2::text[]) as t(program_id, dedupe_key)
         on a.program_id = t.program_id and a.dedupe_key = t.dedupe_key
      where a.status in ('submitted', 'returned', 'approved')`,
    [numberArray(programIds), textArray(keys)], // array literals (shared/pg-array.ts), not escaped value by value
  );
  return new Map(rows.map((r) => [r.key, { note: r.note }]));
}

/**
 * Writes the payments in the caller's transaction, each statement set-based so the counting triggers run once:
 * the applications approved on their day, their entitlements dated that day, a history row each, then one batch
 * per program and day paid, filled and marked paid on that day. Answers the applications' ids in order, or null
 * when one of them was recorded meanwhile (the caller refuses the whole file): the live applications' unique key
 * refuses the insert, which is then no longer usable, so the caller's transaction must end there. A plain insert,
 * not `on conflict do nothing`: that checks every row's key once more before inserting it (~20 ms in 20,000).
 */
export async function insertPastPayments(
  sql: Sql,
  payments: PastPayment[],
  by: { userId: number | null; orgId: number | null; reference: string },
): Promise<number[] | null> {
  if (!payments.length) return [];
  // Each column one array literal (shared/pg-array.ts), not an array the driver escapes value by value.
  const nums = (f: (p: PastPayment) => number) => numberArray(payments.map(f));
  const texts = (f: (p: PastPayment) => string | null) => textArray(payments.map(f));
  let rows: { id: number }[];
  try {
    ({ rows } = await sql.query<{ id: number }>(
      `insert into applications (program_id, version, person_id, org_id, period_key, applied_on, dedupe_key, status,
       step, amount_fen, decision, intake, note, submitted_by, decided_at, federation_id)
     select t.program_id, t.version, t.person_id, t.org_id, t.period_key, t.approved_on, t.dedupe_key, 'approved',
            0, t.amount_fen, '{"eligible": true, "outcomes": []}'::jsonb, 'register', t.note, $11, t.decided_at,
            t.federation_id
       from unnest($1::bigint[], $2::int[], $3::bigint[], $4::bigint[], $5::text[], $6::date[], $7::text[],
                   $8::bigint[], $9::text[], $10::timestamptz[], $12::bigint[]) with ordinality
            as t(program_id, version, person_id, org_id, period_key, approved_on, dedupe_key, amount_fen, note,
                 decided_at, federation_id, n)
      order by t.n
     returning id`,
      [
        nums((p) => p.program.id),
        nums((p) => p.program.currentVersion),
        nums((p) => p.personId),
        nums((p) => p.orgId),
        texts((p) => (p.program.periodUnit === 'whole' ? 'whole' : p.approvedOn.slice(0, 4))),
        texts((p) => p.approvedOn),
        texts((p) => p.dedupeKey),
        nums((p) => p.amountFen),
        texts((p) => p.note),
        texts((p) => chinaDayStartText(p.approvedOn)),
        by.userId,
        nums((p) => p.federationId),
      ],
    ));
  } catch (e) {
    // a live application of the same program and key written since the rows were checked
    if (violatesUniqueIndex(e, 'applications_live_dedupe')) return null;
    throw e;
  }
  const ids = rows.map((r) => Number(r.id));
  const idList = numberArray(ids);
  // The statements after the applications queued one behind the other on the transaction (issue 42): node lays out
  // the next one's columns while PostgreSQL writes, and what node knows (each payment's union, amount and days, the
  // ids answered) is passed rather than read back. The entitlements take their ids in the applications' order.
  const entries = settled(
    sql.query<{ id: number }>(
      `insert into ledger_entries (kind, amount_fen, program_id, application_id, period_key, person_id, org_id,
         created_by, created_at, federation_id)
       select 'entitlement', a.amount_fen, a.program_id, a.id, a.period_key, a.person_id, a.org_id, $2, a.decided_at,
              a.federation_id
         from applications a where a.id = any($1::bigint[]) order by a.id
       returning id`,
      [idList, by.userId],
    ),
  );
  const events = settled(
    sql.query(
      `insert into application_events (application_id, action, step, org_id, reason, data, user_id, effective_on,
         federation_id)
       select t.id, 'recorded', 0, t.org_id, $3, jsonb_build_object('amountFen', t.amount_fen, 'paidOn', t.paid_on),
              $2, t.applied_on, t.federation_id
         from unnest($1::bigint[], $4::date[], $5::bigint[], $6::bigint[], $7::date[], $8::bigint[])
              as t(id, paid_on, org_id, amount_fen, applied_on, federation_id)
        order by t.id`,
      [
        idList,
        by.userId,
        `补录：${by.reference}`,
        texts((p) => p.paidOn),
        nums((p) => p.orgId),
        nums((p) => p.amountFen),
        texts((p) => p.approvedOn),
        nums((p) => p.federationId),
      ],
    ),
  );
  await payBatches(sql, payments, ids, [entries, events], by);
  return ids;
}

interface PaidGroup {
  program: NamedProgram;
  paidOn: string;
  /** The payments' places in the file's order. */
  at: number[];
  totalFen: number;
}

/**
 * One batch per program and day paid, holding those payments' entitlements, marked paid on that day: the batches,
 * their items and their payment each in one statement (the paid counts' trigger runs once). The batches' insert is
 * queued behind the entitlements' and the history's; the items take the entitlements' ids as that insert answers them,
 * the batches' counts and totals summed in node.
 */
async function payBatches(
  sql: Sql,
  payments: PastPayment[],
  ids: number[],
  [entries, events]: [Promise<{ rows: { id: number }[] }>, Promise<unknown>],
  by: { userId: number | null; orgId: number | null; reference: string },
): Promise<void> {
  const groups = new Map<string, PaidGroup>();
  payments.forEach((p, i) => {
    const key = `${p.program.id}|${p.paidOn}`;
    let g = groups.get(key);
    if (!g) {
      g = { program: p.program, paidOn: p.paidOn, at: [], totalFen: 0 };
      groups.set(key, g);
    }
    g.at.push(i);
    g.totalFen += p.amountFen;
  });
  const sorted = [...groups.values()].sort(
    (a, b) => a.program.id - b.program.id || a.paidOn.localeCompare(b.paidOn),
  );
  const batches = settled(
    sql.query<{ id: number }>(
      `insert into payment_batches (program_id, org_id, note, created_by, effective_on)
       select t.program_id, t.org_id, '补录：平台外发放', $3, t.effective_on
         from unnest($1::bigint[], $2::bigint[], $4::date[]) with ordinality as t(program_id, org_id, effective_on, n)
        order by t.n
       returning id`,
      [
        numberArray(sorted.map((g) => g.program.id)),
        numberArray(sorted.map((g) => by.orgId ?? g.program.ownerOrgId)),
        by.userId,
        textArray(sorted.map((g) => g.paidOn)),
      ],
    ),
  );
  const paidAt = textArray(sorted.map((g) => chinaDayStartText(g.paidOn)));
  const counts = numberArray(sorted.map((g) => g.at.length));
  const totals = numberArray(sorted.map((g) => g.totalFen));
  // The items' columns laid out in the batches' order while PostgreSQL writes the entries and the history; only
  // their entries' and batches' ids wait for those statements.
  const order = sorted.flatMap((g) => g.at);
  const column = (f: (p: PastPayment) => number) => numberArray(order.map((i) => f(payments[i])));
  const programOf = column((p) => p.program.id);
  const personOf = column((p) => p.personId);
  const orgOf = column((p) => p.orgId);
  const amountOf = column((p) => p.amountFen);
  const federationOf = column((p) => p.federationId);
  // awaited in the order sent, so that a refusal is answered as its own statement's error
  const entryIds = (await entries).rows;
  const entryOf = numberArray(order.map((i) => Number(entryIds[i]?.id)));
  await events;
  if (entryIds.length !== ids.length) throw new Error('past payments: an entitlement was not written');
  const batchIds = (await batches).rows.map((r) => Number(r.id)).sort((a, b) => a - b);
  const batchOf: number[] = [];
  sorted.forEach((g, b) => {
    for (let j = 0; j < g.at.length; j++) batchOf.push(batchIds[b]);
  });
  const items = settled(
    sql.query(
      `insert into payment_items (batch_id, ledger_entry_id, program_id, person_id, org_id, amount_fen,
         federation_id)
       select t.batch_id, t.ledger_entry_id, t.program_id, t.person_id, t.org_id, t.amount_fen, t.federation_id
         from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[], $7::bigint[])
              as t(batch_id, ledger_entry_id, program_id, person_id, org_id, amount_fen, federation_id)
        order by t.batch_id, t.ledger_entry_id`,
      [numberArray(batchOf), entryOf, programOf, personOf, orgOf, amountOf, federationOf],
    ),
  );
  const paid = settled(
    sql.query(
      `update payment_batches b set status = 'paid', paid_at = t.paid_at, paid_by = $3, paid_reference = $4,
              item_count = t.n, total_fen = t.total
         from unnest($1::bigint[], $2::timestamptz[], $5::int[], $6::bigint[]) as t(id, paid_at, n, total)
        where b.id = t.id`,
      [numberArray(batchIds), paidAt, by.userId, by.reference, counts, totals],
    ),
  );
  await items;
  await paid;
}
