import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { reconcileCli } from '../src/cli/reconcile.test-kit.ts';
import { parseIdNumber } from '../src/modules/people/idcard.ts';
import { AppError } from '../src/shared/errors.ts';
import { readSheet } from '../src/shared/sheet-reader.ts';
import { writeWorkbook } from '../src/shared/xlsx-writer.ts';
import { type createTestApp, multipart } from './api.ts';
import { scratchDir } from './temp-tree.ts';

type App = Awaited<ReturnType<typeof createTestApp>>;

/**
 * The same sheet as other bytes (a comment added to the .xlsx's zip directory): a register refuses the same file a
 * second time (issue 42), so a test of what its rows meet on record sends the rows again in another file.
 */
export function resaved(file: Buffer): Buffer {
  const end = file.length - 22; // the end of the zip's central directory, without a comment
  if (file.readUInt32LE(end) !== 0x06054b50) throw new Error('not a zip without a comment');
  const comment = Buffer.from('again');
  const copy = Buffer.concat([file, comment]);
  copy.writeUInt16LE(comment.length, end + 20);
  return copy;
}
/** The `n` a counting query answers (`select count(*)::int as n ...`): what a register holds where a test imports. */
export async function countOf(app: App, sql: string, params: unknown[] = []): Promise<number> {
  return (await app.db.query<{ n: number }>(sql, params)).rows[0].n;
}

/**
 * How many rows of `table` a union holds (its `org_id`), or with `below` the rows of its whole subtree: what a
 * register holds where a test imports.
 */
export function countIn(app: App, table: string, union: { id: number; path: string }, below = false) {
  return below
    ? countOf(
        app,
        `select count(*)::int as n from ${table} x join orgs o on o.id = x.org_id where o.path like $1 || '%'`,
        [union.path],
      )
    : countOf(app, `select count(*)::int as n from ${table} where org_id = $1`, [union.id]);
}

/** A sheet's row of cells, as a test writes it. */
type Cells = (string | number | null)[];

/** A row error as an import answers it. */
export interface RowError {
  rowNo: number;
  column: string;
  /** The cell as typed, when it held anything. */
  value?: string;
  messageZh: string;
  messageEn: string;
}

type RegisterLike = { title: { zh: string }; columns: readonly { header: string; required?: boolean }[] };

export interface RegisterKitOptions {
  /** The test's app and the staff session that imports (both made in beforeAll, hence functions). */
  app: () => App;
  cookie: () => string;
  /** The import route, e.g. `/api/hardship/import`; its template is `<importUrl>/template.xlsx`. */
  importUrl: string;
  /** The register's declaration (its `*.register.ts`): its columns are the template's headers, `*` marking the
   * required; its Chinese title names the uploaded file and its data sheet unless `fileName`/`sheetName` say.
   * A function where the declaration is read from the database (made in beforeAll). Left out where the module
   * keeps it to itself (the union tree's): `fileName` and `sheetName` then name the file, and the test reads the
   * template itself. */
  register?: RegisterLike | (() => RegisterLike);
  fileName?: string;
  sheetName?: string;
  /** The headers the test's sheets have by default: the register's columns unless the test writes others. */
  headers?: string[];
  /** The register's columns a test's sheets leave out by default (an older register's sheets lack them). */
  without?: string[];
  /** How many rows the register holds where the test imports: an import that fails writes none. */
  count: () => Promise<number>;
}

/**
 * Every register's answer names a person's ID number only masked (110105********1234), as every screen does: a row
 * error may say which number it did not find, never the whole of a valid one, whatever the width of its digits
 * (１１０１…, as a clerk's input method types them). A valid one has a region, a birth day and a check digit: an
 * enterprise's credit code (91110114…) is 18 digits too, and one in 11 has a fitting last digit by chance.
 */
