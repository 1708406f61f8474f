import type { Static } from 'typebox';
import { type Subtree, subtreeCondition } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { insertRow } from '../../../db/insert.ts';
import { conditions, selectFrom } from '../../../db/select.ts';
import { escapeLike } from '../../../shared/like.ts';
import { readPage } from '../../../shared/paged.ts';
import { segmentForSearch } from '../../../shared/segment.ts';
import type { AchievementStage, AchievementType } from '../innovation.vocabulary.ts';
import type { AchievementDetail, AchievementSummary, PatentKind } from './achievements.schemas.ts';
import { labelWords } from './achievements.search-labels.ts';

type Summary = Static<typeof AchievementSummary>;
type Detail = Static<typeof AchievementDetail>;

/** SQL for innovation_achievements and the tables that hang off it . */

/** The studio an achievement belongs to, with its host union. */
export interface StudioRef {
  id: number;
  name: string;
  orgId: number;
  /** The host union's name. */
  unionName: string;
  orgPath: string;
  industry: string | null;
}

/** Where an achievement stands: its studio (null: its union's own) and that union. */
export interface AchievementPlace {
  studioId: number | null;
  orgId: number;
  orgPath: string;
}

/** What an achievement says, as a clerk writes it. */
export interface AchievementWrite {
  title: string;
  type: AchievementType;
  industry: string | null;
  year: number;
  abstract: string;
  body: string;
  stage: AchievementStage;
  patentType: PatentKind | null;
  patentNo: string | null;
  patentOn: string | null;
}

export interface AchievementRow extends AchievementPlace, AchievementWrite {
  id: number;
  publishedAt: string | null;
  /** The China-time date of publication, on which it counts. */
  publishedOn: string | null;
}

/** The district an org lies in (its level-2 ancestor), or the org itself at the top. */
export const regionOf = (path: string): number => {
  const ids = path.split('/').filter(Boolean).map(Number);
  return ids[Math.min(1, ids.length - 1)];
};

/**
 * The `search` vector of an achievement: jieba words of title (weight A), abstract (B) and body (C), and of its labels
 * — studio, union, type, patent and industry (D, achievements.search-labels.ts) — under the 'simple' configuration,
 * from four SQL expressions holding the segmented texts (see searchTexts).
 */
export const searchVector = (title: string, abstract: string, body: string, labels: string) =>
  `setweight(to_tsvector('simple', ${title}), 'A') || setweight(to_tsvector('simple', ${abstract}), 'B') ||
   setweight(to_tsvector('simple', ${body}), 'C') || setweight(to_tsvector('simple', ${labels}), 'D')`;
export const searchTexts = (
  a: { title: string; abstract: string; body: string },
  labels: Parameters<typeof labelWords>[0],
) => [segmentForSearch(a.title), segmentForSearch(a.abstract), segmentForSearch(a.body), labelWords(labels)];

export async function findStudioRef(sql: Sql, id: number): Promise<StudioRef | undefined> {
  const { rows } = await sql.query<StudioRef>(
    `select s.id, s.name, s.org_id as "orgId", o.name as "unionName", o.path as "orgPath", s.industry
       from innovation_studios s join orgs o on o.id = s.org_id where s.id = $1`,
    [id],
  );
  return rows[0];
}

const ROW = `a.id, a.studio_id as "studioId", a.org_id as "orgId", o.path as "orgPath", a.title, a.type,
  a.industry, a.year, a.abstract, a.body, a.stage, a.published_at as "publishedAt",
  to_char(a.published_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as "publishedOn", a.patent_type as "patentType", a.patent_no as "patentNo", to_char(a.patent_on, 'YYYY-MM-DD') as "patentOn"`;

const achievementRows = selectFrom<AchievementRow>(
  `${ROW} from innovation_achievements a join orgs o on o.id = a.org_id`,
);

export const findAchievement = (sql: Sql, id: number, lock = false) =>
  achievementRows.one(sql, `a.id = $1${lock ? ' for update of a' : ''}`, [id]);

/** An achievement's written fields as parameters, title to patent day, in the column order both writes use. */
const writtenFields = (a: AchievementWrite) => [
  a.title,
  a.type,
  a.industry,
  a.year,
  a.abstract,
  a.body,
  a.stage,
  a.patentType,
  a.patentNo,
  a.patentOn,
];

