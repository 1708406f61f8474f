import { type Actor, can } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { AppError } from '../../../shared/errors.ts';
import { didYouMean, namesNear, namesOfUnion } from '../../../shared/near-names.ts';
import { giveTurn } from '../../../shared/pace.ts';
import { noteColumn } from '../../../shared/register-columns.ts';
import { defineRegister } from '../../../shared/register-define.ts';
import {
  cellText,
  type RegisterRow,
  type RegisterRowError,
  type RegisterSpec,
  readOk,
  rowError,
} from '../../../shared/register-sheet.ts';
import { unionOfCell } from '../../../shared/row-union.ts';
import { placeOfRow, type RowPlace, rowEn, rowZh } from '../../../shared/sheet-place.ts';
import { normaliseText } from '../../../shared/text.ts';
import { resolveRowUnions, unionFound } from '../../org/index.ts';
import { GRANT_KINDS, type GrantKind, STUDIO_GRANTS } from './studios.grant-kinds.ts';
import { lockStudios, primeGrantLookups } from './studios.grants.import.repository.ts';
import { grantOnRecord } from './studios.grants.import.same.ts';
import { checkStudioGrant, grantLookups, type PlannedGrant, writeStudioGrants } from './studios.grants.ts';
import { studioColumns } from './studios.register.ts';
import { listStudiosOfUnions } from './studios.repository.ts';

/**
 * The register of studios' projects and grants (创新工作室项目与资助台账, issue 23): one row per project or grant —
 * the studio (by name and union), the kind, the year, the amount, the day approved and, paid outside the platform,
 * the day paid. Each row is checked as the studio page checks one (studios.grants.ts) and written the same way:
 * paid outside the platform, a grant row counted in the statistics of its year; paid through the platform, an
 * application of the program approved on its day, to be paid by a payment batch. Nobody is told. All rows or none.
 */
type Key = 'name' | 'union' | 'kind' | 'year' | 'amount' | 'approvedOn' | 'paidOn' | 'outside' | 'note';

export const STUDIO_GRANT_REGISTER: RegisterSpec<Key> = {
  title: { zh: '创新工作室项目与资助台账', en: "register of studios' projects and grants" },
  maxRows: 20_000,
  notes: [
    '每行一个工作室的一项创新项目或资助；工作室须已在平台上（可先导入创新工作室台账）。',
    '已经发放的请在「平台外发放」填「是」并填写发放日期，只计入统计，不进入台账和发放批次；填「否」的由平台开具已批准的申请（须为项目所属工会登记），之后按发放批次发放。',
    '批准日期须在所填年度内；统计按批准日期计入当年。创新项目每个工作室每年度一项，建设助推和认定助推每个工作室一次；专家费、带徒津贴按实际发放每次一行，可多次登记（只能登记为平台外发放）；金额、日期和备注都与已登记的一笔相同的视为同一笔，同日同额的不同款项请在备注中注明区别（如专家姓名）。已登记的项目或款项原样再次出现时跳过并计为已在册（台账可每年整表上传），与已登记的不一致则报错，不会覆盖。',
  ],
  notesEn: [
    'One innovation project or grant of one studio per row; the studio must be on the platform already (the studios register can be imported first).',
    'For one already paid, write yes under "paid outside the platform" and give the day paid: it counts only in the figures, not in the ledger or in payment batches. For no, the platform opens an approved application (registered for the union the project belongs to), then paid in a payment batch.',
    'The day approved is within the year given; the figures count it in that year by the day approved. An innovation project once per studio per year, the support of its work and the recognition subsidies once per studio; expert fees and mentoring stipends one row for each payment made, any number of times (registered only as paid outside the platform); one whose amount, days and note are those of a payment on record is that payment again, so note what sets apart another of the same amount and day (the name of the expert, say). A project or payment on record already is skipped and counted as on record when the file gives it as it stands (a register may be sent whole every year); one that differs is refused, never overwritten.',
  ],
  columns: [
    ...studioColumns({
      name: ['平台上的工作室全称', 'The full name of a studio on the platform'],
      union: [
        '工作室所在工会的全称、简称或统一社会信用代码',
        "The full name, short name or unified social credit code of the studio's union",
      ],
    }),
    {
      key: 'kind',
      header: '类别',
      en: 'kind',
      aliases: ['资助类别', '项目类别'],
      required: true,
      kind: 'choice',
      choices: GRANT_KINDS.map((k) => ({ value: k, ...STUDIO_GRANTS[k].label })),
      note: '创新项目（10万/5万/3万元三个等次）、工作室建设助推、市级认定助推、市级示范认定助推（以上每个工作室一次，创新项目每年度一次）；专家费、带徒津贴（可多次）',
      noteEn:
        "Innovation project (three grades: 100,000 / 50,000 / 30,000 yuan), support of the studio's work, city-level recognition subsidy, city-demonstration recognition subsidy (each of these once per studio, an innovation project once a year); expert fees, mentoring stipends (any number of times)",
      example: '创新项目',
    },
    {
      key: 'year',
      header: '年度',
      en: 'year',
      required: true,
      kind: 'int',
      note: '项目或资助的年度（四位数字）',
      noteEn: 'The year of the project or grant (four digits)',
      example: '2019',
    },
    {
      key: 'amount',
      header: '金额（元）',
      en: 'amount (yuan)',
      aliases: ['金额', '资助金额', '发放金额'],
      required: true,
      kind: 'money',
      note: '元；平台内发放的须为项目规定的金额（如创新项目的等次）',
      noteEn:
        'Yuan; one paid on the platform must be the amount the project sets (such as the grade of an innovation project)',
      example: '50000',
    },
    {
      key: 'approvedOn',
      header: '批准日期',
      en: 'approved on',
      aliases: ['立项日期', '认定日期'],
      required: true,
      kind: 'date',
      note: '批准文件的日期，须在所填年度内',
      noteEn: 'The day of the approval document, within the year given',
      example: '2019-06-10',
    },
    {
      key: 'paidOn',
      header: '发放日期',
      en: 'paid on',
      kind: 'date',
      note: '平台外发放的必填，不早于批准日期',
      noteEn: 'Required for one paid outside the platform; not before the day approved',
      example: '2019-09-01',
    },
    {
      key: 'outside',
      header: '平台外发放',
      en: 'paid outside the platform',
      aliases: ['已在平台外发放', '是否平台外发放'],
      kind: 'yesno',
      note: '是：已在平台外发放；否（或不填）：由平台开具已批准的申请，按发放批次发放',
      noteEn:
        'Yes: already paid outside the platform; no (or left empty): the platform opens an approved application, paid in a payment batch',
      example: '是',
    },
    noteColumn(
      500,
      { zh: '可不填，如项目名称', en: 'May be left empty, e.g. the project name' },
      '冠脉介入新技术推广',
    ),
  ],
};

