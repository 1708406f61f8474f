import type { Actor } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { type RegisterRowError, rowError } from '../../../shared/register-sheet.ts';
import { normaliseText } from '../../../shared/text.ts';
import type { IdProtector } from '../../people/index.ts';
import { findPatentRecords } from '../../records/index.ts';
import type { AchievementStage, AchievementType } from '../innovation.vocabulary.ts';
import { type Gathered, gatherAchievements, type Row } from './achievements.import.gather.ts';
import { type Conversion, datesOf, type Group, teamOf } from './achievements.import.group.ts';
import {
  type AchievementOnRecord,
  findPatentHolders,
  findTeamsAndConversions,
  type PatentOnRecord,
} from './achievements.import.repository.ts';
import { type AchievementKey, HEADER, HEADER_EN, patentName, typeName } from './achievements.import.sheet.ts';
import { MAX_TEAM, PATENT_OF_TYPE } from './achievements.schemas.ts';

/**
 * The rows of an achievements register checked and gathered into achievements (issue 23): rows with the same
 * name, union and studio are one achievement; each row may add a patent, a conversion, team members and the day
 * it was published. An achievement on record under the same name gains what it does not hold yet. Every problem
 * is a row error naming row and column; what the plan holds is what the import writes.
 */
export type { Conversion };

export interface AchievementPlan {
  /** The first row of the achievement. */
  rowNo: number;
  orgId: number;
  orgPath: string;
  studioId: number | null;
  title: string;
  type: AchievementType;
  year: number;
  industry: string | null;
  abstract: string;
  stage: AchievementStage;
  /** The achievement on record it adds to, or null: a new one. */
  existing: AchievementOnRecord | null;
  /** The team on record (empty for a new achievement) and the members the register adds after it. */
  teamBefore: readonly number[];
  newMembers: number[];
  /** A patent the achievement gains; `patent` is the one it holds after the import (gained or on record). */
  addPatent: PatentOnRecord | null;
  patent: PatentOnRecord | null;
  patentKnown: boolean;
  /** The day it is published on (a new achievement, or one on record still a draft). */
  publishOn: string | null;
  newConversions: Conversion[];
  knownConversions: number;
  /** How many of its rows bring something in. */
  addingRows: number;
}

/** The team on record of a new achievement: none (one array for all of them). */
const NONE: readonly number[] = [];
const yearOf = (day: string) => Number(day.slice(0, 4));

export async function planAchievements(
  sql: Sql,
  actor: Actor,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  /** The file's rows, batch by batch (each batch let go once joined). */
  batches: AsyncIterable<Row[]>,
  errors: RegisterRowError[],
  /** The day of the import: an achievement of a later year is refused. */
  today: string,
): Promise<AchievementPlan[]> {
  const gathered = await gatherAchievements(sql, actor, ids, batches, errors, today);
  const plans: AchievementPlan[] = [];
  await settleAchievements(sql, gathered, errors, today, (chunk) => {
    for (const p of chunk) plans.push(p);
  });
  return plans;
}

/** Achievements settled at a time, handed on together (to be counted, or written while the next are settled). */
export const SETTLE_CHUNK = 5000;

/**
 * Each gathered achievement settled against what is on record; the plans of those without a problem are handed to
 * `take` a chunk at a time and not held here (a register of 100,000 achievements held every plan until the last was
 * settled — issue 45). `take` may write them: a problem found in a later achievement is still reported, and the
 * caller, which writes in its transaction, does not commit.
 */
