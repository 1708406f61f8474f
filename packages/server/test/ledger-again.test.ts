import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../src/http/register-catalog.ts';
import { CASE_FILES } from './scope-cases/found.ts';
import type { Req, ScopeCase, Who } from './scope-cases/types.ts';
import { buildScopeWorld, caseUrl, type ScopeWorld } from './scope-world.ts';

/**
 * "A register takes a ledger sent again" (ADR 150) over every register, as scopes.test.ts walks the route table:
 * each register of GET /api/registers is sent its scope case's control sheet (昌平's rows), then the same rows again
 * as another file (one more blank line: other bytes, so the whole-file check, 409 IMPORT_FILE_REPEATED, is not what
 * answers). The second sending must be taken (200) with every row of the sheet skipped as on record (`onRecord`),
 * nothing created, and no table of the platform grown but the import's own trace (its audit row, its file).
 */

/** Registers that do not take a ledger sent again row by row, each with its reason (keep it short). */
const EXCEPTIONS: Record<string, string> = {
  unions:
    'the union tree: an import of its own shape (unions created under their parents, checked by org) whose answer ' +
    'is no register row count',
  members:
    'the member roster: a job of its own shape (an upload read in the background, each person matched by ID number ' +
    'and updated or added by the roster rules), not a register of records',
  holidays:
    'the holiday calendar: a calendar year replaced whole by each sending, not a ledger of records; sent again, it ' +
    'replaces the year with itself',
};

/** Tables the second sending may add to: the trace of an import taken (its audit row, the file kept by its hash). */
const TRACE_TABLES = new Set(['audit_log', 'register_files', 'register_imports']);

const CASES: Record<string, ScopeCase> = {};
for (const { file } of CASE_FILES) Object.assign(CASES, file.cases);

let w: ScopeWorld;
let registers: RegisterEntry[];

beforeAll(async () => {
  w = await buildScopeWorld();
  const seen = new Map<string, RegisterEntry>();
  for (const who of ['changping', 'admin'] as const) {
    const res = await w.t.call({ method: 'GET', url: '/api/registers', cookie: w.sessions[who] });
    for (const r of res.json().items as RegisterEntry[]) if (!seen.has(r.key)) seen.set(r.key, r);
  }
  registers = [...seen.values()];
}, 600_000);

afterAll(async () => {
  await w?.t.close();
});

/** The register's control request and who makes it: 昌平's staff, or the administrator for an admin register. */
function controlOf(r: RegisterEntry): { who: Who; req: Req } | string {
  const c = CASES[`POST ${r.importUrl}`];
  if (c?.kind === 'scoped') return { who: 'changping', req: c.control(w.f) };
  if (c?.kind === 'admin' && c.request) return { who: 'admin', req: c.request(w.f) };
  return `no scoped or admin scope case for POST ${r.importUrl}`;
}

/** The number of rows in each table of the database. */
async function tableCounts(): Promise<Map<string, number>> {
  const { rows } = await w.t.db.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`,
  );
  const out = new Map<string, number>();
  for (const { name } of rows) {
    const [{ n }] = (await w.t.db.query<{ n: number }>(`select count(*)::int as n from "${name}"`)).rows;
    out.set(name, n);
  }
  return out;
}

interface Answer {
  total: number;
  created: number;
  onRecord?: number;
}

/** Sends the register's sheet once, then its rows again as another file; what went wrong, if anything. */
async function sendTwice(r: RegisterEntry): Promise<string[]> {
  const control = controlOf(r);
  if (typeof control === 'string') return [control];
  const { who, req } = control;
  const body = req.body as { fileName?: string; contentBase64?: string } | undefined;
  if (!body?.contentBase64) return ['its control sends no sheet as { fileName, contentBase64 }'];
  const { dryRun: _dry, ...query } = req.query ?? {};
  const send = (contentBase64: string) =>
    w.t.call({
      method: 'POST',
      url: caseUrl(r.importUrl, { ...req, query }),
      body: { ...body, contentBase64 },
      cookie: w.sessions[who],
    });
  const first = await send(body.contentBase64);
  if (first.statusCode !== 200) return [`first sending → ${first.statusCode} ${first.body.slice(0, 300)}`];
  const once = first.json() as Answer;
  const before = await tableCounts();
  const again = Buffer.concat([Buffer.from(body.contentBase64, 'base64'), Buffer.from('\r\n')]);
  const second = await send(again.toString('base64'));
  if (second.statusCode !== 200) return [`sent again → ${second.statusCode} ${second.body.slice(0, 400)}`];
  const twice = second.json() as Answer;
  const wrong: string[] = [];
  const onRecordBefore = once.created + (once.onRecord ?? 0);
  if (twice.created !== 0) wrong.push(`sent again, it created ${twice.created}`);
  if (twice.onRecord === undefined) wrong.push('its answer has no onRecord');
  else if (twice.onRecord < Math.min(onRecordBefore, twice.total) || twice.onRecord === 0)
    wrong.push(`sent again, onRecord ${twice.onRecord} of ${twice.total} rows (${onRecordBefore} on record)`);
  const after = await tableCounts();
  for (const [table, n] of after) {
    if (!TRACE_TABLES.has(table) && n !== before.get(table))
      wrong.push(`sent again, ${table} went from ${before.get(table)} to ${n} rows`);
  }
  return wrong;
}

describe('every register takes a ledger sent again (ADR 150)', () => {
  it('the catalogue lists the registers, and each exception names one with a reason', () => {
    expect(registers.length).toBeGreaterThan(10);
    const keys = new Set(registers.map((r) => r.key));
    for (const [key, reason] of Object.entries(EXCEPTIONS)) {
      expect(keys.has(key), key).toBe(true);
      expect(reason.length, key).toBeGreaterThan(20);
    }
  });

  it('each register sent its sheet twice skips the rows on record and creates nothing the second time', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const r of registers) {
      if (EXCEPTIONS[r.key]) continue;
      const wrong = await sendTwice(r);
      checked++;
      for (const x of wrong) failures.push(`${r.key} (POST ${r.importUrl}): ${x}`);
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  }, 600_000);
});