/** The register's column a refusal of the studio page's check names. */
const COLUMN_OF: Record<string, string> = {
  kind: '类别',
  year: '年度',
  amountFen: '金额（元）',
  approvedOn: '批准日期',
  paidOn: '发放日期',
  outside: '平台外发放',
};

export interface GrantImportCounts {
  created: number;
  /** Grants on record the register gives as they stand: skipped. */
  onRecord: number;
  outside: number;
  onPlatform: number;
  amountFen: number;
}

export function createStudioGrantImport(db: Db, clock: Clock) {
  return defineRegister(db, clock, {
    spec: STUDIO_GRANT_REGISTER,
    permission: 'innovation.write',
    plan: (rows, errors, { actor, today }) => planGrants(db, actor, rows, errors, today),
    counts: ({ grants: plans, onRecord }): GrantImportCounts => ({
      created: plans.length,
      onRecord,
      outside: plans.filter((p) => p.grant.outside).length,
      onPlatform: plans.filter((p) => !p.grant.outside).length,
      amountFen: plans.reduce((n, p) => n + p.grant.amountFen, 0),
    }),
    unionsOf: ({ grants }) => grants.map((p) => p.studio.orgId),
    dryRunExtras: {},
    write: async (sql, { grants: plans }, _counts, { actor }) => {
      // Each studio locked, then every row checked again: what another clerk recorded meanwhile refuses it.
      const studioIds = [...new Set(plans.map((p) => p.studio.id))].sort((a, b) => a - b);
      await lockStudios(sql, studioIds);
      const look = grantLookups(sql, await primeGrantLookups(sql, studioIds));
      for (const p of plans) {
        const again = await checkStudioGrant(look, actor, p.studio, p.grant);
        if (again instanceof AppError) throw again;
      }
      await writeStudioGrants(sql, actor, plans, clock());
      return {};
    },
    audit: { action: 'studio.grant.import', entity: 'innovation_studio' },
  });
}

interface RowGrant extends PlannedGrant {
  rowNo: number;
}

/**
 * Each row's studio and grant, checked as the studio page checks one; problems go to `errors`, every one a row has
 * that does not follow from another: its studio, year, amount and days each on its own (a check over a cell that
 * did not parse skipped), the page's check once they are right; such a row plans nothing. A grant on record
 * already is skipped and counted (`onRecord`) when the row gives it as it stands, refused when it differs
 * (grantOnRecord).
 */
