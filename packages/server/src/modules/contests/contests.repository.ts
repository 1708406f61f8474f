import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import { conditions } from '../../db/select.ts';
import { readPage } from '../../shared/paged.ts';
import type { ContestDetail, ContestEvent, ContestRow, EntryMember, EntryRow } from './contests.types.ts';

/** SQL for the contests tables only. */

const iso = (t: unknown) => (t == null ? null : new Date(t as string).toISOString());

const CONTEST_COLUMNS = `c.id, c.org_id as "orgId", o.name as "orgName", o.path as "orgPath", c.name, c.level, c.kind,
  c.starts_on as "startsOn", c.ends_on as "endsOn", c.limit_per_union as "limitPerUnion", c.status,
  c.published_at as "publishedAt",
  to_char(c.published_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as "publishedOn",
  c.published_recorded_at as "publishedRecordedAt",
  to_char(c.registration_closed_on, 'YYYY-MM-DD') as "registrationClosedOn",
  (select count(*) from contest_entries e where e.contest_id = c.id)::int as "entryCount",
  (c.status = 'published' and exists (select 1 from contest_entries e
     where e.contest_id = c.id and e.prize is distinct from e.published_prize)) as "hasUnpublishedChanges"`;

const toContest = (r: ContestRow): ContestRow => ({
  ...r,
  publishedAt: iso(r.publishedAt),
  publishedRecordedAt: iso(r.publishedRecordedAt),
});

export interface ContestInsert {
  orgId: number;
  name: string;
  level: string;
  kind: string;
  startsOn: string;
  endsOn: string;
  limitPerUnion: number | null;
  events: Omit<ContestEvent, 'id'>[];
  createdBy: number | null;
}

export async function insertContest(sql: Sql, c: ContestInsert): Promise<number> {
  const id = await insertRow(
    sql,
    'contests',
    'org_id, name, level, kind, starts_on, ends_on, limit_per_union, created_by',
    c,
  );
  await sql.query(
    `insert into contest_events (contest_id, name, mode, limit_per_union, team_size, position)
     select $1, * from unnest($2::text[], $3::text[], $4::int[], $5::int[], $6::int[])`,
    [
      id,
      c.events.map((e) => e.name),
      c.events.map((e) => e.mode),
      c.events.map((e) => e.limitPerUnion),
      c.events.map((e) => e.teamSize),
      c.events.map((_, i) => i + 1),
    ],
  );
  return id;
}

export async function findContest(sql: Sql, id: number, lock = false): Promise<ContestDetail | undefined> {
  const { rows } = await sql.query<ContestRow>(
    `select ${CONTEST_COLUMNS} from contests c join orgs o on o.id = c.org_id where c.id = $1
     ${lock ? 'for update of c' : ''}`,
    [id],
  );
  if (!rows[0]) return undefined;
  const events = await sql.query<ContestEvent>(
    `select id, name, mode, limit_per_union as "limitPerUnion", team_size as "teamSize"
       from contest_events where contest_id = $1 order by position`,
    [id],
  );
  return { ...toContest(rows[0]), events: events.rows };
}

/** Corrects a contest's name, level and dates (an edit before publication; ADR 60). */
export async function updateContestFacts(
  sql: Sql,
  id: number,
  c: { name: string; level: string; startsOn: string; endsOn: string },
): Promise<void> {
  await sql.query('update contests set name = $2, level = $3, starts_on = $4, ends_on = $5 where id = $1', [
    id,
    c.name,
    c.level,
    c.startsOn,
    c.endsOn,
  ]);
}

/** A contest's entries per union and mode, with their persons: what its participation counts hold. */
export async function countEntriesByUnion(sql: Sql, contestId: number) {
  const { rows } = await sql.query<{ orgId: number; mode: string; entries: number; persons: number }>(
    `select e.org_id as "orgId", ev.mode, count(*)::int as entries,
            coalesce(sum((select count(*) from contest_entry_members m where m.entry_id = e.id)), 0)::int as persons
       from contest_entries e join contest_events ev on ev.id = e.event_id
      where e.contest_id = $1 group by e.org_id, ev.mode`,
    [contestId],
  );
  return rows;
}

