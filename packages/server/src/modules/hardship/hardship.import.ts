import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { AppError } from '../../shared/errors.ts';
import { giveTurn } from '../../shared/pace.ts';
import {
  type CellValue,
  cellText,
  headersOf,
  mergeRowFields,
  type RegisterColumn,
  type RegisterRow,
  type RegisterRowError,
  type RegisterSpec,
  registerTemplate,
  rowError,
  runRegisterImport,
} from '../../shared/register-sheet.ts';
import { normaliseText } from '../../shared/text.ts';
import { recordAudit } from '../audit/index.ts';
import {
  findPersonById,
  findPersonIdByHash,
  type IdProtector,
  parseIdNumber,
  setHardshipFromFile,
} from '../people/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import { spanDeltas, verifiedDelta } from './hardship.counts.ts';
import { checkMembers, type MemberInput } from './hardship.members.ts';
import {
  findFilesEstablished,
  findOpenFilesOf,
  type ImportedFile,
  insertEvents,
  insertImportedFiles,
  insertMembers,
  type MemberInsert,
} from './hardship.repository.ts';
import {
  CAUSE_ZH,
  CAUSES,
  type Cause,
  FILE_LEVELS,
  type FileLevel,
  LEVEL_ZH,
  RELATIONS,
  type Relation,
  RULE_LEVEL,
  yearAfter,
} from './hardship.types.ts';

/**
 * The hardship files register (困难职工档案台账) brought in (issue 23): a file per household, one row per
 * household member — the worker's own row and one for each person living with them, the rows of a household
 * sharing the worker's ID number and the day the file was established. Each file is written with its own days
 * (established, verified, last reviewed, closed) and counted in the reporting layer on them as verification,
 * review and closing count (ADR 23), so the hardship statistics of a past year show it. A file verified and
 * in force today sets the worker's hardship level as verification does; an expired or closed one leaves the
 * worker as they are. Household ID numbers are stored encrypted and masked. Nobody is told; all rows or none.
 */
type Key =
  | 'idNumber'
  | 'name'
  | 'level'
  | 'causes'
  | 'address'
  | 'createdOn'
  | 'verifiedOn'
  | 'reviewedOn'
  | 'expiresOn'
  | 'closedOn'
  | 'closeReason'
  | 'note'
  | 'householdSize'
  | 'householdIncome'
  | 'memberName'
  | 'relation'
  | 'memberIdNumber'
  | 'income'
  | 'occupation'
  | 'health';

const RELATION_ZH: Record<Relation, string> = {
  self: '本人',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  other: '其他',
};

/** Other names clerks give the causes, besides their own. */
const CAUSE_ALIASES: Record<string, Cause> = {
  因病: 'illness',
  重病: 'illness',
  疾病: 'illness',
  因疫: 'epidemic',
  疫情: 'epidemic',
  因残: 'disability',
  单亲家庭: 'single_parent',
  下岗: 'unemployment',
  下岗失业: 'unemployment',
  因学: 'education',
  子女上学: 'education',
  因灾: 'disaster',
  自然灾害: 'disaster',
  意外: 'accident',
  收入低: 'low_income',
};

