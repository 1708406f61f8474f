import type { Sql } from '../../db/db.ts';
import { drawIds } from '../../db/draw-ids.ts';
import { selectFrom } from '../../db/select.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import { numberArray, textArray } from '../../shared/pg-array.ts';
import { settled } from '../../shared/settled.ts';
import { countInWindow, deleteCountersBefore } from '../../shared/window-count.ts';
import type { Rule } from '../programs/index.ts';
import type { SelectionStatus } from './selections.vocabulary.ts';

/** The most selections one list holds; it says how many there are in all. */
export const SELECTIONS_CAP = 200;

/** A selection with what its use cases check: the organiser's path and level. */
export interface SelectionHead {
  id: number;
  organiserOrgId: number;
  organiserName: string;
  organiserPath: string;
  organiserLevel: number;
  edition: string;
  title: string;
  year: number;
  rule: Rule | null;
  allowSelf: boolean;
  /** Null for a selection brought in from a register of past results (`imported`). */
  nominateFrom: string | null;
  nominateUntil: string | null;
  noticeDays: number | null;
  tieCriterionId: number | null;
  status: SelectionStatus;
  noticeFrom: string | null;
  noticeUntil: string | null;
  /** The day the results became final (announced), China time. */
  finalisedOn: string | null;
  /** When the notice and the final results were recorded (later than their days when entered after the fact). */
  noticeRecordedAt: string | null;
  finalisedRecordedAt: string | null;
  /** The day nominations closed (null before this was kept, and for a selection brought in). */
  nominationsClosedOn: string | null;
  /** Brought in from a register of past results: final from its announcement day, no steps on the platform. */
  imported: boolean;
}

const HEAD_COLUMNS = `s.id, s.organiser_org_id as "organiserOrgId", o.name as "organiserName",
  o.path as "organiserPath", o.level as "organiserLevel", s.edition, s.title, s.year, s.rule,
  s.allow_self as "allowSelf", to_char(s.nominate_from, 'YYYY-MM-DD') as "nominateFrom",
  to_char(s.nominate_until, 'YYYY-MM-DD') as "nominateUntil", s.notice_days as "noticeDays",
  s.tie_criterion_id as "tieCriterionId", s.status, to_char(s.notice_from, 'YYYY-MM-DD') as "noticeFrom",
  to_char(s.notice_until, 'YYYY-MM-DD') as "noticeUntil",
  to_char(s.finalised_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as "finalisedOn",
  to_char(s.notice_recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "noticeRecordedAt",
  to_char(s.finalised_recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "finalisedRecordedAt",
  s.imported, to_char(s.nominations_closed_on, 'YYYY-MM-DD') as "nominationsClosedOn"`;

const selectionRows = selectFrom<SelectionHead>(
  `${HEAD_COLUMNS} from selections s join orgs o on o.id = s.organiser_org_id`,
);

/** The selection, locked for a change of stage when `lock` is set. */
export const findSelection = (sql: Sql, id: number, lock = false) =>
  selectionRows.one(sql, `s.id = $1${lock ? ' for update of s' : ''}`, [id]);

/** Selections matching `where` (conditions over `s` and the organiser `o`), newest first. */
export async function listSelectionHeads(sql: Sql, where: string[], params: unknown[]) {
  const { rows } = await sql.query<SelectionHead & { countAll: number }>(
    `select ${HEAD_COLUMNS}, ${COUNT_ALL} from selections s join orgs o on o.id = s.organiser_org_id
      ${where.length ? `where ${where.join(' and ')}` : ''} order by s.year desc, s.id desc limit ${SELECTIONS_CAP}`,
    params,
  );
  return capped(rows);
}

export interface CategoryRow {
  id: number;
  name: string;
  title: string | null;
  criteria: string | null;
  places: number;
  quotaPerUnion: number;
  nominationCap: number | null;
  nominated: number;
}

