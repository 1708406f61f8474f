/**
 * Eligibility benchmark: proposes entitlements for a program over N members with about 2 records each,
 * on a throw-away PostgreSQL, three ways in the same run:
 *   (a) the engine: the rule compiled by selectEligibleSql (the query the proposal job and simulation run),
 *       here inside `select count(*), sum(amount_fen)`;
 *   (b) one hand-written set-based SQL statement computing the same count and sum;
 *   (c) person by person in TypeScript (loadFacts + evaluateRule + computeAmount) on a sample of members,
 *       extrapolated to all of them.
 * (a) and (b) must give the same count and sum, and (c) must agree with (a) on the sample.
 * Then (d) re-deciding one person after one new record: a clerk adds a certificate for a member, and the
 * worker's phone asks again; the decision (the person's facts loaded by person id, every subject record
 * evaluated, amounts computed) is timed after the insert's commit, and apart the insert and decision
 * together, over many members, p50/p95.
 * Goals: engine / hand SQL ≤ 1.5; engine ≥ 100× faster than person by person; (d) p95 ≤ 20 ms. The last line is one JSON
 * object. Usage: npm run bench:eligibility [-- --members N --sample S --repeat R --redecide D --rule certificate|patent]
 *
 * Rules: `certificate` (default), seed 000's certificate subsidy over the whole federation: a member of the
 * owner's subtree holding a certificate of level 3 or above issued in 2020, paid per certificate by level;
 * `patent`, seed 002's invention-patent subsidy: ¥3,000 per invention patent whose first inventor is a
 * front-line worker, one payment per patent.
 */