const COLUMNS: RegisterColumn<Key>[] = [
  {
    key: 'idNumber',
    header: '职工身份证号',
    en: 'worker ID number',
    aliases: ['身份证号', '身份证号码', '公民身份号码'],
    required: true,
    kind: 'text',
    max: 30,
    note: '困难职工本人的身份证号，须为本工会范围内的会员；同一户的每一行都要填写',
    example: '110113198503150021',
  },
  {
    key: 'name',
    header: '职工姓名',
    en: 'worker name',
    aliases: ['姓名', '困难职工姓名'],
    kind: 'text',
    max: 50,
    note: '可不填；填写时须与该会员登记的姓名一致',
    example: '张建国',
  },
  {
    key: 'level',
    header: '困难类别',
    en: 'level',
    aliases: ['困难程度', '困难等级', '困难类型'],
    kind: 'choice',
    choices: FILE_LEVELS.map((l) => ({ value: l, zh: LEVEL_ZH[l], en: l })),
    note: '每户必填（填在本户第一行即可）',
    example: '深度困难',
  },
  {
    key: 'causes',
    header: '致困原因',
    en: 'causes',
    aliases: ['困难原因', '致困类型'],
    kind: 'text',
    max: 200,
    note: `每户必填，多个用顿号分隔；可填：${CAUSES.map((c) => CAUSE_ZH[c]).join('、')}`,
    example: '大病、子女教育',
  },
  {
    key: 'address',
    header: '家庭住址',
    en: 'address',
    aliases: ['住址'],
    kind: 'text',
    max: 200,
    note: '可不填',
    example: '顺义区杨镇一街10号',
  },
  {
    key: 'createdOn',
    header: '建档日期',
    en: 'established on',
    aliases: ['建档时间'],
    kind: 'date',
    note: '每户必填；同一职工的行按建档日期归为一户，后续行不填则归入上方该职工的档案',
    example: '2021-03-01',
  },
  {
    key: 'verifiedOn',
    header: '认定日期',
    en: 'verified on',
    aliases: ['认定时间'],
    kind: 'date',
    note: '工会认定的日期；未认定的档案不填（导入为待认定）',
    example: '2021-03-15',
  },
  {
    key: 'reviewedOn',
    header: '复核日期',
    en: 'reviewed on',
    aliases: ['最近复核日期', '年度复核日期'],
    kind: 'date',
    note: '最近一次年度复核的日期，可不填',
    example: '2022-03-10',
  },
  {
    key: 'expiresOn',
    header: '有效期至',
    en: 'expires on',
    aliases: ['复核到期日', '有效期'],
    kind: 'date',
    future: true,
    note: '可晚于今天；不填则为认定（或复核）日期起一年',
    example: '2023-03-09',
  },
  {
    key: 'closedOn',
    header: '销档日期',
    en: 'closed on',
    aliases: ['退出日期', '脱困日期'],
    kind: 'date',
    note: '已销档的填写',
    example: '',
  },
  {
    key: 'closeReason',
    header: '销档原因',
    en: 'reason for closing',
    aliases: ['退出原因'],
    kind: 'text',
    max: 500,
    note: '填写销档日期时必填',
    example: '',
  },
  {
    key: 'note',
    header: '备注',
    en: 'note',
    kind: 'text',
    max: 1000,
    note: '可不填',
    example: '',
  },
  {
    key: 'householdSize',
    header: '家庭人口',
    en: 'household size',
    aliases: ['家庭人数'],
    kind: 'int',
    note: '可不填；填写时须等于本户所列的行数（每位家庭成员一行）',
    example: '3',
  },
  {
    key: 'householdIncome',
    header: '家庭年收入',
    en: 'household income',
    kind: 'money',
    note: '可不填；填写时须等于本户各行年收入之和',
    example: '36000',
  },
  {
    key: 'memberName',
    header: '家庭成员姓名',
    en: 'household member',
    aliases: ['成员姓名'],
    kind: 'text',
    max: 50,
    note: '职工本人的一行不填；其他家庭成员每人一行',
    example: '',
  },
  {
    key: 'relation',
    header: '与职工关系',
    en: 'relation',
    aliases: ['关系', '与户主关系'],
    kind: 'choice',
    choices: RELATIONS.map((r) => ({ value: r, zh: RELATION_ZH[r], en: r })),
    note: '职工本人的一行不填或填「本人」',
    example: '本人',
  },
  {
    key: 'memberIdNumber',
    header: '成员身份证号',
    en: 'member ID number',
    aliases: ['家庭成员身份证号'],
    kind: 'text',
    max: 30,
    note: '可不填；加密保存，只显示脱敏号码',
    example: '',
  },
  {
    key: 'income',
    header: '年收入',
    en: 'yearly income',
    aliases: ['成员年收入', '个人年收入'],
    kind: 'money',
    note: '本行成员的年收入（元），不填为 0',
    example: '36000',
  },
  {
    key: 'occupation',
    header: '职业或就学',
    en: 'work or school',
    aliases: ['职业', '就业就学情况'],
    kind: 'text',
    max: 100,
    note: '可不填',
    example: '一线职工',
  },
  {
    key: 'health',
    header: '健康状况',
    en: 'health',
    kind: 'text',
    max: 200,
    note: '可不填',
    example: '',
  },
];

