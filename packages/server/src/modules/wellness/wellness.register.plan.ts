import { type Actor, can, canAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { giveTurn } from '../../shared/pace.ts';
import {
  type CellValue,
  cellText,
  mergeRowFields,
  type RegisterRow,
  type RegisterRowError,
  rowError,
} from '../../shared/register-sheet.ts';
import { normaliseText } from '../../shared/text.ts';
import { resolveUnionTexts, unionOfRow } from '../org/index.ts';
import { findPersonsByHash, type IdProtector, parseIdNumber } from '../people/index.ts';
import { personGroups } from './wellness.register.repository.ts';
import { COL, type WellnessRegisterKey as Key } from './wellness.register.ts';
import {
  type BatchRow,
  listAllocations,
  listBatches,
  listInstitutions,
  listPrograms,
  liveNominationsOf,
  type ProgramRow,
  placesInYear,
} from './wellness.repository.ts';

/**
 * The register's rows checked against what is stored (ADR 55, issue 42): each batch found or to be created, each
 * union's quota on it, each nominee with its days. Every problem is a row error naming the row and the column.
 */
export interface NomineePlan {
  rowNo: number;
  personId: number;
  orgId: number;
  frontLine: boolean;
  newEmployment: boolean;
  nominatedOn: string;
  status: 'nominated' | 'replaced' | 'withdrawn';
  endedOn: string | null;
  /** For a replaced nominee: the row of its substitute. */
  substituteRow: number | null;
  attendance: 'attended' | 'absent' | null;
  attendanceOn: string | null;
}
export interface UnionPlan {
  orgId: number;
  /** The quota it holds already (0 when none), the quota it will hold, and the day it was first given. */
  had: number;
  quota: number;
  firstDay: string;
  live: number;
}
export interface BatchPlan {
  rowNo: number;
  program: ProgramRow;
  existing: BatchRow | null;
  fresh: {
    institutionId: number;
    title: string;
    startsOn: string;
    endsOn: string;
    closesOn: string;
    places: number;
  } | null;
  unions: Map<number, UnionPlan>;
  nominees: NomineePlan[];
}

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
): Promise<BatchPlan[]> {
  const path = actor.scopePath ?? '';
  const err = (rowNo: number, col: keyof typeof COL, zh: string, en: string) =>
    errors.push(rowError(rowNo, COL[col], zh, en));
  const programs = new Map<string, ProgramRow[]>();
  for (const p of (await listPrograms(sql, path)).items)
    if (canAccess(actor, 'wellness.manage', { orgPath: p.orgPath }))
      programs.set(normaliseText(p.name), [...(programs.get(normaliseText(p.name)) ?? []), p]);
  const institutions = new Map(
    (await listInstitutions(sql, path)).items.map((i) => [`${i.kind}|${normaliseText(i.name)}`, i]),
  );
  const unions = await resolveUnionTexts(sql, actor, [...new Set(rows.map((r) => String(r.values.union)))]);
  const hashOf = (t: string | null) => {
    const parsed = parseIdNumber(t ?? '', today);
    return parsed.ok ? ids.hash(parsed.value.number) : null;
  };
  const hashes = new Map<number, string | null>(rows.map((r) => [r.rowNo, hashOf(text(r.values.idNumber))]));
  const people = await findPersonsByHash(
    sql,
    [...hashes.values()].filter((h): h is string => !!h),
  );
  const groups = await personGroups(
    sql,
    [...people.values()].map((p) => p.id),
  );
  const mayBackdate = can(actor, 'history.backdate');

  // the rows of each batch, and the batch's own columns as its rows give them
  const byBatch = new Map<string, { rows: RegisterRow<Key>[]; fields: Partial<Record<Key, CellValue>> }>();
  for (const r of rows) {
    const key = `${normaliseText(String(r.values.program))}|${normaliseText(String(r.values.batch))}`;
    const g = byBatch.get(key) ?? { rows: [], fields: {} };
    byBatch.set(key, g);
    g.rows.push(r);
    for (const k of mergeRowFields(g.fields, r.values, BATCH_KEYS))
      err(r.rowNo, k, '同一批次各行填写的不一致', "Differs from the batch's earlier rows");
  }

  const plans: BatchPlan[] = [];
  const yearPlaces = new Map<string, number>();
  for (const g of byBatch.values()) {
    await giveTurn();
    const first = g.rows[0];
    const title = String(first.values.batch).trim();
    const f = g.fields;
    const candidates = programs.get(normaliseText(String(first.values.program))) ?? [];
    let existing: BatchRow | null = null;
    let program: ProgramRow | undefined;
    for (const p of candidates) {
      const found = (await listBatches(sql, p.id)).find(
        (b) => normaliseText(b.title) === normaliseText(title),
      );
      if (found) [existing, program] = [found, p];
    }
    const startsOn = existing?.startsOn ?? day(f.startsOn ?? null);
    if (!program) {
      const year = startsOn ? Number(startsOn.slice(0, 4)) : null;
      const fit = candidates.filter((p) => year === null || (year >= p.fromYear && year <= p.toYear));
      if (fit.length === 1) program = fit[0];
      else {
        err(
          first.rowNo,
          'program',
          fit.length
            ? '有多个同名项目，请在项目名称中区分'
            : '本工会范围内没有这个项目（或其年度不含批次开始日期）',
          fit.length
            ? 'Several programs have this name'
            : 'No such program in your subtree (or its years do not include the batch)',
        );
        continue;
      }
    }
    if (existing?.status === 'settled') {
      err(
        first.rowNo,
        'batch',
        '该批次已结算，不能再导入',
        'The batch is settled; nothing can be imported into it',
      );
      continue;
    }
    let fresh: BatchPlan['fresh'] = null;
    if (!existing) {
      fresh = newBatch(first.rowNo, program, title, f);
      if (!fresh) continue;
      const yk = `${program.id}|${fresh.startsOn.slice(0, 4)}`;
      const taken =
        yearPlaces.get(yk) ?? (await placesInYear(sql, program.id, Number(fresh.startsOn.slice(0, 4))));
      if (taken + fresh.places > program.placesPerYear)
        err(
          first.rowNo,
          'places',
          `项目${fresh.startsOn.slice(0, 4)}年的名额只剩${Math.max(program.placesPerYear - taken, 0)}个`,
          `The program has ${Math.max(program.placesPerYear - taken, 0)} places left in ${fresh.startsOn.slice(0, 4)}`,
        );
      yearPlaces.set(yk, taken + fresh.places);
    }
    const b = {
      startsOn: (existing?.startsOn ?? fresh?.startsOn) as string,
      endsOn: (existing?.endsOn ?? fresh?.endsOn) as string,
      closesOn: (existing?.closesOn ?? fresh?.closesOn) as string,
      places: (existing?.places ?? fresh?.places) as number,
    };
    const held = existing ? await listAllocations(sql, existing.id, program.orgPath) : [];
    const live = new Set(existing ? (await liveNominationsOf(sql, existing.id)).map((n) => n.personId) : []);
    const plan: BatchPlan = { rowNo: first.rowNo, program, existing, fresh, unions: new Map(), nominees: [] };
    const rowOfPerson = new Map<number, NomineePlan>();
    const substituteOf = new Map<number, string | null>();
    for (const { rowNo, values: v } of g.rows) {
      const unionText = String(v.union);
      const u = unionOfRow(unions.get(unionText), unionText, (orgPath) =>
        orgPath.startsWith(program.orgPath),
      );
      if (!u.union) {
        err(rowNo, 'union', u.problem.zh, u.problem.en);
        continue;
      }
      const hash = hashes.get(rowNo);
      const person = hash ? people.get(hash) : undefined;
      if (!hash) {
        err(rowNo, 'idNumber', '身份证号不正确', 'The ID number is not valid');
        continue;
      }
      if (!person) {
        err(
          rowNo,
          'idNumber',
          '人员名册中没有此人，请先导入名册',
          'Not in the member register; import it first',
        );
        continue;
      }
      const name = text(v.name);
      if (name && normaliseText(name) !== normaliseText(person.name))
        err(rowNo, 'name', `与名册中的姓名（${person.name}）不一致`, 'Differs from the name in the register');
      if (person.orgPath && !person.orgPath.startsWith(u.union.path))
        err(
          rowNo,
          'union',
          '此人不是该工会（或其下级）的会员',
          'Not a member of this union or a union below it',
        );
      const nominatedOn = String(v.nominatedOn);
      const status = (v.status ?? 'nominated') as NomineePlan['status'];
      const endedOn = day(v.endedOn);
      const attendance = (v.attended ?? null) as NomineePlan['attendance'];
      const past = [nominatedOn, endedOn, day(v.attendanceOn)].some((d) => d && d < today);
      if (past && !mayBackdate)
        err(rowNo, 'nominatedOn', '您的角色不能补录历史日期', 'Your role cannot record a past date');
      if (nominatedOn > b.closesOn)
        err(
          rowNo,
          'nominatedOn',
          `推荐日期晚于推荐截止日期 ${b.closesOn}`,
          `The nomination date is after the closing day ${b.closesOn}`,
        );
      const had = held.find((a) => a.orgId === u.union.id);
      if (had?.allocatedOn && nominatedOn < had.allocatedOn)
        err(
          rowNo,
          'nominatedOn',
          `推荐日期早于该工会的名额分配日期 ${had.allocatedOn}`,
          `The nomination date is before the union's places were given (${had.allocatedOn})`,
        );
      if (status !== 'nominated') {
        if (endedOn && endedOn < nominatedOn)
          err(
            rowNo,
            'endedOn',
            `变动日期早于推荐日期 ${nominatedOn}`,
            `Before the nomination date ${nominatedOn}`,
          );
        if (endedOn && endedOn > b.closesOn)
          err(
            rowNo,
            'endedOn',
            `变动日期晚于推荐截止日期 ${b.closesOn}`,
            `After the batch's closing day ${b.closesOn}`,
          );
        if (status === 'withdrawn' && !endedOn)
          err(rowNo, 'endedOn', '退出的须填写变动日期', 'A withdrawal needs its day');
        if (status === 'replaced' && !text(v.replacedBy))
          err(
            rowNo,
            'replacedBy',
            '被替换的须填写替补人身份证号',
            "A replaced nominee needs the substitute's ID number",
          );
        if (attendance)
          err(rowNo, 'attended', '不在名单上的职工不登记到场', 'Only nominees on the list have attendance');
      } else {
        if (endedOn)
          err(rowNo, 'endedOn', '在名单的职工不填变动日期', 'Only a replaced or withdrawn nominee has one');
        if (live.has(person.id))
          err(rowNo, 'idNumber', '此人在本批次名单中已有一行', 'Already on the batch’s list');
        live.add(person.id);
      }
      let attendanceOn: string | null = null;
      if (attendance) {
        if (b.startsOn > today)
          err(
            rowNo,
            'attended',
            `批次${b.startsOn}开始，尚不能登记到场`,
            `The batch starts on ${b.startsOn}`,
          );
        attendanceOn = day(v.attendanceOn) ?? (b.endsOn <= today ? b.endsOn : today);
        if (attendanceOn < b.startsOn)
          err(
            rowNo,
            'attendanceOn',
            `早于批次开始日期 ${b.startsOn}`,
            `Before the batch's first day ${b.startsOn}`,
          );
      }
      const union = plan.unions.get(u.union.id) ?? {
        orgId: u.union.id,
        had: had?.quota ?? 0,
        quota: had?.quota ?? 0,
        firstDay: nominatedOn,
        live: had?.used ?? 0,
      };
      plan.unions.set(u.union.id, union);
      if (nominatedOn < union.firstDay) union.firstDay = nominatedOn;
      const n: NomineePlan = {
        rowNo,
        personId: person.id,
        orgId: u.union.id,
        ...(groups.get(person.id) ?? { frontLine: false, newEmployment: false }),
        nominatedOn,
        status,
        endedOn,
        substituteRow: null,
        attendance,
        attendanceOn,
      };
      if (status === 'nominated') union.live += 1;
      if (status === 'replaced' && text(v.replacedBy)) substituteOf.set(rowNo, hashOf(text(v.replacedBy)));
      if (status === 'nominated' || !rowOfPerson.has(person.id)) rowOfPerson.set(person.id, n);
      plan.nominees.push(n);
    }
    linkSubstitutes(plan, substituteOf, people, rowOfPerson, err);
    fitQuotas(plan, held, b.places, err);
    plans.push(plan);
  }
  return plans;

  function newBatch(rowNo: number, p: ProgramRow, title: string, f: Partial<Record<Key, CellValue>>) {
    const missing = BATCH_KEYS.filter((k) => f[k] === undefined || f[k] === null);
    for (const k of missing)
      err(
        rowNo,
        k,
        '平台上没有这个批次，新建批次须填写此列',
        'The batch is not on the platform: a new batch needs this',
      );
    if (missing.length) return null;
    const inst = institutions.get(`${KIND_OF_INSTITUTION[p.kind]}|${normaliseText(String(f.institution))}`);
    const [startsOn, endsOn, closesOn] = [f.startsOn, f.endsOn, f.closesOn].map(String);
    const places = Number(f.places);
    let ok = true;
    const fail = (col: keyof typeof COL, zh: string, en: string) => {
      err(rowNo, col, zh, en);
      ok = false;
    };
    if (!inst)
      fail(
        'institution',
        '平台上没有登记这个机构（或类别不符）',
        'No such institution of this kind is registered',
      );
    if (endsOn < startsOn) fail('endsOn', '结束日期早于开始日期', 'Ends before it starts');
    if (closesOn > startsOn) fail('closesOn', '推荐截止日期晚于开始日期', 'Closes after it starts');
    const year = Number(startsOn.slice(0, 4));
    if (year < p.fromYear || year > p.toYear)
      fail('startsOn', `不在项目的年度（${p.fromYear}—${p.toYear}年）内`, `Outside the program's years`);
    if (places < 1) fail('places', '名额须至少为1', 'At least one place');
    if (inst && places > inst.capacity)
      fail(
        'places',
        `超过机构每批可接待的${inst.capacity}人`,
        `More than the institution takes (${inst.capacity})`,
      );
    return ok && inst ? { institutionId: inst.id, title, startsOn, endsOn, closesOn, places } : null;
  }
}