export async function settleAchievements(
  sql: Sql,
  { groups, onRecord }: Gathered,
  errors: RegisterRowError[],
  today: string,
  take: (plans: AchievementPlan[]) => Promise<void> | void,
  chunkSize = SETTLE_CHUNK,
): Promise<void> {
  const err = (rowNo: number, key: AchievementKey, zh: string, en: string) =>
    errors.push(rowError(rowNo, HEADER[key], zh, en));
  const thisYear = yearOf(today);
  // 3. What is on record (the same achievements were read as their unions were gathered): their teams and
  // conversions, patent numbers held elsewhere, patents on members' records.
  const numbers = [...groups.values()].flatMap((g) => (g.patent ? [g.patent.number] : []));
  const { teams, conversions } = await findTeamsAndConversions(
    sql,
    [...onRecord.entries()].flatMap(([key, found]) =>
      groups.has(key) && found.length === 1 ? [found[0].id] : [],
    ),
  );
  const holders = await findPatentHolders(sql, numbers);
  const records = new Map<string, Awaited<ReturnType<typeof findPatentRecords>>>();
  for (const r of await findPatentRecords(
    sql,
    numbers.map((n) => `patent:${n}`),
  )) {
    records.set(r.subjectKey, [...(records.get(r.subjectKey) ?? []), r]);
  }

  // 4. Each achievement against what is on record, each group let go once settled.
  let plans: AchievementPlan[] = [];
  for (const [key, g] of groups) {
    groups.delete(key);
    const found = onRecord.get(key) ?? [];
    const before = errors.length;
    if (found.length > 1) {
      err(
        g.rowNo,
        'title',
        `「${g.unionText}」已登记了${found.length}个名为「${g.title}」的成果，无法确定是哪一个`,
        `"${g.unionText}" has ${found.length} achievements named "${g.title}" on record; which one is meant is unclear`,
      );
      continue;
    }
    const plan = settle(g, found[0] ?? null, {
      err,
      thisYear,
      teamBefore: (found[0] && teams.get(found[0].id)) || NONE,
      conversionsBefore: (found[0] && conversions.get(found[0].id)) || [],
      holder: (n) => holders.get(n),
      recordsOf: (n) => records.get(`patent:${n}`) ?? [],
    });
    if (errors.length === before) plans.push(plan);
    if (plans.length >= chunkSize) {
      await take(plans);
      plans = [];
    }
  }
  if (plans.length) await take(plans);
}

interface OnRecord {
  err: (rowNo: number, key: AchievementKey, zh: string, en: string) => void;
  thisYear: number;
  teamBefore: readonly number[];
  conversionsBefore: Conversion[];
  holder: (patentNo: string) => { id: number; title: string } | undefined;
  recordsOf: (patentNo: string) => Awaited<ReturnType<typeof findPatentRecords>>;
}