export const HARDSHIP_REGISTER: RegisterSpec<Key> = {
  title: { zh: '困难职工档案台账', en: 'hardship files register' },
  maxRows: 20_000,
  notes: [
    '每户一份档案，每位家庭成员一行：职工本人一行（「家庭成员姓名」不填），其他家庭成员每人一行。',
    '同一户的各行填写相同的职工身份证号和建档日期；档案信息（困难类别、致困原因、各日期）填在本户第一行即可，其余行不填或填写相同内容。',
    '日期须依次不早于前一项：建档日期 ≤ 认定日期 ≤ 复核日期 ≤ 有效期至；销档日期不早于认定（或复核）日期。',
    '已认定、未过有效期且未销档的档案，导入后该职工即按困难职工参与帮扶项目规则；已过期或已销档的不改变职工的困难状态。',
    '导入的档案按各自的日期计入困难职工统计；不向任何人发送消息。导入前请先预检；有任何一行出错，整个文件都不导入。',
  ],
  columns: COLUMNS,
};

/** The header a column is named by in row errors. */
const H = headersOf(COLUMNS);

/** The fields that describe the file (not a household member): first given wins, a different one is an error. */
const FILE_FIELDS = [
  'name',
  'level',
  'address',
  'verifiedOn',
  'reviewedOn',
  'expiresOn',
  'closedOn',
  'closeReason',
  'note',
  'householdSize',
  'householdIncome',
] as const satisfies readonly Key[];

interface MemberPlan extends MemberInput {
  rowNo: number;
}

interface FilePlan {
  rowNo: number;
  worker: string;
  createdOn: string;
  fields: Partial<Record<(typeof FILE_FIELDS)[number], CellValue>>;
  causes: Cause[] | null;
  /** A cause was written (read or not): a missing one is not reported again. */
  causesGiven: boolean;
  members: MemberPlan[];
  personId: number;
  orgId: number;
  level: FileLevel;
  expiresOn: string | null;
  stored: MemberInsert[];
}

export interface HardshipImportCounts {
  created: number;
  inForce: number;
  expired: number;
  closed: number;
  drafts: number;
  members: number;
}

/** The state a file comes in with, as of `today`. */
function stateOf(f: FilePlan, today: string): 'draft' | 'inForce' | 'expired' | 'closed' {
  if (f.fields.closedOn) return 'closed';
  if (!f.fields.verifiedOn) return 'draft';
  return (f.expiresOn as string) < today ? 'expired' : 'inForce';
}

export function createHardshipImport(db: Db, ids: IdProtector) {
  return {
    template(actor: Actor) {
      requireAccess(actor, 'hardship.write');
      return registerTemplate(HARDSHIP_REGISTER);
    },

    async importFile(actor: Actor, input: { file: Buffer; fileName: string; dryRun: boolean }) {
      requireAccess(actor, 'hardship.write');
      const today = todayInChina();
      return runRegisterImport(HARDSHIP_REGISTER, input, {
        plan: (rows, errors) => planFiles(db, actor, ids, rows, errors),
        counts: (files): HardshipImportCounts => {
          const n = (s: ReturnType<typeof stateOf>) => files.filter((f) => stateOf(f, today) === s).length;
          return {
            created: files.length,
            inForce: n('inForce'),
            expired: n('expired'),
            closed: n('closed'),
            drafts: n('draft'),
            members: files.reduce((s, f) => s + f.members.length, 0),
          };
        },
        dryRunExtras: {},
        write: (files, counts) =>
          db.tx(async (sql) => {
            const replaced = await writeFiles(sql, actor, files, today);
            await recordAudit(sql, actor, {
              action: 'hardship_file.import',
              entity: 'hardship_file',
              orgId: actor.orgId,
              after: { fileName: input.fileName, ...counts, replaced },
            });
            return {};
          }),
      });
    },
  };
}