import { loadavg } from 'node:os';
import { startTempPostgres } from '../../../scripts/pg-temp.mjs';
import { type Db, openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { FEDERATION_PRESETS } from '../src/modules/programs/presets/federation.ts';
import { certificateGradeTiers, certificateRule } from '../src/modules/programs/programs.test-kit.ts';
import {
  type AmountRule,
  computeAmount,
  evaluateRule,
  loadFacts,
  type Rule,
  selectEligibleSql,
} from '../src/modules/programs/rules/index.ts';
import { intArg } from './args.ts';
import { generateBenchData } from './eligibility.data.ts';

const members = intArg('members', 1_000_000);
const sampleSize = Math.min(intArg('sample', 2000), members);
const repeat = intArg('repeat', 5);
const redecideCount = intArg('redecide', 500);
const GOAL_REDECIDE_P95_MS = 20;
const log = (msg: string) => console.error(msg);

const AS_OF = '2020-12-31';

const ruleName = (() => {
  const i = process.argv.indexOf('--rule');
  const v = i > 0 ? process.argv[i + 1] : 'certificate';
  if (v !== 'certificate' && v !== 'patent') throw new Error('--rule must be certificate or patent');
  return v;
})();

/** Seed 002's invention-patent subsidy as the demo loads it: its rule and amount are what the `patent` case runs. */
const inventionPatent = (() => {
  const preset = FEDERATION_PRESETS.find((p) => p.key === 'bjft-invention-patent');
  if (!preset) throw new Error('seed 002 has no invention-patent subsidy (bjft-invention-patent)');
  return preset.input;
})();

interface Case {
  rule: Rule;
  amount: AmountRule;
  subjectKind: 'certificate' | 'patent';
  onePerSubject: boolean;
  handSql: string;
}

const CASES: Record<'certificate' | 'patent', Case> = {
  certificate: {
    rule: certificateRule(),
    amount: certificateGradeTiers,
    subjectKind: 'certificate',
    onePerSubject: false,
    handSql: `select count(*) as n,
       coalesce(sum(case r.grade when 1 then 300000 when 2 then 200000 when 3 then 100000 else 0 end), 0) as fen
  from records r
  join memberships m on m.person_id = r.person_id and m.status = 'active'
  join orgs o on o.id = m.org_id
 where r.kind = 'certificate' and r.year = 2020 and r.grade <= 3 and o.path like '/1/%'`,
  },
  patent: {
    rule: inventionPatent.rule,
    amount: inventionPatent.amount,
    subjectKind: 'patent',
    onePerSubject: true,
    handSql: `select count(*) as n, coalesce(sum(300000), 0) as fen from (
    select distinct on (r.subject_key) r.id
      from records r
      join persons p on p.id = r.person_id
      join memberships m on m.person_id = r.person_id and m.status = 'active'
      join orgs o on o.id = m.org_id
     where r.kind = 'patent' and r.patent_type = 'invention' and r.inventor_order = 1 and p.is_front_line
       and o.path like '/1/%'
     order by r.subject_key, r.inventor_order) t`,
  },
};
const { rule, amount, subjectKind, onePerSubject, handSql } = CASES[ruleName];

async function timeIt<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = process.hrtime.bigint();
  const value = await fn();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/** One person's decision as the worker view makes it: their facts by id, each subject record evaluated. */
async function decideOne(db: Db, personId: number, ownerPath: string) {
  const facts = await loadFacts(db, { personId, ownerPath, asOf: AS_OF });
  let n = 0;
  let fen = 0;
  for (const r of facts.records) {
    if (r.kind !== subjectKind) continue;
    if (evaluateRule(rule, { ...facts, subjectRecordId: r.id }).eligible) {
      n += 1;
      fen += computeAmount(amount, { subject: r });
    }
  }
  return { n, fen };
}

/**
 * (d) A new record for one member (a certificate of grade 1 in 2020, or a patent as first inventor), then
 * that member's decision again; members spread over the whole table. Each new record must be counted.
 */
async function redecideAfterNewRecord(db: Db, ownerPath: string, count: number) {
  const step = Math.max(1, Math.floor(members / count));
  const decide: number[] = [];
  const withInsert: number[] = [];
  for (let i = 0; i < count; i++) {
    const personId = 1 + ((i * step + 7) % members);
    const before = await decideOne(db, personId, ownerPath);
    const t = process.hrtime.bigint();
    await db.query(
      subjectKind === 'certificate'
        ? `insert into records (person_id, kind, occurred_on, year, subject_key, grade, occupation, issuer, number, source)
           values ($1::bigint, 'certificate', date '2020-06-01', 2020, 'certificate:new:' || $1::text, 1, '电工', '人社局', 'N' || $1::text, 'staff')`
        : `insert into records (person_id, kind, occurred_on, year, subject_key, patent_type, patent_no, inventor_order, title, source)
           values ($1::bigint, 'patent', date '2020-06-01', 2020, 'patent:new:' || $1::text, 'invention', 'ZLN' || $1::text, 1, '新专利', 'staff')`,
      [personId],
    );
    const committed = process.hrtime.bigint();
    const after = await decideOne(db, personId, ownerPath);
    const end = process.hrtime.bigint();
    decide.push(Number(end - committed) / 1e6);
    withInsert.push(Number(end - t) / 1e6);
    const frontLine = subjectKind === 'certificate' || personId % 3 === 0;
    if (frontLine && after.n !== before.n + 1) {
      throw new Error(`person ${personId}: the new record was not counted (${before.n} → ${after.n})`);
    }
  }
  return { decide, withInsert };
}

const pg = await startTempPostgres();
let failed = false;
try {
  const db = await openPostgres(pg.url, 4);
  await migrateAll(db);
  const { ownerPath, records } = await generateBenchData(db, members, log);

  // (a) The engine.
  const engine = selectEligibleSql(rule, amount, { ownerPath, asOf: AS_OF, subjectKind, onePerSubject });
  const engineSql = `select count(*) as n, coalesce(sum(amount_fen), 0) as fen from (${engine.sql}) e`;
  // (b) The same by hand: CASES[ruleName].handSql.
  type Totals = { n: number; fen: number };
  const runEngine = async () => (await db.query<Totals>(engineSql, engine.params)).rows[0];
  const runHand = async () => (await db.query<Totals>(handSql)).rows[0];
  await runEngine();
  await runHand();
  const engineMs: number[] = [];
  const handMs: number[] = [];
  let a: Totals | undefined;
  let b: Totals | undefined;
  for (let i = 0; i < repeat; i++) {
    const e = await timeIt(runEngine);
    const h = await timeIt(runHand);
    engineMs.push(e.ms);
    handMs.push(h.ms);
    a = e.value;
    b = h.value;
  }
  if (!a || !b || a.n !== b.n || a.fen !== b.fen) {
    failed = true;
    log(`MISMATCH engine ${JSON.stringify(a)} vs hand-written ${JSON.stringify(b)}`);
  }
  const plan = await db.query<{ 'QUERY PLAN': string }>(`explain ${engineSql}`, engine.params);
  log(`engine plan:\n  ${plan.rows.map((r) => r['QUERY PLAN']).join('\n  ')}`);

  // (c) Person by person on an evenly spread sample, extrapolated.
  const step = Math.max(1, Math.floor(members / sampleSize));
  const sample = Array.from({ length: sampleSize }, (_, i) => 1 + i * step);
  let tsCount = 0;
  let tsFen = 0;
  const perPerson = await timeIt(async () => {
    for (const personId of sample) {
      const facts = await loadFacts(db, { personId, ownerPath, asOf: AS_OF });
      for (const r of facts.records) {
        if (r.kind !== subjectKind) continue;
        const d = evaluateRule(rule, { ...facts, subjectRecordId: r.id });
        if (d.eligible) {
          tsCount += 1;
          tsFen += computeAmount(amount, { subject: r });
        }
      }
    }
  });
  const onSample = (
    await db.query<Totals>(
      `select count(*) as n, coalesce(sum(amount_fen), 0) as fen from (${engine.sql}) e
        where e.person_id = any($${engine.params.length + 1}::bigint[])`,
      [...engine.params, sample],
    )
  ).rows[0];
  if (onSample.n !== tsCount || onSample.fen !== tsFen) {
    failed = true;
    log(
      `MISMATCH on the sample: engine ${JSON.stringify(onSample)} vs TypeScript ${JSON.stringify({ n: tsCount, fen: tsFen })}`,
    );
  }

  // (d) After the set-based runs, so that the new records do not change what they count.
  const redecide = await redecideAfterNewRecord(db, ownerPath, redecideCount);
  const redecideP50 = percentile(redecide.decide, 50);
  const redecideP95 = percentile(redecide.decide, 95);
  const withInsertP95 = percentile(redecide.withInsert, 95);
  log(
    `re-deciding one person after one new record: p50 ${redecideP50.toFixed(2)} ms, p95 ${redecideP95.toFixed(2)} ms over ${redecideCount} members (facts + decision); with the insert p95 ${withInsertP95.toFixed(2)} ms`,
  );

  const engineMedian = median(engineMs);
  const handMedian = median(handMs);
  const perPersonMsExtrapolated = (perPerson.ms / sampleSize) * members;
  log(
    `eligible ${subjectKind} subjects: ${a?.n}, total ${((a?.fen ?? 0) / 100).toFixed(2)} yuan (engine and hand-written SQL agree: ${!failed})`,
  );
  log(
    `engine (compiled rule, set-based): median ${engineMedian.toFixed(1)} ms of ${engineMs.map((x) => x.toFixed(0)).join(', ')}`,
  );
  log(
    `hand-written SQL:                   median ${handMedian.toFixed(1)} ms of ${handMs.map((x) => x.toFixed(0)).join(', ')}`,
  );
  log(
    `person by person in TypeScript:     ${perPerson.ms.toFixed(0)} ms for a sample of ${sampleSize} members, ` +
      `extrapolated to ${members}: ${(perPersonMsExtrapolated / 1000).toFixed(1)} s (${tsCount} eligible in the sample, as the engine says)`,
  );
  const result = {
    bench: 'eligibility',
    rule: ruleName,
    members,
    records,
    eligible: a?.n ?? 0,
    costFen: a?.fen ?? 0,
    engineMs: Math.round(engineMedian * 10) / 10,
    handSqlMs: Math.round(handMedian * 10) / 10,
    ratioToHandSql: Math.round((engineMedian / handMedian) * 100) / 100,
    perPersonSample: sampleSize,
    perPersonMsExtrapolated: Math.round(perPersonMsExtrapolated),
    speedupVsPerPerson: Math.round(perPersonMsExtrapolated / engineMedian),
    redecideCount,
    redecideP50Ms: Math.round(redecideP50 * 100) / 100,
    redecideP95Ms: Math.round(redecideP95 * 100) / 100,
    insertAndRedecideP95Ms: Math.round(withInsertP95 * 100) / 100,
    goalRedecideP95Ms: GOAL_REDECIDE_P95_MS,
    loadAverage: Math.round(loadavg()[0] * 10) / 10,
    agree: !failed,
  };
  console.log(JSON.stringify(result));
  await db.close();
} finally {
  await pg.stop();
}
if (failed) process.exit(1);
