import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import { conditions, selectFrom } from '../../db/select.ts';
import { type Capped, COUNT_ALL, capped } from '../../shared/capped.ts';
import { readPage } from '../../shared/paged.ts';
import type { RecipientKind } from './care.vocabulary.ts';

export interface GoodsLine {
  item: string;
  unit: string;
  quantity: number;
}

export interface VisitRow {
  id: number;
  campaignId: number | null;
  campaign: string | null;
  orgId: number;
  orgName: string;
  orgPath: string;
  recipientKind: RecipientKind;
  personId: number | null;
  recipient: string;
  people: number;
  visitedOn: string;
  visitors: string;
  note: string | null;
  goods: GoodsLine[];
  /** A past visit's goods as its register wrote them (they came out of no stock); null for a visit logged live. */
  goodsWritten: string | null;
  grantFen: number;
  grantApplicationId: number | null;
  confirmedAt: string | null;
  confirmedHow: 'recipient' | 'receipt' | null;
  /** The moment the visit was entered (a past visit is entered after its day). */
  createdAt: string;
}

const VISIT_COLUMNS = `v.id, v.campaign_id as "campaignId", c.title as campaign, v.org_id as "orgId",
  o.name as "orgName", o.path as "orgPath", v.recipient_kind as "recipientKind", v.person_id as "personId",
  coalesce(p.name, v.unit_name) as recipient, v.people, to_char(v.visited_on, 'YYYY-MM-DD') as "visitedOn",
  v.visitors, v.note, v.goods_written as "goodsWritten", v.grant_fen::float8 as "grantFen",
  v.grant_application_id as "grantApplicationId",
  to_char(v.confirmed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as "confirmedAt",
  v.confirmed_how as "confirmedHow", v.created_at as "createdAt",
  coalesce((select json_agg(json_build_object('item', s.item, 'unit', s.unit, 'quantity', m.quantity) order by m.id)
     from care_stock_moves m join care_stock s on s.id = m.stock_id where m.visit_id = v.id), '[]') as goods`;

const VISIT_FROM = `care_visits v join orgs o on o.id = v.org_id
  left join care_campaigns c on c.id = v.campaign_id left join persons p on p.id = v.person_id`;

const visitRows = selectFrom<VisitRow>(`${VISIT_COLUMNS} from ${VISIT_FROM}`);

/** A visit by id; `lock`: its row locked until the transaction ends (a correction moving its counts). */
export const findVisit = (sql: Sql, id: number, lock = false) =>
  visitRows.one(sql, `v.id = $1${lock ? ' for update of v' : ''}`, [id]);

export async function listVisitRows(
  sql: Sql,
  subtree: Subtree,
  q: { campaignId?: number; year?: number; personIds?: number[]; page?: number; pageSize?: number },
): Promise<{ items: VisitRow[]; total: number }> {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition(subtree, 'o.path', params));
  if (q.campaignId !== undefined) add('v.campaign_id = ?', q.campaignId);
  if (q.year !== undefined) {
    params.push(`${q.year}-01-01`, `${q.year}-12-31`);
    where.push(`v.visited_on between $${params.length - 1} and $${params.length}`);
  }
  if (q.personIds) add('v.person_id = any(?::bigint[])', q.personIds);
  return readPage<VisitRow>(
    sql,
    { columns: VISIT_COLUMNS, from: VISIT_FROM, where, params, orderBy: 'v.visited_on desc, v.id desc' },
    { page: q.page ?? 1, pageSize: q.pageSize ?? 20 },
  );
}

/** The person's name when they are an active member of a union in the subtree `path`. */
export async function memberIn(sql: Sql, personId: number, path: string): Promise<string | undefined> {
  const { rows } = await sql.query<{ name: string }>(
    `select p.name from persons p join memberships m on m.person_id = p.id and m.status = 'active'
       join orgs o on o.id = m.org_id where p.id = $1 and starts_with(o.path, $2) limit 1`,
    [personId, path],
  );
  return rows[0]?.name;
}