async function planGrants(
  db: Db,
  actor: Actor,
  rows: RegisterRow<Key>[],
  errors: RegisterRowError[],
  today: string,
): Promise<{ grants: RowGrant[]; onRecord: number }> {
  const unions = await resolveRowUnions(db, actor, rows, 'union');
  const orgIds = [...unions.values()].flatMap((u) => unionFound(u)?.id ?? []);
  const studios = new Map(
    (await listStudiosOfUnions(db, [...new Set(orgIds)])).map((s) => [
      `${s.orgId}|${normaliseText(s.name)}`,
      s,
    ]),
  );
  // The studios the rows name, read about once for all of them.
  const named = rows.flatMap((row) => {
    const v = row.values;
    if (!readOk(row, 'union', 'name')) return [];
    const u = unionFound(unions.get(String(v.union)));
    const s = u ? studios.get(`${u.id}|${normaliseText(String(v.name))}`) : undefined;
    return s ? [s.id] : [];
  });
  const look = grantLookups(db, await primeGrantLookups(db, named));
  const seen = new Map<string, RowPlace>();
  // the payments on record the rows have taken as theirs (a payment of a repeated kind given again)
  const taken = new Set<number>();
  let onRecord = 0;
  const out: RowGrant[] = [];
  for (const row of rows) {
    await giveTurn();
    const { rowNo, values: v } = row;
    const before = errors.length;
    // the studio, the year, the amount and the days each checked whatever the others' problems
    const studio = studioOf(row);
    const year = Number(v.year);
    if (readOk(row, 'year') && (year < 2000 || year > Number(today.slice(0, 4)))) {
      errors.push(
        rowError(
          rowNo,
          '年度',
          `年度 ${year} 不在2000年至今年之间`,
          `The year ${year} is not from 2000 to this year`,
        ),
      );
    }
    const amountFen = Number(v.amount);
    if (readOk(row, 'amount') && !(amountFen > 0))
      errors.push(rowError(rowNo, '金额（元）', '金额须大于0', 'The amount must be above zero'));
    const approvedOn = String(v.approvedOn);
    const paidOn = readOk(row, 'paidOn') ? cellText(v.paidOn) : null;
    const days = [readOk(row, 'approvedOn') ? approvedOn : null, paidOn];
    if (days.some((d) => d !== null && d < today) && !can(actor, 'history.backdate')) {
      errors.push(
        rowError(rowNo, '批准日期', '您的角色不能补录历史日期', 'Your role cannot record a past date'),
      );
    }
    // the page's own check of the grant needs the studio and every cell of the row right
    if (!studio || errors.length !== before || row.unread) continue;
    const name = String(v.name);
    const grant = {
      kind: v.kind as GrantKind,
      year,
      amountFen,
      approvedOn,
      outside: v.outside === true,
      paidOn,
      note: cellText(v.note),
    };
    const checked = await checkStudioGrant(look, actor, studio, grant);
    // on record already (a register sent again whole): skipped as it stands, refused where it differs
    const again =
      checked instanceof AppError && checked.code === 'STUDIO_GRANT_DUPLICATE'
        ? await grantOnRecord(look, studio, grant, taken)
        : null;
    if (checked instanceof AppError && !again) {
      const field = String(checked.details?.field ?? 'kind');
      errors.push(rowError(rowNo, COLUMN_OF[field] ?? '类别', checked.messages.zh, checked.messages.en));
      continue;
    }
    // A second of a once-only kind in the file is refused; expert fees and stipends come as often as paid.
    const key = STUDIO_GRANTS[grant.kind].once
      ? `${STUDIO_GRANTS[grant.kind].presetKey}|${STUDIO_GRANTS[grant.kind].subject(studio.id, year)}`
      : null;
    const earlier = key === null ? undefined : seen.get(key);
    if (earlier !== undefined) {
      errors.push(
        rowError(
          rowNo,
          '类别',
          `与${rowZh(earlier)}是同一项（${name}的${STUDIO_GRANTS[grant.kind].label.zh}），同一项只登记一次`,
          `The same grant as ${rowEn(earlier)} (${name}'s ${STUDIO_GRANTS[grant.kind].label.en}); each is recorded once`,
        ),
      );
      continue;
    }
    if (key !== null) seen.set(key, placeOfRow(row));
    if (again === 'same') onRecord++;
    else if (again) for (const d of again) errors.push(rowError(rowNo, d.column, d.zh, d.en));
    else out.push({ ...(checked as PlannedGrant), rowNo });
  }
  return { grants: out, onRecord };

  /** The row's studio: undefined, its problem told, when not found (not looked for when a cell did not parse). */
  function studioOf(row: RegisterRow<Key>) {
    const { rowNo, values: v } = row;
    const found = unionOfCell(row, unions, actor, 'innovation.write');
    if (!found) return undefined;
    const { union, problem } = found;
    if (problem) {
      errors.push(rowError(rowNo, '所在工会', problem.zh, problem.en));
      return undefined;
    }
    const unionText = String(v.union);
    if (!readOk(row, 'name')) return undefined;
    const name = String(v.name);
    const studio = studios.get(`${union.id}|${normaliseText(name)}`);
    if (!studio) {
      const near = didYouMean(
        namesNear(normaliseText(name), namesOfUnion(studios, union.id)).map((n) => n.name),
      );
      errors.push(
        rowError(
          rowNo,
          '工作室名称',
          `「${unionText}」没有名为「${name}」的工作室${near.zh || '（可先导入创新工作室台账）'}`,
          `"${unionText}" has no studio named "${name}"${near.en || ' (bring the studios register in first)'}`,
        ),
      );
    }
    return studio;
  }
}
