import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findSeat, insertScore, listPanelsOfJudge, listScoresOfJudge } from './judging.repository.ts';
import { weightedTotal } from './ranking.ts';
import { invalidField, NOMINATION, SELECTION, selectionError, wrongStage } from './selections.errors.ts';
import { findNomination, findSelection, listCriteria, listNominationRows } from './selections.repository.ts';

/**
 * A judge's side of a selection. A judge reaches only the panels they sit on (anything else answers 404),
 * and never a nominee of their own union: such nominations are left out of what the judge sees and a score
 * for one is refused (403). Scores are final once submitted.
 */

/** A judge's own union or one above it holds the nominee: the judge may neither see nor score them. */
export const isConflicted = (judgeOrgPath: string | null, nomineeOrgPath: string) =>
  judgeOrgPath !== null && nomineeOrgPath.startsWith(judgeOrgPath);

/** The panels the judge sits on, with how many nominations they still have to score. */
export async function listPanels(db: Db, actor: Actor) {
  requireAccess(actor, 'selections.judge');
  return { items: await listPanelsOfJudge(db, actor.userId) };
}

/** What a judge scores in one selection: the rubric and the nominations they may see, with their own scores. */
export async function getPanel(db: Db, actor: Actor, selectionId: number) {
  requireAccess(actor, 'selections.judge');
  const seat = await findSeat(db, selectionId, actor.userId);
  const s = seat && (await findSelection(db, selectionId));
  if (!seat || !s) throw notFound(SELECTION, { id: selectionId });
  const [criteria, nominations, mine] = await Promise.all([
    listCriteria(db, selectionId),
    listNominationRows(db, selectionId, [`n.status <> 'revoked'`], []),
    listScoresOfJudge(db, seat.judgeId),
  ]);
  const byNomination = new Map(mine.map((r) => [r.nominationId, r]));
  return {
    id: s.id,
    edition: s.edition,
    organiserName: s.organiserName,
    status: s.status,
    criteria,
    nominations: nominations
      .filter((n) => !isConflicted(seat.orgPath, n.personOrgPath))
      .map((n) => {
        const score = byNomination.get(n.id);
        return {
          id: n.id,
          categoryName: n.categoryName,
          personName: n.personName,
          unit: n.unit,
          deed: n.deed,
          myScores: score
            ? criteria.map((c) => ({ criterionId: c.id, score: score.scores[String(c.id)] ?? 0 }))
            : null,
          myTotal: score?.total ?? null,
        };
      }),
  };
}

/** One score per criterion of the rubric, each once: the scores by criterion, or a refusal naming what is wrong. */
function checkScores(
  criteria: { id: number; name: string }[],
  scores: { criterionId: number; score: number }[],
): Map<number, number> {
  const given = new Map<number, number>();
  for (const [i, x] of scores.entries()) {
    if (!criteria.some((c) => c.id === x.criterionId) || given.has(x.criterionId)) {
      throw invalidField(
        `scores.${i}`,
        '评分项不属于此评选或重复',
        'The criterion is not of this selection, or is repeated',
      );
    }
    given.set(x.criterionId, x.score);
  }
  const missing = criteria.filter((c) => !given.has(c.id));
  if (missing.length) {
    throw invalidField(
      'scores',
      `请为每个评分项打分，缺少：${missing.map((c) => c.name).join('、')}`,
      `Score every criterion; missing: ${missing.map((c) => c.name).join(', ')}`,
    );
  }
  return given;
}

/** A judge's scores of one nomination: one whole score 0–100 per criterion, final once submitted. */
export async function scoreIn(
  sql: Sql,
  actor: Actor,
  nominationId: number,
  scores: { criterionId: number; score: number }[],
): Promise<{ total: number }> {
  requireAccess(actor, 'selections.judge');
  const n = await findNomination(sql, nominationId);
  const seat = n && (await findSeat(sql, n.selectionId, actor.userId));
  if (!n || !seat) throw notFound(NOMINATION, { id: nominationId });
  const s = await findSelection(sql, n.selectionId, true);
  if (!s) throw notFound(SELECTION, { id: n.selectionId });
  if (isConflicted(seat.orgPath, n.personOrgPath)) {
    throw selectionError(
      'SELECTION_CONFLICT_OF_INTEREST',
      {
        zh: '回避：被推荐人属于您所在工会，您不能查看或评分',
        en: 'Conflict of interest: the nominee belongs to your own union; you may neither see nor score them',
      },
      { nominationId },
    );
  }
  if (s.status !== 'judging') throw wrongStage(s.status, 'judging');
  if (n.status === 'revoked') throw notFound(NOMINATION, { id: nominationId });
  const criteria = await listCriteria(sql, n.selectionId);
  const given = checkScores(criteria, scores);
  const total = weightedTotal(criteria, given);
  const inserted = await insertScore(sql, {
    nominationId,
    judgeId: seat.judgeId,
    scores: Object.fromEntries(given),
    totalCenti: total,
  });
  if (!inserted) {
    throw selectionError(
      'SELECTION_SCORE_FINAL',
      {
        zh: '您已提交对此人的评分，提交后不能修改',
        en: 'You have already submitted scores for this nominee; they are final',
      },
      { nominationId },
    );
  }
  await recordAudit(sql, actor, {
    action: 'selection.score',
    entity: 'selection_nomination',
    entityId: nominationId,
    orgId: s.organiserOrgId,
    after: { judgeId: seat.judgeId, total },
  });
  return { total };
}
