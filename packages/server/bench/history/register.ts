import type { Actor } from '../../src/access/access.ts';
import type { Db } from '../../src/db/db.ts';
import { idCheckDigit } from '../../src/modules/people/index.ts';
import type { createServices } from '../../src/services.ts';
import { writeWorkbook, type XlsxSheet } from '../../src/shared/xlsx-writer.ts';

/**
 * One register of the history benchmark (bench:history): how many rows it brings by default, how its sheet is
 * generated and imported, and what a full import must have created. Adding a register is a file in this folder
 * exporting one of these and a line in registers.ts.
 */
export interface HistoryRegister<R = unknown> {
  /** The key in the JSON line and the command-line flag (`--<key> N`; 0 leaves it out). */
  key: string;
  /** The name in the progress lines. */
  name: string;
  /** Rows by default (sizes such that rows/s is meaningful: the register's size in a large district's past). */
  defaultSize: number;
  /** The rows the sheet holds for a size (a studio's two levels are two rows); the size itself unless told. */
  rowsOf?: (size: number) => number;
  /** The register's .xlsx bytes for `size`. */
  sheet: (ctx: HistoryContext, size: number) => Buffer | Promise<Buffer>;
  /** The import (or its dry run) of the bytes, through the same service as the page and the CLI. */
  importFile: (ctx: HistoryContext, file: Buffer, dryRun: boolean) => Promise<R>;
  /** Null when the import created what `size` asks, else what is wrong. */
  expect: (result: R, size: number) => string | null;
}

/** A register as the table holds it (its result's shape known only to its own `expect`). */
export function historyRegister<R>(r: HistoryRegister<R>): HistoryRegister {
  return { ...r, expect: (result, size) => r.expect(result as R, size) };
}

/** A register's import service as the page and the CLI call it: the file's bytes and name, checked only or written. */
export interface RegisterImporter<R> {
  importFile(actor: Actor, input: { file: Buffer; fileName: string; dryRun: boolean }): Promise<R>;
}

/**
 * The form most registers take: one sheet (`sheetName`, `headers`, the `rows` made for a size after any set-up of
 * their own) imported as `fileName` by the register's import service (`service`).
 */
export function sheetRegister<R>({
  sheetName,
  headers,
  rows,
  fileName,
  service,
  ...r
}: Omit<HistoryRegister<R>, 'sheet' | 'importFile'> & {
  sheetName: string;
  headers: string[];
  rows: (ctx: HistoryContext, size: number) => XlsxSheet['rows'] | Promise<XlsxSheet['rows']>;
  fileName: string;
  service: (services: HistoryContext['services']) => RegisterImporter<R>;
}): HistoryRegister {
  return historyRegister<R>({
    ...r,
    sheet: async (ctx, size) => writeWorkbook([{ name: sheetName, headers, rows: await rows(ctx, size) }]),
    importFile: ({ services, actor }, file, dryRun) =>
      service(services).importFile(actor, { file, fileName, dryRun }),
  });
}

/** What every generator may use: the demo's database, services, importer and unions. */
export interface HistoryContext {
  db: Db;
  services: ReturnType<typeof createServices>;
  /** The demo's administrator, who imports every register. */
  actor: Actor;
  /** Up to 200 grassroots unions of the demo whose names are unique (a register names its union). */
  unions: { name: string }[];
}

/** A day from 2019-01-01 onwards, spread over five years by the row's index (`offset` days later). */
export const day = (i: number, offset = 0) =>
  new Date(Date.UTC(2019, 0, 1) + (((i * 7) % 1800) + offset) * 86_400_000).toISOString().slice(0, 10);

/** A row error of a result, for the message when a register did not come in whole. */
export const firstErrors = (r: { errors?: unknown[] }) => JSON.stringify((r.errors ?? []).slice(0, 3));

/** A valid ID number unique for each index below 9,000,000: the birthday from the index, the order beside it. */
export function idNumber(i: number, region = '110105'): string {
  const born = new Date(Date.UTC(1965, 0, 1) + (i % 9000) * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .replace(/-/g, '');
  const body = `${region}${born}${String(Math.floor(i / 9000) % 1000).padStart(3, '0')}`;
  return body + idCheckDigit(body);
}

/** The check a register of plain rows must pass: every row created. */
export const allCreated =
  (what: string) =>
  (r: { created: number; errors?: unknown[] }, n: number): string | null =>
    r.created === n ? null : `${r.created} ${what}, ${firstErrors(r)}`;

/** A register's result as the import services answer. */
export type Created = { created: number; errors: unknown[] };

/** The demo's top union (above every union a register names), by name and id. */
export async function topUnionOf(db: Db): Promise<{ id: number; name: string }> {
  const { rows } = await db.query<{ id: number; name: string }>(
    `select id::int as id, name from orgs where parent_id is null and status = 'active' order by id limit 1`,
  );
  return rows[0];
}

/** A day of 2024 (after every member of the members register joined, before today), by the row's index. */
export const day2024 = (i: number, offset = 0) =>
  new Date(Date.UTC(2024, 0, 2) + (((i * 7) % 300) + offset) * 86_400_000).toISOString().slice(0, 10);
