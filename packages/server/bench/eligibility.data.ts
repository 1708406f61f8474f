/**
 * The eligibility benchmark's data: an org tree of 1,111 unions, N members with memberships and about two
 * records each (certificates, awards, trainings, patents), bulk-loaded with the secondary indexes rebuilt
 * afterwards. Deterministic: the same N gives the same rows.
 */
import type { Db } from '../src/db/db.ts';
import { insertDistricts, insertFederation, withoutIndexes } from './federation.fixture.ts';

const DISTRICTS = 10;
const STREETS = 10;
const GRASSROOTS = 10;

/**
 * The org tree of 1,111 unions (federation → 10 districts → 10 streets each → 10 grassroots each), shared with
 * bench:members. A union's id encodes its place: district d is 1 + d; street s of d, 100 + (d-1)*10 + s; grassroots
 * g of that street, 1000 + ((d-1)*10 + s-1)*10 + g.
 */
export async function generateUnionTree(db: Db) {
  await insertFederation(db);
  await insertDistricts(db, DISTRICTS, '区总工会');
  await db.query(
    `insert into orgs (id, parent_id, path, level, kind, name) overriding system value
     select 100 + (d - 1) * $2 + s, 1 + d, '/1/' || (1 + d) || '/' || (100 + (d - 1) * $2 + s) || '/', 3, 'street',
            '街道工会' || d || '-' || s
       from generate_series(1, $1) d, generate_series(1, $2) s`,
    [DISTRICTS, STREETS],
  );
  await db.query(
    `insert into orgs (id, parent_id, path, level, kind, name) overriding system value
     select 1000 + ((d - 1) * $2 + s - 1) * $3 + g, 100 + (d - 1) * $2 + s,
            '/1/' || (1 + d) || '/' || (100 + (d - 1) * $2 + s) || '/' || (1000 + ((d - 1) * $2 + s - 1) * $3 + g) || '/',
            4, 'grassroots', '基层工会' || d || '-' || s || '-' || g
       from generate_series(1, $1) d, generate_series(1, $2) s, generate_series(1, $3) g`,
    [DISTRICTS, STREETS, GRASSROOTS],
  );
}

/** The org tree (federation → 10 districts → 10 streets each → 10 grassroots each), members, records. */
export async function generateBenchData(
  db: Db,
  members: number,
  log: (msg: string) => void,
): Promise<{ ownerPath: string; records: number }> {
  const t0 = Date.now();
  await generateUnionTree(db);
  const unions = DISTRICTS * STREETS * GRASSROOTS;
  // Bulk load as a DBA would: secondary indexes dropped and rebuilt afterwards with their migration definitions
  // (`withoutIndexes`), and triggers off while the (consistent) generated rows go in, so the rows carry their
  // federation (1) themselves.
  const load = async (text: string, params: unknown[]) =>
    db.tx(async (sql) => {
      await sql.query(`set local session_replication_role = replica`);
      await sql.query(text, params);
    });
  // Two records per member on average, spread unevenly (some members have none, some several).
  const records = members * 2;
  await withoutIndexes(db, ['persons', 'memberships', 'records'], async () => {
    await load(
      `insert into persons (id, name, id_hash, id_cipher, id_masked, birth_date, gender, is_front_line, is_outdoor,
         is_new_employment, hardship_level, federation_id) overriding system value
       select g, '职工' || g, 'h' || g, 'v1.bench', '110***********' || lpad((g % 10000)::text, 4, '0'),
              date '1960-01-01' + (g::bigint * 7919 % 16000)::int, case when g % 2 = 0 then 'female' else 'male' end,
              g % 3 = 0, g % 7 = 0, g % 11 = 0, case when g % 50 = 0 then 'general' end, 1
         from generate_series(1, $1) g`,
      [members],
    );
    await load(
      `insert into memberships (person_id, org_id, joined_on, federation_id)
       select g, 1001 + (g * 7 % $2), date '2015-01-01', 1 from generate_series(1, $1) g`,
      [members, unions],
    );
    await load(
      `insert into records (person_id, kind, occurred_on, year, subject_key, grade, occupation, issuer, number, level,
         level_rank, rank, competition, course, organiser, fee_fen, patent_type, patent_no, inventor_order, title,
         source, federation_id)
       select person_id, kind, occurred_on, extract(year from occurred_on)::int, kind || ':' || r,
              case when kind = 'certificate' then 1 + (r * 13 % 5) end,
              case when kind = 'certificate' then (array['电工', '焊工', '钳工', '车工'])[1 + r % 4] end,
              case when kind = 'certificate' then '人社局' end,
              case when kind = 'certificate' then 'C' || r end,
              case when kind = 'award' then (array['enterprise', 'district', 'city', 'national', 'international'])[1 + r * 17 % 5] end,
              case when kind = 'award' then (r * 17 % 5) end,
              case when kind = 'award' then (array['冠军', '一等奖', '二等奖', '三等奖', '优胜奖'])[1 + r % 5] end,
              case when kind = 'award' then '职工技能大赛' end,
              case when kind = 'training' then (array['CAD', '平面设计师', '三维设计师', '电子商务师'])[1 + r % 4] end,
              case when kind = 'training' then '区总工会' end,
              case when kind = 'training' then 50000 + (r % 20) * 10000 end,
              case when kind = 'patent' then (array['invention', 'utility_model', 'design'])[1 + r % 3] end,
              case when kind = 'patent' then 'ZL' || r end,
              case when kind = 'patent' then 1 + r % 3 end,
              case when kind = 'patent' then '专利' || r end,
              'import', 1
         from (select r, 1 + (r * 2654435761 % 4294967291) % $1 as person_id,
                      (array['certificate', 'award', 'training', 'patent'])[1 + (r * 31 % 4)] as kind,
                      date '2018-01-01' + (r * 101 % 1826)::int as occurred_on
                 from generate_series(1, $2::bigint) r) t`,
      [members, records],
    );
  });
  log(
    `generated ${members} members, ${records} records, ${unions + 111} unions in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  return { ownerPath: '/1/', records };
}
