/**
 * The two evaluators agree: for random rules (every op, field and comparison, nested up to depth 4) and
 * random people with random records in a real database, the persons the compiled SQL selects are exactly
 * those for whom evaluateRule says eligible — for persons, for per-subject evaluation, for union
 * applicants, and for the proposal query with its amounts — under a random evidence window and with
 * memberships that begin or end on either side of the evaluation day.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext } from '../../../../test/factories.ts';
import { createTestDb } from '../../../../test/test-db.ts';
import type { Db } from '../../../db/db.ts';
import type { OrgRow } from '../../org/index.ts';
import {
  type AmountRule,
  AWARD_LEVELS,
  amountSql,
  type Cmp,
  type Condition,
  compileRule,
  computeAmount,
  evaluateRule,
  type Facts,
  HARDSHIP_LEVELS,
  isInWindow,
  loadFacts,
  loadUnionFacts,
  MODEL_WORKER_LEVELS,
  membershipHolds,
  PATENT_TYPES,
  type PersonField,
  RECORD_FIELDS,
  type RecordKind,
  RULE_FROM,
  type Rule,
  selectEligibleSql,
  validateAmount,
  validateRule,
  type WindowRange,
} from './index.ts';

const OCCUPATIONS = ['电工', '焊工', '钳工'];
const RANKS = ['冠军', '一等奖', '二等奖', '优胜奖'];
const COMPETITIONS = ['职工技能大赛', '数控技能竞赛'];
const COURSES = ['计算机辅助设计(CAD)', '平面设计师', '三维设计师', '电子商务师-网站建设'];
/** The same courses as a rule may spell them: both evaluators compare them as the stored forms. */
const COURSE_SPELLINGS = [...COURSES, '计算机辅助设计（ＣＡＤ）', ' 平面设计师 ', '电子商务师—网站建设'];
const RESULTS = ['passed', 'failed', 'absent', null] as const;
const ORGANISERS = ['区总工会', '职业学校'];
const FEES = [0, 50000, 120000, 300000];
const KINDS: RecordKind[] = ['certificate', 'award', 'training', 'patent'];
const AS_OF = ['2020-02-29', '2021-02-28', '2021-03-01', '2020-12-31', '2022-06-15', '2019-01-01'];