/** A cause named as clerks write it, or undefined. */
function causeOf(text: string): Cause | undefined {
  const key = normaliseText(text).toLowerCase();
  return (
    CAUSES.find((c) => c === key || CAUSE_ZH[c] === key) ??
    (Object.hasOwn(CAUSE_ALIASES, key) ? CAUSE_ALIASES[key] : undefined)
  );
}

/** The rows grouped into files (worker and day established), each checked; problems go to `errors`. */
async function planFiles(
  sql: Sql,
  actor: Actor,
  ids: IdProtector,
  rows: RegisterRow<Key>[],
  errors: RegisterRowError[],
): Promise<FilePlan[]> {
  const files = new Map<string, FilePlan>();
  const lastOf = new Map<string, FilePlan>();
  for (const { rowNo, values: v } of rows) {
    await giveTurn();
    const bad = (key: Key, zh: string, en: string) => errors.push(rowError(rowNo, H[key], zh, en));
    const raw = String(v.idNumber);
    const parsed = parseIdNumber(raw);
    if (!parsed.ok) {
      bad('idNumber', `「${raw}」身份证号格式不正确`, `"${raw}": the ID number is malformed`);
      continue;
    }
    const worker = parsed.value.number;
    const createdOn = cellText(v.createdOn);
    let file = createdOn ? files.get(`${worker}|${createdOn}`) : lastOf.get(worker);
    if (!file && !createdOn) {
      bad('createdOn', '请填写建档日期', 'The day the file was established is required');
      continue;
    }
    if (!file) {
      file = {
        rowNo,
        worker,
        createdOn: createdOn as string,
        fields: {},
        causes: null,
        causesGiven: false,
        members: [],
        personId: 0,
        orgId: 0,
        level: 'relative',
        expiresOn: null,
        stored: [],
      };
      files.set(`${worker}|${createdOn}`, file);
    }
    lastOf.set(worker, file);
    const first = file.rowNo;
    const differs = (key: Key) =>
      bad(key, `与本户第${first}行填写的不一致`, `differs from what row ${first} of this household gives`);
    for (const key of mergeRowFields(file.fields, v, FILE_FIELDS)) differs(key);
    const causesText = cellText(v.causes);
    if (causesText) {
      file.causesGiven = true;
      const names = causesText.split(/[、,，;；/\s]+/).filter(Boolean);
      const causes = [...new Set(names.map(causeOf))];
      const unknown = names.filter((n) => !causeOf(n));
      if (unknown.length) {
        bad(
          'causes',
          `「${unknown.join('、')}」不是可选的致困原因（${CAUSES.map((c) => CAUSE_ZH[c]).join('、')}）`,
          `"${unknown.join(', ')}" is not a cause (${CAUSES.join(', ')})`,
        );
      } else if (!file.causes) file.causes = causes as Cause[];
      else if ([...file.causes].sort().join() !== [...(causes as Cause[])].sort().join()) differs('causes');
    }
    // The household member this row describes: the worker themself when no member is named.
    const memberName = cellText(v.memberName);
    const relation = (v.relation as Relation | null) ?? (memberName ? null : 'self');
    if (!relation) {
      bad('relation', '请填写与职工关系', "The member's relation to the worker is required");
      continue;
    }
    if (relation !== 'self' && !memberName) {
      bad('memberName', '请填写家庭成员姓名', "The household member's name is required");
      continue;
    }
    const memberId = cellText(v.memberIdNumber);
    const memberParsed = memberId ? parseIdNumber(memberId) : null;
    if (relation === 'self' && memberParsed?.ok && memberParsed.value.number !== worker) {
      bad(
        'memberIdNumber',
        '职工本人一行的成员身份证号须与职工身份证号相同',
        "The worker's own row must give the worker's ID number",
      );
    }
    file.members.push({
      rowNo,
      name: memberName ?? '',
      relation,
      idNumber: relation === 'self' ? (memberId ?? worker) : memberId,
      yearlyIncomeFen: (v.income as number | null) ?? 0,
      occupation: cellText(v.occupation),
      health: cellText(v.health),
    });
  }
  const plans = [...files.values()];
  const persons = await findWorkers(sql, actor, ids, plans, errors);
  const personIds = [...new Set([...persons.values()].map((p) => p.id))];
  const open = await findOpenFilesOf(sql, personIds);
  const established = await findFilesEstablished(sql, personIds);
  const openInSheet = new Set<number>();
  const out: FilePlan[] = [];
  for (const f of plans) {
    const before = errors.length;
    const person = persons.get(f.worker);
    if (person) {
      f.personId = person.id;
      f.orgId = person.orgId;
      for (const m of f.members) if (m.relation === 'self' && !m.name) m.name = person.name;
      const name = f.fields.name;
      if (name && normaliseText(String(name)) !== normaliseText(person.name)) {
        errors.push(
          rowError(
            f.rowNo,
            H.name,
            `「${name}」与该身份证号登记的会员姓名不一致`,
            `"${name}" is not the name the member with this ID number is recorded under`,
          ),
        );
      }
    }
    checkFile(f, errors);
    if (person && established.has(`${person.id}|${f.createdOn}`)) {
      errors.push(
        rowError(
          f.rowNo,
          H.createdOn,
          `该职工${f.createdOn}建立的档案已在平台中`,
          `The worker's file established on ${f.createdOn} is already on record`,
        ),
      );
    } else if (person && !f.fields.closedOn) {
      if (open.has(person.id) || openInSheet.has(person.id)) {
        errors.push(
          rowError(
            f.rowNo,
            H.idNumber,
            '该职工已有未销档的困难职工档案',
            'The worker already has an open hardship file',
          ),
        );
      }
      openInSheet.add(person.id);
    }
    f.stored = storeMembers(ids, f, errors);
    if (errors.length === before && person) out.push(f);
  }
  return out;
}

