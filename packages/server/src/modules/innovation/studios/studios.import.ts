import { type Actor, canAccess } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import type { Bilingual } from '../../../shared/errors.ts';
import { giveTurn } from '../../../shared/pace.ts';
import { defineRegister } from '../../../shared/register-define.ts';
import {
  type CellValue,
  cellText,
  type RegisterRow,
  type RegisterRowError,
  readOk,
  rowError,
} from '../../../shared/register-sheet.ts';
import { unionOfCell } from '../../../shared/row-union.ts';
import { normaliseText } from '../../../shared/text.ts';
import { resolveRowUnions } from '../../org/index.ts';
import {
  findPersonById,
  findPersonIdByHash,
  type IdProtector,
  idNumberRefusal,
  maskIdNumber,
  parseIdNumber,
} from '../../people/index.ts';
import { addCounts, type CountDelta } from '../../reporting/index.ts';
import type { StudioLevel } from '../innovation.vocabulary.ts';
import { type PaidOutside, paidOutside, writePaidOutside } from './studios.import.paid.ts';
import { levelsOnRecord } from './studios.import.same.ts';
import { isCityModelWorker, recogniseAtLevel, SUBSIDY_PRESET, studioCount } from './studios.levels.ts';
import { type Key, LEVEL_CHOICES, STUDIO_REGISTER } from './studios.register.ts';
import { findStudioById, insertImportedStudios, levelRank, listStudiosOfOrgs } from './studios.repository.ts';
import { createStudioIn } from './studios.service.ts';

interface Level {
  rowNo: number;
  level: StudioLevel;
  on: string;
  by: string | null;
  subsidy: boolean;
  /** A subsidy paid outside the platform with its amount (fen) and day: recorded as the grants register records one. */
  paid: PaidOutside | null;
}
interface StudioPlan {
  rowNo: number;
  name: string;
  orgId: number;
  orgPath: string;
  foundedOn: string | null;
  leaderPersonId: number | null;
  /** The leader is a model worker of city level or above (the studio counts as such). */
  leaderModelWorker: boolean;
  memberIds: number[];
  field: string | null;
  industry: string | null;
  existingId: number | null;
  levels: Level[];
}

export interface StudioImportResult {
  dryRun: boolean;
  total: number;
  created: number;
  /** Rows giving a level a studio on record holds as it stands (a register sent again): skipped. */
  onRecord: number;
  studios: number;
  existing: number;
  levels: number;
  /** Studios whose level stands but whose subsidy the program refused, and why. */
  subsidiesRefused: { name: string; level: string; on: string; reason: Bilingual }[];
  errors: RegisterRowError[];
  ignoredRows: number[];
}

/**
 * The studios register (创新工作室台账) brought in with its level history (issue 23): one row per studio and
 * level reached — 区级 in 2016, 市级 in 2019 — with the day and the union that recognised it. Rows of one studio
 * (same name and union) make one studio, created at grassroots level on its founding day and raised level by level
 * on their days through the same code as a recognition, so the studio statistics count each level in its year. A
 * city-level recognition opens its subsidy in its year unless the row says it was paid outside the platform; a
 * subsidy the program refuses never undoes the level (the answer names those studios). All rows or none.
 */
export function createStudioImport(db: Db, ids: Pick<IdProtector, 'hash' | 'lookups'>, clock: Clock) {
  return defineRegister(db, clock, {
    spec: STUDIO_REGISTER,
    permission: 'innovation.write',
    plan: (rows, errors, { actor, today }) => planStudios(db, actor, ids, rows, errors, today),
    counts: ({ plans, onRecord }) => ({
      created: plans.reduce((n, p) => n + p.levels.length, 0),
      onRecord,
      studios: plans.filter((p) => p.existingId === null).length,
      existing: plans.filter((p) => p.existingId !== null).length,
      levels: plans.reduce((n, p) => n + p.levels.length, 0),
    }),
    unionsOf: ({ plans }) => plans.map((p) => p.orgId),
    dryRunExtras: { subsidiesRefused: [] as StudioImportResult['subsidiesRefused'] },
    write: async (sql, { plans }, _counts, { actor }) => {
      const subsidiesRefused: StudioImportResult['subsidiesRefused'] = [];
      // New studios whose levels open no subsidy go in set-based; the others through the recognition code.
      const opensSubsidy = (p: StudioPlan) => p.levels.some((l) => l.subsidy && SUBSIDY_PRESET[l.level]);
      const simple = plans.filter((p) => p.existingId === null && !opensSubsidy(p));
      const simpleIds = await writeNewStudios(sql, actor, simple);
      const idOf = new Map(simple.map((p, i) => [p, simpleIds[i]]));
      for (const p of plans.filter((x) => !simple.includes(x))) {
        const written = await writeStudio(sql, actor, p, clock());
        idOf.set(p, written.id);
        subsidiesRefused.push(...written.refused);
      }
      await writePaidOutside(sql, actor, plans, idOf, clock());
      return { subsidiesRefused };
    },
    audit: { action: 'studio.import', entity: 'innovation_studio' },
  });
}