export async function listCategories(sql: Sql, selectionId: number): Promise<CategoryRow[]> {
  const { rows } = await sql.query<CategoryRow>(
    `select id, name, title, criteria, places, quota_per_union as "quotaPerUnion",
            nomination_cap as "nominationCap", nominated
       from selection_categories where selection_id = $1 order by position`,
    [selectionId],
  );
  return rows;
}

export interface CriterionRow {
  id: number;
  name: string;
  weight: number;
}

export async function listCriteria(sql: Sql, selectionId: number): Promise<CriterionRow[]> {
  const { rows } = await sql.query<CriterionRow>(
    'select id, name, weight from selection_criteria where selection_id = $1 order by position',
    [selectionId],
  );
  return rows;
}

export interface JudgeRow {
  id: number;
  userId: number;
  displayName: string;
  orgId: number | null;
  orgName: string | null;
  orgPath: string | null;
}

export async function listJudges(sql: Sql, selectionId: number): Promise<JudgeRow[]> {
  const { rows } = await sql.query<JudgeRow>(
    `select j.id, j.user_id as "userId", u.display_name as "displayName", j.org_id as "orgId",
            o.name as "orgName", o.path as "orgPath"
       from selection_judges j join users u on u.id = j.user_id left join orgs o on o.id = j.org_id
      where j.selection_id = $1 order by j.id`,
    [selectionId],
  );
  return rows;
}

export interface NominationRow {
  id: number;
  selectionId: number;
  categoryId: number;
  categoryName: string;
  personId: number;
  personName: string;
  orgId: number;
  orgName: string;
  personOrgId: number;
  personOrgPath: string;
  unit: string;
  deed: string;
  selfNominated: boolean;
  status: 'nominated' | 'selected' | 'not_selected' | 'revoked';
  score: number | null;
  rank: number | null;
  attachments: { id: number; name: string; size: number }[];
  createdAt: string;
}

export const NOMINATION_COLUMNS = `n.id, n.selection_id as "selectionId", n.category_id as "categoryId",
  c.name as "categoryName", n.person_id as "personId", p.name as "personName", n.org_id as "orgId",
  no.name as "orgName", n.person_org_id as "personOrgId", po.path as "personOrgPath", n.unit, n.deed,
  n.self_nominated as "selfNominated", n.status, n.score_centi as score, n.rank,
  coalesce((select json_agg(json_build_object('id', a.id, 'name', a.name, 'size', a.size) order by a.id)
              from selection_attachments a where a.nomination_id = n.id), '[]'::json) as attachments,
  n.created_at as "createdAt"`;

export const NOMINATION_FROM = `selection_nominations n
  join selection_categories c on c.id = n.category_id
  join persons p on p.id = n.person_id
  join orgs no on no.id = n.org_id
  join orgs po on po.id = n.person_org_id`;

const toNomination = (r: NominationRow): NominationRow => ({
  ...r,
  createdAt: new Date(r.createdAt).toISOString(),
});

/** Nominations of a selection matching `where` (conditions over `n`, `no`, `po`), by category and rank. */
export async function listNominationRows(
  sql: Sql,
  selectionId: number,
  where: string[],
  params: unknown[],
): Promise<NominationRow[]> {
  params.push(selectionId);
  const { rows } = await sql.query<NominationRow>(
    `select ${NOMINATION_COLUMNS} from ${NOMINATION_FROM}
      where n.selection_id = $${params.length}${where.map((w) => ` and ${w}`).join('')}
      order by c.position, n.rank nulls last, n.id`,
    params,
  );
  return rows.map(toNomination);
}

export async function findNomination(sql: Sql, id: number): Promise<NominationRow | undefined> {
  const { rows } = await sql.query<NominationRow>(
    `select ${NOMINATION_COLUMNS} from ${NOMINATION_FROM} where n.id = $1`,
    [id],
  );
  return rows[0] && toNomination(rows[0]);
}

