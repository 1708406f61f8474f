import type { Sql } from '../../../db/db.ts';
import { numberArray, textArray } from '../../../shared/pg-array.ts';
import { segmentForSearch } from '../../../shared/segment.ts';
import type { AchievementType } from '../innovation.vocabulary.ts';
import { type AchievementPlace, type AchievementWrite, regionOf } from './achievements.repository.ts';
import type { PatentKind } from './achievements.schemas.ts';
import { labelWords, type SearchLabels } from './achievements.search-labels.ts';

/** SQL of the achievements register (achievements.import.ts): what is on record for its rows, and its writes. */

export interface PatentOnRecord {
  type: PatentKind;
  number: string;
  grantedOn: string;
}

/** An achievement on record, as the register compares its rows with it. */
export interface AchievementOnRecord {
  id: number;
  orgId: number;
  federationId: number;
  studioId: number | null;
  title: string;
  type: AchievementType;
  year: number;
  abstract: string;
  publishedOn: string | null;
  patent: PatentOnRecord | null;
}

/** The achievements of these unions (and of their studios), to find those a register names again. */
export async function findAchievementsOfUnions(sql: Sql, orgIds: number[]): Promise<AchievementOnRecord[]> {
  if (!orgIds.length) return [];
  const { rows } = await sql.query<
    Omit<AchievementOnRecord, 'patent'> & {
      patentType: PatentKind | null;
      patentNo: string | null;
      patentOn: string | null;
    }
  >(
    `select a.id, a.org_id as "orgId", a.federation_id as "federationId", a.studio_id as "studioId", a.title, a.type, a.year, a.abstract,
            to_char(a.published_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as "publishedOn",
            a.patent_type as "patentType", a.patent_no as "patentNo", to_char(a.patent_on, 'YYYY-MM-DD') as "patentOn"
       from innovation_achievements a where a.org_id = any($1::bigint[])`,
    [orgIds],
  );
  return rows.map(({ patentType, patentNo, patentOn, ...a }) => ({
    ...a,
    patent:
      patentType && patentNo && patentOn ? { type: patentType, number: patentNo, grantedOn: patentOn } : null,
  }));
}

/** The teams (person ids in order) and conversions of achievements on record. */
export async function findTeamsAndConversions(sql: Sql, ids: number[]) {
  const teams = new Map<number, number[]>();
  const conversions = new Map<number, { partner: string; convertedOn: string; valueFen: number }[]>();
  if (!ids.length) return { teams, conversions };
  const team = await sql.query<{ a: number; p: number }>(
    `select achievement_id as a, person_id as p from innovation_achievement_team
      where achievement_id = any($1::bigint[]) order by achievement_id, position`,
    [ids],
  );
  for (const r of team.rows) teams.set(r.a, [...(teams.get(r.a) ?? []), r.p]);
  const conv = await sql.query<{ a: number; partner: string; convertedOn: string; valueFen: number }>(
    `select achievement_id as a, partner, to_char(converted_on, 'YYYY-MM-DD') as "convertedOn", value_fen as "valueFen"
       from innovation_conversions where achievement_id = any($1::bigint[])`,
    [ids],
  );
  for (const { a, ...c } of conv.rows) conversions.set(a, [...(conversions.get(a) ?? []), c]);
  return { teams, conversions };
}

/** The achievements holding these patent numbers, wherever they are. */
export async function findPatentHolders(sql: Sql, numbers: string[]) {
  if (!numbers.length) return new Map<string, { id: number; title: string }>();
  const { rows } = await sql.query<{ id: number; title: string; patentNo: string }>(
    `select id, title, patent_no as "patentNo" from innovation_achievements where patent_no = any($1::text[])`,
    [numbers],
  );
  return new Map(rows.map((r) => [r.patentNo, { id: r.id, title: r.title }]));
}

/** The studios of these unions, by name (any status: a studio revoked since still held its achievements). */
export async function findStudiosOfUnions(sql: Sql, orgIds: number[]) {
  if (!orgIds.length) return [];
  const { rows } = await sql.query<{ id: number; orgId: number; name: string; industry: string | null }>(
    'select id, org_id as "orgId", name, industry from innovation_studios where org_id = any($1::bigint[])',
    [orgIds],
  );
  return rows;
}

/** An imported achievement: no body; its patent, if any, as the register gives it. */
export interface ImportedAchievement
  extends AchievementPlace,
    Omit<AchievementWrite, 'body' | 'patentType' | 'patentNo' | 'patentOn'> {
  patent: PatentOnRecord | null;
  /** The moment it was published (noon China time of its day), or null: a draft. */
  publishedAt: string | null;
  createdBy: number | null;
}

