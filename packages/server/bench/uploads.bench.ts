/**
 * Uploads benchmark: while one clerk uploads a strange or huge file, how long does everyone else wait? The
 * server (embedded database, as `npm start` runs it) listens on a port; a client asks `/api/health` every 20 ms
 * and records each answer's latency, first with nothing else running (the baseline), then during each upload
 * below. Goal (issue 21): every health answer within 1 s, whatever the upload.
 * Usage: npm run bench:uploads
 * The last line on stdout is one JSON object.
 */
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { buildApp } from '../src/http/app.ts';
import { createTestContext } from '../test/factories.ts';
import { multipartForm } from '../test/multipart.ts';
import { createTestDb } from '../test/test-db.ts';
import { oneSheetBook } from '../test/zip-parts.ts';
import { memberSheetFile } from './member-sheet.ts';

const GOAL_MS = 1000;
const MEMBER_ROWS = 100_000;
const log = (line: string) => process.stderr.write(`${line}\n`);

const HEADER =
  '<row r="1"><c t="inlineStr"><is><t>身份证号</t></is></c><c t="inlineStr"><is><t>姓名</t></is></c></row>';

/** The files: each what a clerk (or an attacker) really sends, and the import it goes to. */
function files(
  category: string,
  rootName: string,
  members: Buffer,
): { name: string; url: string; fileName: string; content: Buffer }[] {
  const records = '/api/records/import?kind=certificate&mode=all';
  const csvRows = Array.from(
    { length: 200_000 },
    (_, i) => `110101199003071234,张三,电工,四级,人社局,C${i},2020-06-01`,
  );
  const csv = Buffer.from(
    `身份证号,姓名,职业（工种）,等级,发证机关,证书编号,发证日期\n${csvRows.join('\n')}\n`,
  );
  const empty = Array.from(
    { length: 1_048_575 },
    (_, i) => `<row r="${i + 2}" s="1" customFormat="1"/>`,
  ).join('');
  const xlsRows = [
    ['身份证号', '姓名', '证书编号'],
    ...Array.from({ length: 65_000 }, (_, i) => ['110101199003071234', '张三', `X${i}`]),
  ];
  const xlsBook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(xlsBook, XLSX.utils.aoa_to_sheet(xlsRows), 'S');
  // one row of 300 MB of text without a row's end: the shape that was quadratic
  const bomb = Buffer.concat([
    Buffer.from(`<worksheet><sheetData>${HEADER}<row r="2"><c t="inlineStr"><is><t>`),
    Buffer.alloc(300 * 1024 * 1024, 'x'),
  ]);
  // a requests register as a union keeps it, saved by WPS or LibreOffice as .ods (read in the worker thread)
  const casesBook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    casesBook,
    XLSX.utils.aoa_to_sheet([
      ['收到日期', '收到时间', '渠道', '类别', '诉求内容', '受理日期', '答复日期', '答复内容', '办结日期'],
      ...Array.from({ length: 100_000 }, (_, i) => [
        '2025-03-03',
        '18:05',
        '接待日',
        category,
        `加班费未足额发放 ${i}`,
        '2025-03-04',
        '2025-03-10',
        '已协调企业补发',
        i % 2 ? '2025-03-12' : '',
      ]),
    ]),
    '诉求台账',
  );
  const street = `街道总工会${Date.now()}`;
  const tree = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    tree,
    XLSX.utils.aoa_to_sheet([
      ['上级工会', '工会名称', '类型/层级'],
      [rootName, street, '街道'],
      ...Array.from({ length: 5_000 }, (_, i) => [street, `第${i + 1}基层工会`, '基层工会']),
    ]),
    '工会',
  );
  const treeFile = XLSX.write(tree, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  return [
    { name: 'csv 200,000 rows', url: records, fileName: 'c.csv', content: csv },
    {
      name: 'ods requests register 100,000 rows (dry run)',
      url: '/api/cases/import?dryRun=true',
      fileName: 'r.ods',
      content: XLSX.write(casesBook, { type: 'buffer', bookType: 'ods' }) as Buffer,
    },
    {
      name: 'xlsx union tree 5,001 unions (dry run)',
      url: '/api/orgs/import?dryRun=true',
      fileName: 't.xlsx',
      content: treeFile,
    },
    { name: 'xlsx union tree 5,001 unions', url: '/api/orgs/import', fileName: 't.xlsx', content: treeFile },
    {
      name: 'xlsx 1,048,576 formatted empty rows, declared A1:XFD1048576',
      url: records,
      fileName: 'e.xlsx',
      content: oneSheetBook(
        `<worksheet><dimension ref="A1:XFD1048576"/><sheetData>${HEADER}${empty}</sheetData></worksheet>`,
      ),
    },
    {
      name: 'xls 65,000 rows (worker thread)',
      url: records,
      fileName: 'x.xls',
      content: XLSX.write(xlsBook, { type: 'buffer', bookType: 'xls' }) as Buffer,
    },
    {
      name: 'xlsx inflating to 300 MB in one row (member import)',
      url: '/api/imports/members?mode=all_or_nothing',
      fileName: 'm.xlsx',
      content: oneSheetBook(bomb),
    },
    {
      // on PGlite its merge goes in parts, each its own transaction (ADR 70)
      name: `xlsx member sheet ${MEMBER_ROWS.toLocaleString('en-US')} valid rows (member import)`,
      url: '/api/imports/members?mode=all_or_nothing',
      fileName: 'members.xlsx',
      content: members,
    },
  ];
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

const db = await createTestDb();
const ctx = createTestContext(db);
const app = await buildApp({ db, services: ctx.services });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const root = await ctx.newRoot();
const user = await ctx.newUser('staff', root);
const { rows: categories } = await db.query<{ name_zh: string }>(
  'select name_zh from case_categories order by position limit 1',
);
const regions = ['110113', '110114', '110112', '110117', '110116'];
const holders = [];
// fixed names: the sheet is written once and kept between runs (member-sheet.ts)
for (const [i, region] of regions.entries())
  holders.push({ name: (await ctx.newOrg(root, 'grassroots', `上传压测基层工会${i + 1}`)).name, region });
const members = readFileSync(await memberSheetFile(holders, MEMBER_ROWS));
// built before signing in: writing the files holds this process for seconds, and a keep-alive connection
// idle over that time is reset by the server as soon as the loop runs again
const uploads = files(categories[0].name_zh, root.name, members);
const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: user.username, password: user.password }),
});
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];

