import { type Actor, canAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { collectLookups } from '../../shared/lookups.ts';
import { once } from '../../shared/once.ts';
import { giveTurn } from '../../shared/pace.ts';
import { mergeRowFields } from '../../shared/register-columns.ts';
import {
  cellText,
  type RegisterRow,
  type RegisterRowError,
  readOk,
  rowError,
} from '../../shared/register-sheet.ts';
import { placeOfRow, type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
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
import { checkFile, type FilePlan, type MemberPlan, storeMembers } from './hardship.import-file.ts';
import { causeOf, FILE_FIELDS, H, type Key } from './hardship.register.ts';
import { findOpenFilesOf } from './hardship.repository.ts';
import { CAUSE_EN, CAUSE_ZH, yearAfter } from './hardship.types.ts';
import { CAUSES, type Cause, type Relation } from './hardship.vocabulary.ts';

/** Reading the register: its rows grouped into files and households, each checked against the members. */

/** A worker a file names: their person, union and federation. */
interface Worker {
  id: number;
  orgId: number;
  federationId: number;
  name: string;
}

export type { FilePlan };

/**
 * The rows grouped into files (worker and day established), each checked; problems go to `errors`, every one a row
 * has that does not follow from another: a row's worker, causes and member are each checked whatever the others'
 * problems, a check over a cell that did not parse is skipped, and a file with such a cell plans nothing. A file on record
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
  const differs = (rowNo: number, key: Key, first: RowPlace) =>
    problem(
      rowNo,
      key,
      `与本户${rowZh(first)}填写的不一致`,
      `differs from what ${rowEn(first)} of this household gives`,
    );
  // the workers a row of whose day established did not parse: the household it belongs to cannot be told
  const unplaced = new Set<string>();
  for (const row of rows) {
    await giveTurn();
    const { rowNo, values: v } = row;
    // the row's worker and cause and member are each checked whatever the others' problems
    const worker = workerOf(row, parse, problem, today);
    const causes = causesOf(row, problem);
    const member = memberOf(row, worker, parse, problem);
    if (worker === undefined) continue;
    if (!readOk(row, 'createdOn')) {
      unplaced.add(worker);
      continue;
    }
    const createdOn = cellText(v.createdOn);
    let file = createdOn ? files.get(`${worker}|${createdOn}`) : lastOf.get(worker);
    if (!file && !createdOn) {
      problem(rowNo, 'createdOn', '请填写建档日期', 'The day the file was established is required');
      continue;
    }
    if (!file) {
      file = {
        ...placeOfRow(row),
        worker,
        createdOn: createdOn as string,
        fields: {},
        causes: null,
        causesGiven: false,
        members: [],
        rows: 0,
        income: 0,
        unread: new Set(),
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
    for (const key of mergeRowFields(file.fields, v, FILE_FIELDS)) differs(rowNo, key, file);
    for (const key of row.unread ?? []) file.unread.add(key);
    file.rows++;
    file.income += (v.income as number | null | undefined) ?? 0;
    if (!readOk(row, 'causes') || causes !== null) file.causesGiven = true;
    if (causes) {
      if (!file.causes) file.causes = causes;
      else if ([...file.causes].sort().join() !== [...causes].sort().join()) differs(rowNo, 'causes', file);
    }
    if (member) file.members.push(member);
  }
  for (const f of files.values()) if (unplaced.has(f.worker)) f.unread.add('createdOn');
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
    if (!held && person && !f.fields.closedOn && !f.unread.has('closedOn')) {
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
    // a file with a cell that did not parse plans nothing: its other problems are told all the same
    if (errors.length !== before || !person || f.unread.size) continue;
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

type Problem = (rowNo: number, key: Key, zh: string, en: string) => void;
type Parse = (raw: string) => ReturnType<typeof parseIdNumber>;

/** The row's worker's ID number; undefined when it did not parse or is not one (its problem told). */
function workerOf(row: RegisterRow<Key>, parse: Parse, problem: Problem, today: string) {
  if (!readOk(row, 'idNumber')) return undefined;
  const raw = String(row.values.idNumber);
  const parsed = parse(raw);
  if (parsed.ok) return parsed.value.number;
  const { zh, en } = idNumberRefusal(raw, today);
  problem(row.rowNo, 'idNumber', zh, en);
  return undefined;
}

/** The causes a row gives: null when none, undefined when its cell did not parse or names one that is not a cause. */
function causesOf(row: RegisterRow<Key>, problem: Problem): Cause[] | null | undefined {
  if (!readOk(row, 'causes')) return undefined;
  const causesText = cellText(row.values.causes);
  if (!causesText) return null;
  const names = causesText.split(/[、,，;；/\s]+/).filter(Boolean);
  const unknown = names.filter((n) => !causeOf(n));
  if (!unknown.length) return [...new Set(names.map(causeOf))] as Cause[];
  problem(
    row.rowNo,
    'causes',
    `「${unknown.join('、')}」不是可选的致困原因（${CAUSES.map((c) => CAUSE_ZH[c]).join('、')}）`,
    `"${unknown.join(', ')}" is not a cause (${CAUSES.map((c) => CAUSE_EN[c]).join('; ')})`,
  );
  return undefined;
}

/**
 * The household member a row describes: the worker themself when no member is named. Undefined, its problem
 * told, when its relation or name is missing; undefined too when its name, relation or ID number did not parse
 * (who the row is cannot be told). The worker's own row is checked to give the worker's number when it is known.
 */
function memberOf(
  row: RegisterRow<Key>,
  worker: string | undefined,
  parse: Parse,
  problem: Problem,
): MemberPlan | undefined {
  const { rowNo, values: v } = row;
  if (!readOk(row, 'memberName', 'relation')) return undefined;
  const memberName = cellText(v.memberName);
  const relation = (v.relation as Relation | null) ?? (memberName ? null : 'self');
  if (!relation) {
    problem(rowNo, 'relation', '请填写与职工关系', "The member's relation to the worker is required");
    return undefined;
  }
  if (relation !== 'self' && !memberName) {
    problem(rowNo, 'memberName', '请填写家庭成员姓名', "The household member's name is required");
    return undefined;
  }
  if (!readOk(row, 'memberIdNumber')) return undefined;
  const memberId = cellText(v.memberIdNumber);
  const memberParsed = memberId ? parse(memberId) : null;
  if (
    relation === 'self' &&
    worker !== undefined &&
    memberParsed?.ok &&
    memberParsed.value.number !== worker
  ) {
    problem(
      rowNo,
      'memberIdNumber',
      '职工本人一行的成员身份证号须与职工身份证号相同',
      "The worker's own row must give the worker's ID number",
    );
  }
  if (worker === undefined) return undefined;
  return {
    rowNo,
    name: memberName ?? '',
    relation,
    idNumber: relation === 'self' ? (memberId ?? worker) : memberId,
    yearlyIncomeFen: (v.income as number | null | undefined) ?? 0,
    occupation: readOk(row, 'occupation') ? cellText(v.occupation) : null,
    health: readOk(row, 'health') ? cellText(v.health) : null,
  };
}
