/**
 * Member search benchmark: the member list's search box (GET /api/members?q=…) over N members on PostgreSQL (or
 * PGlite), by ID-card number, phone, the last four characters of the ID number, a full name, the first two
 * characters of a name and a surname alone, and as a clerk searches: the given name (two characters inside the
 * name), one given character, a phone's last four and an ID number's last six; as a federation's staff (the whole
 * tree in scope). The searches inside a name are also given as a ratio to the first two characters' (the prefix
 * search, measured in the same run). Members are generated set-based:
 * 1,000 unions (federation → 10 districts → 10 streets → 10 grassroots), names from 60 surnames × 40 × 40 given characters,
 * valid ID-card numbers (region, birth date, sequence, check digit) and distinct phones. The ID numbers are stored
 * as the application stores them only for the sampled members (keyed hash, masked number); the others carry a
 * placeholder hash, which changes nothing for a unique-index look-up.
 * Each query goes through the people service (classification, scope, page of 20 and total in one statement; a short
 * text's matches are counted up to SEARCH_COUNT_AHEAD past the page, the total then a lower bound).
 * Goal: p95 ≤ 50 ms for every kind.
 * Then the member list filtered by its 手机账号 state (`accountState`, read from `users` per member): one member in ten
 * holds a worker account (of them half signed in, a tenth turned off), and each state is asked of the whole tree and
 * of one district, given as a ratio to the same list filtered by 女职工 (measured in the same run).
 * Usage: npm run bench:members [-- --members N --queries Q --engine postgres|pglite]
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { startTempPostgres } from '../../../scripts/pg-temp.mjs';
import type { Actor } from '../src/access/access.ts';
import { type Db, openPglite, openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { createIdProtector, createPeopleService, idCheckDigit } from '../src/modules/people/index.ts';
import { SEARCH_COUNT_AHEAD } from '../src/modules/people/people.list.repository.ts';
import { ACCOUNT_STATES } from '../src/modules/people/people.vocabulary.ts';
import { systemClock } from '../src/shared/clock.ts';
import { engineArg, intArg } from './args.ts';
import { generateUnionTree } from './eligibility.data.ts';
import { benchRun } from './run.ts';

const engine = engineArg();
const members = intArg('members', 5_000_000);
const queries = intArg('queries', 200);
const log = (msg: string) => console.error(msg);
const BATCH = 1_000_000;

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖',
];
const GIVEN1 = [...'建国志明永德海文春玉秀桂英华丽晓小子宏伟俊杰思雨欣佳家新红金立光天东保成世长振福'];
const GIVEN2 = [...'军平强刚勇辉斌峰涛磊芳娟敏静燕霞婷颖琳洁鹏飞宇航博浩然轩睿晨阳龙凤梅兰竹菊霖琪瑶'];

/** The ID-card number of generated member g: region 110105, birth date and sequence from g, check digit. */
function idNumberOf(g: number): string {
  const birth = new Date(Date.UTC(1960, 0, 1) + (Math.floor(g / 1000) % 15000) * 86_400_000);
  const ymd = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `110105${ymd}${String(g % 1000).padStart(3, '0')}`;
  return first17 + idCheckDigit(first17);
}

const nameOf = (g: number) =>
  SURNAMES[g % 60] + GIVEN1[Math.floor(g / 60) % 40] + GIVEN2[Math.floor(g / 2400) % 40];
const phoneOf = (g: number) => `13${String(g).padStart(9, '0')}`;

/** The check digit's weighted sum over the first 17 digits `n`, the same weights as idCheckDigit. */
const CHECK_SUM = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  .map((w, i) => `substr(n, ${i + 1}, 1)::int * ${w}`)
  .join(' + ');