/**
 * Claims one place of a union's quota in a category: one guarded upsert, so parallel nominations are
 * serialised on the (category, union) row and never pass the quota. False when the quota is full.
 */
export async function claimQuota(
  sql: Sql,
  categoryId: number,
  orgId: number,
  quota: number,
): Promise<boolean> {
  const { rows } = await sql.query<{ used: number }>(
    `insert into selection_quota_use as q (category_id, org_id, used) values ($1, $2, 1)
     on conflict (category_id, org_id) do update set used = q.used + 1 where q.used < $3
     returning used`,
    [categoryId, orgId, quota],
  );
  return rows.length > 0;
}

/** Takes one nomination of a category's cap (guarded like the quota); false when the category is full. */
export async function claimCategoryPlace(sql: Sql, categoryId: number): Promise<boolean> {
  const { rows } = await sql.query(
    `update selection_categories set nominated = nominated + 1
      where id = $1 and (nomination_cap is null or nominated < nomination_cap) returning id`,
    [categoryId],
  );
  return rows.length > 0;
}

/** Places of the quota each union has used per category, for the unions matching `where` over `o`. */
export async function listQuotaUse(
  sql: Sql,
  selectionId: number,
  where: string[],
  params: unknown[],
): Promise<{ categoryId: number; orgId: number; orgName: string; used: number }[]> {
  params.push(selectionId);
  const { rows } = await sql.query<{ categoryId: number; orgId: number; orgName: string; used: number }>(
    `select q.category_id as "categoryId", q.org_id as "orgId", o.name as "orgName", q.used
       from selection_quota_use q join selection_categories c on c.id = q.category_id
       join orgs o on o.id = q.org_id
      where c.selection_id = $${params.length}${where.map((w) => ` and ${w}`).join('')}
      order by c.position, o.path`,
    params,
  );
  return rows;
}

/** Counts one request for `key` in a fixed window and answers the count so far (selection_counters). */
export const countRequest = (sql: Sql, key: string, now: Date, windowSeconds: number): Promise<number> =>
  countInWindow(sql, 'selection_counters', key, now, windowSeconds);

/** Removes the objection counters whose window started more than a day before `now` (hourly housekeeping). */
export const purgeSelectionCounters = (sql: Sql, now: Date): Promise<void> =>
  deleteCountersBefore(sql, 'selection_counters', now);

/** A selection of past results as the register import writes it: final, its categories and its winners. */
export interface ImportedSelection {
  organiserOrgId: number;
  /** The federation of the organiser (the root of its path), the federation of each of its winners' nominations. */
  federationId: number;
  edition: string;
  title: string;
  year: number;
  /** The moment the results became final: the start of the announcement day in China. */
  finalisedAt: Date;
  categories: { name: string; title: string | null; winners: ImportedWinner[] }[];
}
export interface ImportedWinner {
  personId: number;
  /** The nominating unit (as a nomination would have it) and the winner's own union. */
  orgId: number;
  personOrgId: number;
  unit: string;
  deed: string;
}

/**
 * Selections of past results in three statements: the selections (final, imported, no window or notice), their
 * categories (places = the winners), and the winners as selected nominations dated on the announcement day, in
 * the order given (a nomination's id orders the winners of a category). Answers the selections' ids in order, and
 * the nominations' in the order of the selections, their categories and winners, once they are known and before
 * the nominations are written (`inserted` settles then): the ids are drawn from the nominations' sequence first,
 * so the caller makes what it writes next while PostgreSQL inserts the nominations (issue 42).
 */
