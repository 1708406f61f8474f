import type { Sql } from '../../db/db.ts';
import { addRow, insertRow } from '../../db/insert.ts';

/** The statements of nominations (nominations.service.ts) beyond the reads in selections.repository.ts. */

/** A nomination; a second of the same person in one selection violates uniqueness. */
export async function insertNominationRow(
  sql: Sql,
  n: {
    selectionId: number;
    categoryId: number;
    personId: number;
    unitId: number;
    personOrgId: number;
    unit: string;
    deed: string;
    self: boolean;
    createdBy: number | null;
    /** The day it was made, which `selections.nominations` counts it on. */
    nominatedOn: string;
  },
): Promise<number> {
  return insertRow(
    sql,
    'selection_nominations',
    'selection_id, category_id, person_id, org_id, person_org_id, unit, deed, self_nominated, created_by, nominated_on',
    { ...n, orgId: n.unitId, selfNominated: n.self },
  );
}

export async function insertAttachment(
  sql: Sql,
  nominationId: number,
  f: { name: string; mime: string; data: Buffer },
): Promise<void> {
  await addRow(sql, 'selection_attachments', 'nomination_id, name, mime, size, data', {
    ...f,
    nominationId,
    size: f.data.length,
  });
}

export async function findAttachment(sql: Sql, id: number) {
  const { rows } = await sql.query<{ nominationId: number; name: string; mime: string; data: Buffer }>(
    'select nomination_id as "nominationId", name, mime, data from selection_attachments where id = $1',
    [id],
  );
  return rows[0];
}

/**
 * Selections open on `today` to the person's own nomination: self-nomination allowed, nominating, and one of the
 * person's active memberships under the organiser (reads people's `memberships`).
 */
export async function listSelfNominationsOpen(sql: Sql, personId: number, today: string) {
  const { rows } = await sql.query<{
    id: number;
    edition: string;
    title: string;
    nominateUntil: string;
    categories: { id: number; name: string }[];
    nominated: boolean;
  }>(
    `select s.id, s.edition, s.title, to_char(s.nominate_until, 'YYYY-MM-DD') as "nominateUntil",
            (select json_agg(json_build_object('id', c.id, 'name', c.name) order by c.position)
               from selection_categories c where c.selection_id = s.id) as categories,
            exists (select 1 from selection_nominations n where n.selection_id = s.id and n.person_id = $1)
              as nominated
       from selections s join orgs o on o.id = s.organiser_org_id
      where s.allow_self and s.status = 'nominating' and $2::date between s.nominate_from and s.nominate_until
        and exists (select 1 from memberships m join orgs mo on mo.id = m.org_id
                     where m.person_id = $1 and m.status = 'active' and starts_with(mo.path, o.path))
      order by s.nominate_until, s.id`,
    [personId, today],
  );
  return rows;
}

/** The day of the selection's last nomination made on the platform, or null. */
export async function findLastNominatedOn(sql: Sql, selectionId: number): Promise<string | null> {
  const { rows } = await sql.query<{ day: string | null }>(
    `select to_char(max(nominated_on), 'YYYY-MM-DD') as day from selection_nominations where selection_id = $1`,
    [selectionId],
  );
  return rows[0]?.day ?? null;
}

/** The day nominations closed (ADR 40). */
export async function setNominationsClosedOn(sql: Sql, selectionId: number, day: string): Promise<void> {
  await sql.query('update selections set nominations_closed_on = $2 where id = $1', [selectionId, day]);
}
