import { cptable } from '@e965/xlsx/dist/cpexcel';
import { afterAll, beforeAll } from 'vitest';
import type { Actor } from '../src/access/access.ts';
import type { Db } from '../src/db/db.ts';
import type { OrgRow } from '../src/modules/org/index.ts';
import { type ImportMode, idCheckDigit } from '../src/modules/people/index.ts';
import { writeWorkbook } from '../src/shared/xlsx-writer.ts';
import { clockOn } from './clock.ts';
import { createTestContext, type TestContext } from './factories.ts';
import { createTestDb } from './test-db.ts';

/** Shared by the member import tests: a small tree, sheet builders and state probes. */
/** The day the imports are made (the fixture's clock stands at it). */
export const TODAY = '2025-06-30';
export const HEADERS = [
  '姓名',
  '身份证号码',
  '手机',
  '工会名称',
  '入会日期',
  '是否一线',
  '是否户外劳动者',
  '劳模级别',
  '困难职工类别',
];

/** A valid ID number with a chosen serial, so rows are readable; the check digit is computed. */
export function idNo(serial: number, year = 1988): string {
  const body = `110113${year}0612${String(serial).padStart(3, '0')}`;
  return body + idCheckDigit(body);
}
/** The same number with a wrong check digit. */
export function badCheck(id: string): string {
  const digits = '0123456789X';
  return id.slice(0, 17) + digits[(digits.indexOf(id[17]) + 1) % 11];
}

/** Text as a Chinese Windows Excel saves a CSV: code page 936 (GBK). */
export function gbk(text: string): Buffer {
  const table = cptable[936].enc;
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : table[ch];
    if (code > 0xff) bytes.push(code >> 8, code & 0xff);
    else bytes.push(code);
  }
  return Buffer.from(bytes);
}

export const xlsx = (headers: string[], rows: string[][]) => writeWorkbook([{ name: '会员', headers, rows }]);
/** A members sheet of `rows` under the register's HEADERS. */
export const memberSheet = (rows: string[][]) => xlsx(HEADERS, rows);
/** A row under the register's HEADERS: the member's name, ID number, phone (none unless given), union and day joined. */
export const memberRow = (m: {
  name: string;
  idNumber: string;
  phone?: string;
  union: string;
  joinedOn: string;
}) => [m.name, m.idNumber, m.phone ?? '', m.union, m.joinedOn, '', '', '', ''];

/**
 * A sheet of `count` new members of `union` who joined on 2020-01-01, nothing else given: the i-th named `name(i)`,
 * their ID numbers' serials from `first`, born in `year`.
 */
export const newMembersSheet = (o: {
  count: number;
  first: number;
  year: number;
  union: string;
  name: (i: number) => string;
}) =>
  memberSheet(
    Array.from({ length: o.count }, (_, i) =>
      memberRow({
        name: o.name(i),
        idNumber: idNo(o.first + i, o.year),
        union: o.union,
        joinedOn: '2020-01-01',
      }),
    ),
  );

export interface ImportOptions {
  mode?: ImportMode;
  fileName?: string;
  defaultOrgId?: number;
  defaultJoinedOn?: string;
  /** Rows validated and staged together; small to cross batches in a short sheet. */
  batchRows?: number;
  /** Check only (预检). */
  dryRun?: boolean;
}

export interface ImportFixture {
  db: Db;
  ctx: TestContext;
  orgs: Record<'root' | 'shunyi' | 'yangzhen' | 'firmA' | 'firmB' | 'lisui' | 'changping' | 'cpFirm', OrgRow>;
  runImport(actor: Actor, buffer: Buffer, options?: ImportOptions): ReturnType<typeof runImportOn>;
  counts(): Promise<{ persons: number; memberships: number; staging: number }>;
  personByIdNumber(id: string): ReturnType<typeof personOn>;
}

async function runImportOn(ctx: TestContext, actor: Actor, buffer: Buffer, options: ImportOptions = {}) {
  const { jobId, done } = await ctx.services.memberImport.start(
    actor,
    {
      fileName: options.fileName ?? 'members.xlsx',
      buffer,
      mode: options.mode ?? 'all_or_nothing',
      defaultOrgId: options.defaultOrgId,
      defaultJoinedOn: options.defaultJoinedOn,
      dryRun: options.dryRun,
    },
    { batchRows: options.batchRows },
  );
  const job = await done;
  const errors = await ctx.services.jobs.listErrors(actor, jobId, 1000);
  return { jobId, job, errors };
}

async function personOn(ctx: TestContext, id: string) {
  const { rows } = await ctx.db.query<{
    id: number;
    name: string;
    phone: string | null;
    isFrontLine: boolean;
    isOutdoor: boolean;
    modelWorkerLevel: string | null;
    hardshipLevel: string | null;
    orgId: number | null;
  }>(
    `select p.id, p.name, p.phone, p.is_front_line as "isFrontLine", p.is_outdoor as "isOutdoor",
            p.model_worker_level as "modelWorkerLevel", p.hardship_level as "hardshipLevel", m.org_id as "orgId"
       from persons p left join memberships m on m.person_id = p.id and m.status = 'active'
      where p.id_hash = $1`,
    [ctx.services.ids.hash(id)],
  );
  return rows[0];
}

/** A fresh database (or `given`, migrated) with 顺义 (杨镇 with two firms, 李遂 with one) and 昌平 (one hospital). */
export async function createImportFixture(given?: Db): Promise<ImportFixture> {
  const db = given ?? (await createTestDb());
  const ctx = createTestContext(db, { clock: clockOn(TODAY) });
  const root = await ctx.newRoot();
  const shunyi = await ctx.newOrg(root, 'district', '顺义区总工会');
  const yangzhen = await ctx.newOrg(shunyi, 'town', '杨镇总工会');
  const firmA = await ctx.newOrg(yangzhen, 'grassroots', '杨镇汇丰包装公司工会');
  const firmB = await ctx.newOrg(yangzhen, 'grassroots', '杨镇卫生服务中心工会');
  const lisuiTown = await ctx.newOrg(shunyi, 'town', '李遂镇总工会');
  const lisui = await ctx.newOrg(lisuiTown, 'grassroots', '李遂建材公司工会');
  const changping = await ctx.newOrg(root, 'district', '昌平区总工会');
  const cpFirm = await ctx.newOrg(changping, 'grassroots', '昌平区医院工会');
  return {
    db,
    ctx,
    orgs: { root, shunyi, yangzhen, firmA, firmB, lisui, changping, cpFirm },
    runImport: (actor, buffer, options) => runImportOn(ctx, actor, buffer, options),
    async counts() {
      const { rows } = await db.query<{ persons: number; memberships: number; staging: number }>(
        `select (select count(*) from persons) as persons, (select count(*) from memberships) as memberships,
                (select count(*) from import_staging) as staging`,
      );
      return rows[0];
    },
    personByIdNumber: (id) => personOn(ctx, id),
  };
}

/**
 * The fixture of a test file: filled in before its tests (so `const f = importFixtureForFile()` at the top of the
 * file, before its own `beforeAll`), its database closed after them.
 */
export function importFixtureForFile(): ImportFixture {
  const f = {} as ImportFixture;
  beforeAll(async () => {
    Object.assign(f, await createImportFixture());
  });
  afterAll(async () => f.db?.close());
  return f;
}