/** Contests offered to the actor: organised in their subtree or by a union above theirs. */
export async function listContests(
  sql: Sql,
  where: { offered: (column: string, params: unknown[]) => string; status?: string; year?: number },
  page: number,
  pageSize: number,
): Promise<{ items: ContestRow[]; total: number }> {
  const params: unknown[] = [];
  const { where: clauses, add } = conditions(params, where.offered('o.path', params));
  if (where.status) add('c.status = ?', where.status);
  if (where.year) add('extract(year from c.ends_on) = ?', where.year);
  const { items, total } = await readPage<ContestRow>(
    sql,
    {
      columns: CONTEST_COLUMNS,
      from: 'contests c join orgs o on o.id = c.org_id',
      where: clauses,
      params,
      orderBy: 'c.ends_on desc, c.id desc',
    },
    { page, pageSize },
  );
  return { items: items.map(toContest), total };
}

/** Sets the status; a publication takes effect at `publishedAt` (ADR 40) and is recorded now. */
export async function setContestStatus(
  sql: Sql,
  id: number,
  status: string,
  publishedAt?: Date,
): Promise<void> {
  await sql.query(
    `update contests set status = $2,
       published_at = case when $2 = 'published' then coalesce($3::timestamptz, now()) else published_at end,
       published_recorded_at = case when $2 = 'published' then now() else published_recorded_at end
      where id = $1`,
    [id, status, publishedAt?.toISOString() ?? null],
  );
}

const ENTRY_COLUMNS = `e.id, e.contest_id as "contestId", e.event_id as "eventId", ev.name as "eventName", ev.mode,
  to_char(e.entered_on, 'YYYY-MM-DD') as "enteredOn", e.org_id as "orgId", o.name as "orgName", e.name, e.rank, e.score, e.prize, e.published_prize as "publishedPrize",
  coalesce((select json_agg(json_build_object('personId', p.id, 'name', p.name, 'idMasked', p.id_masked)
                            order by m.position)
              from contest_entry_members m join persons p on p.id = m.person_id where m.entry_id = e.id),
           '[]'::json) as members`;

const ENTRY_FROM = `contest_entries e join contest_events ev on ev.id = e.event_id join orgs o on o.id = e.org_id`;

const toEntry = (r: EntryRow): EntryRow => ({
  ...r,
  members: (typeof r.members === 'string' ? JSON.parse(r.members) : r.members) as EntryMember[],
});

/** A contest's entries registered by unions of `subtree`, in event order. */
export async function listEntries(
  sql: Sql,
  contestId: number,
  subtree: Subtree,
  filter: { eventId?: number; orgId?: number } = {},
): Promise<EntryRow[]> {
  const params: unknown[] = [contestId];
  const { where, add } = conditions(params, 'e.contest_id = $1', subtreeCondition(subtree, 'o.path', params));
  if (filter.eventId) add('e.event_id = ?', filter.eventId);
  const { rows } = await sql.query<EntryRow>(
    `select ${ENTRY_COLUMNS} from ${ENTRY_FROM} where ${where.join(' and ')}
      order by ev.position, e.rank nulls last, e.id`,
    params,
  );
  return rows.map(toEntry);
}

export async function findEntry(
  sql: Sql,
  id: number,
  lock = false,
): Promise<(EntryRow & { orgPath: string }) | undefined> {
  const { rows } = await sql.query<EntryRow & { orgPath: string }>(
    `select ${ENTRY_COLUMNS}, o.path as "orgPath" from ${ENTRY_FROM} where e.id = $1 ${lock ? 'for update of e' : ''}`,
    [id],
  );
  return rows[0] && { ...toEntry(rows[0]), orgPath: rows[0].orgPath };
}