/** The members of the subtree the files name, by ID number; unknown or out-of-scope workers are errors. */
async function findWorkers(
  sql: Sql,
  actor: Actor,
  ids: IdProtector,
  files: FilePlan[],
  errors: RegisterRowError[],
): Promise<Map<string, { id: number; orgId: number; name: string }>> {
  const found = new Map<string, { id: number; orgId: number; name: string }>();
  const first = new Map<string, number>();
  for (const f of files) if (!first.has(f.worker)) first.set(f.worker, f.rowNo);
  for (const [worker, rowNo] of first) {
    const id = await findPersonIdByHash(sql, ids.hash(worker));
    const person = id ? await findPersonById(sql, id) : undefined;
    if (!person?.orgPath || !canAccess(actor, 'hardship.write', { orgPath: person.orgPath })) {
      errors.push(
        rowError(
          rowNo,
          H.idNumber,
          person && !person.orgPath
            ? `身份证号为 ${worker} 的职工没有有效的会员关系，无法建档`
            : `未找到本工会范围内身份证号为 ${worker} 的会员`,
          person && !person.orgPath
            ? `The worker with the ID number ${worker} has no active membership to file under`
            : `No member of your unions has the ID number ${worker}`,
        ),
      );
      continue;
    }
    found.set(worker, { id: person.id, orgId: person.orgId as number, name: person.name });
  }
  // Rows of a worker not found are reported once, on the worker's first row.
  return found;
}