/**
 * The studios of the rows, grouped by name and union, each with its levels in date order; problems go to `errors`,
 * every one a row has that does not follow from another. A row with a cell that did not parse, or whose union is
 * not found, has its people and subsidy checked on the cells that did and plans nothing.
 */
async function planStudios(
  sql: Sql,
  actor: Actor,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  rows: RegisterRow<Key>[],
  errors: RegisterRowError[],
  today: string,
): Promise<{ plans: StudioPlan[]; onRecord: number }> {
  const unions = await resolveRowUnions(sql, actor, rows, 'union');
  const modelWorkers = new Set<number>();
  const person = async (rowNo: number, column: string, raw: string): Promise<number | null> => {
    const parsed = parseIdNumber(raw, today);
    const id = parsed.ok ? await findPersonIdByHash(sql, ids.lookups(parsed.value.number)) : undefined;
    const found = id ? await findPersonById(sql, id) : undefined;
    if (!parsed.ok) {
      const { zh, en } = idNumberRefusal(raw, today);
      errors.push(rowError(rowNo, column, zh, en));
    } else if (!found || !canAccess(actor, 'people.read', { orgPath: found.orgPath })) {
      errors.push(
        rowError(
          rowNo,
          column,
          `未找到本工会范围内身份证号为 ${maskIdNumber(parsed.value.number)} 的会员`,
          `No member of your unions has the ID number ${maskIdNumber(parsed.value.number)}`,
        ),
      );
    } else {
      if (isCityModelWorker(found.modelWorkerLevel)) modelWorkers.add(found.id);
      return found.id;
    }
    return null;
  };
  const memberNumbers = (cell: CellValue) => (cellText(cell) ?? '').split(/[、,，;；\s]+/).filter(Boolean);
  const plans = new Map<string, StudioPlan>();
  for (const row of rows) {
    await giveTurn();
    const { rowNo, values: v } = row;
    const found = unionOfCell(row, unions, actor, 'innovation.write');
    if (found?.problem) errors.push(rowError(rowNo, '所在工会', found.problem.zh, found.problem.en));
    const hit = found?.union;
    if (!hit || row.unread) {
      // the row's people and subsidy are checked too: a clerk is told every error of a row at once
      const leader = readOk(row, 'leader') ? cellText(v.leader) : null;
      if (leader) await person(rowNo, '领军人身份证号', leader);
      if (readOk(row, 'members'))
        for (const m of memberNumbers(v.members)) await person(rowNo, '成员身份证号', m);
      const level = readOk(row, 'level') ? (v.level as StudioLevel) : undefined;
      paidOutside(row, level, readOk(row, 'recognisedOn') ? String(v.recognisedOn) : undefined, errors);
      continue;
    }
    const name = String(v.name);
    const key = `${hit.id}|${normaliseText(name)}`;
    let plan = plans.get(key);
    if (!plan) {
      plan = {
        rowNo,
        name,
        orgId: hit.id,
        orgPath: hit.path,
        foundedOn: null,
        leaderPersonId: null,
        leaderModelWorker: false,
        memberIds: [],
        field: null,
        industry: null,
        existingId: null,
        levels: [],
      };
      plans.set(key, plan);
    }
    plan.foundedOn ??= cellText(v.foundedOn);
    plan.field ??= cellText(v.field);
    plan.industry ??= cellText(v.industry);
    const leader = cellText(v.leader);
    if (leader && plan.leaderPersonId === null)
      plan.leaderPersonId = await person(rowNo, '领军人身份证号', leader);
    for (const m of memberNumbers(v.members)) {
      const id = await person(rowNo, '成员身份证号', m);
      if (id !== null && !plan.memberIds.includes(id)) plan.memberIds.push(id);
    }
    const level = v.level as StudioLevel;
    const on = String(v.recognisedOn);
    plan.levels.push({
      rowNo,
      level,
      on,
      by: cellText(v.recognisedBy),
      subsidy: v.subsidy !== 'outside',
      paid: paidOutside(row, level, on, errors),
    });
  }
  const existing = await listStudiosOfOrgs(sql, [...new Set([...plans.values()].map((p) => p.orgId))]);
  // each studio of the file found on record once: its levels on record are taken out, then its new ones checked
  const foundOf = new Map(
    [...plans.values()].map((p) => [
      p,
      existing.find((s) => s.orgId === p.orgId && normaliseText(s.name) === normaliseText(p.name)),
    ]),
  );
  for (const p of plans.values()) p.existingId = foundOf.get(p)?.id ?? null;
  const onRecord = await levelsOnRecord(sql, [...plans.values()], errors);
  for (const p of plans.values()) {
    const found = foundOf.get(p);
    // a studio whose every level is on record brings nothing in
    if (!p.levels.length) continue;
    p.levels.sort((a, b) => a.on.localeCompare(b.on) || levelRank(a.level) - levelRank(b.level));
    if (found && p.levels[0].on < found.since) {
      errors.push(
        rowError(
          p.levels[0].rowNo,
          '认定日期',
          `认定日期 ${p.levels[0].on} 早于${p.name}现有级别的起始日期 ${found.since}`,
          `Recognised on ${p.levels[0].on}, before ${p.name}'s current level began (${found.since})`,
        ),
      );
    }
    if (!found && p.foundedOn && p.foundedOn > p.levels[0].on) {
      errors.push(
        rowError(
          p.rowNo,
          '成立日期',
          `成立日期 ${p.foundedOn} 晚于认定日期 ${p.levels[0].on}`,
          `Founded on ${p.foundedOn}, after its recognition on ${p.levels[0].on}`,
        ),
      );
    }
    let rank = levelRank(found?.level ?? 'grassroots');
    for (const l of p.levels) {
      if (levelRank(l.level) <= rank) {
        errors.push(
          rowError(
            l.rowNo,
            '认定级别',
            `${p.name}的级别须随认定日期逐步提高（${l.on} 认定为${LEVEL_CHOICES.find((c) => c.value === l.level)?.zh}）`,
            `${p.name}: levels must rise with the dates (${l.level} on ${l.on})`,
          ),
        );
      }
      rank = Math.max(rank, levelRank(l.level));
    }
  }
  return { plans: [...plans.values()].filter((p) => p.levels.length), onRecord };
}