export const presentVisit = ({ orgPath: _p, grantApplicationId: _g, ...v }: VisitRow) => v;

/** The first and last day a campaign's visits were made (null when it has none). */
export async function findVisitSpan(sql: Sql, campaignId: number) {
  const { rows } = await sql.query<{ first: string | null; last: string | null }>(
    `select to_char(min(visited_on), 'YYYY-MM-DD') as first, to_char(max(visited_on), 'YYYY-MM-DD') as last
       from care_visits where campaign_id = $1`,
    [campaignId],
  );
  return rows[0];
}

export interface NewVisit {
  campaignId: number | null;
  orgId: number;
  recipientKind: RecipientKind;
  personId: number | null;
  unitName: string | null;
  people: number;
  visitedOn: string;
  visitors: string;
  note: string | null;
  grantFen: number;
  createdBy: number | null;
}

/** Inserts a visit; its id. */
export async function insertVisit(sql: Sql, v: NewVisit): Promise<number> {
  return insertRow(
    sql,
    'care_visits',
    'campaign_id, org_id, recipient_kind, person_id, unit_name, people, visited_on, visitors, note, grant_fen, created_by',
    v,
  );
}

/** Writes a correction's facts of a visit (visits.edit.ts). */
export async function updateVisitFacts(
  sql: Sql,
  id: number,
  f: {
    visitedOn: string;
    people: number;
    unitName: string | null;
    visitors: string;
    goodsWritten: string | null;
    grantFen: number;
    note: string | null;
  },
): Promise<void> {
  await sql.query(
    `update care_visits set visited_on = $2, people = $3, visitors = $4, goods_written = $5, grant_fen = $6,
            note = $7, unit_name = $8 where id = $1`,
    [id, f.visitedOn, f.people, f.visitors, f.goodsWritten, f.grantFen, f.note, f.unitName],
  );
}

export async function setVisitGrantApplication(sql: Sql, id: number, applicationId: number): Promise<void> {
  await sql.query(`update care_visits set grant_application_id = $2 where id = $1`, [id, applicationId]);
}

/** Marks the visit confirmed unless it was already; whether this call confirmed it. */
export async function confirmVisit(
  sql: Sql,
  visitId: number,
  how: 'recipient' | 'receipt',
): Promise<boolean> {
  const { rows } = await sql.query(
    `update care_visits set confirmed_at = now(), confirmed_how = $2 where id = $1 and confirmed_at is null
     returning id`,
    [visitId, how],
  );
  return rows.length > 0;
}

/** The visit to this person locked for confirming, when it is theirs. */
export async function lockOwnVisit(
  sql: Sql,
  visitId: number,
  personId: number | null,
): Promise<{ orgId: number; confirmed: boolean } | undefined> {
  const { rows } = await sql.query<{ orgId: number; confirmed: boolean }>(
    `select org_id as "orgId", confirmed_at is not null as confirmed from care_visits
      where id = $1 and person_id = $2 for update`,
    [visitId, personId],
  );
  return rows[0];
}

export interface VisitPhotoFile {
  name: string;
  mime: string;
  data: Buffer;
}

/** Stores a photo (or a receipt's photo) of a visit; its id. */
export async function insertVisitPhoto(
  sql: Sql,
  p: { visitId: number; orgId: number; kind: 'photo' | 'receipt'; file: VisitPhotoFile },
): Promise<number> {
  return insertRow(sql, 'care_visit_photos', 'visit_id, org_id, kind, file_name, mime, data', {
    ...p,
    ...p.file,
    fileName: p.file.name,
  });
}

export async function findVisitPhoto(
  sql: Sql,
  visitId: number,
  photoId: number,
): Promise<VisitPhotoFile | undefined> {
  const { rows } = await sql.query<VisitPhotoFile>(
    `select file_name as name, mime, data from care_visit_photos where id = $1 and visit_id = $2`,
    [photoId, visitId],
  );
  return rows[0];
}