export async function insertImportedSelections(
  sql: Sql,
  selections: ImportedSelection[],
  createdBy: number | null,
): Promise<{ ids: number[]; nominationIds: number[]; inserted: Promise<void> }> {
  if (!selections.length) return { ids: [], nominationIds: [], inserted: Promise.resolve() };
  const count = selections.reduce((n, s) => n + s.categories.reduce((m, c) => m + c.winners.length, 0), 0);
  // One session draws ascending ids: the winners in the order given get them as an insert in that order did.
  const drawing = settled(drawIds(sql, 'selection_nominations', count));
  const { rows } = await sql.query<{ id: number; organiserOrgId: number; edition: string }>(
    `insert into selections (organiser_org_id, edition, title, year, status, imported, finalised_at,
       finalised_recorded_at, created_by)
     select s.organiser, s.edition, s.title, s.year, 'final', true, s.at, now(), $2
       from jsonb_to_recordset($1::jsonb) as s(organiser bigint, edition text, title text, year int, at timestamptz)
     returning id, organiser_org_id as "organiserOrgId", edition`,
    [
      JSON.stringify(
        selections.map((s) => ({
          organiser: s.organiserOrgId,
          edition: s.edition,
          title: s.title,
          year: s.year,
          at: s.finalisedAt.toISOString(),
        })),
      ),
      createdBy,
    ],
  );
  // (organiser, edition) is unique: it names each new selection whatever order the rows come back in.
  const idOf = new Map(rows.map((r) => [`${r.organiserOrgId}|${r.edition}`, r.id]));
  const ids = selections.map((s) => idOf.get(`${s.organiserOrgId}|${s.edition}`) as number);
  // The categories are inserted while node lays out the winners (issue 42); the winners' insert waits its turn.
  const categories = settled(
    sql.query(
      `insert into selection_categories (selection_id, position, name, title, places, quota_per_union, nominated)
     select c.selection, c.position, c.name, c.title, c.places, c.places, c.places
       from jsonb_to_recordset($1::jsonb) as c(selection bigint, position int, name text, title text, places int)`,
      [
        JSON.stringify(
          selections.flatMap((s, i) =>
            s.categories.map((c, k) => ({
              selection: ids[i],
              position: k + 1,
              name: c.name,
              title: c.title,
              places: c.winners.length,
            })),
          ),
        ),
      ],
    ),
  );
  // The winners' columns, each one array literal (shared/pg-array.ts): a JSON document of 5,000 winners took
  // PostgreSQL ~55 ms to take apart, the literals a few.
  const [selection, position, person, unitOrg, personOrg, federation]: number[][] = [[], [], [], [], [], []];
  const [unit, deed, at]: string[][] = [[], [], []];
  selections.forEach((s, i) => {
    const day = s.finalisedAt.toISOString();
    s.categories.forEach((c, k) => {
      for (const x of c.winners) {
        selection.push(ids[i]);
        position.push(k + 1);
        person.push(x.personId);
        unitOrg.push(x.orgId);
        personOrg.push(x.personOrgId);
        unit.push(x.unit);
        deed.push(x.deed);
        at.push(day);
        federation.push(s.federationId);
      }
    });
  });
  await categories;
  const nominationIds = await drawing;
  const inserted = sql.query(
    `insert into selection_nominations (id, selection_id, category_id, person_id, org_id, person_org_id, unit,
       deed, status, created_by, created_at, federation_id)
     overriding system value
     select w.id, w.selection, c.id, w.person, w.unit_org, w.person_org, w.unit, w.deed, 'selected', $11, w.at,
            w.federation
       from unnest($1::bigint[], $2::bigint[], $3::int[], $4::bigint[], $5::bigint[], $6::bigint[], $7::text[],
                   $8::text[], $9::timestamptz[], $10::bigint[])
              as w(id, selection, position, person, unit_org, person_org, unit, deed, at, federation)
       join selection_categories c on c.selection_id = w.selection and c.position = w.position`,
    [
      numberArray(nominationIds),
      ...[selection, position, person, unitOrg, personOrg].map(numberArray),
      ...[unit, deed, at].map((t) => textArray(t)),
      numberArray(federation),
      createdBy,
    ],
  );
  return { ids, nominationIds, inserted: settled(inserted.then(() => undefined)) };
}