/** Each replaced nominee's substitute: another row of the batch, nominated on the day of the substitution. */
function linkSubstitutes(
  plan: BatchPlan,
  substituteOf: Map<number, string | null>,
  people: Map<string, { id: number }>,
  rowOfPerson: Map<number, NomineePlan>,
  err: (rowNo: number, col: keyof typeof COL, zh: string, en: string) => void,
) {
  const taken = new Set<number>();
  for (const n of plan.nominees) {
    if (!substituteOf.has(n.rowNo)) continue;
    const hash = substituteOf.get(n.rowNo);
    const sub = hash ? rowOfPerson.get(people.get(hash)?.id ?? 0) : undefined;
    if (!sub || sub.rowNo === n.rowNo) {
      err(n.rowNo, 'replacedBy', '替补人在本批次中没有一行', 'The substitute has no row of this batch');
      continue;
    }
    if (taken.has(sub.rowNo)) {
      err(n.rowNo, 'replacedBy', '同一替补人替换了多人', 'The same substitute replaces two nominees');
      continue;
    }
    taken.add(sub.rowNo);
    if (n.endedOn && n.endedOn !== sub.nominatedOn)
      err(
        n.rowNo,
        'endedOn',
        `替换日期须与替补人的推荐日期（${sub.nominatedOn}）相同`,
        `The day of a substitution is its substitute's nomination day (${sub.nominatedOn})`,
      );
    if (sub.nominatedOn < n.nominatedOn)
      err(
        sub.rowNo,
        'nominatedOn',
        `替补人的推荐日期早于被替换人的推荐日期 ${n.nominatedOn}`,
        `The substitute is nominated before the nominee replaced (${n.nominatedOn})`,
      );
    n.endedOn = sub.nominatedOn;
    n.substituteRow = sub.rowNo;
  }
}

/** Each union's quota: what it holds, raised to what it nominates; all of them within the batch's places. */
function fitQuotas(
  plan: BatchPlan,
  held: { orgId: number; quota: number }[],
  places: number,
  err: (rowNo: number, col: keyof typeof COL, zh: string, en: string) => void,
) {
  for (const u of plan.unions.values()) u.quota = Math.max(u.had, u.live);
  const others = held.filter((a) => !plan.unions.has(a.orgId)).reduce((s, a) => s + a.quota, 0);
  const total = others + [...plan.unions.values()].reduce((s, u) => s + u.quota, 0);
  if (total > places)
    err(
      plan.rowNo,
      'union',
      `各工会在名单上的人数合计${total}人，超过批次名额${places}个`,
      `The unions' nominees on the list (${total}) exceed the batch's ${places} places`,
    );
}