/** The file's own checks: level and causes given, days in order, closing with its reason, the household's sums. */
function checkFile(f: FilePlan, errors: RegisterRowError[]) {
  const bad = (key: Key, zh: string, en: string) => errors.push(rowError(f.rowNo, H[key], zh, en));
  const d = f.fields as Partial<Record<string, string>>;
  if (!f.fields.level) bad('level', '请填写困难类别', 'The level is required');
  else f.level = f.fields.level as FileLevel;
  if (!f.causesGiven) bad('causes', '请填写致困原因', 'At least one cause is required');
  if (!d.verifiedOn) {
    if (d.reviewedOn) bad('reviewedOn', '未认定的档案不能有复核日期', 'A file not verified has no review');
    if (d.expiresOn) bad('expiresOn', '未认定的档案不能有有效期', 'A file not verified has no expiry');
  }
  const from = d.reviewedOn ?? d.verifiedOn;
  f.expiresOn = from ? (d.expiresOn ?? yearAfter(from)) : null;
  const days: [Key, string | undefined][] = [
    ['createdOn', f.createdOn],
    ['verifiedOn', d.verifiedOn],
    ['reviewedOn', d.reviewedOn],
    ['expiresOn', d.expiresOn],
  ];
  let last: [Key, string] | null = null;
  for (const [key, day] of days) {
    if (!day) continue;
    if (last && day < last[1]) {
      bad(
        key,
        `${H[key]} ${day} 早于${H[last[0]]} ${last[1]}`,
        `${H[key]} ${day} is before ${H[last[0]]} ${last[1]}`,
      );
    }
    last = [key, day];
  }
  const closedOn = d.closedOn;
  const start: [Key, string] = d.reviewedOn
    ? ['reviewedOn', d.reviewedOn]
    : d.verifiedOn
      ? ['verifiedOn', d.verifiedOn]
      : ['createdOn', f.createdOn];
  if (closedOn && closedOn < start[1]) {
    bad(
      'closedOn',
      `销档日期 ${closedOn} 早于${H[start[0]]} ${start[1]}`,
      `销档日期 ${closedOn} is before ${H[start[0]]} ${start[1]}`,
    );
  }
  if (closedOn && !d.closeReason) bad('closeReason', '请填写销档原因', 'The reason for closing is required');
  if (d.closeReason && !closedOn)
    bad('closedOn', '填写了销档原因，请填写销档日期', 'A reason needs its closing day');
  if (f.members.filter((m) => m.relation === 'self').length > 1) {
    const row = f.members.filter((m) => m.relation === 'self')[1].rowNo;
    errors.push(
      rowError(row, H.relation, '本户只能有一行是职工本人', 'Only one row of a household is the worker'),
    );
  }
  if (f.members.length > 20) bad('memberName', '一户最多20位家庭成员', 'At most 20 household members');
  const size = f.fields.householdSize as number | undefined;
  if (size !== undefined && size !== null && size !== f.members.length) {
    bad(
      'householdSize',
      `家庭人口 ${size} 与本户所列 ${f.members.length} 人不符（每位家庭成员填写一行）`,
      `Household of ${size}, but ${f.members.length} listed (one row per member)`,
    );
  }
  const income = f.fields.householdIncome as number | undefined;
  const sum = f.members.reduce((s, m) => s + m.yearlyIncomeFen, 0);
  if (income !== undefined && income !== null && income !== sum) {
    bad(
      'householdIncome',
      `家庭年收入 ${income / 100} 元与本户各行年收入之和 ${sum / 100} 元不符`,
      `Household income ${income / 100} yuan, but the rows add up to ${sum / 100}`,
    );
  }
}

const MEMBER_COLUMN: Record<string, Key> = {
  name: 'memberName',
  relation: 'relation',
  idNumber: 'memberIdNumber',
};

/** The household as stored (ID numbers encrypted and masked), through the form's own check; its problem an error. */
function storeMembers(ids: IdProtector, f: FilePlan, errors: RegisterRowError[]): MemberInsert[] {
  try {
    return checkMembers(ids, f.members);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const [, index, field] = String(e.details?.field ?? '').split('.');
    const m = f.members[Number(index)] ?? f.members[0];
    errors.push(rowError(m.rowNo, H[MEMBER_COLUMN[field] ?? 'memberIdNumber'], e.messages.zh, e.messages.en));
    return [];
  }
}

