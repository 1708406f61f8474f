import { type Actor, can, canAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { collectLookups } from '../../shared/lookups.ts';
import { didYouMean, namesNear } from '../../shared/near-names.ts';
import { once } from '../../shared/once.ts';
import { giveTurn } from '../../shared/pace.ts';
import { mergeRowFields } from '../../shared/register-columns.ts';
import {
  type CellValue,
  cellText,
  type RegisterRow,
  type RegisterRowError,
  readOk,
  rowError,
} from '../../shared/register-sheet.ts';
import { placeOfRow, type RowPlace, rowEn, rowZh } from '../../shared/sheet-place.ts';
import { normaliseText } from '../../shared/text.ts';
import { resolveRowUnions } from '../org/index.ts';
import { findPersonsByHash, type IdProtector, parseIdNumber } from '../people/index.ts';
import {
  type InstitutionRow,
  listInstitutions,
  listPrograms,
  type ProgramRow,
} from './wellness.programs.repository.ts';
import { heldNominationsOf, personGroups } from './wellness.register.repository.ts';
import {
  fitQuotas,
  linkSubstitutes,
  planNominee,
  type RowContext,
  rowWho,
  substituteRowWrong,
} from './wellness.register.rows.ts';
import { nomineesOnRecord, substituteOnRecord } from './wellness.register.same.ts';
import { COL, type WellnessRegisterKey as Key } from './wellness.register.ts';
import type { BatchPlan, NomineePlan, UnionPlan } from './wellness.register.types.ts';
import { type BatchRow, listAllocations, listBatches, placesInYear } from './wellness.repository.ts';

/**
 * The register's rows checked against what is stored (ADR 55, issue 42): each batch found or to be created, each
 * union's quota on it, each nominee with its days. Every problem is a row error naming the row and the column.
 * Rows giving a batch's nominations on record as they stand are skipped and counted (`onRecord`, ADR 150); a batch
 * with no other row is planned no further.
 */
export type { BatchPlan, NomineePlan, UnionPlan };

type Err = (rowNo: number, col: keyof typeof COL, zh: string, en: string) => void;
const BATCH_KEYS = ['institution', 'startsOn', 'endsOn', 'closesOn', 'places'] as const;
const KIND_OF_INSTITUTION = { recuperation: 'sanatorium', checkup: 'checkup_centre' } as const;
const text = (v: CellValue) => cellText(v)?.trim() || null;
const day = (v: CellValue) => (v === null ? null : String(v));

export async function planWellnessRegister(
  sql: Sql,
  actor: Actor,
  ids: IdProtector,
  rows: RegisterRow<Key>[],
  errors: RegisterRowError[],
  today: string,
): Promise<{ batches: BatchPlan[]; onRecord: number }> {
  const path = actor.scopePath ?? '';
  const err = (rowNo: number, col: keyof typeof COL, zh: string, en: string) =>
    errors.push(rowError(rowNo, COL[col], zh, en));
  // rows whose program or batch did not parse join no batch: one may be a batch's first row
  const unread = rows
    .filter((r) => !readOk(r, 'program', 'batch'))
    .map(placeOfRow)
    .sort((a, b) => b.rowNo - a.rowNo);
  const programs = new Map<string, ProgramRow[]>();
  for (const p of (await listPrograms(sql, path)).items)
    if (canAccess(actor, 'wellness.manage', { orgPath: p.orgPath }))
      programs.set(normaliseText(p.name), [...(programs.get(normaliseText(p.name)) ?? []), p]);
  const years = (ps: ProgramRow[]) => ps.map((p) => `${p.fromYear}—${p.toYear}`).join('、');
  // the programs' names, for the ones a clerk may have meant by a name that matches none
  const programNames = [...programs.entries()].map(([key, [p]]) => ({ key, name: p.name }));
  const institutions = new Map(
    (await listInstitutions(sql, path)).items.map((i) => [`${i.kind}|${normaliseText(i.name)}`, i]),
  );
  const unions = await resolveRowUnions(sql, actor, rows, 'union');
  const wanted = collectLookups(ids.lookups);
  const hashOf = (t: string | null) => {
    const parsed = parseIdNumber(t ?? '', today);
    return parsed.ok ? wanted.add(parsed.value.number) : null;
  };
  // an ID number that did not parse is not looked for
  const cellHash = (r: RegisterRow<Key>, k: 'idNumber' | 'replacedBy') =>
    readOk(r, k) ? hashOf(text(r.values[k])) : null;
  const hashes = new Map<number, string | null>(rows.map((r) => [r.rowNo, cellHash(r, 'idNumber')]));
  // substitutes are looked up with the rows' people: one named by no row is told apart from one not registered
  const substituteHashes = new Map(rows.map((r) => [r.rowNo, cellHash(r, 'replacedBy')]));
  const people = await findPersonsByHash(sql, wanted.all());
  const groups = await personGroups(
    sql,
    [...people.values()].map((p) => p.id),
  );
  const mayBackdate = can(actor, 'history.backdate');
  // a file names a few programs and batches on thousands of rows: each text normalised once
  const norm = once(normaliseText);

  // the rows of each batch, and the batch's own columns as its rows give them
  // (and the batch's columns a row of it had a cell of that did not parse)
  const byBatch = new Map<
    string,
    { rows: RegisterRow<Key>[]; fields: Partial<Record<Key, CellValue>>; unread: Set<Key> }
  >();
  for (const r of rows) {
    if (!readOk(r, 'program', 'batch')) continue;
    const key = `${norm(String(r.values.program))}|${norm(String(r.values.batch))}`;
    const g = byBatch.get(key) ?? { rows: [], fields: {}, unread: new Set() };
    byBatch.set(key, g);
    g.rows.push(r);
    for (const k of BATCH_KEYS) if (!readOk(r, k)) g.unread.add(k);
    for (const k of mergeRowFields(g.fields, r.values, BATCH_KEYS))
      err(r.rowNo, k, '同一批次各行填写的不一致', "Differs from the batch's earlier rows");
  }

  // each program's batches read once for the whole file (a file of many batches names the same programs)
  const stored = new Map<number, Promise<BatchRow[]>>();
  const batchesOf = (programId: number) => {
    if (!stored.has(programId)) stored.set(programId, listBatches(sql, programId));
    return stored.get(programId) as Promise<BatchRow[]>;
  };
  const plans: BatchPlan[] = [];
  let onRecord = 0;
  const yearPlaces = new Map<string, number>();
  for (const g of byBatch.values()) {
    await giveTurn();
    const first = g.rows[0];
    const title = String(first.values.batch).trim();
    const f = g.fields;
    const candidates = programs.get(norm(String(first.values.program))) ?? [];
    let existing: BatchRow | null = null;
    let program: ProgramRow | undefined;
    const named: [BatchRow, ProgramRow][] = [];
    for (const p of candidates)
      for (const b of await batchesOf(p.id)) if (norm(b.title) === norm(title)) named.push([b, p]);
    if (named.length > 1) {
      err(
        first.rowNo,
        'batch',
        '多个同名项目中都有这个批次',
        'Several programs of this name have a batch so named',
      );
      continue;
    }
    if (named.length) [existing, program] = named[0];
    const startsOn = existing?.startsOn ?? day(f.startsOn ?? null);
    if (!program) {
      const year = startsOn ? Number(startsOn.slice(0, 4)) : null;
      const fit = candidates.filter((p) => year === null || (year >= p.fromYear && year <= p.toYear));
      if (fit.length === 1) program = fit[0];
      else {
        if (fit.length)
          err(
            first.rowNo,
            'program',
            '有多个同名项目，请在项目名称中区分',
            'Several programs have this name',
          );
        else if (candidates.length)
          err(
            first.rowNo,
            'program',
            `该项目的年度（${years(candidates)}）不含批次开始日期${startsOn ?? ''}`,
            `The program's years (${years(candidates)}) do not include the batch's start ${startsOn ?? ''}`,
          );
        else {
          const near = didYouMean(
            namesNear(norm(String(first.values.program)), programNames).map((n) => n.name),
          );
          err(
            first.rowNo,
            'program',
            `本工会范围内没有这个项目${near.zh}`,
            `No such program in your subtree${near.en}`,
          );
        }
        continue;
      }
    }
    let fresh: BatchPlan['fresh'] = null;
    if (!existing) {
      fresh = newBatch(first.rowNo, program, title, f, g.unread, { institutions, unread, err });
      if (!fresh) continue;
      const yk = `${program.id}|${fresh.startsOn.slice(0, 4)}`;
      const taken =
        yearPlaces.get(yk) ?? (await placesInYear(sql, program.id, Number(fresh.startsOn.slice(0, 4))));
      if (taken + fresh.places > program.placesPerYear) {
        const year = fresh.startsOn.slice(0, 4);
        const left = Math.max(program.placesPerYear - taken, 0);
        // the year's places may be held by batches on the platform: a list belongs in one of them, by its name
        const held = (await batchesOf(program.id))
          .filter((x) => x.startsOn.startsWith(year))
          .map((x) => x.title);
        err(
          first.rowNo,
          'places',
          `项目${year}年的名额只剩${left}个${held.length ? `：已被平台上的批次${held.map((t) => `「${t}」`).join('、')}占用；这些批次的名单请填写与平台上相同的批次名称导入` : ''}`,
          `The program has ${left} places left in ${year}${held.length ? `: batches on the platform hold them (${held.join(', ')}); bring their lists in under the same batch names` : ''}`,
        );
      }
      yearPlaces.set(yk, taken + fresh.places);
    }
    // the rows naming the batch's nominations on record (a ledger sent again, ADR 150), and those new to it
    const onList = existing ? await heldNominationsOf(sql, existing.id) : [];
    const whom = { err, unions, program, hashes, people, today };
    const sorted = nomineesOnRecord(
      g.rows.map((row) => ({ row, who: rowWho(row, whom) })),
      onList,
      (rowNo) => people.get(substituteHashes.get(rowNo) ?? '')?.id,
      err,
    );
    onRecord += sorted.onRecord;
    if (existing?.status === 'settled' && sorted.fresh.length)
      err(
        sorted.fresh[0].row.rowNo,
        'batch',
        '该批次已结算，不能再导入',
        'The batch is settled; nothing can be imported into it',
      );
    if (existing?.status === 'settled' || !sorted.fresh.length) continue;
    const b = {
      startsOn: (existing?.startsOn ?? fresh?.startsOn) as string,
      endsOn: (existing?.endsOn ?? fresh?.endsOn) as string,
      closesOn: (existing?.closesOn ?? fresh?.closesOn) as string,
      places: (existing?.places ?? fresh?.places) as number,
    };
    const held = existing ? await listAllocations(sql, existing.id, program.orgPath) : [];
    const live = new Set(onList.filter((n) => n.status === 'nominated').map((n) => n.personId));
    const plan: BatchPlan = { rowNo: first.rowNo, program, existing, fresh, unions: new Map(), nominees: [] };
    const rowOfPerson = new Map<number, NomineePlan>();
    const substituteOf = new Map<number, string | null>();
    // one context for the batch's rows (a copy a row was 15 properties each of 10,000 times)
    const row = { err, unions, program, hashes, people, groups, mayBackdate, today, b, held, live, plan };
    const context: RowContext = { ...row, rowOfPerson, substituteOf, substituteHashes };
    for (const { row, who } of sorted.fresh) planNominee(row, who, context);
    const freshRows = sorted.fresh.map((r) => r.row);
    linkSubstitutes(plan, substituteOf, people, rowOfPerson, err, (hash) => {
      // a substitute whose only row of the batch is on record: no new row of theirs to point at
      const own = g.rows.filter((r) => hashes.get(r.rowNo) === hash);
      if (own.length && own.every((r) => sorted.rows.has(r.rowNo))) return substituteOnRecord(own[0]);
      return substituteRowWrong(hash, freshRows, hashes, unread);
    });
    fitQuotas(plan, held, b.places, err);
    plans.push(plan);
  }
  return { batches: plans, onRecord };
}

/**
 * A new batch from its rows' columns: each missing one told, and what the others allow checked; a column a row
 * had a cell of that did not parse is not said missing nor compared (null: no batch).
 */
function newBatch(
  rowNo: number,
  p: ProgramRow,
  title: string,
  f: Partial<Record<Key, CellValue>>,
  unreadKeys: Set<Key>,
  known: { institutions: Map<string, InstitutionRow>; unread: RowPlace[]; err: Err },
) {
  const { institutions, unread, err } = known;
  const missing = BATCH_KEYS.filter((k) => (f[k] === undefined || f[k] === null) && !unreadKeys.has(k));
  const before = unread.find((n) => n.rowNo < rowNo);
  for (const k of missing)
    err(
      rowNo,
      k,
      `平台上没有这个批次，新建批次须填写此列${before ? `（${rowZh(before)}有错误未能读入：若该行是本批次的第一行，改正后即可读到）` : ''}`,
      `The batch is not on the platform: a new batch needs this${before ? ` (${rowEn(before)} could not be read for its errors: if it is the batch's first row, this is read once it is corrected)` : ''}`,
    );
  const has = (k: (typeof BATCH_KEYS)[number]) => f[k] !== undefined && f[k] !== null;
  const inst = has('institution')
    ? institutions.get(`${KIND_OF_INSTITUTION[p.kind]}|${normaliseText(String(f.institution))}`)
    : undefined;
  const [startsOn, endsOn, closesOn] = [f.startsOn, f.endsOn, f.closesOn].map(String);
  const places = Number(f.places);
  let ok = !missing.length && !BATCH_KEYS.some((k) => unreadKeys.has(k));
  const fail = (col: keyof typeof COL, zh: string, en: string) => {
    err(rowNo, col, zh, en);
    ok = false;
  };
  if (has('institution') && !inst)
    fail(
      'institution',
      '平台上没有登记这个机构（或类别不符）',
      'No such institution of this kind is registered',
    );
  if (has('startsOn') && has('endsOn') && endsOn < startsOn)
    fail('endsOn', '结束日期早于开始日期', 'Ends before it starts');
  if (has('startsOn') && has('closesOn') && closesOn > startsOn)
    fail('closesOn', '推荐截止日期晚于开始日期', 'Closes after it starts');
  const year = Number(startsOn.slice(0, 4));
  if (has('startsOn') && (year < p.fromYear || year > p.toYear))
    fail('startsOn', `不在项目的年度（${p.fromYear}—${p.toYear}年）内`, `Outside the program's years`);
  if (has('places') && places < 1) fail('places', '名额须至少为1', 'At least one place');
  if (inst && has('places') && places > inst.capacity)
    fail(
      'places',
      `超过机构每批可接待的${inst.capacity}人`,
      `More than the institution takes (${inst.capacity})`,
    );
  return ok && inst ? { institutionId: inst.id, title, startsOn, endsOn, closesOn, places } : null;
}