export async function insertAchievement(
  sql: Sql,
  studio: StudioRef,
  a: AchievementWrite,
  createdBy: number | null,
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into innovation_achievements (studio_id, org_id, region_id, title, type, industry, year, abstract,
       body, stage, patent_type, patent_no, patent_on, created_by, search)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
             ${searchVector('$15', '$16', '$17', '$18')})
     returning id`,
    [
      studio.id,
      studio.orgId,
      regionOf(studio.orgPath),
      ...writtenFields(a),
      createdBy,
      ...searchTexts(a, { ...a, studio: studio.name, union: studio.unionName }),
    ],
  );
  return rows[0].id;
}

/** Rewrites an achievement and its `search` vector (its studio's and union's names read as they are now). */
export async function updateAchievementRow(sql: Sql, id: number, a: AchievementWrite): Promise<void> {
  const { rows } = await sql.query<{ studio: string | null; union: string }>(
    `select s.name as studio, o.name as union from innovation_achievements a join orgs o on o.id = a.org_id
       left join innovation_studios s on s.id = a.studio_id where a.id = $1`,
    [id],
  );
  if (!rows[0]) return;
  await sql.query(
    `update innovation_achievements set title = $2, type = $3, industry = $4, year = $5, abstract = $6,
       body = $7, stage = $8, patent_type = $9, patent_no = $10, patent_on = $11, updated_at = now(),
       search = ${searchVector('$12', '$13', '$14', '$15')}
     where id = $1`,
    [id, ...writtenFields(a), ...searchTexts(a, { ...a, ...rows[0] })],
  );
}

/**
 * Rewrites the labels (D) part of the `search` vector of the achievements `where` picks (over $1) from their studio's
 * and union's names as they are now, keeping the words of their texts (A–C).
 */
async function reindexLabels(sql: Sql, where: string, param: number): Promise<number> {
  const { rows } = await sql.query<{
    id: number;
    type: AchievementType;
    patentType: PatentKind | null;
    industry: string | null;
    studio: string | null;
    union: string;
  }>(
    `select a.id, a.type, a.patent_type as "patentType", a.industry, s.name as studio, o.name as union
       from innovation_achievements a left join innovation_studios s on s.id = a.studio_id
       join orgs o on o.id = a.org_id
      where ${where} order by a.id for update of a`,
    [param],
  );
  if (!rows.length) return 0;
  await sql.query(
    `update innovation_achievements a
        set search = ts_filter(a.search, '{a,b,c}') || setweight(to_tsvector('simple', u.words), 'D')
       from unnest($1::bigint[], $2::text[]) as u(id, words)
      where a.id = u.id`,
    [rows.map((r) => r.id), rows.map(labelWords)],
  );
  return rows.length;
}

/** Re-indexes a studio's achievements (their labels): called in the transaction that renames the studio. */
export const reindexStudioAchievements = (sql: Sql, studioId: number): Promise<number> =>
  reindexLabels(sql, 'a.studio_id = $1', studioId);

/**
 * Re-indexes the achievements of a union (those whose labels carry its name): called, through the org module's
 * `unionRenamed` hook, in the transaction that renames the union.
 */
export const reindexUnionAchievements = (sql: Sql, orgId: number): Promise<number> =>
  reindexLabels(sql, 'a.org_id = $1', orgId);

export async function replaceTeam(sql: Sql, id: number, personIds: number[]): Promise<void> {
  await sql.query('delete from innovation_achievement_team where achievement_id = $1', [id]);
  await sql.query(
    `insert into innovation_achievement_team (achievement_id, person_id, position)
     select $1, p, o from unnest($2::bigint[]) with ordinality as t(p, o)`,
    [id, personIds],
  );
}

export async function replaceAwards(sql: Sql, id: number, recordIds: number[]): Promise<void> {
  await sql.query('delete from innovation_achievement_awards where achievement_id = $1', [id]);
  await sql.query(
    `insert into innovation_achievement_awards (achievement_id, record_id)
     select $1, r from unnest($2::bigint[]) as t(r)`,
    [id, recordIds],
  );
}

export async function findTeam(sql: Sql, id: number) {
  const { rows } = await sql.query<{ personId: number; name: string; position: number }>(
    `select t.person_id as "personId", p.name, t.position from innovation_achievement_team t
       join persons p on p.id = t.person_id where t.achievement_id = $1 order by t.position`,
    [id],
  );
  return rows;
}

/** Publishes from `at` (the moment it took effect, recorded now), or withdraws the publication (null). */
export async function setPublished(sql: Sql, id: number, at: string | null): Promise<void> {
  await sql.query(
    `update innovation_achievements set published_at = $2::timestamptz,
       published_recorded_at = case when $2::timestamptz is null then null else now() end, updated_at = now()
      where id = $1`,
    [id, at],
  );
}

export async function insertConversion(
  sql: Sql,
  id: number,
  c: { partner: string; convertedOn: string; valueFen: number },
): Promise<number> {
  const conversionId = await insertRow(
    sql,
    'innovation_conversions',
    'achievement_id, partner, converted_on, value_fen',
    { ...c, achievementId: id },
  );
  await sql.query(
    `update innovation_achievements set stage = 'converted', updated_at = now() where id = $1`,
    [id],
  );
  return conversionId;
}

const SUMMARY = `a.id, a.title, a.type, a.stage, a.year, a.industry, a.studio_id as "studioId",
  s.name as "studioName", a.org_id as "orgId", o.name as "orgName", a.published_at as "publishedAt",
  (select count(*)::int from innovation_conversions c where c.achievement_id = a.id) as conversions,
  (select coalesce(sum(c.value_fen), 0)::bigint from innovation_conversions c where c.achievement_id = a.id)
    as "conversionFen",
  (select count(*)::int from innovation_leads l where l.achievement_id = a.id) as leads`;

export interface AchievementListQuery {
  scope: Subtree;
  studioId?: number;
  status?: 'draft' | 'published';
  q?: string;
  page: number;
  pageSize: number;
}

export async function listAchievementRows(sql: Sql, q: AchievementListQuery) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition(q.scope, 'o.path', params));
  if (q.studioId) add('a.studio_id = ?', q.studioId);
  if (q.status) where.push(`a.published_at is ${q.status === 'published' ? 'not ' : ''}null`);
  if (q.q) add('a.title like ?', `%${escapeLike(q.q)}%`);
  const { items, total } = await readPage<Record<string, unknown>>(
    sql,
    {
      columns: SUMMARY,
      from: `innovation_achievements a join orgs o on o.id = a.org_id
        left join innovation_studios s on s.id = a.studio_id`,
      where,
      params,
      orderBy: 'a.created_at desc, a.id desc',
    },
    q,
  );
  return { items: items.map(toSummary), total };
}

const toSummary = (r: Record<string, unknown>): Summary =>
  ({
    ...r,
    conversionFen: Number(r.conversionFen),
    publishedAt: r.publishedAt ? new Date(r.publishedAt as string).toISOString() : null,
  }) as Summary;

export async function findAchievementDetail(sql: Sql, id: number): Promise<Detail | undefined> {
  const { rows } = await sql.query(
    `select ${SUMMARY}, a.abstract, a.body, a.patent_type as "patentType", a.patent_no as "patentNo",
       to_char(a.patent_on, 'YYYY-MM-DD') as "patentOn",
       to_char(a.published_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as "publishedOn",
       a.published_recorded_at as "publishedRecordedAt"
     from innovation_achievements a join orgs o on o.id = a.org_id
       left join innovation_studios s on s.id = a.studio_id where a.id = $1`,
    [id],
  );
  if (!rows[0]) return undefined;
  const { patentType, patentNo, patentOn, publishedOn, publishedRecordedAt, ...rest } = rows[0] as Record<
    string,
    unknown
  >;
  const [team, conversions, awards, files] = await Promise.all([
    findTeam(sql, id),
    sql.query(
      `select id, partner, to_char(converted_on, 'YYYY-MM-DD') as "convertedOn", value_fen as "valueFen",
              created_at as "recordedAt"
         from innovation_conversions where achievement_id = $1 order by converted_on, id`,
      [id],
    ),
    sql.query<{ r: number }>(
      'select record_id as r from innovation_achievement_awards where achievement_id = $1 order by 1',
      [id],
    ),
    sql.query<{ id: number; fileName: string; mime: string; size: number; public: boolean }>(
      `select id, file_name as "fileName", mime, size, public from innovation_achievement_attachments
        where achievement_id = $1 order by id`,
      [id],
    ),
  ]);
  return {
    ...toSummary(rest),
    publishedOn: (publishedOn as string | null) ?? null,
    publishedRecordedAt: publishedRecordedAt ? new Date(publishedRecordedAt as string).toISOString() : null,
    abstract: String(rest.abstract),
    body: String(rest.body),
    team,
    patent: patentType
      ? { type: patentType as PatentKind, number: String(patentNo), grantedOn: String(patentOn) }
      : null,
    awardRecordIds: awards.rows.map((r) => Number(r.r)),
    attachments: files.rows,
    conversionList: conversions.rows.map((c) => ({
      id: Number(c.id),
      partner: String(c.partner),
      convertedOn: String(c.convertedOn),
      valueFen: Number(c.valueFen),
      recordedAt: new Date(c.recordedAt as string).toISOString(),
    })),
  };
}

/** Active studios of a subtree whose name contains `q`, for the achievement form (at most 30). */
export async function findStudioOptions(sql: Sql, scope: Subtree, q: string | undefined) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition(scope, 'o.path', params), "s.status = 'active'");
  if (q) add('s.name like ?', `%${escapeLike(q)}%`);
  const { rows } = await sql.query<{ id: number; name: string; orgName: string; industry: string | null }>(
    `select s.id, s.name, o.name as "orgName", s.industry from innovation_studios s join orgs o on o.id = s.org_id
      where ${where.join(' and ')} order by s.name limit 30`,
    params,
  );
  return rows;
}
