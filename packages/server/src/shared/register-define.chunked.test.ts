/**
 * A register checked and written chunk by chunk (runRegisterImportInBatches, ADR 93) stays all or nothing: node checks
 * a chunk while the one before is written, chunks written before a late row is refused are rolled back with the
 * audit row, every refused row of the file is answered — early chunks' too — and a dry run (预检) writes nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../../test/factories.ts';
import { createTestDb } from '../../test/test-db.ts';
import type { Actor } from '../access/access.ts';
import type { Db } from '../db/db.ts';
import { recordAudit } from '../modules/audit/index.ts';
import { runRegisterImportInBatches } from './register-sheet.batches.ts';
import { type RegisterSpec, rowError } from './register-sheet.ts';
import { writeWorkbook } from './xlsx-writer.ts';

type Key = 'name' | 'team';
const SPEC: RegisterSpec<Key> = {
  title: { zh: '分块台账', en: 'chunked register' },
  notes: [],
  notesEn: [],
  columns: [
    {
      key: 'name',
      header: '名称',
      en: 'Name',
      required: true,
      kind: 'text',
      note: '',
      noteEn: '',
      example: '',
    },
    {
      key: 'team',
      header: '小组',
      en: 'Team',
      required: true,
      kind: 'text',
      note: '',
      noteEn: '',
      example: '',
    },
  ],
};
const sheet = (rows: string[][]) => writeWorkbook([{ name: '台账', headers: ['名称', '小组'], rows }]);
/** 3,000 good rows (sheet rows 2–3001) in seven teams. */
const good = Array.from({ length: 3000 }, (_, i) => [`第${i + 1}项`, `组${i % 7}`]);

let db: Db;
let actor: Actor;
let files = 0;
beforeAll(async () => {
  db = await createTestDb();
  actor = createTestContext(db).actor('admin', null);
  await db.query('create table chunk_items (name text primary key, team text not null)');
});
afterAll(() => db.close());
beforeEach(async () => {
  await db.query('delete from chunk_items');
});

const stored = async () =>
  (await db.query<{ n: number }>('select count(*)::int as n from chunk_items')).rows[0].n;
const audited = async (fileName: string) =>
  (
    await db.query<{ after: { created: number; teams: number; fileName: string } }>(
      `select after from audit_log where action = 'case.import' and after->>'fileName' = $1`,
      [fileName],
    )
  ).rows.map((r) => r.after);

/**
 * The register: a name '坏' is refused by the check, a name seen in an earlier row (any chunk) too; teams are
 * counted distinct over the file. `onPlan`/`onWrite` see each chunk's number as it is checked and written.
 */
function register(
  hooks: { onPlan?: (chunk: number) => void; onWrite?: (chunk: number) => Promise<void> } = {},
) {
  const written: number[] = [];
  const fileName = `chunked-${process.pid}-${++files}.xlsx`;
  const bring = (rows: string[][], dryRun: boolean) => {
    const file = { names: new Map<string, number>(), teams: new Set<string>(), chunks: 0 };
    return runRegisterImportInBatches(db, SPEC, { file: sheet(rows), fileName, dryRun }, '2025-06-01', {
      actor,
      batchSize: 100,
      plan: async (read, rows, errors) => {
        await read.query('select 1');
        const chunk = file.chunks++;
        hooks.onPlan?.(chunk);
        const items: { name: string; team: string }[] = [];
        for (const { rowNo, values } of rows) {
          const name = String(values.name);
          const earlier = file.names.get(name);
          if (name === '坏') errors.push(rowError(rowNo, '名称', '坏', 'bad'));
          else if (earlier) errors.push(rowError(rowNo, '名称', `同第${earlier}行`, `as row ${earlier}`));
          else {
            file.names.set(name, rowNo);
            items.push({ name, team: String(values.team) });
          }
        }
        return { chunk, items };
      },
      counts: (plan) => {
        const before = file.teams.size;
        for (const i of plan.items) file.teams.add(i.team);
        return { created: plan.items.length, teams: file.teams.size - before };
      },
      zero: { created: 0, teams: 0 },
      write: async (sql, plan) => {
        written.push(plan.items.length);
        await sql.query('insert into chunk_items select * from unnest($1::text[], $2::text[])', [
          plan.items.map((i) => i.name),
          plan.items.map((i) => i.team),
        ]);
        await hooks.onWrite?.(plan.chunk);
      },
      finish: async (sql, counts) => {
        await recordAudit(sql, actor, {
          action: 'case.import',
          entity: 'case',
          orgId: actor.orgId,
          after: { fileName, ...counts, chunks: file.chunks },
        });
        return { last: file.chunks };
      },
      unionsOf: () => [],
      dryRunExtras: { last: 0 },
    });
  };
  return { bring, written, fileName };
}

