import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRowUnlessTaken } from '../../db/insert.ts';
import { conditions, selectFrom } from '../../db/select.ts';
import { escapeLike } from '../../shared/like.ts';
import { readPage } from '../../shared/paged.ts';

/** SQL for donors only (donations.repository.ts: donations, funds and fund_years). */
export interface DonorRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  kind: 'enterprise' | 'person';
  name: string;
  contactName: string | null;
  phone: string | null;
  address: string | null;
  note: string | null;
  donations: number;
  givenFen: number;
}

const DONOR_COLUMNS = `d.id, d.org_id as "orgId", o.name as "orgName", o.path as "orgPath", d.kind, d.name,
  d.contact_name as "contactName", d.phone, d.address, d.note,
  (select count(*)::int from donations x where x.donor_id = d.id) as donations,
  (select coalesce(sum(x.amount_fen), 0)::float8 from donations x where x.donor_id = d.id) as "givenFen"`;

export interface NewDonor extends Omit<DonorRow, 'id' | 'orgName' | 'orgPath' | 'donations' | 'givenFen'> {
  createdBy: number | null;
}

/** A new donor of the union; undefined when the union has a donor of that name already. */
export const insertDonor = (sql: Sql, d: NewDonor) =>
  insertRowUnlessTaken(
    sql,
    'donors',
    'org_id, kind, name, contact_name, phone, address, note, created_by',
    d,
    '(org_id, name)',
  );

const donorRows = selectFrom<DonorRow>(`${DONOR_COLUMNS} from donors d join orgs o on o.id = d.org_id`);

export const findDonor = (sql: Sql, id: number) => donorRows.one(sql, 'd.id = $1', [id]);

/** Corrects a donor's file (an edit; ADR 60); false when the union already has another donor of that name. */
export async function updateDonor(
  sql: Sql,
  id: number,
  d: Pick<DonorRow, 'kind' | 'name' | 'contactName' | 'phone' | 'address' | 'note'>,
): Promise<boolean> {
  const { rows } = await sql.query(
    `update donors set kind = $2, name = $3, contact_name = $4, phone = $5, address = $6, note = $7
      where id = $1 and not exists (
        select 1 from donors o where o.org_id = donors.org_id and o.name = $3 and o.id <> $1)
      returning id`,
    [id, d.kind, d.name, d.contactName, d.phone, d.address, d.note],
  );
  return rows.length > 0;
}

export async function listDonors(
  sql: Sql,
  f: { scope: Subtree; q?: string; page: number; pageSize: number },
) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition(f.scope, 'o.path', params));
  if (f.q) add('d.name like ?', `%${escapeLike(f.q)}%`);
  const read = {
    columns: DONOR_COLUMNS,
    from: 'donors d join orgs o on o.id = d.org_id',
    where,
    params,
    orderBy: 'd.id',
  };
  const { items, total } = await readPage<DonorRow>(sql, read, f);
  return { items, total, page: f.page, pageSize: f.pageSize };
}
