/**
 * History benchmark (issue 23): a union's past brought in through the register imports on a throw-away PostgreSQL
 * with the demo data — a requests register (each request with its acceptance, answer and closing days), a
 * studios register (each studio with two levels) and an achievements register (each row an achievement with its
 * team by name; half with a patent, a third with a conversion, a quarter published) — from the uploaded bytes to
 * the committed transaction, while the process's resident memory is sampled. Each register is also checked (预检)
 * alone: the baseline of the same run, reading and checking the same rows without writing them. A counselling
 * sessions register (counts per union, kind and month) too. Goal (issue 42): ≥ 10,000 rows/s for each register,
 * RSS growth ≤ 200 MB.
 * Usage: npm run bench:history [-- --cases N --studios N --achievements N --counselling N]   (defaults 20,000
 * requests, 5,000 studios, 100,000 achievements, 20,000 counselling lines; 0 leaves a register out)
 * Progress goes to stderr; the last line on stdout is one JSON object.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { startTempPostgres } from '../../../scripts/pg-temp.mjs';
import { resolveActor } from '../src/cli/context.ts';
import { openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { createServices } from '../src/services.ts';
import { writeWorkbook } from '../src/shared/xlsx-writer.ts';

const GOAL_ROWS_PER_SECOND = 10_000;
const GOAL_RSS_GROWTH_MB = 200;
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} must be a whole number`);
  return v;
};
const caseRows = arg('cases', 20_000);
const studioCount = arg('studios', 5_000);
const achievementRows = arg('achievements', 100_000);
const counsellingRows = arg('counselling', 20_000);
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
  await seedDemo(db, services, { members: 300, now: new Date() });
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

  // Each union with members whose names are unique within it: a team is named as clerks name it.
  const { rows: teams } = await db.query<{ union: string; names: string[] }>(
    `with u as (
       select id, name, path from orgs
        where kind = 'grassroots' and status = 'active'
          and name in (select name from orgs group by name having count(*) = 1)),
     named as (
       select u.name as "union", p.name, count(*) over (partition by u.id, p.name) as same
         from u join orgs o on o.path like u.path || '%'
         join memberships m on m.org_id = o.id and m.status = 'active' join persons p on p.id = m.person_id)
     select "union", (array_agg(distinct name))[1:3] as names from named where same = 1
      group by "union" order by "union" limit 200`,
  );
  const patentTypes = ['发明', '实用新型', '外观设计'] as const;
  const achievementTypes = { 发明: '发明专利', 实用新型: '实用新型', 外观设计: '技术革新' } as const;
  const achievementsFile = writeWorkbook([
    {
      name: '创新成果',
      headers: [
        '成果名称',
        '所在工会',
        '成果类型',
        '完成年度',
        '成果简介',
        '团队成员',
        '专利号',
        '专利类型',
        '授权日期',
        '转化日期',
        '转化金额',
        '转化合作方',
        '发布日期',
      ],
      rows: Array.from({ length: achievementRows }, (_, i) => {
        const team = teams[i % teams.length];
        const patent = i % 2 === 0 ? patentTypes[(i / 2) % 3] : null;
        const converted = i % 3 === 0;
        const published = i % 4 === 0;
        return [
          `台账成果${i + 1}`,
          team.union,
          patent ? achievementTypes[patent] : '管理创新',
          day(i).slice(0, 4),
          published ? `台账成果${i + 1}的简介：在线检测、工装改进与班组管理` : '',
          team.names.slice(0, 1 + (i % team.names.length)).join('、'),
          patent ? `ZL${day(i).slice(0, 4)}${String(i).padStart(8, '0')}.${i % 10}` : '',
          patent ?? '',
          patent ? day(i, 30) : '',
          converted ? day(i, 60) : '',
          converted ? `${(i % 50) + 1}000` : '',
          converted ? `合作单位${i % 97}` : '',
          published ? day(i, 10) : '',
        ];
      }),
    },
  ]);

  // Counselling sessions in counts: each union, kind and month once (200 unions × 2 kinds × the months since 2015).
  const counsellingFile = writeWorkbook([
    {
      name: '心理咨询服务台账',
      headers: ['所在工会', '咨询人员类别', '月份', '会谈场次', '服务人数'],
      rows: Array.from({ length: counsellingRows }, (_, i) => {
        const union = i % unions.length;
        const rest = Math.floor(i / unions.length);
        const month = rest >> 1;
        return [
          unions[union].name,
          rest % 2 ? '心理关爱志愿者' : '心理咨询师',
          `${2015 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`,
          10 + (i % 20),
          5 + (i % 5),
        ];
      }),
    },
  ]);

  /**
   * CPU seconds of the database's server processes so far, by pid (Linux /proc; empty elsewhere): with the
   * process's own, the work a run cost whatever else the machine was doing (the wall time is not).
   */
  const serverCpu = async () => {
    const { rows } = await db.query<{ pid: number }>(
      'select pid from pg_stat_activity where pid is not null',
    );
    const out = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        out.set(pid, (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS);
      } catch {
        /* not Linux, or the process is gone */
      }
    }
    return out;
  };
  const measure = async <R>(name: string, rows: number, run: () => Promise<R>) => {
    global.gc?.();
    const cpuBefore = process.cpuUsage();
    const serverBefore = await serverCpu();
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
    const own = process.cpuUsage(cpuBefore);
    let server = 0;
    for (const [pid, cpu] of await serverCpu()) server += cpu - (serverBefore.get(pid) ?? 0);
    const out = {
      rows,
      seconds: Number(seconds.toFixed(2)),
      rowsPerSecond: Math.round(rows / seconds),
      rssGrowthMb: mb(rssPeak - rssBefore),
      cpuSeconds: {
        node: Number(((own.user + own.system) / 1e6).toFixed(1)),
        postgres: Number(server.toFixed(1)),
      },
    };
    log(
      `${name}: ${rows.toLocaleString('en-US')} rows in ${out.seconds} s (${out.rowsPerSecond}/s), RSS +${out.rssGrowthMb} MB, CPU ${out.cpuSeconds.node} s + PostgreSQL ${out.cpuSeconds.postgres} s, load ${loadavg()[0].toFixed(1)}`,
    );
    return { ...out, result };
  };

  type Measured = Awaited<ReturnType<typeof measure>>;
  const strip = ({ result: _, ...m }: Measured) => m;
  /** One register checked (预检), then imported; null when left out. */
  const bring = async <R extends { created: number }>(
    name: string,
    rows: number,
    importFile: (dryRun: boolean) => Promise<R>,
    expect: (r: R) => string | null,
  ) => {
    if (!rows) return null;
    const checkOnly = await measure(`${name}, check only`, rows, () => importFile(true));
    const imported = await measure(`${name}, imported`, rows, () => importFile(false));
    const wrong = expect(imported.result);
    if (wrong) throw new Error(`${name} imported: ${wrong}`);
    return {
      ...strip(imported),
      checkOnly: strip(checkOnly),
      importToCheckRatio: Number((imported.seconds / checkOnly.seconds).toFixed(1)),
    };
  };
  const cases = await bring(
    'requests',
    caseRows,
    (dryRun) =>
      services.cases.register.importFile(actor, { file: casesFile, fileName: 'cases.xlsx', dryRun }),
    (r) => (r.created === caseRows ? null : `${r.created} requests`),
  );
  const studios = await bring(
    'studios',
    studioCount * 2,
    (dryRun) =>
      services.innovation.studiosRegister.importFile(actor, {
        file: studiosFile,
        fileName: 's.xlsx',
        dryRun,
      }),
    (r) => (r.studios === studioCount ? null : `${r.studios} studios`),
  );
  const achievements = await bring(
    'achievements',
    achievementRows,
    (dryRun) =>
      services.innovation.achievementsRegister.importFile(actor, {
        file: achievementsFile,
        fileName: 'a.xlsx',
        dryRun,
      }),
    (r) =>
      r.achievements === achievementRows && r.patents === Math.ceil(achievementRows / 2)
        ? null
        : `${r.achievements} achievements, ${r.patents} patents, ${r.errors.length} errors ${JSON.stringify(r.errors.slice(0, 3))}`,
  );
  const counselling = await bring(
    'counselling sessions',
    counsellingRows,
    (dryRun) =>
      services.counselling.sessionsRegister.importFile(actor, {
        file: counsellingFile,
        fileName: 'c.xlsx',
        dryRun,
      }),
    (r) =>
      r.created === counsellingRows ? null : `${r.created} lines, ${JSON.stringify(r.errors.slice(0, 3))}`,
  );
  await db.close();
  const met = (m: { rowsPerSecond: number; rssGrowthMb: number } | null) =>
    m ? m.rowsPerSecond >= GOAL_ROWS_PER_SECOND && m.rssGrowthMb <= GOAL_RSS_GROWTH_MB : null;
  console.log(
    JSON.stringify({
      bench: 'history',
      loadAverage: Number(loadavg()[0].toFixed(1)),
      cases,
      studios,
      achievements,
      counselling,
      goals: { rowsPerSecond: GOAL_ROWS_PER_SECOND, rssGrowthMb: GOAL_RSS_GROWTH_MB },
      met: {
        cases: met(cases),
        studios: met(studios),
        achievements: met(achievements),
        counselling: met(counselling),
      },
    }),
  );
} finally {
  await pg.stop();
}
