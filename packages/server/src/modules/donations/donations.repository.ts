import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertOnce, insertRow, insertRowUnlessTaken } from '../../db/insert.ts';
import { conditions, selectFrom } from '../../db/select.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import { readPage } from '../../shared/paged.ts';
import type { NewDonor } from './donors.repository.ts';

/** SQL for donations, funds and fund_years only (donors.repository.ts: donors). */
export interface DonationRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  donorId: number;
  donorName: string;
  fundId: number | null;
  fundName: string | null;
  kind: 'money' | 'goods';
  receivedOn: string;
  amountFen: number;
  item: string | null;
  quantity: number | null;
  unit: string | null;
  campaignId: number | null;
  note: string | null;
  /** The moment it was entered (receivedOn is the day it happened). */
  createdAt: string;
}

const DONATION_COLUMNS = `x.id, x.org_id as "orgId", o.name as "orgName", o.path as "orgPath", x.donor_id as "donorId",
  d.name as "donorName", x.fund_id as "fundId", f.name as "fundName", x.kind, x.received_on as "receivedOn",
  x.amount_fen as "amountFen", x.item, x.quantity, x.unit, x.campaign_id as "campaignId", x.note,
  x.created_at as "createdAt"`;
const DONATION_FROM = `donations x join orgs o on o.id = x.org_id join donors d on d.id = x.donor_id
  left join funds f on f.id = x.fund_id`;

export interface NewDonation
  extends Omit<DonationRow, 'id' | 'orgName' | 'orgPath' | 'donorName' | 'fundName' | 'createdAt'> {
  createdBy: number | null;
}

export async function insertDonation(sql: Sql, x: NewDonation): Promise<number> {
  return insertRow(
    sql,
    'donations',
    'org_id, donor_id, fund_id, kind, received_on, amount_fen, item, quantity, unit, campaign_id, note, created_by',
    x,
  );
}

const donationRows = selectFrom<DonationRow>(`${DONATION_COLUMNS} from ${DONATION_FROM}`);

export const findDonation = (sql: Sql, id: number) => donationRows.one(sql, 'x.id = $1', [id]);

export interface DonationFilter {
  scope: Subtree;
  donorId?: number;
  fundId?: number;
  kind?: 'money' | 'goods';
  year?: number;
  page: number;
  pageSize: number;
}

export async function listDonations(sql: Sql, f: DonationFilter) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition(f.scope, 'o.path', params));
  if (f.donorId) add('x.donor_id = ?', f.donorId);
  if (f.fundId) add('x.fund_id = ?', f.fundId);
  if (f.kind) add('x.kind = ?', f.kind);
  if (f.year) add(`extract(year from x.received_on) = ?`, f.year);
  const read = {
    columns: DONATION_COLUMNS,
    from: DONATION_FROM,
    where,
    params,
    orderBy: 'x.received_on desc, x.id desc',
  };
  const { items, total } = await readPage<DonationRow>(sql, read, f);
  return { items, total, page: f.page, pageSize: f.pageSize };
}

export interface FundRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  name: string;
  purpose: string;
  beneficiary: string;
  foundedOn: string;
  founderId: number | null;
  founderName: string | null;
  programId: number | null;
  /** Money donated to the fund on the platform. */
  donatedFen: number;
  earlierIncomeFen: number;
  earlierGrantedFen: number;
  earlierHelped: number;
}

const FUND_COLUMNS = `f.id, f.org_id as "orgId", o.name as "orgName", o.path as "orgPath", f.name, f.purpose,
  f.beneficiary, f.founded_on as "foundedOn", f.founder_id as "founderId", d.name as "founderName",
  f.program_id as "programId",
  (select coalesce(sum(x.amount_fen), 0)::float8 from donations x where x.fund_id = f.id) as "donatedFen",
  (select coalesce(sum(y.income_fen), 0)::float8 from fund_years y where y.fund_id = f.id) as "earlierIncomeFen",
  (select coalesce(sum(y.granted_fen), 0)::float8 from fund_years y where y.fund_id = f.id) as "earlierGrantedFen",
  (select coalesce(sum(y.helped), 0)::int from fund_years y where y.fund_id = f.id) as "earlierHelped"`;