/**
 * The names of the rows' studios and unions, for their search labels: those `known` does not hold yet, added to it
 * (a register's are read once, however many chunks it is written in).
 */
export async function findLabelNames(
  sql: Sql,
  rows: Pick<ImportedAchievement, 'studioId' | 'orgId'>[],
  known: { studios: Map<number, string>; unions: Map<number, string> } = {
    studios: new Map(),
    unions: new Map(),
  },
) {
  const studioIds = [
    ...new Set(
      rows.flatMap((a) => (a.studioId === null || known.studios.has(a.studioId) ? [] : [a.studioId])),
    ),
  ];
  const orgIds = [...new Set(rows.flatMap((a) => (known.unions.has(a.orgId) ? [] : [a.orgId])))];
  // One after the other: the statements of a transaction share its connection.
  if (studioIds.length) {
    const studios = await sql.query<{ id: number; name: string }>(
      'select id, name from innovation_studios where id = any($1::bigint[])',
      [studioIds],
    );
    for (const r of studios.rows) known.studios.set(Number(r.id), r.name);
  }
  if (orgIds.length) {
    const unions = await sql.query<{ id: number; name: string }>(
      'select id, name from orgs where id = any($1::bigint[])',
      [orgIds],
    );
    for (const r of unions.rows) known.unions.set(Number(r.id), r.name);
  }
  return known;
}

export type LabelNames = Awaited<ReturnType<typeof findLabelNames>>;

/**
 * The segmented texts of each new achievement's `search` vector, as searchTexts makes them for one: its title and
 * abstract cut row by row, and no body; its labels (studio, union, type, patent, industry — a few thousand sets in
 * a register of 100,000) cut once per set, each set's words given once (`labels`) and named by each row by their
 * place in it (1-based), so the database makes each set's part of the vector once, not once per row.
 */
function searchTextsOf(names: LabelNames) {
  const places = new Map<string, number>();
  const labels: string[] = [];
  const cut = (text: string) => (text ? segmentForSearch(text) : '');
  const textsOf = (a: ImportedAchievement): [string, string, number] => {
    const l: SearchLabels = {
      studio: a.studioId === null ? null : (names.studios.get(a.studioId) ?? null),
      union: names.unions.get(a.orgId) ?? '',
      type: a.type,
      patentType: a.patent?.type ?? null,
      industry: a.industry,
    };
    const key = [l.studio ?? '', l.union, l.type, l.patentType ?? '', l.industry ?? ''].join('\u0000');
    let place = places.get(key);
    if (place === undefined) {
      labels.push(labelWords(l));
      place = labels.length;
      places.set(key, place);
    }
    return [cut(a.title), cut(a.abstract), place];
  };
  return { textsOf, labels };
}

/**
 * The parameters of insertImportedAchievements for these new achievements under the ids drawn for them: their
 * columns as array literals and their segmented search texts. Made apart from the statement, so that the next
 * achievements' are made while the database writes the last ones (achievements.import.write.ts).
 */
export function importedAchievementParams(
  rows: ImportedAchievement[],
  names: LabelNames,
  ids: number[],
): string[] {
  const num = (f: (a: ImportedAchievement) => number | null) => numberArray(rows.map(f));
  const txt = (f: (a: ImportedAchievement) => string | null) => textArray(rows.map(f));
  const { textsOf, labels } = searchTextsOf(names);
  const texts = rows.map(textsOf);
  return [
    num((a) => a.studioId),
    num((a) => a.orgId),
    num((a) => regionOf(a.orgPath)),
    txt((a) => a.title),
    txt((a) => a.type),
    txt((a) => a.industry),
    num((a) => a.year),
    txt((a) => a.abstract),
    txt((a) => a.stage),
    txt((a) => a.patent?.type ?? null),
    txt((a) => a.patent?.number ?? null),
    txt((a) => a.patent?.grantedOn ?? null),
    txt((a) => a.publishedAt),
    num((a) => a.createdBy),
    textArray(texts.map((t) => t[0])),
    textArray(texts.map((t) => t[1])),
    numberArray(texts.map((t) => t[2])),
    txt((a) => a.orgPath),
    textArray(labels),
    numberArray(ids),
  ];
}

