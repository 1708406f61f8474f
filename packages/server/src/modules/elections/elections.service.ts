import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { notFound } from '../../shared/errors.ts';
import { notesSheet } from '../../shared/figure-notes.ts';
import { periodLine, statsFileName, unionLine } from '../../shared/figures-sheet.ts';
import { type PeriodAsked, periodText } from '../../shared/period.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import type { OrgHooks } from '../org/index.ts';
import { UNION } from './elections.errors.ts';
import { createFoundingUseCases } from './elections.foundings.ts';
import { createElectionRecords } from './elections.records.ts';
import {
  LIST_CAP,
  listCommitteesOf,
  listTermsEnding,
  type Majority,
  upsertSetting,
} from './elections.repository.ts';
import { statsSheets } from './elections.stats-export.ts';
import { electionSteps } from './elections.steps.ts';
/** A day `months` later (the month's last day when it is shorter). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

/**
 * Founding a union (组建) and its elections (换届), issue 28 (ADR 65): a union's committee sits for a term (3 or 5
 * years, the setting of the union or the nearest above it); the union above sees the terms ending within months and
 * the elections overdue; an election records candidates and votes, elects whoever has more than half (of the
 * ballots cast, or of those present, as the setting says) and replaces the committee on its day — the previous
 * ones kept in `committees`. Counted in the reporting layer: `elections.founded` and `elections.founding_members` on
 * the founding day, `elections.held` on the election day; terms due and overdue are read from `committees`.
 */
export function createElectionsService(db: Db, clock: Clock, hooks: OrgHooks = {}) {
  const { today, unionPath, settingOf, termView, stats } = electionSteps(db, clock);
  return {
    ...createFoundingUseCases(db, clock, hooks),
    /** The rules that apply to a union: its own setting, else the nearest above it, else 5 years and `voting`. */
    async getSetting(actor: Actor, orgId?: number) {
      return db.tx(async (sql) => {
        const id = orgId ?? actor.orgId;
        if (!id) throw notFound(UNION);
        return { orgId: id, ...(await settingOf(sql, await unionPath(sql, actor, id))) };
      });
    },
    async putSetting(actor: Actor, b: { orgId: number; termYears: 3 | 5; majority: Majority }) {
      return db.tx(async (sql) => {
        await unionPath(sql, actor, b.orgId, true);
        await upsertSetting(sql, b.orgId, b.termYears, b.majority);
        await recordAudit(sql, actor, {
          action: 'elections.setting',
          entity: 'org',
          entityId: b.orgId,
          orgId: b.orgId,
          after: { termYears: b.termYears, majority: b.majority },
        });
        return { ok: true as const };
      });
    },
    /** Sitting committees of the subtree whose term ends within `months` (default 6) or has ended: the overdue first. */
    async listTerms(actor: Actor, q: { orgId?: number; months?: number }) {
      return db.tx(async (sql) => {
        const path = await unionPath(sql, actor, q.orgId);
        const now = today();
        const until = addMonths(now, q.months ?? 6);
        const { items, total } = await listTermsEnding(sql, { path }, until, LIST_CAP.terms);
        return { asOf: now, until, terms: items.map((c) => termView(c, now)), total };
      });
    },
    /** A union's committees, the sitting one first, each with the days of its term. */
    async listHistory(actor: Actor, orgId?: number) {
      return db.tx(async (sql) => {
        const id = orgId ?? actor.orgId;
        if (!id) throw notFound(UNION);
        await unionPath(sql, actor, id);
        return (await listCommitteesOf(sql, id)).map(({ orgPath: _p, ...c }) => c);
      });
    },
    ...createElectionRecords(db, clock, hooks),
    async stats(actor: Actor, q: { orgId?: number } & PeriodAsked) {
      const { path: _p, ...s } = await stats(actor, q);
      return s;
    },
    /** The statistics by year, and the terms due within six months or overdue on the period's last day, as .xlsx. */
    async statsXlsx(actor: Actor, q: { orgId?: number } & PeriodAsked) {
      const s = await stats(actor, q);
      const terms = await db.tx(async (sql) =>
        (await listTermsEnding(sql, { path: s.path }, addMonths(s.asOf, 6))).items.map((c) =>
          termView(c, s.asOf),
        ),
      );
      return {
        buffer: writeWorkbook([
          ...statsSheets(s, terms),
          notesSheet(s.notes, [unionLine(s.orgName), periodLine(s)]),
        ]),
        fileName: statsFileName(s.orgName, '组建和换届统计', periodText(s)),
      };
    },
  };
}

export type ElectionsService = ReturnType<typeof createElectionsService>;