/** The photos of a visit, without their data, in the order uploaded. */
export async function listVisitPhotos(
  sql: Sql,
  visitId: number,
): Promise<{ id: number; kind: 'photo' | 'receipt'; fileName: string; uploadedAt: string }[]> {
  const { rows } = await sql.query<{
    id: number;
    kind: 'photo' | 'receipt';
    fileName: string;
    uploadedAt: string;
  }>(
    `select id, kind, file_name as "fileName",
            to_char(uploaded_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as "uploadedAt"
       from care_visit_photos where visit_id = $1 order by id`,
    [visitId],
  );
  return rows;
}

export interface OwnVisitRow {
  id: number;
  campaign: string | null;
  orgName: string;
  visitedOn: string;
  visitors: string;
  goods: GoodsLine[];
  goodsWritten: string | null;
  grantFen: number;
  confirmedAt: string | null;
}

/** The most visits a worker's own list holds; it says how many there are in all. */
export const MY_VISITS_CAP = 100;

/** The visits to a person, newest first: the first `cap`, and how many there are in all. */
export async function listVisitsToPerson(
  sql: Sql,
  personId: number | null,
  cap: number = MY_VISITS_CAP,
): Promise<Capped<OwnVisitRow>> {
  const { rows } = await sql.query<OwnVisitRow & { countAll: number }>(
    `select v.id, c.title as campaign, o.name as "orgName", to_char(v.visited_on, 'YYYY-MM-DD') as "visitedOn",
            v.visitors, v.goods_written as "goodsWritten", v.grant_fen::float8 as "grantFen",
            to_char(v.confirmed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as "confirmedAt",
            coalesce((select json_agg(json_build_object('item', s.item, 'unit', s.unit, 'quantity', m.quantity)
               order by m.id) from care_stock_moves m join care_stock s on s.id = m.stock_id
               where m.visit_id = v.id), '[]') as goods, ${COUNT_ALL}
       from care_visits v join orgs o on o.id = v.org_id left join care_campaigns c on c.id = v.campaign_id
      where v.person_id = $1 order by v.visited_on desc, v.id desc limit ${Number(cap)}`,
    [personId],
  );
  return capped(rows);
}

export interface PersonVisit {
  id: number;
  personId: number;
  visitedOn: string;
  campaign: string | null;
  /** What was given, as read: '棉马甲 1件、米面油 1份'. */
  goods: string;
  grantFen: number;
  /** The grant of a past visit (送温暖走访台账), paid outside the platform; null for a live visit's, paid on its application. */
  paidFen: number | null;
}

/** The visits to these people, oldest first. */
export async function listVisitsToPersons(sql: Sql, personIds: number[]): Promise<PersonVisit[]> {
  const { rows } = await sql.query<PersonVisit>(
    `select v.id, v.person_id as "personId", to_char(v.visited_on, 'YYYY-MM-DD') as "visitedOn",
            c.title as campaign, v.grant_fen::float8 as "grantFen",
            case when v.grant_application_id is null and v.grant_fen > 0 then v.grant_fen::float8 end as "paidFen",
            coalesce((select string_agg(s.item || ' ' || m.quantity || s.unit, '、' order by m.id)
               from care_stock_moves m join care_stock s on s.id = m.stock_id where m.visit_id = v.id),
               v.goods_written, '') as goods
       from care_visits v left join care_campaigns c on c.id = v.campaign_id
      where v.person_id = any($1::bigint[]) order by v.visited_on, v.id`,
    [personIds],
  );
  return rows;
}

/** The grant applications of a campaign's visits made between two days (inclusive). */
export async function listCampaignVisitGrants(
  sql: Sql,
  campaignId: number,
  from: string,
  to: string,
): Promise<{ applicationId: number; grantFen: number }[]> {
  const { rows } = await sql.query<{ applicationId: number; grantFen: number }>(
    `select grant_application_id as "applicationId", grant_fen::float8 as "grantFen" from care_visits
      where campaign_id = $1 and grant_application_id is not null and visited_on between $2 and $3`,
    [campaignId, from, to],
  );
  return rows;
}