/**
 * New achievements in one statement under the ids drawn for them (their federation given, not looked up row by
 * row), from importedAchievementParams. Their `search` vector is searchVector's with no body (an empty part adds
 * nothing), each set of labels' part made once and joined to its rows (written in the order of their ids, as drawn).
 */
export async function insertImportedAchievements(sql: Sql, params: string[] | null): Promise<void> {
  if (!params) return;
  await sql.query(
    `with l as (
       select setweight(to_tsvector('simple', l.words), 'D') as v, l.place
         from unnest($19::text[]) with ordinality as l(words, place))
     insert into innovation_achievements (studio_id, org_id, region_id, title, type, industry, year, abstract, body,
       stage, patent_type, patent_no, patent_on, published_at, published_recorded_at, created_by, search,
       federation_id, id)
     overriding system value
     select u.studio_id, u.org_id, u.region_id, u.title, u.type, u.industry, u.year, u.abstract, '', u.stage,
            u.patent_type, u.patent_no, u.patent_on, u.published_at,
            case when u.published_at is not null then now() end, u.created_by,
            setweight(to_tsvector('simple', u.s_title), 'A') || setweight(to_tsvector('simple', u.s_abstract), 'B')
              || l.v,
            split_part(u.org_path, '/', 2)::bigint, u.id
       from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::int[],
                   $8::text[], $9::text[], $10::text[], $11::text[], $12::date[], $13::timestamptz[], $14::bigint[],
                   $15::text[], $16::text[], $17::int[], $18::text[], $20::bigint[])
            as u(studio_id, org_id, region_id, title, type, industry, year, abstract, stage, patent_type, patent_no,
                 patent_on, published_at, created_by, s_title, s_abstract, label_place, org_path, id)
       join l on l.place = u.label_place
      order by u.id`,
    params,
  );
}

/** Team members at their positions, column by column (each with its achievement's federation, given). */
export interface TeamColumns {
  achievementIds: number[];
  personIds: number[];
  positions: number[];
  federationIds: number[];
}

/** Team members at their positions, in one statement. */
export async function insertTeamMembers(sql: Sql, team: TeamColumns): Promise<void> {
  if (!team.achievementIds.length) return;
  await sql.query(
    `insert into innovation_achievement_team (achievement_id, person_id, position, federation_id)
     select * from unnest($1::bigint[], $2::bigint[], $3::smallint[], $4::bigint[])`,
    [
      numberArray(team.achievementIds),
      numberArray(team.personIds),
      numberArray(team.positions),
      numberArray(team.federationIds),
    ],
  );
}

/** Patents given to achievements on record that held none. */
export async function setPatents(sql: Sql, rows: { id: number; patent: PatentOnRecord }[]): Promise<void> {
  if (!rows.length) return;
  await sql.query(
    `update innovation_achievements a set patent_type = u.t, patent_no = u.n, patent_on = u.d, updated_at = now()
       from unnest($1::bigint[], $2::text[], $3::text[], $4::date[]) as u(id, t, n, d) where a.id = u.id`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.patent.type),
      rows.map((r) => r.patent.number),
      rows.map((r) => r.patent.grantedOn),
    ],
  );
}

/** Achievements on record published at past moments. */
export async function setPublishedAt(sql: Sql, rows: { id: number; at: string }[]): Promise<void> {
  if (!rows.length) return;
  await sql.query(
    `update innovation_achievements a set published_at = u.at, published_recorded_at = now(), updated_at = now()
       from unnest($1::bigint[], $2::timestamptz[]) as u(id, at) where a.id = u.id`,
    [rows.map((r) => r.id), rows.map((r) => r.at)],
  );
}

/** Conversions in one statement; their achievements become 已转化, as a conversion entered live makes them. */
export async function insertConversions(
  sql: Sql,
  rows: { achievementId: number; partner: string; convertedOn: string; valueFen: number }[],
): Promise<void> {
  if (!rows.length) return;
  const ids = rows.map((r) => r.achievementId);
  await sql.query(
    `insert into innovation_conversions (achievement_id, partner, converted_on, value_fen)
     select * from unnest($1::bigint[], $2::text[], $3::date[], $4::bigint[])`,
    [
      numberArray(ids),
      textArray(rows.map((r) => r.partner)),
      textArray(rows.map((r) => r.convertedOn)),
      numberArray(rows.map((r) => r.valueFen)),
    ],
  );
  await sql.query(
    `update innovation_achievements set stage = 'converted', updated_at = now()
      where id = any($1::bigint[]) and stage <> 'converted'`,
    [[...new Set(ids)]],
  );
}
