import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { addDays } from '../../shared/dates.ts';
import { chinaDayStart, effectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { settled } from '../../shared/settled.ts';
import { recordAudit } from '../audit/index.ts';
import { AWARD_LEVELS, NO_DETAILS, upsertSourcedRecords } from '../records/index.ts';
import { addCountCells, CountCellSum, type CountDelta, findCountCellsOnRecord } from '../reporting/index.ts';
import { isConflicted } from './judging.service.ts';
import { aggregate, rankCategory } from './ranking.ts';
import {
  countOpenObjections,
  decideObjectionRow,
  findLastObjectionDecisionDay,
  findObjectionForDecision,
  listObjectionRows,
  listScoreTotals,
  listWinnersOf,
  revokeNomination,
  setFinalised,
  setNominationResult,
  setNotice,
  type WinnerOfFinal,
} from './results.repository.ts';
import { advanceStage, getSelectionHead, lockForOrganiser } from './selection-admin.service.ts';
import { invalidField, OBJECTION, selectionError, wrongStage } from './selections.errors.ts';
import {
  findSelection,
  listCategories,
  listJudges,
  listNominationRows,
  type NominationRow,
  type SelectionHead,
} from './selections.repository.ts';
import { awardLevelOf } from './selections.types.ts';

interface RankedNomination {
  id: number;
  personName: string;
  unit: string;
  status: NominationRow['status'];
  score: number | null;
  tie: number | null;
  rank: number;
  selected: boolean;
  judgesScored: number;
  judgesDue: number;
}

/**
 * The ranking as the scores stand: per category, each nomination's aggregate (the judges' weighted totals,
 * highest and lowest dropped from five judges on), the tie-break criterion's mean, its rank, and whether
 * it falls within the category's places. Revoked nominations take no part.
 */
export async function computeRanking(sql: Sql, s: SelectionHead) {
  const [categories, judges, nominations, scores] = await Promise.all([
    listCategories(sql, s.id),
    listJudges(sql, s.id),
    listNominationRows(sql, s.id, [`n.status <> 'revoked'`], []),
    listScoreTotals(sql, s.id, s.tieCriterionId),
  ]);
  const byNomination = new Map<number, { totals: number[]; ties: number[] }>();
  for (const r of scores) {
    const e = byNomination.get(r.nominationId) ?? { totals: [], ties: [] };
    e.totals.push(r.total);
    if (r.tie !== null) e.ties.push(r.tie);
    byNomination.set(r.nominationId, e);
  }
  const mean = (xs: number[]) => (xs.length ? Math.round(xs.reduce((a, b) => a + b, 0) / xs.length) : null);
  return categories.map((c) => {
    const rows = nominations.filter((n) => n.categoryId === c.id);
    const facts = new Map(
      rows.map((n) => {
        const e = byNomination.get(n.id) ?? { totals: [], ties: [] };
        const due = judges.filter((j) => !isConflicted(j.orgPath, n.personOrgPath)).length;
        return [n.id, { n, score: aggregate(e.totals), tie: mean(e.ties), scored: e.totals.length, due }];
      }),
    );
    const ranked = rankCategory(
      [...facts.values()].map((f) => ({ id: f.n.id, score: f.score, tie: f.tie })),
      c.places,
    );
    return {
      id: c.id,
      name: c.name,
      title: c.title ?? s.title,
      places: c.places,
      nominations: ranked.map((r): RankedNomination => {
        const f = facts.get(r.id) as NonNullable<ReturnType<typeof facts.get>>;
        return {
          ...r,
          personName: f.n.personName,
          unit: f.n.unit,
          status: f.n.status,
          judgesScored: f.scored,
          judgesDue: f.due,
        };
      }),
    };
  });
}

/** The ranking, for the organiser's side (its subtree and the unions above it). */
export async function getRanking(db: Db, actor: Actor, id: number) {
  const s = await getSelectionHead(db, actor, id);
  requireAccess(actor, 'selections.read', { orgPath: s.organiserPath });
  const judges = await listJudges(db, id);
  return {
    id: s.id,
    status: s.status,
    judges: judges.length,
    tieCriterionId: s.tieCriterionId,
    categories: await computeRanking(db, s),
  };
}

/**
 * The moment a decision of `today` is taken at: `now` when the caller has the clock, else the start of that day
 * (a caller naming only the day, as the demo does).
 */
const momentOf = (today: string, now?: Date) => now ?? chinaDayStart(today);

/**
 * Ends judging and puts the ranking on public notice from `from` (default today) for the selection's notice
 * days (or `days`): every nomination must be scored by every judge it does not conflict with; the places of
 * each category are selected, the rest not. `from` is the day it happened (ADR 40): not in the future, not before
 * nominations opened; a past day needs history.backdate.
 */
export async function publishNoticeIn(
  sql: Sql,
  actor: Actor,
  id: number,
  input: { from?: string | null; days?: number },
  today: string,
  now?: Date,
): Promise<void> {
  const s = await lockForOrganiser(sql, actor, id, 'judging');
  const when = effectiveDay(
    actor,
    input.from,
    { zh: '公示开始', en: 'start of the public notice' },
    [{ day: s.nominateFrom, name: { zh: '推荐开始日期', en: 'first day of nominations' } }],
    { field: 'from', now: momentOf(today, now) },
  );
  const ranking = await computeRanking(sql, s);
  const unscored = ranking.flatMap((c) => c.nominations).filter((n) => n.judgesScored < n.judgesDue);
  if (unscored.length) {
    throw selectionError(
      'SELECTION_SCORES_MISSING',
      {
        zh: `还有${unscored.length}名被推荐人未获全部评委评分（如：${unscored[0].personName}）`,
        en: `${unscored.length} nominees are not yet scored by every judge (e.g. ${unscored[0].personName})`,
      },
      { nominationIds: unscored.map((n) => n.id) },
    );
  }
  const from = when.day;
  // A selection in judging has its notice days (only one brought in from a register has none).
  const days = input.days ?? (s.noticeDays as number);
  for (const n of ranking.flatMap((c) => c.nominations)) {
    await setNominationResult(sql, n.id, { selected: n.selected, scoreCenti: n.score, rank: n.rank });
  }
  const until = addDays(from, days - 1);
  await setNotice(sql, id, { from, until, days });
  await advanceStage(sql, actor, s, 'notice', {
    noticeFrom: from,
    noticeUntil: until,
    ...(when.backdated ? { effectiveOn: from } : {}),
  });
}

/** Objections lodged against the selection's notice, for its organiser. */
export async function listObjections(db: Db, actor: Actor, id: number) {
  const s = await getSelectionHead(db, actor, id);
  requireAccess(actor, 'selections.manage', { orgPath: s.organiserPath });
  const rows = await listObjectionRows(db, id);
  return {
    items: rows.map((r) => ({
      ...r,
      createdAt: new Date(r.createdAt).toISOString(),
      decidedAt: r.decidedAt === null ? null : new Date(r.decidedAt).toISOString(),
      decidedRecordedAt: r.decidedRecordedAt === null ? null : new Date(r.decidedRecordedAt).toISOString(),
    })),
  };
}

/**
 * Decides an objection with a recorded decision. Upheld, the nomination is revoked: it leaves the results
 * and its place stays empty (no one is selected without having been on public notice). It is decided on
 * `effectiveOn` (ADR 40; default today): not in the future, not before the objection was lodged; a past day
 * needs history.backdate.
 */
export async function decideObjectionIn(
  sql: Sql,
  actor: Actor,
  objectionId: number,
  input: { outcome: 'upheld' | 'dismissed'; decision: string; effectiveOn?: string | null },
  now: Date,
): Promise<void> {
  const o = await findObjectionForDecision(sql, objectionId);
  if (!o) throw notFound(OBJECTION, { id: objectionId });
  const s = await findSelection(sql, o.selectionId, true);
  if (!s) throw notFound(OBJECTION, { id: objectionId });
  requireAccess(actor, 'selections.manage', { orgPath: s.organiserPath });
  if (s.status !== 'notice') throw wrongStage(s.status, 'notice');
  if (o.status !== 'open') {
    throw selectionError('SELECTION_OBJECTION_DECIDED', {
      zh: '此异议已处理',
      en: 'This objection has already been decided',
    });
  }
  const decision = input.decision.trim();
  if (!decision) throw invalidField('decision', '请填写处理意见', 'Write the decision');
  const when = effectiveDay(
    actor,
    input.effectiveOn,
    { zh: '异议处理', en: 'objection decision' },
    [{ day: o.lodgedOn, name: { zh: '异议提出日期', en: 'day the objection was lodged' } }],
    { now },
  );
  await decideObjectionRow(sql, objectionId, {
    outcome: input.outcome,
    decision,
    decidedBy: actor.userId || null,
    decidedAt: when.at,
  });
  if (input.outcome === 'upheld') await revokeNomination(sql, o.nominationId);
  await recordAudit(sql, actor, {
    action: `selection.objection.${input.outcome}`,
    entity: 'selection_objection',
    entityId: objectionId,
    orgId: s.organiserOrgId,
    before: { status: 'open' },
    after: {
      status: input.outcome,
      decision,
      nominationId: o.nominationId,
      ...(when.backdated ? { effectiveOn: when.day } : {}),
    },
  });
}

/**
 * The selected nominees' award records (written by nomination, so a repeat never duplicates) and the titles
 * counted for statistics, on the day the results become final — today for a live selection, the announcement
 * day for one brought in from a register. Answers how many titles were conferred.
 */
export async function writeTitles(sql: Sql, actor: Actor, s: SelectionHead, today: string): Promise<number> {
  return writeTitlesOf(sql, actor, [{ head: s, day: today }]);
}

/**
 * `writeTitles` for several selections at once: their winners read in one statement, then written as
 * `writeTitlesOfWinners` writes them.
 */
export async function writeTitlesOf(
  sql: Sql,
  actor: Actor,
  finals: { head: SelectionHead; day: string }[],
): Promise<number> {
  const winnersOf = await listWinnersOf(
    sql,
    finals.map((f) => f.head.id),
  );
  return writeTitlesOfWinners(
    sql,
    actor,
    finals.map((f) => ({ ...f, winners: winnersOf.get(f.head.id) ?? [] })),
  );
}

/** What the award records and counts of a final selection need to know of it. */
export type TitledSelection = Pick<
  SelectionHead,
  'id' | 'organiserLevel' | 'organiserName' | 'title' | 'edition'
>;

/** What the award record and count of a winner need to know of their nomination. */
export type TitledWinner = Pick<
  WinnerOfFinal,
  'id' | 'categoryName' | 'categoryTitle' | 'personId' | 'personOrgId'
>;

/**
 * The award records of all the selections' winners in one upsert and their counts in one addition. The results
 * register passes the winners it has just written (`newFacts`: no record can name their nominations yet), so
 * nothing it knows is read back (issue 42), and `read` (another connection than the transaction's, ADR 93): the
 * count cells already on record are looked up there while the records are written, and the new ones inserted
 * without merging (`addCountCells`, ADR 101).
 */
export async function writeTitlesOfWinners(
  sql: Sql,
  actor: Actor,
  finals: { head: TitledSelection; day: string; winners: TitledWinner[] }[],
  { newFacts = false, read }: { newFacts?: boolean; read?: Sql } = {},
): Promise<number> {
  const records: Parameters<typeof upsertSourcedRecords>[1] = [];
  const counts: CountDelta[] = [];
  for (const { head: s, day, winners } of finals) {
    const level = awardLevelOf(s.organiserLevel);
    for (const n of winners) {
      const title = n.categoryTitle ?? s.title;
      records.push({
        personId: n.personId,
        source: 'selection' as const,
        sourceRef: `selection:${n.id}`,
        kind: 'award' as const,
        occurredOn: day,
        ...NO_DETAILS,
        issuer: s.organiserName,
        level,
        levelRank: AWARD_LEVELS.indexOf(level),
        rank: title,
        competition: s.edition,
        title: n.categoryName,
        orgId: n.personOrgId,
        createdBy: actor.userId || null,
      });
      counts.push({
        subject: 'selections.titles',
        orgId: n.personOrgId,
        on: day,
        dim: title,
        dim2: n.categoryName,
        n: 1,
      });
    }
  }
  // PostgreSQL writes the records while node sums the counts' cells (issue 42).
  const recording = settled(upsertSourcedRecords(sql, records, { newFacts }));
  const cells = CountCellSum.of(counts).lay();
  const onRecord = read && settled(findCountCellsOnRecord(read, cells));
  await recording;
  await addCountCells(sql, cells, onRecord && (await onRecord));
  return records.length;
}

/**
 * Makes the results final once the notice period is over and every objection is decided: each selected
 * nominee gets an award record (competition = the edition, rank = the title, level by the organiser's level),
 * written by its nomination so a repeat never duplicates, and the titles are counted for statistics — all on
 * the day the results became final, `effectiveOn` (ADR 40; default today): not in the future, after the notice
 * period, not before an objection was decided; a past day needs history.backdate.
 */
export async function finaliseIn(
  sql: Sql,
  actor: Actor,
  id: number,
  today: string,
  { effectiveOn, now }: { effectiveOn?: string | null; now?: Date } = {},
): Promise<number> {
  const s = await lockForOrganiser(sql, actor, id, 'notice');
  const lastDecided = await findLastObjectionDecisionDay(sql, id);
  const when = effectiveDay(
    actor,
    effectiveOn,
    { zh: '结果确定', en: 'final results' },
    [{ day: lastDecided, name: { zh: '异议处理日期', en: 'day an objection was decided' } }],
    { now: momentOf(today, now) },
  );
  const day = when.day;
  if (day <= (s.noticeUntil as string)) {
    throw selectionError(
      'SELECTION_NOTICE_RUNNING',
      {
        zh: `公示期至${s.noticeUntil}，公示期满后才能确定最终结果（结果确定日期 ${day}）`,
        en: `The public notice runs until ${s.noticeUntil}; results become final after it (not on ${day})`,
      },
      { field: 'effectiveOn', day, noticeUntil: s.noticeUntil },
    );
  }
  const open = await countOpenObjections(sql, id);
  if (open > 0) {
    throw selectionError(
      'SELECTION_OBJECTIONS_OPEN',
      { zh: `还有${open}条异议未处理`, en: `${open} objections are not yet decided` },
      { open },
    );
  }
  const titles = await writeTitles(sql, actor, s, day);
  await setFinalised(sql, id, when.at);
  await advanceStage(sql, actor, s, 'final', { titles, ...(when.backdated ? { effectiveOn: day } : {}) });
  return titles;
}