/** One achievement checked against what is on record, and what the import writes for it. */
function settle(g: Group, ex: AchievementOnRecord | null, o: OnRecord): AchievementPlan {
  const { err } = o;
  // The rows that bring something in (few per achievement: a list, not a set).
  const adding: number[] = ex ? [] : [g.rowNo];
  const add = (rowNo: number) => {
    if (!adding.includes(rowNo)) adding.push(rowNo);
  };
  if (ex && ex.type !== g.type) {
    err(
      g.rowNo,
      'type',
      `成果「${g.title}」已登记为${typeName(ex.type).zh}`,
      `"${g.title}" is on record as ${typeName(ex.type).en}`,
    );
  }
  // The patent: one per achievement; a number held by another achievement is refused.
  let addPatent: PatentOnRecord | null = null;
  let patentKnown = false;
  if (g.patent) {
    const p = g.patent;
    const held = o.holder(p.number);
    if (ex?.patent && ex.patent.number !== p.number) {
      err(
        p.rowNo,
        'patentNo',
        `成果「${g.title}」已登记专利 ${ex.patent.number}，一个成果只登记一项专利`,
        `"${g.title}" holds patent ${ex.patent.number} on record; an achievement holds one patent`,
      );
    } else if (ex?.patent) {
      if (ex.patent.type !== p.type || ex.patent.grantedOn !== p.grantedOn) {
        err(
          p.rowNo,
          ex.patent.type !== p.type ? 'patentType' : 'grantedOn',
          `专利 ${p.number} 与已登记的不一致（${patentName(ex.patent.type).zh}，${ex.patent.grantedOn} 授权）`,
          `Patent ${p.number} differs from the one on record (${patentName(ex.patent.type).en}, granted ${ex.patent.grantedOn})`,
        );
      } else patentKnown = true;
    } else if (held && held.id !== ex?.id) {
      err(
        p.rowNo,
        'patentNo',
        `专利号 ${p.number} 已登记在成果「${held.title}」`,
        `Patent ${p.number} is held by the achievement "${held.title}"`,
      );
    } else {
      addPatent = { type: p.type, number: p.number, grantedOn: p.grantedOn };
      add(p.rowNo);
    }
  }
  const patent = addPatent ?? ex?.patent ?? null;
  const needs = PATENT_OF_TYPE[g.type];
  const patentRefused = g.patent !== null && !addPatent && !patentKnown;
  if (needs && !patentRefused && patent?.type !== needs) {
    err(
      g.patent?.rowNo ?? g.rowNo,
      g.patent ? 'patentType' : 'patentNo',
      `成果类型为${typeName(g.type).zh}的，须登记${patentName(needs).zh}专利`,
      `A ${typeName(g.type).en} achievement must hold a ${patentName(needs).en} patent`,
    );
  }
  // The team: new members follow those on record; a patent goes on the records of those it is written for.
  const teamBefore = o.teamBefore;
  const added = teamOf(g).filter((m) => !teamBefore.includes(m.personId));
  for (const m of added) add(m.rowNo);
  const newMembers = added.map((m) => m.personId);
  const team = [...teamBefore, ...newMembers];
  if (!team.length) {
    err(g.rowNo, 'team', '新成果须填写团队成员', 'A new achievement needs its team');
  } else if (team.length > MAX_TEAM) {
    err(
      added[0]?.rowNo ?? g.rowNo,
      'team',
      `团队成员最多${MAX_TEAM}人（本成果共${team.length}人）`,
      `At most ${MAX_TEAM} team members (this achievement has ${team.length})`,
    );
  }
  if (patent) {
    // The positions written: every member for a patent gained, the added members for one on record.
    const from = addPatent ? 0 : teamBefore.length;
    const written = new Set(team.slice(from).map((_, i) => from + i + 1));
    for (const r of o.recordsOf(patent.number)) {
      if (team.includes(r.personId) || !written.has(r.inventorOrder)) continue;
      err(
        g.patent?.rowNo ?? g.rowNo,
        'team',
        `专利 ${patent.number} 的第${r.inventorOrder}发明人已记入「${r.personName}」的个人档案：请把他按顺序列入团队成员`,
        `Patent ${patent.number}'s inventor no. ${r.inventorOrder} is on ${r.personName}'s records: list them in the team in that place`,
      );
    }
  }
  // Publication: a draft may be published on a past day; it needs an abstract, like publishing live.
  const abstract = ex ? ex.abstract : (g.abstract ?? '');
  let publishOn: string | null = null;
  if (g.publishedOn && !ex?.publishedOn) {
    const at = g.givenAt?.publishedOn ?? g.rowNo;
    if (!abstract.trim()) {
      err(at, 'abstract', '发布的成果须有成果简介', 'A published achievement needs its abstract');
    } else {
      publishOn = g.publishedOn;
      add(at);
    }
  }
  // The year: given, or the earliest of the days; no day of the achievement before it.
  const dates = datesOf(g);
  const days = dates.map((d) => d.on).sort();
  const year = ex?.year ?? g.year ?? (days[0] ? yearOf(days[0]) : null);
  if (year === null) {
    err(
      g.rowNo,
      'year',
      '请填写完成年度（或专利授权、转化、发布日期）',
      'Give the year (or a day of grant, conversion or publication)',
    );
  }
  for (const d of dates) {
    if (year !== null && yearOf(d.on) < year) {
      err(
        d.rowNo,
        d.key,
        `${HEADER[d.key]} ${d.on} 早于完成年度 ${year}`,
        `"${HEADER_EN[d.key]}" ${d.on} is before the year ${year}`,
      );
    }
  }
  // Conversions: those on record already are not written again.
  const isKnown = (c: Conversion) =>
    o.conversionsBefore.some(
      (k) =>
        k.convertedOn === c.convertedOn &&
        normaliseText(k.partner) === normaliseText(c.partner) &&
        k.valueFen === c.valueFen,
    );
  const newConversions = g.conversions.filter((c) => !isKnown(c));
  for (const c of newConversions) add(c.rowNo);
  return {
    rowNo: g.rowNo,
    orgId: g.orgId,
    orgPath: g.orgPath,
    studioId: g.studioId,
    title: g.title,
    type: g.type,
    year: year ?? o.thisYear,
    industry: g.industry ?? g.studioIndustry,
    abstract,
    stage: g.conversions.length ? 'converted' : (g.stage ?? 'developing'),
    existing: ex,
    teamBefore,
    newMembers,
    addPatent,
    patent,
    patentKnown,
    publishOn,
    newConversions,
    knownConversions: g.conversions.length - newConversions.length,
    addingRows: adding.length,
  };
}