async function generate(db: Db) {
  const t0 = Date.now();
  await generateUnionTree(db);
  // Bulk load as a DBA would: secondary indexes dropped and rebuilt afterwards from their migration definitions,
  // triggers off while the (consistent) generated rows go in — foreign keys, and the one placing a person in the
  // federation of their first membership, so both rows carry federation 1 themselves.
  const { rows: indexes } = await db.tx(async (sql) => {
    const found = await sql.query<{ name: string; def: string }>(
      `select i.indexname as name, i.indexdef as def from pg_indexes i
        where i.schemaname = 'public' and i.tablename in ('persons', 'memberships', 'person_name_parts')
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    );
    for (const ix of found.rows) await sql.query(`drop index ${ix.name}`);
    return found;
  });
  for (let from = 1; from <= members; from += BATCH) {
    const to = Math.min(members, from + BATCH - 1);
    await db.tx(async (sql) => {
      await sql.query('set local session_replication_role = replica');
      await sql.query(
        `insert into persons (id, name, id_hash, id_cipher, id_masked, birth_date, gender, phone, federation_id)
           overriding system value
         select g, ($3::text[])[1 + g % 60] || ($4::text[])[1 + (g / 60) % 40] || ($5::text[])[1 + (g / 2400) % 40],
                'h' || g, 'v1.bench', left(n, 6) || '********' || substr(n, 15, 3) || substr('10X98765432', 1 + (${CHECK_SUM}) % 11, 1),
                born, case when g % 2 = 1 then 'male' else 'female' end, '13' || lpad(g::text, 9, '0'), 1
           from (select g, born, '110105' || to_char(born, 'YYYYMMDD') || lpad((g % 1000)::text, 3, '0') as n
                   from (select g, date '1960-01-01' + ((g / 1000) % 15000)::int as born
                           from generate_series($1::bigint, $2::bigint) g) d) x`,
        [from, to, SURNAMES, GIVEN1, GIVEN2],
      );
      await sql.query(
        `insert into memberships (person_id, org_id, joined_on, federation_id)
         select g, 1001 + (g * 7 % 1000), date '2015-01-01', 1 from generate_series($1::bigint, $2::bigint) g`,
        [from, to],
      );
      // what the trigger (off here) keeps: each name's endings after its first character, with its federation
      await sql.query(
        `insert into person_name_parts (part, person_id, federation_id)
         select x.part, p.id, p.federation_id from persons p cross join lateral person_name_parts_of(p.name) x(part)
          where p.id between $1 and $2`,
        [from, to],
      );
    });
    log(`  ${to} members (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  return { t0, indexes };
}

/**
 * Worker accounts for one member in ten (g % 10 = 3): of them, those with g % 20 = 3 signed in, and of all, those
 * with g % 100 = 13 turned off; the rest never signed in (待激活).
 */
async function generateAccounts(db: Db) {
  for (let from = 1; from <= members; from += BATCH) {
    const to = Math.min(members, from + BATCH - 1);
    await db.query(
      `insert into users (username, display_name, password_hash, person_id, phone, is_active, last_login_at)
       select 'w' || g, 'bench', 'x', g, '13' || lpad(g::text, 9, '0'), g % 100 <> 13,
              case when g % 20 = 3 then now() end
         from generate_series($1::bigint, $2::bigint) g where g % 10 = 3`,
      [from, to],
    );
  }
  await db.query('vacuum analyze users');
}

/**
 * The member list by account state, over the whole tree and one district: p50 and p95, and the ratio to the same list
 * filtered by 女职工 instead (a flag of the member's own row), measured in the same run.
 */
async function accountStates(
  people: ReturnType<typeof createPeopleService>,
  staff: Actor,
  fail: () => void,
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const time = async (query: Parameters<typeof people.listMembers>[1]) => {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < 25; i++) {
      const t = process.hrtime.bigint();
      total = (await people.listMembers(staff, query)).total;
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95), total };
  };
  for (const [where, orgId] of [
    ['Tree', undefined],
    // a district (its 100 grassroots unions, a tenth of the members)
    ['District', 2],
  ] as const) {
    // the list filtered by another flag read from the member's own row (女职工), the baseline of a filtered list
    const plain = await time({ orgId, female: true });
    for (const state of ACCOUNT_STATES) {
      const got = await time({ orgId, accountState: state });
      if (got.total === 0) {
        fail();
        log(`accountState=${state} over ${where} found no member`);
      }
      const key = `account${state[0].toUpperCase()}${state.slice(1)}${where}`;
      out[`${key}P50Ms`] = Number(got.p50.toFixed(1));
      out[`${key}P95Ms`] = Number(got.p95.toFixed(1));
      out[`${key}ToFemale`] = Number((got.p50 / plain.p50).toFixed(2));
      log(
        `${key.padEnd(26)} p50 ${got.p50.toFixed(1)} ms  p95 ${got.p95.toFixed(1)} ms  (${got.total} members; 女职工 p50 ${plain.p50.toFixed(1)} ms)`,
      );
    }
  }
  return out;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const pg = engine === 'postgres' ? await startTempPostgres({ maxConnections: 50 }) : undefined;
await benchRun(pg, async (fail) => {
  const db = pg ? await openPostgres(pg.url) : await openPglite();
  await migrateAll(db);
  log(`generating ${members} members…`);
  const { t0, indexes } = await generate(db);
  for (const ix of indexes) await db.query(ix.def);
  await db.query(
    `insert into org_member_counts (org_id, active)
       select org_id, count(*) from memberships where status = 'active' group by org_id`,
  );
  const ids = createIdProtector(randomBytes(32));
  // Sampled members spread over the whole range; their ID numbers stored as the application stores them.
  const sample = Array.from({ length: queries }, (_, i) => 1 + Math.floor(((i + 0.5) * members) / queries));
  for (const g of sample) {
    await db.query('update persons set id_hash = $2 where id = $1', [g, ids.hash(idNumberOf(g))]);
  }
  await db.query('vacuum analyze persons');
  await db.query('vacuum analyze memberships');
  await db.query('vacuum analyze person_name_parts');
  await generateAccounts(db);
  const generateSeconds = Number(((Date.now() - t0) / 1000).toFixed(1));
  log(`generated and indexed in ${generateSeconds} s`);
  const { rows: check } = await db.query<{ m: string }>('select id_masked as m from persons where id = $1', [
    sample[0],
  ]);
  const expected = idNumberOf(sample[0]);
  if (check[0].m !== `${expected.slice(0, 6)}********${expected.slice(14)}`) {
    throw new Error(`generated ID number ${check[0].m} does not match ${expected}`);
  }

  const people = createPeopleService(db, ids, systemClock);
  const staff: Actor = {
    userId: 0,
    username: 'bench',
    displayName: 'bench',
    role: 'staff',
    orgId: 1,
    scopePath: '/1/',
    personId: null,
  };
  const kinds: Record<string, (g: number) => string> = {
    idNumber: idNumberOf,
    phone: phoneOf,
    idLastFour: (g) => idNumberOf(g).slice(14),
    fullName: nameOf,
    namePrefix: (g) => nameOf(g).slice(0, 2),
    surname: (g) => nameOf(g).slice(0, 1),
    givenName: (g) => nameOf(g).slice(1),
    givenChar: (g) => nameOf(g).slice(2),
    phoneLastFour: (g) => phoneOf(g).slice(-4),
    idLastSix: (g) => idNumberOf(g).slice(-6),
  };
  const result: Record<string, number> = {};
  for (const [kind, text] of Object.entries(kinds)) {
    for (const g of sample.slice(0, 20)) await people.listMembers(staff, { q: text(g) });
    const times: number[] = [];
    let matches = 0;
    let lowerBounds = 0;
    for (const g of sample) {
      const t = process.hrtime.bigint();
      const page = await people.listMembers(staff, { q: text(g) });
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      matches += page.total;
      if (page.totalIsLowerBound) lowerBounds++;
      if (!page.items.some((p) => p.id === g) && page.total <= 20) {
        fail();
        log(`${kind} ${text(g)} did not find member ${g}`);
      }
    }
    times.sort((a, b) => a - b);
    const p50 = Number(percentile(times, 50).toFixed(1));
    const p95 = Number(percentile(times, 95).toFixed(1));
    log(
      `${kind.padEnd(11)} p50 ${p50} ms  p95 ${p95} ms  (${Math.round(matches / sample.length)} matches counted on average` +
        `${lowerBounds ? `, ${lowerBounds} totals counted only to ${SEARCH_COUNT_AHEAD}` : ''})`,
    );
    result[`${kind}P50Ms`] = p50;
    result[`${kind}P95Ms`] = p95;
  }
  Object.assign(result, await accountStates(people, staff, fail));
  await db.close();
  const ratio = (kind: string) => Number((result[`${kind}P50Ms`] / result.namePrefixP50Ms).toFixed(2));
  console.log(
    JSON.stringify({
      bench: 'members',
      engine,
      members,
      queriesPerKind: queries,
      generateSeconds,
      ...result,
      givenNameToPrefix: ratio('givenName'),
      givenCharToPrefix: ratio('givenChar'),
      goalP95Ms: 50,
      loadAverage: Number(loadavg()[0].toFixed(1)),
    }),
  );
});