export function noIdNumberShown(body: string) {
  const halfWidth = body.replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  for (const [number] of halfWidth.matchAll(/(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])/g)) {
    const valid = parseIdNumber(number, '9999-12-31').ok;
    expect(valid, `a whole ID number in the answer: ${body.slice(0, 400)}`).toBe(false);
  }
}

/** A row error as a register's service or its HTTP answer gives it. */
type RowErrorLike = Pick<RowError, 'rowNo' | 'column' | 'messageZh' | 'messageEn'>;

/** Each row error told in Chinese and in English, and worded whole: no `undefined` where a value was missing. */
function worded(errors: RowErrorLike[]) {
  for (const e of errors) {
    for (const message of [e.messageZh, e.messageEn]) {
      expect(message, `row ${e.rowNo}`).toBeTruthy();
      expect(message, `row ${e.rowNo}`).not.toContain('undefined');
    }
  }
}

/**
 * A register's import called on its service, refused whole (as `registerKit`'s `refused` checks it over HTTP): the
 * dry run (`run(true)`) answers its row errors at `rows` ([row, column]), each worded in both languages; the import
 * (`run(false)`) throws IMPORT_ROWS_INVALID, its Chinese message headed by the first as 第N行「column」; and what
 * `held` reads of the register is as it was. The dry run's errors, for the register's own wording checks.
 */
export async function refusedWhole<E extends RowErrorLike>(
  run: (dryRun: boolean) => Promise<{ errors: E[] }>,
  rows: [number, string][],
  held: () => Promise<unknown>,
): Promise<E[]> {
  const before = await held();
  const { errors } = await run(true);
  expect(errors.map((e) => [e.rowNo, e.column])).toEqual(rows);
  worded(errors);
  const refused = await run(false).catch((e: unknown) => e);
  expect(refused, 'the import is refused whole').toBeInstanceOf(AppError);
  const { code, messages } = refused as AppError;
  expect(code).toBe('IMPORT_ROWS_INVALID');
  expect(messages.zh.startsWith(`第${rows[0][0]}行「${rows[0][1]}」`), messages.zh).toBe(true);
  expect(await held()).toEqual(before);
  return errors;
}

/**
 * A register's import on the command line (`npm run cli -- import <what>`), with the kit's options and sheets: a
 * part of `registerKit`.
 */
function cliChecks(o: RegisterKitOptions, sheet: (rows: Cells[]) => Buffer) {
  return {
    /**
     * The command line's import of `what` (`npm run cli -- import <what>`) refuses a sheet of `rows` in its dry
     * run (exit 1), naming `named` (e.g. 第2行 [主办工会]).
     */
    async cliRefuses(what: string, rows: Cells[], named: string) {
      const file = join(scratchDir('register-'), 'bad.xlsx');
      writeFileSync(file, sheet(rows));
      const cli = reconcileCli(o.app().db, o.app().ctx.services);
      expect(await cli.run('import', what, file, '--dry-run')).toBe(1);
      expect(cli.err.join('\n')).toContain(named);
      // a file with errors creates nothing, and its summary says so rather than what its other rows would create
      expect(cli.out.at(-1)).toMatch(
        /处错误，改正前不会导入任何一行 \/ .* nothing is imported until they are corrected$/,
      );
    },

    /**
     * The command line's import of `what` as `as` (`npm run cli -- import <what> <file> --as <name>`): the `bad`
     * sheet is refused whole (exit 1, naming each of `named`), the `good` one's dry run passes and writes nothing,
     * then its import adds `added` rows. What the dry run printed last (its summary).
     */
    async cliImports(
      what: string,
      as: string,
      o2: { good: Buffer; bad: Buffer; named: string[]; added: number },
    ) {
      const dir = scratchDir('register-');
      const [good, bad] = [join(dir, 'good.xlsx'), join(dir, 'bad.xlsx')];
      writeFileSync(good, o2.good);
      writeFileSync(bad, o2.bad);
      const cli = reconcileCli(o.app().db, o.app().ctx.services);
      expect(await cli.run('import', what, bad, '--as', as)).toBe(1);
      for (const named of o2.named) expect(cli.err.join('\n')).toContain(named);
      const before = await o.count();
      expect(await cli.run('import', what, good, '--dry-run', '--as', as)).toBe(0);
      const summary = cli.out.at(-1);
      expect(await o.count()).toBe(before);
      expect(await cli.run('import', what, good, '--as', as)).toBe(0);
      expect(await o.count()).toBe(before + o2.added);
      return summary;
    },
  };
}

