/**
 * History benchmark (issue 23): a union's past brought in through the register imports on a throw-away PostgreSQL
 * with the demo data — a requests register (each request with its acceptance, answer and closing days) and a
 * studios register (each studio with two levels) — from the uploaded bytes to the committed transaction, while the
 * process's resident memory is sampled. Each register is also checked (预检) alone: the baseline of the same run,
 * reading and checking the same rows without writing them. Goal: ≥ 5,000 rows/s for each register, RSS growth
 * ≤ 200 MB.
 * Usage: npm run bench:history [-- --cases N --studios N]   (defaults 20,000 requests, 5,000 studios)
 * Progress goes to stderr; the last line on stdout is one JSON object.
 */
import { randomBytes } from 'node:crypto';
import { startTempPostgres } from '../../../scripts/pg-temp.mjs';
import { resolveActor } from '../src/cli/context.ts';
import { openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { createServices } from '../src/services.ts';
import { writeWorkbook } from '../src/shared/spreadsheet.ts';

const GOAL_ROWS_PER_SECOND = 5_000;
const GOAL_RSS_GROWTH_MB = 200;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} must be a positive integer`);
  return v;
};
const caseRows = arg('cases', 20_000);
const studioCount = arg('studios', 5_000);
const log = (line: string) => process.stderr.write(`${line}\n`);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const day = (i: number, offset = 0) => {
  const d = new Date(Date.UTC(2019, 0, 1) + (((i * 7) % 1800) + offset) * 86_400_000);
  return d.toISOString().slice(0, 10);
};

const pg = await startTempPostgres({ log });
try {
  const db = await openPostgres(pg.url);
  await migrateAll(db);
  const services = createServices(db, { sessionTtlHours: 12, production: false }, randomBytes(32));
  await seedDemo(db, services, { members: 300 });
  const { rows: unions } = await db.query<{ name: string }>(
    `select name from orgs where kind = 'grassroots' and status = 'active' group by name having count(*) = 1 order by min(id) limit 200`,
  );
  const actor = await resolveActor(db, 'admin');

  const casesFile = writeWorkbook([
    {
      name: '诉求台账',
      headers: [
        '收到日期',
        '收到时间',
        '渠道',
        '类别',
        '诉求内容',
        '所在工会',
        '受理日期',
        '答复日期',
        '答复内容',
        '办结日期',
      ],
      rows: Array.from({ length: caseRows }, (_, i) => [
        day(i),
        i % 3 ? '10:00' : '18:30',
        ['接待日', '职工维权热线', '恳谈会'][i % 3],
        ['工资报酬', '劳动合同', '社会保险', '其他'][i % 4],
        `台账诉求第${i + 1}件`,
        unions[i % unions.length].name,
        day(i, 1),
        i % 5 ? day(i, 6) : '',
        i % 5 ? '已答复' : '',
        i % 5 > 1 ? day(i, 9) : '',
      ]),
    },
  ]);
  const studiosFile = writeWorkbook([
    {
      name: '工作室',
      headers: ['工作室名称', '所在工会', '认定级别', '认定日期', '认定单位', '认定助推'],
      rows: Array.from({ length: studioCount }, (_, i) => [
        [`台账工作室${i + 1}`, unions[i % unions.length].name, '区级', day(i), '区总工会', ''],
        [
          `台账工作室${i + 1}`,
          unions[i % unions.length].name,
          '市级',
          day(i, 400),
          '北京市总工会',
          '平台外已发放',
        ],
      ]).flat(),
    },
  ]);

  const measure = async <R>(name: string, rows: number, run: () => Promise<R>) => {
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => {
      rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    }, 50);
    const t = Date.now();
    const result = await run();
    const seconds = (Date.now() - t) / 1000;
    clearInterval(sampler);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    const out = {
      rows,
      seconds: Number(seconds.toFixed(2)),
      rowsPerSecond: Math.round(rows / seconds),
      rssGrowthMb: mb(rssPeak - rssBefore),
    };
    log(
      `${name}: ${rows.toLocaleString('en-US')} rows in ${out.seconds} s (${out.rowsPerSecond}/s), RSS +${out.rssGrowthMb} MB`,
    );
    return { ...out, result };
  };

  const casesCheck = await measure('requests, check only', caseRows, () =>
    services.cases.register.importFile(actor, { file: casesFile, fileName: 'cases.xlsx', dryRun: true }),
  );
  const cases = await measure('requests, imported', caseRows, () =>
    services.cases.register.importFile(actor, { file: casesFile, fileName: 'cases.xlsx', dryRun: false }),
  );
  if (cases.result.created !== caseRows) throw new Error(`requests imported: ${cases.result.created}`);
  const studiosCheck = await measure('studios, check only', studioCount * 2, () =>
    services.innovation.studiosRegister.importFile(actor, {
      file: studiosFile,
      fileName: 's.xlsx',
      dryRun: true,
    }),
  );
  const studios = await measure('studios, imported', studioCount * 2, () =>
    services.innovation.studiosRegister.importFile(actor, {
      file: studiosFile,
      fileName: 's.xlsx',
      dryRun: false,
    }),
  );
  if (studios.result.studios !== studioCount) throw new Error(`studios imported: ${studios.result.studios}`);
  await db.close();
  const strip = ({
    result: _,
    ...m
  }: {
    result: unknown;
    rows: number;
    seconds: number;
    rowsPerSecond: number;
    rssGrowthMb: number;
  }) => m;
  console.log(
    JSON.stringify({
      bench: 'history',
      cases: {
        ...strip(cases),
        checkOnly: strip(casesCheck),
        importToCheckRatio: Number((cases.seconds / casesCheck.seconds).toFixed(1)),
      },
      studios: {
        ...strip(studios),
        checkOnly: strip(studiosCheck),
        importToCheckRatio: Number((studios.seconds / studiosCheck.seconds).toFixed(1)),
      },
      goals: { rowsPerSecond: GOAL_ROWS_PER_SECOND, rssGrowthMb: GOAL_RSS_GROWTH_MB },
      met: {
        cases: cases.rowsPerSecond >= GOAL_ROWS_PER_SECOND && cases.rssGrowthMb <= GOAL_RSS_GROWTH_MB,
        studios: studios.rowsPerSecond >= GOAL_ROWS_PER_SECOND && studios.rssGrowthMb <= GOAL_RSS_GROWTH_MB,
      },
    }),
  );
} finally {
  await pg.stop();
}