const FUND_FROM = 'funds f join orgs o on o.id = f.org_id left join donors d on d.id = f.founder_id';

export interface NewFund {
  orgId: number;
  name: string;
  purpose: string;
  beneficiary: string;
  foundedOn: string;
  founderId: number | null;
  programId: number | null;
  createdBy: number | null;
}

/** A new special fund of the union; undefined when the union has a fund of that name already. */
export const insertFund = (sql: Sql, f: NewFund) =>
  insertRowUnlessTaken(
    sql,
    'funds',
    'org_id, name, purpose, beneficiary, founded_on, founder_id, program_id, created_by',
    f,
    '(org_id, name)',
  );

export async function setFundProgram(sql: Sql, fundId: number, programId: number): Promise<void> {
  await sql.query('update funds set program_id = $2 where id = $1', [fundId, programId]);
}

/** The name of another fund (not `exceptFundId`) served by the program, if one is. */
export async function findFundNameOfProgram(
  sql: Sql,
  programId: number,
  exceptFundId: number | null,
): Promise<string | undefined> {
  const { rows } = await sql.query<{ name: string }>(
    'select name from funds where program_id = $1 and id is distinct from $2',
    [programId, exceptFundId],
  );
  return rows[0]?.name;
}

const fundRows = selectFrom<FundRow>(`${FUND_COLUMNS} from ${FUND_FROM}`);

export const findFund = (sql: Sql, id: number) => fundRows.one(sql, 'f.id = $1', [id]);

/** Funds run by unions in the subtree, or (`donorId`) those the donor founded or gave money to. */
export async function listFunds(sql: Sql, f: { scope: Subtree; donorId?: number }): Promise<FundRow[]> {
  const params: unknown[] = [];
  const where = [subtreeCondition(f.scope, 'o.path', params)];
  if (f.donorId) {
    params.push(f.donorId);
    where.push(
      `(f.founder_id = $${params.length} or exists (select 1 from donations x where x.fund_id = f.id and x.donor_id = $${params.length}))`,
    );
  }
  const { rows } = await sql.query<FundRow>(
    `select ${FUND_COLUMNS} from ${FUND_FROM} where ${where.join(' and ')} order by f.founded_on, f.id`,
    params,
  );
  return rows;
}

export interface FundYear {
  year: number;
  incomeFen: number;
  grantedFen: number;
  helped: number;
}

export const insertFundYear = (sql: Sql, fundId: number, y: FundYear): Promise<boolean> =>
  insertOnce(sql, 'fund_years', 'fund_id, year, income_fen, granted_fen, helped', { fundId, ...y });

export async function listFundYears(sql: Sql, fundId: number): Promise<FundYear[]> {
  const { rows } = await sql.query<FundYear>(
    `select year, income_fen::float8 as "incomeFen", granted_fen::float8 as "grantedFen", helped
       from fund_years where fund_id = $1 order by year`,
    [fundId],
  );
  return rows;
}

/** Every donor kept by the unions of the subtree, by name and keeping union (what an imported name is found among). */
export async function listDonorNames(sql: Sql, scope: Subtree) {
  const params: unknown[] = [];
  const { rows } = await sql.query<{ id: number; name: string; orgId: number; orgPath: string }>(
    `select d.id, d.name, d.org_id as "orgId", o.path as "orgPath"
       from donors d join orgs o on o.id = d.org_id where ${subtreeCondition(scope, 'o.path', params)}`,
    params,
  );
  return rows;
}

/** Adds donors in one statement (a name a union already keeps is kept); answers each one's id by union and name. */
export async function insertDonors(
  sql: Sql,
  rows: Pick<NewDonor, 'orgId' | 'kind' | 'name' | 'createdBy'>[],
): Promise<Map<string, number>> {
  if (!rows.length) return new Map();
  const { rows: out } = await sql.query<{ id: number; orgId: number; name: string }>(
    `insert into donors (org_id, kind, name, created_by)
     select * from unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[])
     on conflict (org_id, name) do update set name = excluded.name
     returning id, org_id as "orgId", name`,
    [
      rows.map((r) => r.orgId),
      rows.map((r) => r.kind),
      rows.map((r) => r.name),
      rows.map((r) => r.createdBy),
    ],
  );
  return new Map(out.map((r) => [`${r.orgId}|${r.name}`, r.id]));
}

