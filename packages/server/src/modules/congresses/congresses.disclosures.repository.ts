import { subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertOnce, insertRow } from '../../db/insert.ts';
import { selectFrom } from '../../db/select.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import { LIST_CAP } from './congresses.repository.ts';
import type { DisclosureCategory } from './congresses.vocabulary.ts';

/** SQL for congress_disclosures and congress_disclosure_reads: 厂务公开 and who read it. */

export interface DisclosureRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  category: DisclosureCategory;
  title: string;
  body: string;
  publishedOn: string;
  reads: number;
}

const DISCLOSURE_COLUMNS = `x.id, x.org_id as "orgId", o.name as "orgName", o.path as "orgPath", x.category, x.title,
  x.body, x.published_on as "publishedOn", x.reads`;

export async function insertDisclosure(
  sql: Sql,
  d: {
    orgId: number;
    category: DisclosureCategory;
    title: string;
    body: string;
    publishedOn: string;
    createdBy: number | null;
  },
): Promise<number> {
  return insertRow(sql, 'congress_disclosures', 'org_id, category, title, body, published_on, created_by', d);
}

export async function listDisclosures(sql: Sql, path: string) {
  const params: unknown[] = [];
  const { rows } = await sql.query<DisclosureRow & { countAll: number }>(
    `select ${DISCLOSURE_COLUMNS}, ${COUNT_ALL} from congress_disclosures x join orgs o on o.id = x.org_id
      where ${subtreeCondition({ path }, 'o.path', params)}
      order by x.published_on desc, x.id desc limit ${LIST_CAP.disclosures}`,
    params,
  );
  return capped(rows);
}

/** What the unions at or above a member's union disclosed to it, newest first, with whether the member read it. */
export async function disclosuresFor(sql: Sql, memberPath: string, personId: number) {
  const { rows } = await sql.query<DisclosureRow & { read: boolean; countAll: number }>(
    `select ${DISCLOSURE_COLUMNS}, ${COUNT_ALL},
            exists (select 1 from congress_disclosure_reads r where r.disclosure_id = x.id and r.person_id = $2) as read
       from congress_disclosures x join orgs o on o.id = x.org_id
      where left($1::text, length(o.path)) = o.path
      order by x.published_on desc, x.id desc limit ${LIST_CAP.disclosuresForMember}`,
    [memberPath, personId],
  );
  return capped(rows);
}

const disclosureRows = selectFrom<DisclosureRow>(
  `${DISCLOSURE_COLUMNS} from congress_disclosures x join orgs o on o.id = x.org_id`,
);

export const findDisclosure = (sql: Sql, id: number) => disclosureRows.one(sql, 'x.id = $1', [id]);

/** Counts a member's reading once: true the first time. */
export async function markRead(sql: Sql, r: { disclosureId: number; personId: number; orgId: number }) {
  const first = await insertOnce(sql, 'congress_disclosure_reads', 'disclosure_id, person_id, org_id', r);
  if (first)
    await sql.query('update congress_disclosures set reads = reads + 1 where id = $1', [r.disclosureId]);
  return first;
}