// ---------- dates ----------
const addDays = (d: string, n: number) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};
const minusYears = (d: string, years: number) => {
  const [y, m, day] = d.split('-').map(Number);
  const last = new Date(Date.UTC(y - years, m, 0)).getUTCDate();
  return `${String(y - years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
};

// ---------- population ----------
interface PersonSpec {
  birth: { years: number; days: number } | { leap: string };
  female: boolean;
  frontLine: boolean;
  outdoor: boolean;
  newEmployment: boolean;
  modelWorker: string | null;
  hardship: { level: string; from: number | null; until: number | null } | null;
  org: number | null;
  /** The active membership's join and leave days, relative to the evaluation day. */
  joined: number;
  left: number | null;
  records: RecordSpec[];
}
interface RecordSpec {
  kind: RecordKind;
  year: number;
  day: number;
  grade: number;
  occupation: string;
  level: number;
  rank: string;
  competition: string;
  course: string;
  organiser: string;
  result: (typeof RESULTS)[number];
  fee: number;
  patentType: string;
  order: number;
}

const recordArb: fc.Arbitrary<RecordSpec> = fc.record({
  kind: fc.constantFrom(...KINDS),
  year: fc.integer({ min: 2017, max: 2023 }),
  day: fc.integer({ min: 0, max: 364 }),
  grade: fc.integer({ min: 1, max: 5 }),
  occupation: fc.constantFrom(...OCCUPATIONS),
  level: fc.integer({ min: 0, max: 4 }),
  rank: fc.constantFrom(...RANKS),
  competition: fc.constantFrom(...COMPETITIONS),
  course: fc.constantFrom(...COURSES),
  organiser: fc.constantFrom(...ORGANISERS),
  result: fc.constantFrom(...RESULTS),
  fee: fc.oneof(fc.constantFrom(...FEES), fc.integer({ min: 0, max: 500000 })),
  patentType: fc.constantFrom(...PATENT_TYPES),
  order: fc.integer({ min: 1, max: 4 }),
});

const offset = fc.option(fc.integer({ min: -3, max: 3 }), { nil: null });
const personArb: fc.Arbitrary<PersonSpec> = fc.record({
  birth: fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        years: fc.integer({ min: 16, max: 70 }),
        days: fc.integer({ min: -2, max: 2 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ leap: fc.constantFrom('2000-02-29', '1996-02-29', '1980-02-29') }) },
  ),
  female: fc.boolean(),
  frontLine: fc.boolean(),
  outdoor: fc.boolean(),
  newEmployment: fc.boolean(),
  modelWorker: fc.option(fc.constantFrom(...MODEL_WORKER_LEVELS), { nil: null }),
  hardship: fc.option(
    fc.record({ level: fc.constantFrom(...HARDSHIP_LEVELS), from: offset, until: offset }),
    { nil: null },
  ),
  org: fc.option(fc.integer({ min: 0, max: 14 }), { nil: null, freq: 6 }),
  joined: fc.oneof(
    { weight: 4, arbitrary: fc.constant(-4000) },
    { weight: 2, arbitrary: fc.integer({ min: -2, max: 2 }) },
  ),
  left: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null, freq: 6 }),
  records: fc.array(recordArb, { maxLength: 5 }),
});

/** An evidence window of whole years (or none), as resolveWindow makes them, sometimes of explicit days. */
const windowArb: fc.Arbitrary<WindowRange | null> = fc.option(
  fc.oneof(
    fc
      .tuple(fc.integer({ min: 2017, max: 2023 }), fc.integer({ min: 0, max: 2 }))
      .map(([y, n]) => ({ from: `${y - n}-01-01`, to: `${y}-12-31`, text: { zh: `${y}年度`, en: `${y}` } })),
    fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 500 })).map(([a, n]) => {
      const from = addDays('2017-01-01', a);
      const to = addDays(from, n);
      return { from, to, text: { zh: `${from}至${to}`, en: `${from} to ${to}` } };
    }),
  ),
  { nil: null, freq: 4 },
);

const populationArb = fc.record({
  asOf: fc.constantFrom(...AS_OF),
  window: windowArb,
  owner: fc.integer({ min: 0, max: 14 }),
  people: fc.array(personArb, { minLength: 15, maxLength: 35 }),
});

// ---------- rules ----------
const CMPS_BOOL: Cmp[] = ['eq', 'neq'];
const CMPS_ALL: Cmp[] = ['eq', 'neq', 'gte', 'lte', 'gt', 'lt', 'in'];
const CMPS_TEXT: Cmp[] = ['eq', 'neq', 'in'];

function comparison(cmps: Cmp[], value: fc.Arbitrary<string | number | boolean>) {
  return fc.constantFrom(...cmps).chain((cmp) =>
    (cmp === 'in' ? fc.uniqueArray(value, { minLength: 1, maxLength: 3 }) : value).map((v) => ({
      cmp,
      value: v,
    })),
  );
}

const personRuleArb: fc.Arbitrary<Rule> = fc
  .constantFrom<PersonField>(
    'isFrontLine',
    'isOutdoor',
    'isNewEmployment',
    'isFemale',
    'hardshipActive',
    'hardshipLevel',
    'modelWorkerLevel',
    'age',
  )
  .chain((field) => {
    const c =
      field === 'age'
        ? comparison(CMPS_ALL, fc.integer({ min: 0, max: 80 }))
        : field === 'hardshipLevel'
          ? comparison(CMPS_ALL, fc.constantFrom(...HARDSHIP_LEVELS))
          : field === 'modelWorkerLevel'
            ? comparison(CMPS_ALL, fc.constantFrom(...MODEL_WORKER_LEVELS))
            : comparison(CMPS_BOOL, fc.boolean());
    return c.map(({ cmp, value }) => ({ op: 'person' as const, field, cmp, value }) as Rule);
  });

const CONDITION_VALUES: Record<string, [Cmp[], fc.Arbitrary<string | number | boolean>]> = {
  grade: [CMPS_ALL, fc.integer({ min: 1, max: 5 })],
  occupation: [CMPS_TEXT, fc.constantFrom(...OCCUPATIONS, '车工')],
  year: [CMPS_ALL, fc.integer({ min: 2016, max: 2024 })],
  level: [CMPS_ALL, fc.constantFrom(...AWARD_LEVELS)],
  rank: [CMPS_TEXT, fc.constantFrom(...RANKS)],
  competition: [CMPS_TEXT, fc.constantFrom(...COMPETITIONS)],
  course: [CMPS_TEXT, fc.constantFrom(...COURSE_SPELLINGS)],
  result: [CMPS_TEXT, fc.constantFrom('passed', 'failed', 'absent')],
  organiser: [CMPS_TEXT, fc.constantFrom(...ORGANISERS)],
  feeFen: [CMPS_ALL, fc.oneof(fc.constantFrom(...FEES), fc.integer({ min: 0, max: 500000 }))],
  type: [CMPS_TEXT, fc.constantFrom(...PATENT_TYPES)],
  inventorOrder: [CMPS_ALL, fc.integer({ min: 1, max: 4 })],
};

const hasRecordArb: fc.Arbitrary<Rule> = fc.constantFrom(...KINDS).chain((kind) =>
  fc
    .array(
      fc.constantFrom(...(RECORD_FIELDS[kind] as readonly string[])).chain((field) => {
        const [cmps, value] = CONDITION_VALUES[field];
        return comparison(cmps, value).map(({ cmp, value: v }) => ({ field, cmp, value: v }) as Condition);
      }),
      { maxLength: 3 },
    )
    .map((where) => ({ op: 'has_record' as const, kind, where })),
);

const leafArb: fc.Arbitrary<Rule> = fc.oneof(
  { weight: 4, arbitrary: personRuleArb },
  { weight: 4, arbitrary: hasRecordArb },
  { weight: 1, arbitrary: fc.constant<Rule>({ op: 'member_of_owner_subtree' }) },
  {
    weight: 1,
    arbitrary: comparison(CMPS_ALL, fc.integer({ min: 1, max: 5 })).map(
      ({ cmp, value }) => ({ op: 'union_level', cmp, value }) as Rule,
    ),
  },
);

function ruleArb(depth: number): fc.Arbitrary<Rule> {
  if (depth <= 1) return leafArb;
  const sub = ruleArb(depth - 1);
  return fc.oneof(
    { weight: 3, arbitrary: leafArb },
    {
      weight: 2,
      arbitrary: fc.array(sub, { minLength: 1, maxLength: 3 }).map((rules) => ({ op: 'all', rules }) as Rule),
    },
    {
      weight: 2,
      arbitrary: fc.array(sub, { minLength: 1, maxLength: 3 }).map((rules) => ({ op: 'any', rules }) as Rule),
    },
    { weight: 1, arbitrary: sub.map((rule) => ({ op: 'not', rule }) as Rule) },
  );
}

const amountArb: fc.Arbitrary<AmountRule> = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map((fen) => ({ kind: 'fixed', fen }) as AmountRule),
  fc.constant<AmountRule>({ kind: 'none' }),
  fc.integer({ min: 1, max: 500_000 }).map((unitFen) => ({ kind: 'per_unit', unitFen }) as AmountRule),
  fc
    .record({
      percent: fc.integer({ min: 1, max: 100 }),
      cap: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
    })
    .map(
      ({ percent, cap }) =>
        ({ kind: 'fee_share', percent, ...(cap === undefined ? {} : { capFen: cap }) }) as AmountRule,
    ),
  fc
    .subarray([...AWARD_LEVELS], { minLength: 1 })
    .chain((keys) =>
      fc.tuple(...keys.map(() => fc.integer({ min: 0, max: 500_000 }))).map((fens) => ({ keys, fens })),
    )
    .map(
      ({ keys, fens }) =>
        ({
          kind: 'tier',
          by: 'award.level',
          tiers: keys.map((key, i) => ({ key, fen: fens[i] })),
        }) as AmountRule,
    ),
  fc
    .subarray(['1', '2', '3', '4', '5'], { minLength: 1 })
    .chain((keys) =>
      fc.tuple(...keys.map(() => fc.integer({ min: 0, max: 500_000 }))).map((fens) => ({ keys, fens })),
    )
    .map(
      ({ keys, fens }) =>
        ({
          kind: 'tier',
          by: 'certificate.grade',
          tiers: keys.map((key, i) => ({ key, fen: fens[i] })),
        }) as AmountRule,
    ),
  fc.subarray(RANKS, { minLength: 1 }).map(
    (keys) =>
      ({
        kind: 'tier',
        by: 'award.rank',
        tiers: keys.map((key, i) => ({ key, fen: (i + 1) * 10000 })),
      }) as AmountRule,
  ),
);

// ---------- database ----------
let db: Db;
let orgs: OrgRow[];

beforeAll(async () => {
  db = await createTestDb();
  const ctx = createTestContext(db);
  const root = await ctx.newRoot();
  orgs = [root];
  for (let d = 0; d < 2; d++) {
    const district = await ctx.newOrg(root, 'district');
    orgs.push(district);
    for (let s = 0; s < 2; s++) {
      const street = await ctx.newOrg(district, 'street');
      orgs.push(street);
      for (let g = 0; g < 2; g++) orgs.push(await ctx.newOrg(street, 'grassroots'));
    }
  }
  // 15 orgs: levels 1..4
});

afterAll(async () => {
  await db?.close();
});

let run = 0;
async function insertPopulation(asOf: string, people: PersonSpec[]): Promise<number[]> {
  run += 1;
  await db.query('delete from records');
  await db.query('delete from memberships');
  await db.query('delete from persons');
  const births = people.map((p) =>
    'leap' in p.birth ? p.birth.leap : addDays(minusYears(asOf, p.birth.years), p.birth.days),
  );
  const { rows } = await db.query<{ id: number }>(
    `insert into persons (name, id_hash, id_cipher, id_masked, birth_date, gender, is_front_line, is_outdoor,
       is_new_employment, model_worker_level, hardship_level, hardship_from, hardship_until)
     select 'p' || ord, 'h-${run}-' || ord, 'x', 'x', b, g, fl, od, ne, mw, hl, hf, hu
       from unnest($1::date[], $2::text[], $3::boolean[], $4::boolean[], $5::boolean[], $6::text[], $7::text[],
                   $8::date[], $9::date[]) with ordinality as t(b, g, fl, od, ne, mw, hl, hf, hu, ord)
      order by ord returning id`,
    [
      births,
      people.map((p) => (p.female ? 'female' : 'male')),
      people.map((p) => p.frontLine),
      people.map((p) => p.outdoor),
      people.map((p) => p.newEmployment),
      people.map((p) => p.modelWorker),
      people.map((p) => p.hardship?.level ?? null),
      people.map((p) => (p.hardship?.from == null ? null : addDays(asOf, p.hardship.from))),
      people.map((p) => (p.hardship?.until == null ? null : addDays(asOf, p.hardship.until))),
    ],
  );
  const ids = rows.map((r) => r.id);
  const members = people.flatMap((p, i) => (p.org === null ? [] : [{ id: ids[i], org: orgs[p.org].id, p }]));
  if (members.length) {
    await db.query(
      `insert into memberships (person_id, org_id, joined_on, left_on)
       select * from unnest($1::bigint[], $2::bigint[], $3::date[], $4::date[])`,
      [
        members.map((m) => m.id),
        members.map((m) => m.org),
        members.map((m) => addDays(asOf, m.p.joined)),
        members.map((m) => (m.p.left === null ? null : addDays(asOf, m.p.left))),
      ],
    );
  }
  // One former membership that must not count.
  if (ids.length) {
    await db.query(
      `insert into memberships (person_id, org_id, joined_on, left_on, status) values ($1, $2, '2000-01-01', '2005-01-01', 'left')`,
      [ids[0], orgs[1].id],
    );
  }
  const recs = people.flatMap((p, i) =>
    p.records.map((r, j) => {
      const date = addDays(`${r.year}-01-01`, Math.min(r.day, r.year % 4 === 0 ? 365 : 364));
      return {
        person_id: ids[i],
        kind: r.kind,
        occurred_on: date,
        subject_key: `${r.kind}:${run}:${i}:${j}`,
        grade: r.kind === 'certificate' ? r.grade : null,
        occupation: r.kind === 'certificate' ? r.occupation : null,
        number: r.kind === 'certificate' ? `C${run}-${i}-${j}` : null,
        level: r.kind === 'award' ? AWARD_LEVELS[r.level] : null,
        level_rank: r.kind === 'award' ? r.level : null,
        rank: r.kind === 'award' ? r.rank : null,
        competition: r.kind === 'award' ? r.competition : null,
        course: r.kind === 'training' ? r.course : null,
        organiser: r.kind === 'training' ? r.organiser : null,
        fee_fen: r.kind === 'training' ? r.fee : null,
        result: r.kind === 'training' ? r.result : null,
        patent_type: r.kind === 'patent' ? r.patentType : null,
        patent_no: r.kind === 'patent' ? `ZL${run}${i}${j}` : null,
        inventor_order: r.kind === 'patent' ? r.order : null,
      };
    }),
  );
  if (recs.length) {
    const col = (k: keyof (typeof recs)[number]) => recs.map((r) => r[k]);
    await db.query(
      `insert into records (person_id, kind, occurred_on, year, subject_key, grade, occupation, number, level,
         level_rank, rank, competition, course, organiser, fee_fen, patent_type, patent_no, inventor_order, title,
         result)
       select a, b, c, extract(year from c)::int, d, e, f, g, h, i, j, k, l, m, n, o, q, r, 'T', s
         from unnest($1::bigint[], $2::text[], $3::date[], $4::text[], $5::smallint[], $6::text[], $7::text[],
                     $8::text[], $9::smallint[], $10::text[], $11::text[], $12::text[], $13::text[], $14::bigint[],
                     $15::text[], $16::text[], $17::smallint[], $18::text[])
           as t(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, q, r, s)`,
      [
        col('person_id'),
        col('kind'),
        col('occurred_on'),
        col('subject_key'),
        col('grade'),
        col('occupation'),
        col('number'),
        col('level'),
        col('level_rank'),
        col('rank'),
        col('competition'),
        col('course'),
        col('organiser'),
        col('fee_fen'),
        col('patent_type'),
        col('patent_no'),
        col('inventor_order'),
        col('result'),
      ],
    );
  }
  return ids;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

let window: WindowRange | null = null;

async function sqlPersons(rule: Rule, ownerPath: string, asOf: string): Promise<number[]> {
  const c = compileRule(rule, { paramOffset: 0, ownerPath, asOf, window });
  const { rows } = await db.query<{ id: number }>(`select p.id from ${RULE_FROM} where ${c.where}`, c.params);
  return sorted(rows.map((r) => r.id));
}

async function sqlSubjects(rule: Rule, kind: RecordKind, ownerPath: string, asOf: string): Promise<number[]> {
  const c = compileRule(rule, { paramOffset: 1, ownerPath, asOf, subject: { alias: 'sr', kind }, window });
  const { rows } = await db.query<{ id: number }>(
    `select sr.id from records sr join (${RULE_FROM}) on p.id = sr.person_id where sr.kind = $1 and ${c.where}`,
    [kind, ...c.params],
  );
  return sorted(rows.map((r) => r.id));
}

describe('the SQL and TypeScript evaluators agree', () => {
  it('on random rules over random people and records', async () => {
    await fc.assert(
      fc.asyncProperty(
        populationArb,
        fc.array(ruleArb(4), { minLength: 25, maxLength: 25 }),
        fc.array(amountArb, { minLength: 6, maxLength: 6 }),
        async ({ asOf, window: w, owner, people }, rules, amounts) => {
          window = w;
          const ownerPath = orgs[owner].path;
          const ids = await insertPopulation(asOf, people);
          const facts = new Map<number, Facts>();
          for (const id of ids) facts.set(id, await loadFacts(db, { personId: id, ownerPath, asOf, window }));
          const unionFacts: Facts[] = [];
          for (const o of orgs) unionFacts.push(await loadUnionFacts(db, { orgId: o.id, ownerPath, asOf }));

          for (const rule of rules) {
            expect(validateRule(rule)).toEqual([]);
            // Persons.
            const expected = ids.filter((id) => evaluateRule(rule, facts.get(id) as Facts).eligible);
            expect(await sqlPersons(rule, ownerPath, asOf), JSON.stringify(rule)).toEqual(sorted(expected));
            // Per subject: each record of a kind as the application's subject.
            const kind = KINDS[run % KINDS.length];
            const expectedSubjects = [...facts.values()].flatMap((f) =>
              f.records
                .filter((r) => r.kind === kind)
                .filter((r) => evaluateRule(rule, { ...f, subjectRecordId: r.id }).eligible)
                .map((r) => r.id),
            );
            expect(await sqlSubjects(rule, kind, ownerPath, asOf), `${kind} ${JSON.stringify(rule)}`).toEqual(
              sorted(expectedSubjects),
            );
            // Union applicants.
            const c = compileRule(rule, { paramOffset: 0, ownerPath, asOf, applicant: 'union', window });
            const { rows } = await db.query<{ id: number }>(
              `select o.id from orgs o where ${c.where}`,
              c.params,
            );
            const unionIds = new Set(orgs.map((o) => o.id));
            expect(sorted(rows.map((r) => r.id).filter((id) => unionIds.has(id)))).toEqual(
              sorted(
                unionFacts.filter((f) => evaluateRule(rule, f).eligible).map((f) => f.org?.id as number),
              ),
            );
            // The union candidates of simulation: the unions of the owner's subtree for which the rule holds.
            const uq = selectEligibleSql(
              rule,
              { kind: 'fixed', fen: 100 },
              { ownerPath, asOf, window, applicant: 'union' },
            );
            const unionRows = await db.query<{ org_id: number }>(uq.sql, uq.params);
            expect(sorted(unionRows.rows.map((r) => r.org_id).filter((id) => unionIds.has(id)))).toEqual(
              sorted(
                unionFacts
                  .filter((f) => f.org?.path.startsWith(ownerPath) && evaluateRule(rule, f).eligible)
                  .map((f) => f.org?.id as number),
              ),
            );
          }

          for (const [i, amount] of amounts.entries()) {
            expect(validateAmount(amount)).toEqual([]);
            // Amount per record.
            const a = amountSql(amount, 'r');
            const { rows } = await db.query<{ id: number; fen: number }>(
              `select r.id, ${a.sql} as fen from records r order by r.id`,
              a.params,
            );
            const byId = new Map([...facts.values()].flatMap((f) => f.records).map((r) => [r.id, r]));
            for (const row of rows) {
              expect(row.fen).toBe(computeAmount(amount, { subject: byId.get(row.id) }));
            }
            // The proposal query: members in the owner's subtree, with amounts.
            const rule = rules[i];
            const q = selectEligibleSql(rule, amount, { ownerPath, asOf, window });
            const got = await db.query<{
              person_id: number;
              subject_record_id: number | null;
              amount_fen: number;
            }>(q.sql, q.params);
            const expected: { person: number; subject: number | null; fen: number }[] = [];
            for (const f of facts.values()) {
              if (!f.org?.path.startsWith(ownerPath) || !f.person) continue;
              if (!f.membership || !membershipHolds(f.membership, asOf)) continue;
              if (!q.subjectKind) {
                if (evaluateRule(rule, f).eligible)
                  expected.push({ person: f.person.id, subject: null, fen: computeAmount(amount) });
                continue;
              }
              const best = f.records
                .filter(
                  (r) =>
                    r.kind === q.subjectKind &&
                    isInWindow(r.occurredOn, window) &&
                    evaluateRule(rule, { ...f, subjectRecordId: r.id }).eligible,
                )
                .map((r) => ({
                  person: f.person?.id as number,
                  subject: r.id,
                  fen: computeAmount(amount, { subject: r }),
                }))
                .sort((x, y) => y.fen - x.fen || x.subject - y.subject)[0];
              if (best) expected.push(best);
            }
            const norm = (xs: { person: number; subject: number | null; fen: number }[]) =>
              [...xs].sort((x, y) => x.person - y.person);
            expect(
              norm(
                got.rows.map((r) => ({
                  person: r.person_id,
                  subject: r.subject_record_id,
                  fen: r.amount_fen,
                })),
              ),
            ).toEqual(norm(expected));
          }
        },
      ),
      { numRuns: Number(process.env.AGREE_RUNS ?? 12), endOnFailure: true },
    );
  }, 600_000);
});
