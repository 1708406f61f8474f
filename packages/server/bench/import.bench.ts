/**
 * Import benchmark: a deterministic member sheet (.xlsx, valid rows spread over the demo unions) imported
 * through the member import service on a throw-away PostgreSQL, from the uploaded bytes to the committed
 * merge. Goal: 100,000 rows in ≤ 30 s. Usage: npm run bench:import [-- --rows N]
 * Progress and phase times go to stderr; the last line on stdout is one JSON object.
 */
import { randomBytes } from 'node:crypto';
import { startTempPostgres } from '../../../scripts/pg-temp.mjs';
import { resolveActor } from '../src/cli/context.ts';
import { createProgressLine } from '../src/cli/progress.ts';
import { openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { createRandom, randomIdNumber, randomName, randomPhone } from '../src/demo/random.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { TEMPLATE_COLUMNS } from '../src/modules/people/index.ts';
import { createServices } from '../src/services.ts';
import { writeXlsxFast } from '../src/shared/xlsx-writer.ts';

const GOAL_SECONDS = 30;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} must be a positive integer`);
  return v;
};
const rows = arg('rows', 100_000);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Valid rows over the unions that hold members, every column of the template filled the way clerks do. */
function generateSheet(unions: { name: string; region: string }[], count: number): Buffer {
  const r = createRandom(20240601);
  const seen = new Set<string>();
  const body: string[][] = [];
  const yesNo = (p: number) => (r.chance(p) ? '是' : '否');
  for (let i = 0; body.length < count; i++) {
    const union = unions[i % unions.length];
    const idNumber = randomIdNumber(r, union.region, i);
    if (seen.has(idNumber)) continue;
    seen.add(idNumber);
    const hardship = r.chance(0.03) ? r.pick(['相对困难', '一般困难', '深度困难']) : '';
    const byKey: Record<string, string> = {
      name: randomName(r),
      idNumber,
      phone: r.chance(0.9) ? randomPhone(r) : '',
      union: union.name,
      joinedOn: `20${String(r.int(10, 23))}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
      employer: union.name.replace(/工会$/, ''),
      frontLine: yesNo(0.55),
      outdoor: yesNo(0.15),
      newEmployment: yesNo(0.06),
      modelWorker: r.chance(0.01) ? r.pick(['全国', '市级', '区级']) : '',
      hardship,
      hardshipFrom: hardship ? '2024-01-01' : '',
      hardshipUntil: hardship ? '2026-12-31' : '',
    };
    body.push(TEMPLATE_COLUMNS.map((c) => byKey[c.key]));
  }
  return writeXlsxFast([{ name: '会员信息', headers: TEMPLATE_COLUMNS.map((c) => c.zh), rows: body }]);
}

const pg = await startTempPostgres({ log });
try {
  const db = await openPostgres(pg.url);
  await migrateAll(db);
  const services = createServices(db, { sessionTtlHours: 12, production: false }, randomBytes(32));
  await seedDemo(db, services);
  const { rows: unions } = await db.query<{ name: string }>(
    `select name from orgs where kind in ('grassroots', 'branch') and status = 'active'
      group by name having count(*) = 1 order by min(id)`,
  );
  const regions = [
    '110113',
    '110114',
    '110112',
    '110117',
    '110116',
    '110102',
    '110109',
    '110111',
    '110106',
    '110108',
  ];
  const holders = unions.map((u, i) => ({ name: u.name, region: regions[i % regions.length] }));

  let t = Date.now();
  const buffer = generateSheet(holders, rows);
  log(
    `generated ${rows.toLocaleString('en-US')} rows over ${holders.length} unions: ${(buffer.length / 1e6).toFixed(1)} MB in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );

  const before = (await db.query<{ n: number }>('select count(*) as n from persons')).rows[0].n;
  const actor = await resolveActor(db, 'admin');
  const progress = createProgressLine(process.stderr);
  const phaseStart = new Map<string, { at: number; cpu: number }>();
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  t = Date.now();
  const { done } = await services.memberImport.start(
    actor,
    { fileName: 'bench.xlsx', buffer, mode: 'all_or_nothing' },
    {
      onProgress: (p) => {
        if (!phaseStart.has(p.phase)) phaseStart.set(p.phase, { at: Date.now(), cpu: cpuMs() });
        progress.update(p);
      },
    },
  );
  const job = await done;
  const seconds = (Date.now() - t) / 1000;
  progress.end();
  const phases = [...phaseStart.entries(), ['end', { at: Date.now(), cpu: cpuMs() }] as const];
  const timing = phases.slice(0, -1).map(([phase, { at, cpu }], i) => {
    const next = phases[i + 1][1];
    return `${phase} ${((next.at - at) / 1000).toFixed(1)} s (cpu here ${((next.cpu - cpu) / 1000).toFixed(1)} s)`;
  });
  log(`phases: ${timing.join(', ')}`);

  const after = (await db.query<{ n: number }>('select count(*) as n from persons')).rows[0].n;
  if (job.status !== 'succeeded' || job.result?.imported !== rows) {
    throw new Error(
      `import did not succeed: ${JSON.stringify({ status: job.status, result: job.result, error: job.error })}`,
    );
  }
  log(
    `imported ${job.result.imported} rows: ${job.result.created} created, ${job.result.updated} updated, ${job.result.transferred} transferred; persons ${before} → ${after}`,
  );
  await db.close();
  console.log(
    JSON.stringify({
      bench: 'import',
      rows,
      seconds: Number(seconds.toFixed(2)),
      rowsPerSecond: Math.round(rows / seconds),
      goalSeconds: GOAL_SECONDS,
    }),
  );
} finally {
  await pg.stop();
}