/**
 * The test kit of a register's import over HTTP (the shape every register shares, issue 46): the template
 * download, a dry run that counts and writes nothing, a bad row refusing the whole file with its row and column
 * named in Chinese and English. A register's own test keeps what is its own (its figures, its days).
 */
export function registerKit(o: RegisterKitOptions) {
  const register = () => {
    const declared = typeof o.register === 'function' ? o.register() : o.register;
    if (!declared) throw new Error("the register kit needs the register's declaration here");
    return declared;
  };
  const headersOf = () =>
    o.headers ?? register().columns.flatMap((c) => (o.without?.includes(c.header) ? [] : [c.header]));
  const sheet = (rows: Cells[], headers = headersOf()) =>
    writeWorkbook([{ name: o.sheetName ?? register().title.zh, headers, rows }]);
  /** A sheet of rows given by header: a header a row leaves out is an empty cell. */
  const sheetOf = (rows: Partial<Record<string, string>>[], headers = headersOf()) =>
    sheet(
      rows.map((r) => headers.map((h) => r[h] ?? '')),
      headers,
    );
  const send = async (
    file: Buffer,
    dryRun: boolean,
    name = o.fileName ?? `${register().title.zh}.xlsx`,
    cookie = o.cookie(),
  ) => {
    const res = await o.app().call({
      method: 'POST',
      url: `${o.importUrl}${dryRun ? '?dryRun=true' : ''}`,
      cookie,
      ...multipart(name, file),
    });
    noIdNumberShown(res.body);
    return res;
  };
  /** The template: a data sheet whose headers are the register's columns, and its 填写说明 sheet. */
  const template = async () => {
    const res = await o
      .app()
      .call({ method: 'GET', url: `${o.importUrl}/template.xlsx`, cookie: o.cookie() });
    expect(res.statusCode, res.body).toBe(200);
    const { columns } = register();
    const first = `${columns.find((c) => c.required)?.header ?? columns[0].header}*`;
    const data = await readSheet(res.rawPayload, 'template.xlsx', { isHeader: (c) => c.includes(first) });
    expect(data.headers).toEqual(columns.map((c) => (c.required ? `${c.header}*` : c.header)));
    const guide = await readSheet(res.rawPayload, 'template.xlsx', {
      isHeader: (c) => c.includes('是否必填'),
    });
    return {
      names: guide.rows.map((r) => r.cells[0]),
      notes: guide.rows.map((r) => r.cells[4]).join('\n'),
    };
  };
  const rowsOf = (errors: { rowNo: number; column: string }[]) => errors.map((e) => [e.rowNo, e.column]);

  /**
   * A dry run answers what it would do (`expected`) and writes nothing; its answer. A dry run answers its row
   * errors with 200: none are expected unless `expected.errors` says which.
   */
  const dryRun = async (file: Buffer, expected: Record<string, unknown>) => {
    const before = await o.count();
    const res = await send(file, true);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: true, errors: [], ...expected });
    expect(await o.count()).toBe(before);
    return res.json();
  };
  /** The import of `file` answers 200 with what it did (`expected`); its answer. */
  const imported = async (file: Buffer, expected: Record<string, unknown>) => {
    const res = await send(file, false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: false, ...expected });
    return res.json();
  };

  return {
    /** The headers the test's sheets have by default. */
    get headers() {
      return headersOf();
    },
    sheet,
    sheetOf,
    send,
    rowsOf,
    template,

    /** What a GET of `url` answers the kit's session (or `cookie`'s): 200 and its JSON (statistics, a list). */
    async got(url: string, cookie = o.cookie()) {
      const res = await o.app().call({ method: 'GET', url, cookie });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    },

    ...cliChecks(o, sheet),

    /** The template (as `template()` checks it), its 填写说明 sheet naming each of `named` among its columns. */
    async templateNames(named: string[]) {
      const { names } = await template();
      expect(names).toEqual(expect.arrayContaining(named));
    },

    /**
     * A dry run of `file` (by the kit's session, or `cookie`'s) answers 200 with its row errors at `rows` ([row,
     * column]), each worded in both languages, and writes nothing; the errors, for the register's own wording checks.
     */
    async rowErrors(file: Buffer, rows: [number, string][], cookie = o.cookie()): Promise<RowError[]> {
      const before = await o.count();
      const res = await send(file, true, undefined, cookie);
      expect(res.statusCode, res.body).toBe(200);
      const errors = res.json().errors as RowError[];
      expect(rowsOf(errors)).toEqual(rows);
      worded(errors);
      expect(await o.count()).toBe(before);
      return errors;
    },

    dryRun,
    imported,

    /**
     * A register sent again whole, grown (issue 32): the dry run of `file` answers `expected` (`created`, what its
     * new rows make; `onRecord`, what it gives as on record, skipped and counted; the register's own figures) and
     * writes nothing; its import answers the same `created` and `onRecord` and adds `created` to what the register
     * holds. With `again`, the same register once more (other bytes) holds nothing new: what it gives is all on
     * record, and its dry run answers `again` too.
     */
    async importedGrown(
      file: Buffer,
      expected: { created: number; onRecord: number } & Record<string, unknown>,
      again?: Record<string, unknown>,
    ) {
      const { created, onRecord } = expected;
      await dryRun(file, expected);
      const before = await o.count();
      await imported(file, { created, onRecord });
      expect(await o.count()).toBe(before + created);
      if (again) await dryRun(resaved(file), { created: 0, onRecord: onRecord + created, ...again });
    },

    /**
     * The same file brought in twice (issue 42): the first import writes, then the dry run and the import of the
     * same bytes are refused (409 IMPORT_FILE_REPEATED, naming the first import's file name and rows) and write
     * nothing. The first import's answer.
     */
    async repeatRefused(file: Buffer) {
      const first = await send(file, false);
      expect(first.statusCode, first.body).toBe(200);
      const after = await o.count();
      for (const dryRun of [true, false]) {
        const res = await send(file, dryRun, '又一次.xlsx');
        expect(res.statusCode, res.body).toBe(409);
        const body = res.json().error;
        expect(body.code).toBe('IMPORT_FILE_REPEATED');
        const name = o.fileName ?? `${register().title.zh}.xlsx`;
        const rows = first.json().created.toLocaleString('en-US');
        expect(body.message).toContain(`（文件名 ${name}，建立 ${rows} 条记录），未重复导入`);
        expect(body.message).toContain(`(file name ${name}, ${rows} records created)`);
      }
      expect(await o.count()).toBe(after);
      return first.json();
    },

    /**
     * The file refused whole (400 IMPORT_ROWS_INVALID): its errors at `rows` ([row, column]), the first named at
     * the head of the message as 第N行「column」; nothing written. The errors, for the register's own wording checks.
     */
    async refused(file: Buffer, rows: [number, string][]): Promise<RowError[]> {
      const before = await o.count();
      const res = await send(file, false);
      expect(res.statusCode, res.body).toBe(400);
      const body = res.json().error;
      expect(body.code).toBe('IMPORT_ROWS_INVALID');
      const errors = body.details.errors as RowError[];
      expect(rowsOf(errors)).toEqual(rows);
      worded(errors);
      expect(body.message.startsWith(`第${rows[0][0]}行「${rows[0][1]}」`), body.message).toBe(true);
      expect(await o.count()).toBe(before);
      return errors;
    },
  };
}
