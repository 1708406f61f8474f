import { type Actor, can, canAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { mergeRowFields } from '../../shared/register-columns.ts';
import {
  cellText,
  type RegisterRow,
  type RegisterRowError,
  readOk,
  rowError,
} from '../../shared/register-sheet.ts';
import { unionOfCell } from '../../shared/row-union.ts';
import { placeOfRow, rowEn, rowZh } from '../../shared/sheet-place.ts';
import { nameKey, sameName } from '../../shared/text.ts';
import { resolveRowUnions } from '../org/index.ts';
import { findPersonsByHash, type IdProtector, idNumberRefusal, parseIdNumber } from '../people/index.ts';
import { H, type Key } from './modelworkers.import-columns.ts';
import {
  findModelWorker,
  findModelWorkerIdsByKeys,
  listHonours,
  listModelWorkerNames,
} from './modelworkers.repository.ts';
import type { HonourKind, Level } from './modelworkers.vocabulary.ts';

/**
 * The plan of a model workers register import (issue 28): rows of one person (the same 登记编号, or ID number, or
 * union and name) form one model worker with all their titles (modelworkers.import.ts writes it).
 */
const PERSON_FIELDS = [
  'idNumber',
  'gender',
  'employer',
  'phone',
  'contactName',
  'contactPhone',
  'health',
  'status',
  'statusOn',
  'registeredOn',
] as const satisfies readonly Key[];

const readRef = (text: string) => {
  const m = /^LM(\d{1,15})$/i.exec(text.trim());
  return m ? Number(m[1]) : null;
};

interface PersonPlan {
  rowNo: number;
  /** The first row's sheet, when the file was read from several (sheet-place.ts). */
  sheet?: string;
  existingId: number | null;
  orgId: number;
  name: string;
  fields: Partial<Record<(typeof PERSON_FIELDS)[number], string | number | boolean | null>>;
  /** The ID number, its hash under the current key and its look-ups under every live key (ADR 79). */
  id: { number: string; hash: string; lookups: string[] } | null;
  honours: { level: Level; kind: HonourKind; title: string; year: number; awardedBy: string | null }[];
  /** On the register already, and the rows bring nothing it lacks: no title it does not hold, no other status. */
  unchanged?: boolean;
  /** On the register already: how many of `honours` it holds already (the same title and year), skipped. */
  held?: number;
  /** The rows giving this person. */
  rows: number;
}

/**
 * The rows checked against the register and grouped into people (one row per title), each problem a row error:
 * every one a row has that does not follow from another (its union, register number, ID number, days and year each
 * on its own), a check over a cell that did not parse skipped; such a row adds no title.
 */
export async function planModelWorkerRows(
  sql: Sql,
  ids: IdProtector,
  actor: Actor,
  rows: RegisterRow<Key>[],
  errors: RegisterRowError[],
  today: string,
) {
  const unions = await resolveRowUnions(sql, actor, rows, 'union');
  const people = new Map<string, PersonPlan>();
  // each union's people by name: the rows after a person's first give only the name (个人信息填在第一行即可)
  const byName = new Map<string, PersonPlan | 'several'>();
  for (const row of rows) {
    const { rowNo, values: v } = row;
    const before = errors.length;
    const bad = (key: Key, zh: string, en: string) => errors.push(rowError(rowNo, H[key], zh, en));
    // who the row is (union, register number, ID number) and its days and year each checked whatever the others'
    // problems; a cell that did not parse is not looked for nor compared
    const found = unionOfCell(row, unions, actor, 'modelworkers.write');
    if (found?.problem) bad('union', found.problem.zh, found.problem.en);
    const union = found?.union;
    const name = readOk(row, 'name') ? String(v.name).trim() : undefined;
    const refText = readOk(row, 'ref') ? cellText(v.ref) : undefined;
    let existingId: number | null = null;
    if (refText) {
      const ref = readRef(refText);
      const m = ref ? await findModelWorker(sql, ref) : undefined;
      if (!m || !canAccess(actor, 'modelworkers.write', { orgPath: m.orgPath }))
        bad(
          'ref',
          `本工会范围内没有登记编号「${refText}」`,
          `No register number "${refText}" in your unions`,
        );
      else if (name !== undefined && !sameName(m.name, name))
        bad(
          'name',
          `登记编号${refText}是「${m.name}」，不是「${name}」`,
          `${refText} is ${m.name}'s, not ${name}'s`,
        );
      else existingId = m.id;
    }
    let id: PersonPlan['id'] = null;
    const idText = readOk(row, 'idNumber') ? cellText(v.idNumber) : null;
    if (idText && !(refText && idText.includes('*'))) {
      const parsed = parseIdNumber(idText, today);
      if (!parsed.ok) {
        const { zh, en } = idNumberRefusal(idText, today);
        bad('idNumber', zh, en);
      } else {
        const lookups = ids.lookups(parsed.value.number);
        id = { number: parsed.value.number, hash: lookups[0], lookups };
      }
    }
    const identified = errors.length === before;
    const registeredOn = readOk(row, 'registeredOn') ? cellText(v.registeredOn) : null;
    if (registeredOn && registeredOn < today && !can(actor, 'history.backdate'))
      bad('registeredOn', '您的角色不能补录过去日期的登记', 'Your role may not record a past registration');
    const statusOn = readOk(row, 'statusOn') ? cellText(v.statusOn) : null;
    if (statusOn && statusOn > today)
      bad('statusOn', `状态变化日期 ${statusOn} 晚于今天`, `The status date ${statusOn} is after today`);
    const year = v.year as number;
    const thisYear = Number(today.slice(0, 4));
    if (readOk(row, 'year') && year > thisYear)
      bad(
        'year',
        `授予年度${year}年是将来的年份（今年是${thisYear}年）：尚未授予的称号不能登记`,
        `The year of award ${year} is in the future (this year is ${thisYear}): an honour not yet awarded cannot be recorded`,
      );
    else if (readOk(row, 'year') && year < 1950)
      bad('year', `「${year}」不是授予年度（1950年起）`, `"${year}" is not a year of award (from 1950)`);
    // the person the row belongs to cannot be told without its union and name, nor with a number that is wrong
    if (!union || name === undefined || refText === undefined || !identified) continue;
    if (!readOk(row, 'idNumber') || (refText && !existingId)) continue;
    const named = `${union.id}|${nameKey(name)}`;
    const key = existingId ? `ref:${existingId}` : id ? `id:${id.hash}` : `name:${named}`;
    let p = people.get(key);
    if (!p && !existingId && !id) {
      // a later title of someone whose number or register number an earlier row gave (填在第一行即可)
      const earlier = byName.get(named);
      if (earlier === 'several') {
        bad(
          'idNumber',
          `本文件中「${name}」有多人，请填写身份证号码或登记编号`,
          `The file names several people ${name}: give the ID number or the register number`,
        );
        continue;
      }
      p = earlier;
    }
    if (!p) {
      // the first row with the number of someone whose earlier rows gave only the name: that same person
      const earlier = byName.get(named);
      const nameOnly =
        earlier !== 'several' && earlier && !earlier.existingId && !earlier.id ? earlier : undefined;
      if (nameOnly) {
        people.delete(`name:${named}`);
        Object.assign(nameOnly, { existingId, id });
        p = nameOnly;
      } else
        p = { ...placeOfRow(row), existingId, orgId: union.id, name, fields: {}, id, honours: [], rows: 0 };
      people.set(key, p);
    }
    p.rows++;
    const had = byName.get(named);
    byName.set(named, had === undefined || had === p ? p : 'several');
    for (const k of mergeRowFields(p.fields, v, PERSON_FIELDS)) {
      if (k === 'idNumber') continue;
      bad(k, `与此人${rowZh(p)}填写的不一致`, `differs from what ${rowEn(p)} of this person gives`);
    }
    if (!readOk(row, 'title', 'year')) continue;
    const title = String(v.title).trim();
    if (p.honours.some((h) => h.title === title && h.year === year)) {
      bad(
        'title',
        `此人${year}年「${title}」填写了两次`,
        `${year} "${title}" is given twice for this person`,
      );
      continue;
    }
    // a row with a problem or a cell that did not parse adds no title
    if (errors.length !== before || row.unread) continue;
    p.honours.push({
      level: v.level as Level,
      kind: v.kind as HonourKind,
      title,
      year,
      awardedBy: cellText(v.awardedBy),
    });
  }
  const plans = [...people.values()];
  // ID numbers already on the register: the row is that model worker (in scope), else a row error
  const fresh = plans.filter((p) => !p.existingId && p.id);
  if (fresh.length) {
    const found = await findModelWorkerIdsByKeys(
      sql,
      fresh[0].orgId,
      fresh.map((p) => p.id?.lookups ?? []),
      [],
    );
    const byHash = new Map(found.map((f) => [f.idHash, f.id]));
    for (const p of fresh) {
      const hit = byHash.get(p.id?.hash as string);
      if (!hit) continue;
      const m = await findModelWorker(sql, hit);
      if (m && canAccess(actor, 'modelworkers.write', { orgPath: m.orgPath })) p.existingId = m.id;
      else
        errors.push(
          rowError(
            p.rowNo,
            H.idNumber,
            '此人已在其他工会的劳模名册中',
            "This person is on another union's register",
          ),
        );
    }
  }
  await findByName(sql, plans, errors);
  await markUnchanged(sql, plans);
  const persons = await findPersonsByHash(
    sql,
    plans.flatMap((p) => (p.id && !p.existingId ? [p.id.lookups] : [])),
  );
  return { plans, persons, today };
}

/**
 * Marks the model workers on the register whose rows change nothing: every title is held already (the same title
 * and year, as the register's unique key says) and the status, where the sheet gives one, is the one on record with
 * its day. An export brought back in unchanged is all such rows, and its check says there is nothing to import.
 */
async function markUnchanged(sql: Sql, plans: PersonPlan[]) {
  const old = plans.filter((p) => p.existingId);
  const held = await listHonours(
    sql,
    old.map((p) => p.existingId as number),
  );
  for (const p of old) {
    const titles = new Set((held.get(p.existingId as number) ?? []).map((h) => `${h.year}|${h.title}`));
    p.held = p.honours.filter((h) => titles.has(`${h.year}|${h.title}`)).length;
    if (p.held < p.honours.length) continue;
    const { status, statusOn } = p.fields;
    if (status) {
      const m = await findModelWorker(sql, p.existingId as number);
      if (!m || status !== m.status || (statusOn != null && statusOn !== m.statusOn)) continue;
    }
    p.unchanged = true;
  }
}

/**
 * People the rows name by union and name only (no ID number, no register number): the model worker of that name
 * the union keeps, when it keeps one (a ledger sent again whole, ADR 150), so its titles are not registered twice;
 * a row error when it keeps several of that name.
 */
async function findByName(sql: Sql, plans: PersonPlan[], errors: RegisterRowError[]) {
  const named = plans.filter((p) => !p.existingId && !p.id);
  if (!named.length) return;
  const kept = new Map<string, number[]>();
  for (const m of await listModelWorkerNames(sql, [...new Set(named.map((p) => p.orgId))])) {
    const key = `${m.orgId}|${nameKey(m.name)}`;
    kept.set(key, [...(kept.get(key) ?? []), m.id]);
  }
  for (const p of named) {
    const found = kept.get(`${p.orgId}|${nameKey(p.name)}`) ?? [];
    if (found.length === 1) p.existingId = found[0];
    else if (found.length > 1)
      errors.push(
        rowError(
          p.rowNo,
          H.idNumber,
          `该工会劳模名册中有多人名为「${p.name}」，请填写身份证号码或登记编号`,
          `The union's register holds several people named ${p.name}: give the ID number or the register number`,
        ),
      );
  }
}