const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);

describe('a register checked and written chunk by chunk', () => {
  it('writes every chunk and one audit row, counting over the whole file', async () => {
    const { bring, written, fileName } = register();
    const answer = await bring(good, false);
    expect(answer).toMatchObject({ dryRun: false, total: 3000, created: 3000, teams: 7, errors: [] });
    expect(answer.last).toBeGreaterThan(1);
    expect(written.length).toBeGreaterThan(1);
    expect(sum(written)).toBe(3000);
    expect(await stored()).toBe(3000);
    const [after] = await audited(fileName);
    expect(after).toMatchObject({ fileName, created: 3000, teams: 7, chunks: answer.last });
  });

  it('checks the next chunk while the one before is being written', async () => {
    // The first chunk's write waits until the second chunk is being checked: a runner that checked only after
    // writing would never get there.
    let secondChecked: () => void = () => undefined;
    const checked = new Promise<void>((resolve) => {
      secondChecked = resolve;
    });
    const { bring } = register({
      onPlan: (chunk) => chunk === 1 && secondChecked(),
      onWrite: (chunk) => (chunk === 0 ? checked : Promise.resolve()),
    });
    await expect(bring(good.slice(0, 500), false)).resolves.toMatchObject({ created: 500 });
    expect(await stored()).toBe(500);
  });

  it('writes nothing when a late chunk has a refused row, and answers the refused rows of every chunk', async () => {
    // Rows 2–2900 are good and are written chunk by chunk; row 2950 is refused by the check, row 2980 names
    // row 40's item again: the chunks written are rolled back, with no audit row.
    const late = good.map((r) => [...r]);
    late[2948] = ['坏', '组1'];
    late[2978] = [...good[38]];
    const { bring, written, fileName } = register();
    await expect(bring(late, false)).rejects.toMatchObject({
      code: 'IMPORT_ROWS_INVALID',
      details: {
        total: 3000,
        errors: [
          { rowNo: 2950, column: '名称', messageEn: 'bad' },
          { rowNo: 2980, column: '名称', messageEn: 'as row 40' },
        ],
      },
    });
    expect(sum(written)).toBeGreaterThan(2000);
    expect(await stored()).toBe(0);
    expect(await audited(fileName)).toEqual([]);

    // An early chunk's refused row (row 5, refused by the reading: a blank required cell) stops the writing; the
    // late ones are still found and answered with it.
    late[3] = ['第四项', ''];
    const again = register();
    const refused = await again.bring(late, false).catch((e) => e);
    expect(refused.details.errors.map((e: { rowNo: number }) => e.rowNo)).toEqual([5, 2950, 2980]);
    expect(again.written).toEqual([]);
    expect(await stored()).toBe(0);
  });

  it('checks without writing on a dry run, answering every refused row and the counts', async () => {
    const rows = good.map((r) => [...r]);
    rows[2] = ['坏', '组0'];
    rows[2990] = ['坏', '组0'];
    const { bring, written } = register();
    const answer = await bring(rows, true);
    expect(answer).toMatchObject({ dryRun: true, total: 3000, created: 2998, teams: 7, last: 0 });
    expect(answer.errors.map((e) => e.rowNo)).toEqual([4, 2992]);
    expect(written).toEqual([]);
    expect(await stored()).toBe(0);
  });
});