/** One studio (new or on record) raised through its levels, in the import's transaction. */
async function writeStudio(
  sql: Sql,
  actor: Actor,
  p: StudioPlan,
  now: Date,
): Promise<{ id: number; refused: StudioImportResult['subsidiesRefused'] }> {
  const id =
    p.existingId ??
    (
      await createStudioIn(
        sql,
        actor,
        {
          orgId: p.orgId,
          name: p.name,
          field: p.field,
          industry: p.industry,
          leaderPersonId: p.leaderPersonId,
          // a founding day left blank stays blank: the studio's history starts on its first recognition
          foundedOn: p.foundedOn,
          members: p.memberIds.map((personId) => ({ personId, role: 'member' as const })),
        },
        now,
        p.levels[0].on,
      )
    ).id;
  const refused: StudioImportResult['subsidiesRefused'] = [];
  for (const l of p.levels) {
    const studio = await findStudioById(sql, id, true);
    if (!studio) throw new Error(`studio ${id} missing`);
    const r = await recogniseAtLevel(sql, actor, studio, l.level, l.on, {
      reason: l.by ? `${l.by}认定` : null,
      subsidy: l.subsidy,
    });
    if (r.subsidyRefused) refused.push({ name: p.name, level: l.level, on: l.on, reason: r.subsidyRefused });
  }
  return { id, refused };
}

/**
 * New studios that open no subsidy, in three statements and one set of counts: each created at grassroots level
 * on its start day and raised on each level's day, counted as recogniseAtLevel counts them (ADR 16).
 */
async function writeNewStudios(sql: Sql, actor: Actor, plans: StudioPlan[]): Promise<number[]> {
  if (!plans.length) return [];
  const by = actor.userId || null;
  const ids = await insertImportedStudios(
    sql,
    plans.map((p) => {
      const start = p.foundedOn ?? p.levels[0].on;
      const members = [
        ...(p.leaderPersonId !== null ? [{ personId: p.leaderPersonId, role: 'leader' as const }] : []),
        ...p.memberIds
          .filter((id) => id !== p.leaderPersonId)
          .map((personId) => ({ personId, role: 'member' as const })),
      ];
      return {
        orgId: p.orgId,
        name: p.name,
        field: p.field,
        industry: p.industry,
        leaderPersonId: p.leaderPersonId,
        // blank stays blank (never the recognition day); the levels start on `start`
        foundedOn: p.foundedOn,
        countedModelWorker: p.leaderModelWorker,
        createdBy: by,
        levels: [
          { level: 'grassroots' as const, fromOn: start, reason: null },
          ...p.levels.map((l) => ({ level: l.level, fromOn: l.on, reason: l.by ? `${l.by}认定` : null })),
        ],
        members,
      };
    }),
  );
  const deltas: CountDelta[] = [];
  for (const p of plans) {
    const start = p.foundedOn ?? p.levels[0].on;
    deltas.push(studioCount(p, 'grassroots', p.leaderModelWorker, start, 1));
    let prev: StudioLevel = 'grassroots';
    for (const l of p.levels) {
      deltas.push(
        studioCount(p, prev, p.leaderModelWorker, l.on, -1),
        studioCount(p, l.level, p.leaderModelWorker, l.on, 1),
      );
      if (levelRank(prev) >= levelRank('district') && levelRank(l.level) > levelRank(prev)) {
        deltas.push({ subject: 'innovation.promotions', orgId: p.orgId, on: l.on, dim: l.level, n: 1 });
      }
      prev = l.level;
    }
  }
  await addCounts(sql, deltas);
  return ids;
}
