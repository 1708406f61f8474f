import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { recordAudit } from '../audit/index.ts';
import { addWorkingDays } from '../cases/index.ts';
import { returnErrors } from './returns.errors.ts';
import { FIGURES, type FigureKey } from './returns.figures.ts';
import { issuerOf } from './returns.issuer.ts';
import { DEFAULT_SURVEY_YEAR_START, periodOf, validYearStart } from './returns.period.ts';
import { type PeriodKind, setSurveyYearStart, surveyYearStartAt } from './returns.repository.ts';

/** What a return is defined with: the figures it may bind, a union's survey year, a period's days, a deadline in working days. */
export function createReturnSettings(db: Db, clock: Clock) {
  return {
    figures: () =>
      Object.entries(FIGURES).map(([key, f]) => ({
        key: key as FigureKey,
        zh: f.zh,
        en: f.en,
        type: f.type,
        unit: f.unit,
        basisZh: f.basisZh,
        basisEn: f.basisEn,
      })),
    /**
     * The returns settings that apply at a union (default: one's own): the survey year's first day, set there or
     * at the nearest union above (by default 1 October, the survey year running to 30 September).
     */
    async settings(actor: Actor, orgId?: number) {
      return db.tx(async (sql) => {
        const org = await issuerOf(sql, actor, orgId);
        const set = await surveyYearStartAt(sql, org.path);
        const start = set?.start ?? DEFAULT_SURVEY_YEAR_START;
        const sample = periodOf('survey_year', 2001, 1, start);
        return {
          orgId: org.id,
          surveyYearStart: start,
          surveyYearEnd: sample.to.slice(5),
          setAt: set ? { orgId: set.orgId, orgName: set.orgName } : null,
        };
      });
    },
    /** Sets the survey year's first day for a union's subtree. */
    async saveSettings(actor: Actor, input: { orgId?: number; surveyYearStart: string }) {
      const start = input.surveyYearStart.trim();
      if (!validYearStart(start)) throw returnErrors.yearStart(start);
      await db.tx(async (sql) => {
        const org = await issuerOf(sql, actor, input.orgId);
        const before = await surveyYearStartAt(sql, org.path);
        await setSurveyYearStart(sql, org.id, start, actor.userId || null);
        await recordAudit(sql, actor, {
          action: 'return.settings',
          entity: 'return',
          orgId: org.id,
          before: { surveyYearStart: before?.start ?? DEFAULT_SURVEY_YEAR_START },
          after: { surveyYearStart: start },
        });
      });
      return this.settings(actor, input.orgId);
    },
    /** The first and last day of a period as they apply at a union (a survey year by its setting). */
    async period(
      actor: Actor,
      q: { kind: Exclude<PeriodKind, 'range'>; year: number; part?: number; orgId?: number },
    ) {
      return db.tx(async (sql) => {
        const org = await issuerOf(sql, actor, q.orgId);
        const start =
          q.kind === 'survey_year'
            ? ((await surveyYearStartAt(sql, org.path))?.start ?? DEFAULT_SURVEY_YEAR_START)
            : DEFAULT_SURVEY_YEAR_START;
        return periodOf(q.kind, q.year, q.part ?? 1, start);
      });
    },
    /** The day `n` working days after today (the requests calendar), for a deadline given in working days. */
    async deadlineIn(n: number) {
      return db.tx((sql) => addWorkingDays(sql, todayInChina(clock()), n));
    },
  };
}