/** Health latencies (ms) sampled every 20 ms until `until` settles. */
async function sample(until: Promise<unknown>): Promise<number[]> {
  let done = false;
  void until.finally(() => {
    done = true;
  });
  const out: number[] = [];
  while (!done) {
    const t = performance.now();
    await fetch(`${base}/api/health`).then((r) => r.text());
    out.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  return out;
}

/** The upload, and for the member import the job it starts, to its end. */
async function upload(url: string, fileName: string, content: Buffer): Promise<string> {
  const { payload, headers } = multipartForm(
    { files: [{ name: fileName, data: content }] },
    '----gonghui-bench',
  );
  const res = await fetch(`${base}${url}`, {
    method: 'POST',
    headers: { ...headers, cookie },
    body: payload,
  });
  const answer = (await res.json()) as { jobId?: number; error?: { code: string } };
  if (!answer.jobId) return `${res.status} ${answer.error?.code ?? 'ok'}`;
  for (;;) {
    const job = (await (await fetch(`${base}/api/jobs/${answer.jobId}`, { headers: { cookie } })).json()) as {
      status: string;
      error: { code: string } | null;
    };
    if (job.status !== 'running') return `job ${job.status} ${job.error?.code ?? ''}`.trim();
    await new Promise((r) => setTimeout(r, 100));
  }
}

const idle = await sample(new Promise((r) => setTimeout(r, 2000)));
const baseline = { p50: percentile(idle, 50), max: Math.max(...idle) };
log(
  `baseline: health p50 ${baseline.p50.toFixed(1)} ms, max ${baseline.max.toFixed(1)} ms (${idle.length} samples)`,
);
const results = [];
for (const f of uploads) {
  const t = performance.now();
  const finished = upload(f.url, f.fileName, f.content);
  const latencies = await sample(finished);
  const outcome = await finished;
  const seconds = (performance.now() - t) / 1000;
  const row = {
    file: f.name,
    sizeMB: Number((f.content.length / 1e6).toFixed(1)),
    outcome,
    seconds: Number(seconds.toFixed(1)),
    samples: latencies.length,
    healthP50Ms: Number(percentile(latencies, 50).toFixed(1)),
    healthMaxMs: Number(Math.max(0, ...latencies).toFixed(1)),
    maxOverBaseline: Number((Math.max(0, ...latencies) / baseline.p50).toFixed(1)),
    goalMet: Math.max(0, ...latencies) <= GOAL_MS,
  };
  log(
    `${row.file} (${row.sizeMB} MB): ${row.outcome} in ${row.seconds} s; health p50 ${row.healthP50Ms} ms, max ${row.healthMaxMs} ms (${row.maxOverBaseline}× the idle p50) — goal ≤ ${GOAL_MS} ms ${row.goalMet ? 'met' : 'NOT met'}`,
  );
  results.push(row);
}
await app.close();
await db.close();
console.log(JSON.stringify({ goalMs: GOAL_MS, baseline, results }));