/** How many entries a union holds in the contest, and in one event of it. */
export async function countUnionEntries(sql: Sql, contestId: number, orgId: number, eventId: number) {
  const { rows } = await sql.query<{ all: number; event: number }>(
    `select count(*)::int as all, count(*) filter (where event_id = $3)::int as event
       from contest_entries where contest_id = $1 and org_id = $2`,
    [contestId, orgId, eventId],
  );
  return rows[0];
}

/** The persons among `personIds` who already entered the event, by name. */
export async function findEnteredPersons(sql: Sql, eventId: number, personIds: number[]): Promise<string[]> {
  const { rows } = await sql.query<{ name: string }>(
    `select p.name from contest_entry_members m join persons p on p.id = m.person_id
      where m.event_id = $1 and m.person_id = any($2::bigint[]) order by p.name`,
    [eventId, personIds],
  );
  return rows.map((r) => r.name);
}

export async function insertEntry(
  sql: Sql,
  e: {
    contestId: number;
    eventId: number;
    orgId: number;
    name: string | null;
    personIds: number[];
    createdBy: number | null;
    /** The day it was registered (ADR 40). */
    enteredOn: string;
  },
): Promise<number> {
  const id = await insertRow(
    sql,
    'contest_entries',
    'contest_id, event_id, org_id, name, created_by, entered_on',
    e,
  );
  if (e.personIds.length) {
    await sql.query(
      `insert into contest_entry_members (entry_id, event_id, person_id, position)
       select $1, $2, p, n from unnest($3::bigint[]) with ordinality as t(p, n)`,
      [id, e.eventId, e.personIds],
    );
  }
  return id;
}

export async function deleteEntry(sql: Sql, id: number): Promise<void> {
  await sql.query('delete from contest_entries where id = $1', [id]);
}

export interface ResultInput {
  rank: number | null;
  score: number | null;
  prize: string | null;
}

export async function updateResults(sql: Sql, results: (ResultInput & { entryId: number })[]): Promise<void> {
  if (!results.length) return;
  await sql.query(
    `update contest_entries e set rank = r.rank, score = r.score, prize = r.prize
       from unnest($1::bigint[], $2::int[], $3::numeric[], $4::text[]) as r(id, rank, score, prize)
      where e.id = r.id`,
    [
      results.map((r) => r.entryId),
      results.map((r) => r.rank),
      results.map((r) => r.score),
      results.map((r) => r.prize),
    ],
  );
}

/** Marks every entry's prize as published. */
export async function markPublished(sql: Sql, contestId: number): Promise<void> {
  await sql.query('update contest_entries set published_prize = prize where contest_id = $1', [contestId]);
}

/** The persons named, with the union of their active membership (none when they are not a member). */
export async function findMembers(sql: Sql, personIds: number[]) {
  const { rows } = await sql.query<{ id: number; name: string; orgPath: string | null }>(
    `select p.id, p.name, o.path as "orgPath" from persons p
       left join memberships m on m.person_id = p.id and m.status = 'active'
       left join orgs o on o.id = m.org_id
      where p.id = any($1::bigint[])`,
    [personIds],
  );
  return rows;
}

/** Registration closed on `day` (ADR 40). */
export async function setRegistrationClosedOn(sql: Sql, id: number, day: string): Promise<void> {
  await sql.query('update contests set registration_closed_on = $2 where id = $1', [id, day]);
}

/** The day of the contest's last entry, or null. */
export async function findLastEnteredOn(sql: Sql, contestId: number): Promise<string | null> {
  const { rows } = await sql.query<{ day: string | null }>(
    `select to_char(max(entered_on), 'YYYY-MM-DD') as day from contest_entries where contest_id = $1`,
    [contestId],
  );
  return rows[0]?.day ?? null;
}
