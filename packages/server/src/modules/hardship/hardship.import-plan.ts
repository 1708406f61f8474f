import { type Actor, canAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { AppError } from '../../shared/errors.ts';
import { collectLookups } from '../../shared/lookups.ts';
import { once } from '../../shared/once.ts';
import { giveTurn } from '../../shared/pace.ts';
import { mergeRowFields } from '../../shared/register-columns.ts';
import {
  type CellValue,
  cellText,
  type RegisterRow,
  type RegisterRowError,
  rowError,
} from '../../shared/register-sheet.ts';
import { normaliseText } from '../../shared/text.ts';
import {
  findPersonsByHash,
  type IdProtector,
  idNumberRefusal,
  maskIdNumber,
  parseIdNumber,
} from '../people/index.ts';
import { findFilesHeld } from './hardship.import.repository.ts';
import { sameAsHeld } from './hardship.import.same.ts';
import { checkMembers, type MemberInput } from './hardship.members.ts';
import { causeOf, FILE_FIELDS, H, H_EN, type Key } from './hardship.register.ts';
import { findOpenFilesOf, type MemberInsert } from './hardship.repository.ts';
import { CAUSE_EN, CAUSE_ZH, yearAfter } from './hardship.types.ts';
import { CAUSES, type Cause, type FileLevel, type Relation } from './hardship.vocabulary.ts';

/** Reading the register: its rows grouped into files and households, each checked against the members. */

/** A worker a file names: their person, union and federation. */
interface Worker {
  id: number;
  orgId: number;
  federationId: number;
  name: string;
}

interface MemberPlan extends MemberInput {
  rowNo: number;
}

export interface FilePlan {
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
  /** The federation of the worker's union (the root of its path), written with the file's rows. */
  federationId: number;
  level: FileLevel;
  expiresOn: string | null;
  stored: MemberInsert[];
}

/**
 * The rows grouped into files (worker and day established), each checked; problems go to `errors`. A file on record
 * already (the worker's, established that day) is skipped and counted (`onRecord`) when the file gives it as it
 * stands, refused when it differs (sameAsHeld).
 */
export async function planFiles(
  sql: Sql,
  actor: Actor,
  ids: IdProtector,
  rows: RegisterRow<Key>[],
  errors: RegisterRowError[],
  today: string,
): Promise<{ files: FilePlan[]; onRecord: number }> {
  const files = new Map<string, FilePlan>();
  const lastOf = new Map<string, FilePlan>();
  // A household's rows repeat the worker's number, and the worker's own row gives it again as the member's.
  const parse = once((raw: string) => parseIdNumber(raw, today));
  // made once, not a closure a row (a 5,000-row register made 10,000)
  const problem = (rowNo: number, key: Key, zh: string, en: string) =>
    errors.push(rowError(rowNo, H[key], zh, en));
  const differs = (rowNo: number, key: Key, first: number) =>
    problem(
      rowNo,
      key,
      `与本户第${first}行填写的不一致`,
      `differs from what row ${first} of this household gives`,
    );
  for (const { rowNo, values: v } of rows) {
    await giveTurn();
    const raw = String(v.idNumber);
    const parsed = parse(raw);
    if (!parsed.ok) {
      const { zh, en } = idNumberRefusal(raw, today);
      problem(rowNo, 'idNumber', zh, en);
      continue;
    }
    const worker = parsed.value.number;
    const createdOn = cellText(v.createdOn);
    let file = createdOn ? files.get(`${worker}|${createdOn}`) : lastOf.get(worker);
    if (!file && !createdOn) {
      problem(rowNo, 'createdOn', '请填写建档日期', 'The day the file was established is required');
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
        federationId: 0,
        level: 'relative',
        expiresOn: null,
        stored: [],
      };
      files.set(`${worker}|${createdOn}`, file);
    }
    lastOf.set(worker, file);
    for (const key of mergeRowFields(file.fields, v, FILE_FIELDS)) differs(rowNo, key, file.rowNo);
    const causesText = cellText(v.causes);
    if (causesText) {
      file.causesGiven = true;
      const names = causesText.split(/[、,，;；/\s]+/).filter(Boolean);
      const causes = [...new Set(names.map(causeOf))];
      const unknown = names.filter((n) => !causeOf(n));
      if (unknown.length) {
        problem(
          rowNo,
          'causes',
          `「${unknown.join('、')}」不是可选的致困原因（${CAUSES.map((c) => CAUSE_ZH[c]).join('、')}）`,
          `"${unknown.join(', ')}" is not a cause (${CAUSES.map((c) => CAUSE_EN[c]).join('; ')})`,
        );
      } else if (!file.causes) file.causes = causes as Cause[];
      else if ([...file.causes].sort().join() !== [...(causes as Cause[])].sort().join())
        differs(rowNo, 'causes', file.rowNo);
    }
    // The household member this row describes: the worker themself when no member is named.
    const memberName = cellText(v.memberName);
    const relation = (v.relation as Relation | null) ?? (memberName ? null : 'self');
    if (!relation) {
      problem(rowNo, 'relation', '请填写与职工关系', "The member's relation to the worker is required");
      continue;
    }
    if (relation !== 'self' && !memberName) {
      problem(rowNo, 'memberName', '请填写家庭成员姓名', "The household member's name is required");
      continue;
    }
    const memberId = cellText(v.memberIdNumber);
    const memberParsed = memberId ? parse(memberId) : null;
    if (relation === 'self' && memberParsed?.ok && memberParsed.value.number !== worker) {
      problem(
        rowNo,
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
  // the two reads at once: on PostgreSQL each on a connection of the pool
  const [open, filesHeld] = await Promise.all([
    findOpenFilesOf(sql, personIds),
    findFilesHeld(sql, personIds),
  ]);
  const openInSheet = new Set<number>();
  const expiryOf = once(yearAfter);
  const out: FilePlan[] = [];
  let onRecord = 0;
  for (const f of plans) {
    const before = errors.length;
    const person = persons.get(f.worker);
    if (person) {
      f.personId = person.id;
      f.orgId = person.orgId;
      f.federationId = person.federationId;
      for (const m of f.members) if (m.relation === 'self' && !m.name) m.name = person.name;
      const name = f.fields.name;
      if (
        name &&
        String(name) !== person.name &&
        normaliseText(String(name)) !== normaliseText(person.name)
      ) {
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
    checkFile(f, errors, expiryOf);
    const held = person && filesHeld.get(`${person.id}|${f.createdOn}`);
    if (!held && person && !f.fields.closedOn) {
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
    f.stored = storeMembers(ids, f, errors, today, parse);
    if (errors.length !== before || !person) continue;
    if (!held) out.push(f);
    else if (sameAsHeld(f, held, problem, ids, parse)) onRecord++;
  }
  return { files: out, onRecord };
}

/**
 * The members of the subtree the files name, by ID number, in one read; unknown or out-of-scope workers are errors,
 * reported once, on the worker's first row.
 */
async function findWorkers(
  sql: Sql,
  actor: Actor,
  ids: IdProtector,
  files: FilePlan[],
  errors: RegisterRowError[],
): Promise<Map<string, Worker>> {
  const first = new Map<string, number>();
  for (const f of files) if (!first.has(f.worker)) first.set(f.worker, f.rowNo);
  const wanted = collectLookups(ids.lookups);
  const hashOf = new Map<string, string>();
  for (const worker of first.keys()) hashOf.set(worker, wanted.add(worker));
  const persons = await findPersonsByHash(sql, wanted.all());
  const found = new Map<string, Worker>();
  // The workers of a file are spread over a few hundred unions: each union's access and path read once.
  const unionOf = once((orgPath: string) => {
    if (!canAccess(actor, 'hardship.write', { orgPath })) return null;
    const path = orgPath.split('/').filter(Boolean).map(Number);
    return { orgId: path[path.length - 1], federationId: path[0] };
  });
  for (const [worker, rowNo] of first) {
    const person = persons.get(hashOf.get(worker) as string);
    const union = person?.orgPath ? unionOf(person.orgPath) : null;
    if (!person || !union) {
      errors.push(
        rowError(
          rowNo,
          H.idNumber,
          person && !person.orgPath
            ? `身份证号为 ${maskIdNumber(worker)} 的职工没有有效的会员关系，无法建档`
            : `未找到本工会范围内身份证号为 ${maskIdNumber(worker)} 的会员`,
          person && !person.orgPath
            ? `The worker with the ID number ${maskIdNumber(worker)} has no active membership to file under`
            : `No member of your unions has the ID number ${maskIdNumber(worker)}`,
        ),
      );
      continue;
    }
    found.set(worker, { id: Number(person.id), ...union, name: person.name });
  }
  return found;
}

/** The file's own checks: level and causes given, days in order, closing with its reason, the household's sums. */
function checkFile(f: FilePlan, errors: RegisterRowError[], expiryOf: (from: string) => string) {
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
  f.expiresOn = from ? (d.expiresOn ?? expiryOf(from)) : null;
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
        `"${H_EN[key]}" ${day} is before "${H_EN[last[0]]}" ${last[1]}`,
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
      `"${H_EN.closedOn}" ${closedOn} is before "${H_EN[start[0]]}" ${start[1]}`,
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
function storeMembers(
  ids: IdProtector,
  f: FilePlan,
  errors: RegisterRowError[],
  today: string,
  parse: (raw: string) => ReturnType<typeof parseIdNumber>,
): MemberInsert[] {
  try {
    return checkMembers(ids, f.members, today, undefined, parse);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const [, index, field] = String(e.details?.field ?? '').split('.');
    const m = f.members[Number(index)] ?? f.members[0];
    errors.push(rowError(m.rowNo, H[MEMBER_COLUMN[field] ?? 'memberIdNumber'], e.messages.zh, e.messages.en));
    return [];
  }
}