/**
 * The files, their households and events in three statements; the workers of files in force today take their
 * level from the file (people's setHardshipFromFile, as verification); the counts on the files' own days.
 * Answers the hand-typed levels a file replaced, for the audit.
 */
async function writeFiles(sql: Sql, actor: Actor, files: FilePlan[], today: string) {
  const rows: ImportedFile[] = files.map((f) => ({
    orgId: f.orgId,
    personId: f.personId,
    level: f.level,
    causes: f.causes as Cause[],
    status: f.fields.closedOn ? 'closed' : f.fields.verifiedOn ? 'verified' : 'draft',
    address: cellText(f.fields.address ?? null),
    note: cellText(f.fields.note ?? null),
    verifiedOn: cellText(f.fields.verifiedOn ?? null),
    reviewedOn: cellText(f.fields.reviewedOn ?? null),
    expiresOn: f.expiresOn,
    spanFrom: cellText(f.fields.reviewedOn ?? f.fields.verifiedOn ?? null),
    closedOn: cellText(f.fields.closedOn ?? null),
    closeReason: cellText(f.fields.closeReason ?? null),
    createdBy: actor.userId || null,
  }));
  const fileIds = await insertImportedFiles(sql, rows);
  await insertMembers(
    sql,
    files.flatMap((f, i) => f.stored.map((m) => ({ ...m, fileId: fileIds[i], orgId: f.orgId }))),
  );
  const by = { byUser: actor.userId || null, byName: actor.displayName };
  const none = { level: null, expiresOn: null, note: null };
  await insertEvents(
    sql,
    rows.flatMap((r, i) => {
      const base = { fileId: fileIds[i], orgId: r.orgId, ...by };
      return [
        { ...base, ...none, kind: 'create' as const, on: files[i].createdOn },
        ...(r.verifiedOn
          ? [
              {
                ...base,
                ...none,
                kind: 'verify' as const,
                on: r.verifiedOn,
                level: r.level,
                // A review followed: the register does not tell the expiry the verification set.
                expiresOn: r.reviewedOn ? null : r.expiresOn,
              },
            ]
          : []),
        ...(r.reviewedOn
          ? [
              {
                ...base,
                ...none,
                kind: 'review' as const,
                on: r.reviewedOn,
                level: r.level,
                expiresOn: r.expiresOn,
              },
            ]
          : []),
        ...(r.closedOn
          ? [{ ...base, ...none, kind: 'close' as const, on: r.closedOn, note: r.closeReason }]
          : []),
      ];
    }),
  );
  const replaced: { personId: number; level: string | null; from: string | null; until: string | null }[] =
    [];
  const deltas: CountDelta[] = [];
  for (const [i, r] of rows.entries()) {
    await giveTurn();
    if (!r.verifiedOn || !r.expiresOn) continue;
    // In force from the verification to the expiry (a review kept it so), cut at the closing.
    deltas.push(
      ...spanDeltas(
        {
          orgId: r.orgId,
          level: r.level,
          causes: r.causes,
          from: r.verifiedOn,
          expires: r.expiresOn,
          ...(r.closedOn ? { end: r.closedOn } : {}),
        },
        1,
      ),
      verifiedDelta(r.orgId, r.level, r.verifiedOn),
    );
    if (r.closedOn || r.expiresOn < today) continue;
    const before = await setHardshipFromFile(sql, r.personId, {
      fileId: fileIds[i],
      level: RULE_LEVEL[r.level],
      from: r.verifiedOn,
      until: r.expiresOn,
    });
    if (before?.hardshipLevel) {
      replaced.push({
        personId: r.personId,
        level: before.hardshipLevel,
        from: before.hardshipFrom,
        until: before.hardshipUntil,
      });
    }
  }
  await addCounts(sql, deltas);
  return replaced;
}