/** Adds donations in one statement (goods never into a campaign's stock), answering their ids in order. */
export async function insertDonations(sql: Sql, rows: NewDonation[]): Promise<number[]> {
  if (!rows.length) return [];
  const col = <K extends keyof NewDonation>(k: K) => rows.map((r) => r[k]);
  const { rows: out } = await sql.query<{ id: number }>(
    `insert into donations (org_id, donor_id, fund_id, kind, received_on, amount_fen, item, quantity, unit,
       campaign_id, note, created_by)
     select org_id, donor_id, fund_id, kind, received_on, amount_fen, item, quantity, unit, campaign_id, note,
            created_by
       from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::date[], $6::bigint[], $7::text[],
                   $8::int[], $9::text[], $10::bigint[], $11::text[], $12::bigint[]) with ordinality
         as t(org_id, donor_id, fund_id, kind, received_on, amount_fen, item, quantity, unit, campaign_id, note,
              created_by, n)
      order by n
     returning id`,
    [
      col('orgId'),
      col('donorId'),
      col('fundId'),
      col('kind'),
      col('receivedOn'),
      col('amountFen'),
      col('item'),
      col('quantity'),
      col('unit'),
      col('campaignId'),
      col('note'),
      col('createdBy'),
    ],
  );
  return out.map((r) => r.id);
}

/** What the donors have given (each gift's union, fund, day, kind, amount and item): an import's rows on record. */
export async function listGiftsOf(sql: Sql, donorIds: number[]) {
  if (!donorIds.length) return [];
  const { rows } = await sql.query<{
    donorId: number;
    orgId: number;
    fundId: number | null;
    receivedOn: string;
    kind: 'money' | 'goods';
    amountFen: number;
    item: string | null;
    quantity: number | null;
    unit: string | null;
    note: string | null;
  }>(
    `select donor_id as "donorId", org_id as "orgId", fund_id as "fundId", received_on::text as "receivedOn", kind,
            amount_fen::float8 as "amountFen", item, quantity, unit, note
       from donations where donor_id = any($1::bigint[])`,
    [donorIds],
  );
  return rows;
}

/**
 * The gifts received by the unions of a subtree within [from, to] (at most `limit`), oldest first, for exports, and
 * how many there are in all.
 */
export async function listDonationsBetween(
  sql: Sql,
  q: { path: string; from: string; to: string; limit: number },
) {
  const params: unknown[] = [q.from, q.to];
  const where = subtreeCondition({ path: q.path }, 'o.path', params);
  const { rows } = await sql.query<DonationRow & { countAll: number }>(
    `select ${DONATION_COLUMNS}, ${COUNT_ALL} from ${DONATION_FROM}
      where ${where} and x.received_on between $1::date and $2::date
      order by x.received_on, x.id limit ${Math.trunc(q.limit)}`,
    params,
  );
  return capped(rows);
}

/**
 * Each donation by its donor and what was given (北京某公司 ¥5000.00, 张三 大米100袋), for the audit log's 对象;
 * goods of a stated value show it too.
 */
export async function findDonationNames(sql: Sql, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const { rows } = await sql.query<
    Pick<DonationRow, 'id' | 'donorName' | 'kind' | 'amountFen' | 'item' | 'quantity' | 'unit'>
  >(
    `select x.id, d.name as "donorName", x.kind, x.amount_fen as "amountFen", x.item, x.quantity, x.unit
       from donations x join donors d on d.id = x.donor_id where x.id = any($1::bigint[])`,
    [ids],
  );
  const yuan = (fen: number) => `¥${(Number(fen) / 100).toFixed(2)}`;
  return new Map(
    rows.map((r) => {
      const goods = `${r.item ?? ''}${r.quantity ?? ''}${r.unit ?? ''}`;
      const what =
        r.kind === 'money'
          ? yuan(r.amountFen)
          : [goods, Number(r.amountFen) > 0 ? yuan(r.amountFen) : ''].filter(Boolean).join(' ');
      return [Number(r.id), `${r.donorName} ${what}`.trim()];
    }),
  );
}
